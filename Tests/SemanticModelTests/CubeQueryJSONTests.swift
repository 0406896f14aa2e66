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
