import Foundation
import SemanticModel
import Testing

@Suite("Cube query JSON")
struct CubeQueryJSONTests {
    private func parse(_ json: String) throws -> CubeQuery {
        try CubeQuery(json: try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)))
    }

    @Test("the full query format parses and prints back the same")
    func roundTrip() throws {
        let text = """
            {"measures":["employees.count"],"dimensions":["departments.name"],"segments":["employees.active"],
             "filters":[{"member":"employees.city","operator":"equals","values":["北京","上海"]},
                        {"or":[{"member":"employees.level","operator":"gte","values":["7"]},{"member":"employees.salary","operator":"gt","values":[30000]}]}],
             "timeDimensions":[{"dimension":"employees.hire_date","granularity":"year","dateRange":"last year"}],
             "order":[["employees.count","desc"]],"limit":10,"offset":5,"total":true,"timezone":"UTC"}
            """
        let query = try parse(text)
        #expect(query.filters.count == 2)
        #expect(query.filters[1].memberFilters.map(\.values) == [["7"], ["30000"]])
        #expect(query.timeDimensions[0].dateRange == .relative("last year"))
        #expect(try CubeQuery(json: query.json) == query)
    }

    @Test("order may be an object, as Cube allows")
    func orderObject() throws {
        #expect(try parse(#"{"measures":["employees.count"],"order":{"employees.count":"asc"}}"#).order == [OrderItem("employees.count", descending: false)])
    }

    @Test("malformed queries are invalid_query errors that say what is wrong", arguments: [
        (#"[]"#, "JSON object"),
        (#"{"measures":"employees.count"}"#, "'measures' must be an array"),
        (#"{"filters":[{"member":"employees.city","operator":"like","values":["a"]}]}"#, "Unknown filter operator 'like'"),
        (#"{"order":[["employees.count","up"]]}"#, "asc' or 'desc"),
        (#"{"limit":"many"}"#, "'limit' must be an integer"),
        (#"{"colour":"red"}"#, "Unknown query field 'colour'"),
        (#"{"timeDimensions":[{"dimension":"employees.hire_date","granularity":"fortnight"}]}"#, "Unknown granularity"),
    ])
    func invalid(_ json: String, _ message: String) {
        do {
            _ = try parse(json)
            Issue.record("parsed: \(json)")
        } catch let error as TextBIError {
            #expect(error.code == .invalidQuery)
            #expect(error.message.contains(message), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite("JSON parser")
struct JSONParserTests {
    @Test("object keys keep their order, escapes and surrogate pairs decode")
    func parse() throws {
        let value = try JSONValue.parse(#"{"b":1,"a":[true,null,-2.5e3],"s":"\u5317\u4eac \ud83d\ude00 \"q\""}"#)
        guard case .object(let pairs) = value else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["b", "a", "s"])
        #expect(value["s"] == .string("北京 😀 \"q\""))
        #expect(value["a"] == [true, nil, -2500.0])
    }

    @Test("malformed and hostile input is an error, never a crash", arguments: [
        "", "{", "[1,", #"{"a" 1}"#, #""\ud800\u0041""#, #""\uZZZZ""#, "nul", "01x", String(repeating: "[", count: 10_000), "\"\u{1}\"", "{}{}",
    ])
    func malformed(_ text: String) {
        // The lone high surrogate decodes to U+FFFD; everything else is refused.
        if text == #""\ud800\u0041""# {
            #expect((try? JSONValue.parse(text)) == .string("\u{FFFD}"))
        } else {
            #expect(throws: TextBIError.self) { try JSONValue.parse(text) }
        }
    }

    @Test("random bytes never crash the parser")
    func randomBytes() {
        var state: UInt64 = 7
        let alphabet = Array(#"{}[]":,\u0123456789abcdefnrtl-+.eE truefalsenull"#)
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 58)
            var text = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            _ = try? JSONValue.parse(text)
        }
    }
}
