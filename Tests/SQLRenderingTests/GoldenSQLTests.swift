import SQLRendering
import SemanticModel
import Testing

@Suite("Cube query → SQL")
struct GoldenSQLTests {
    @Test("golden SQL for every operator, granularity, join and clause", arguments: goldenCases)
    func golden(_ c: GoldenCase) throws {
        let rendered = try Support.render(c.query, claims: c.claims)
        #expect(rendered.sql == c.sql)
        #expect(rendered.parameters == c.parameters)
    }

    @Test("user values never reach the SQL text")
    func valuesAreBound() throws {
        let hostile = "北京'; DROP TABLE employees; --"
        let rendered = try Support.render(#"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"equals","values":["\#(hostile)"]}]}"#)
        #expect(!rendered.sql.contains("DROP"))
        #expect(rendered.parameters == [.text(hostile)])
    }

    @Test("each value stays with its own condition whatever order the filters are listed in")
    func bindingOrder() throws {
        let filters = [
            #"{"member":"employees.count","operator":"gt","values":["100"]}"#,
            #"{"member":"employees.city","operator":"equals","values":["北京"]}"#,
            #"{"or":[{"member":"employees.level","operator":"gte","values":["5"]},{"member":"departments.name","operator":"contains","values":["销售"]}]}"#,
            #"{"member":"employees.avg_salary","operator":"lt","values":["30000"]}"#,
        ]
        let expected = [
            #""employees".city = '北京'"#, #""employees".level >= 5"#, #""departments".name LIKE '%销售%'"#,
            "COUNT(*) > 100", #"AVG("employees".salary) < 30000"#,
        ]
        for permutation in Self.permutations(filters) {
            let json = #"{"measures":["employees.count"],"filters":["# + permutation.joined(separator: ",") + "]}"
            for claims in [nil, #"{"department_id": 3, "city": "上海"}"#] {
                let rendered = try Support.render(json, claims: claims)
                let inlined = Self.inline(rendered.sql, rendered.parameters)
                for condition in expected { #expect(inlined.contains(condition), "\(inlined)") }
                if claims != nil {
                    #expect(inlined.contains(#""departments".id = 3"#) && inlined.contains(#""employees".city = '上海'"#), "\(inlined)")
                }
            }
        }
    }

    /// The SQL with each `?` replaced by its parameter, in order, as a literal.
    static func inline(_ sql: String, _ parameters: [SQLValue]) -> String {
        var out = ""
        var values = parameters.makeIterator()
        for ch in sql {
            guard ch == "?" else { out.append(ch); continue }
            switch values.next() {
            case .text(let s)?: out += "'\(s)'"
            case let value?: out += value.description
            case nil: out += "?"
            }
        }
        return out
    }

    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i in
            var rest = items
            let first = rest.remove(at: i)
            return permutations(rest).map { [first] + $0 }
        }
    }

    @Test("a granular time dimension keeps Cube's key and the plain key")
    func columns() throws {
        let rendered = try Support.render(#"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month"}]}"#)
        #expect(rendered.columns.first?.member == "employees.hire_date.month")
        #expect(rendered.columns.first?.baseMember == "employees.hire_date")
    }

    @Test("invalid queries are errors, never SQL", arguments: [
        (#"{"measures":["employees.salry"]}"#, "unknown_member", "employees.salry"),
        (#"{"dimensions":["nope.city"]}"#, "unknown_member", "nope.city"),
        (#"{"measures":["employees.count"],"filters":[{"member":"employees.cty","operator":"equals","values":["x"]}]}"#, "unknown_member", "employees.cty"),
        (#"{}"#, "invalid_query", "either measures, dimensions"),
        (#"{"measures":["employees.count"],"limit":50001}"#, "invalid_query", "maximum of 50000"),
        (#"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"equals","values":[]}]}"#, "invalid_query", "needs at least 1 value"),
        (#"{"measures":["employees.count"],"filters":[{"member":"employees.salary","operator":"gt","values":["lots"]}]}"#, "invalid_query", "not a number"),
        (#"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"inDateRange","values":["2023-01-01","2023-02-01"]}]}"#, "invalid_query", "needs a time dimension"),
        (#"{"measures":["employees.count"],"filters":[{"or":[{"member":"employees.city","operator":"equals","values":["北京"]},{"member":"employees.count","operator":"gt","values":["3"]}]}]}"#, "invalid_query", "can't mix"),
        (#"{"measures":["employees.count"],"order":[["employees.city","asc"]]}"#, "invalid_query", "not among the query's members"),
        (#"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","dateRange":"sometime"}]}"#, "invalid_query", "Can't parse date range"),
        (#"{"measures":["employees.count"],"filters":[{"member":"employees.salary","operator":"gt","values":[null]}]}"#, "invalid_query", "can't compare with null"),
        (#"{"measures":["employees.count"],"ungrouped":true}"#, "unsupported_query", "ungrouped"),
    ])
    func invalid(_ json: String, _ code: String, _ fragment: String) {
        do {
            let rendered = try Support.render(json)
            Issue.record("rendered: \(rendered.sql)")
        } catch let error as TextBIError {
            #expect(error.code.description == code)
            #expect(error.message.contains(fragment), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
