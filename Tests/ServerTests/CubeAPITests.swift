import Foundation
import GRDB
import Server
import Testing

@Suite("Cube REST API", .serialized)
struct CubeAPITests {
    func json(_ text: String) -> [String: Any] { LiveServer.object(text) }

    @Test("/v1/load echoes the normalized query and returns Cube-shaped rows equal to independent SQL")
    func load() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let body = #"{"query":{"measures":["employees.count"],"dimensions":["employees.city"],"timeDimensions":[{"dimension":"employees.hire_date","dateRange":"last year"}]}}"#
        let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", body)
        #expect(status == 200)
        let query = try #require(result["query"] as? [String: Any])
        #expect(query["timezone"] as? String == "UTC")
        #expect((query["filters"] as? [Any])?.isEmpty == true)
        #expect(query["limit"] as? Int == 10_000)
        let order = try #require(query["order"] as? [[String: Any]])
        #expect(order.first?["id"] as? String == "employees.count" && order.first?["desc"] as? Bool == true)
        let td = try #require((query["timeDimensions"] as? [[String: Any]])?.first)
        #expect(td["dateRange"] as? [String] == ["2025-01-01T00:00:00.000", "2025-12-31T23:59:59.999"])
        let annotation = try #require(result["annotation"] as? [String: Any])
        for key in ["measures", "dimensions", "segments", "timeDimensions"] { #expect(annotation[key] != nil) }
        let rows = try #require(result["data"] as? [[String: Any]])
        let got = Dictionary(uniqueKeysWithValues: rows.map { ($0["employees.city"] as! String, $0["employees.count"] as! Int) })
        let expected = try LiveServer.independent("SELECT city, COUNT(*) FROM employees WHERE hire_date LIKE '2025-%' GROUP BY city")
        #expect(got == Dictionary(uniqueKeysWithValues: expected.map { (String.fromDatabaseValue($0[0])!, Int.fromDatabaseValue($0[1])!) }))
    }

    @Test("GET with queryType=multi answers regularQuery results; total counts every row")
    func multiAndTotal() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let query = #"{"measures":["employees.count"],"dimensions":["employees.position"],"limit":3,"total":true}"#
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let response = try await server.request("GET", "/cubejs-api/v1/load?query=\(encoded)&queryType=multi")
        let body = json(try await response.text())
        #expect(body["queryType"] as? String == "regularQuery")
        let result = try #require((body["results"] as? [[String: Any]])?.first)
        #expect((result["data"] as? [Any])?.count == 3)
        #expect(result["total"] as? Int == 40)
        #expect((body["pivotQuery"] as? [String: Any])?["queryType"] as? String == "regularQuery")
    }

    @Test("/v1/sql, /v1/meta and /v1/dry-run have Cube's shape")
    func sqlMetaDryRun() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (_, sql, _) = try await server.postJSON("/cubejs-api/v1/sql", #"{"query":{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"equals","values":["北京"]}]}}"#)
        let inner = try #require(sql["sql"] as? [String: Any])
        let pair = try #require(inner["sql"] as? [Any])
        #expect((pair[0] as? String)?.contains("WHERE \"employees\".city = ?") == true)
        #expect(pair[1] as? [String] == ["北京"])
        #expect((inner["order"] as? [String: String]) == ["employees.count": "desc"])

        let meta = json(try await server.request("GET", "/cubejs-api/v1/meta").text())
        let cubes = try #require(meta["cubes"] as? [[String: Any]])
        #expect(Set(cubes.compactMap { $0["name"] as? String }) == ["employees", "departments", "performance_reviews"])
        let employees = try #require(cubes.first { $0["name"] as? String == "employees" })
        let count = try #require((employees["measures"] as? [[String: Any]])?.first { $0["name"] as? String == "employees.count" })
        #expect(count["aggType"] as? String == "count" && count["type"] as? String == "number" && count["shortTitle"] as? String == "Headcount")
        #expect((employees["segments"] as? [Any])?.count == 2)

        let (_, dry, _) = try await server.postJSON("/cubejs-api/v1/dry-run", #"{"query":{"measures":["employees.avg_salary"],"dimensions":["employees.city"]}}"#)
        #expect(dry["queryType"] as? String == "regularQuery")
        #expect((dry["normalizedQueries"] as? [Any])?.count == 1)
        #expect((dry["queryOrder"] as? [[String: String]]) == [["employees.avg_salary": "desc"]])
    }

    @Test("invalid queries are 400 UserError with Cube's messages", arguments: [
        (#"{"query":{"measures":["employees.salry"]}}"#, "Unknown measure 'employees.salry'"),
        (#"{"query":{}}"#, "Query should contain either measures, dimensions or timeDimensions with granularities"),
        (#"{"query":{"measures":["employees.count"],"limit":50001}}"#, "maximum of 50000"),
        (#"{"query":{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"sortOf","values":["x"]}]}}"#, "Unknown filter operator"),
        (#"{"query":{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"equals"}]}}"#, "needs at least 1 value"),
        (#"{"query":{"measures":["employees.count"],"timezone":"Mars/Olympus"}}"#, "Unknown timezone"),
        (#"{"nothing":true}"#, "Query param is required"),
    ])
    func invalid(_ body: String, _ message: String) async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", body)
        #expect(status == 400)
        #expect(result["type"] as? String == "UserError")
        #expect((result["error"] as? String)?.contains(message) == true, "\(result)")
    }

    @Test("a natural-language answer's query sent to /v1/load gives the same rows")
    func sharedCompiler() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for question in ["各部门平均工资", "2024年每月入职人数", "工资最高的5名员工", "不在北京的员工人数"] {
            let (_, answer, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"\#(question)"}"#)
            let query = try #require(answer["query"] as? [String: Any])
            let payload = String(decoding: try JSONSerialization.data(withJSONObject: ["query": query]), as: UTF8.self)
            let (status, load, _) = try await server.postJSON("/cubejs-api/v1/load", payload)
            #expect(status == 200)
            let a = try JSONSerialization.data(withJSONObject: answer["data"] ?? [], options: .sortedKeys)
            let b = try JSONSerialization.data(withJSONObject: load["data"] ?? [], options: .sortedKeys)
            #expect(a == b, "\(question)")
        }
    }

    @Test("IANA zones and fixed offsets are accepted and echoed")
    func timezones() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for zone in ["Asia/Shanghai", "+08:00", "UTC"] {
            let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"],"timezone":"\#(zone)"}}"#)
            #expect(status == 200)
            #expect((result["query"] as? [String: Any])?["timezone"] as? String == zone)
        }
    }

    @Test("query shapes past the limits are 400s naming the limit, never SQLite's own error as a 500")
    func shapeLimits() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let leaf = #"{"member":"employees.city","operator":"equals","values":["北京"]}"#
        var nested = leaf
        for _ in 0..<100 { nested = #"{"and":[\#(nested)]}"# }
        let many = Array(repeating: leaf, count: 300).joined(separator: ",")
        let values = (0..<1_000).map { "\"v\($0)\"" }.joined(separator: ",")
        let bodies = [
            #"{"query":{"measures":["employees.count"],"filters":[\#(nested)]}}"#,
            #"{"query":{"measures":["employees.count"],"filters":[\#(many)]}}"#,
            #"{"query":{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"contains","values":[\#(values)]}]}}"#,
        ]
        for body in bodies {
            let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", body)
            #expect(status == 400)
            let message = try #require(result["error"] as? String)
            #expect(message.contains("limit") && !message.contains("SQLite"), "\(message)")
        }
        // Under the limits, the same shapes are answered.
        let fine = (0..<100).map { "\"v\($0)\"" }.joined(separator: ",")
        let (status, _, _) = try await server.postJSON(
            "/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"contains","values":[\#(fine)]}]}}"#)
        #expect(status == 200)
    }

    @Test("a non-UTC zone on a query that reads times is refused, not silently ignored")
    func timezoneWithTime() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let queries = [
            #"{"measures":["employees.count"],"timezone":"America/New_York","timeDimensions":[{"dimension":"employees.hire_date","granularity":"month"}]}"#,
            #"{"measures":["employees.count"],"timezone":"+08:00","filters":[{"member":"employees.hire_date","operator":"afterDate","values":["2024-01-01"]}]}"#,
            #"{"dimensions":["employees.hire_date"],"timezone":"Asia/Shanghai"}"#,
            #"{"measures":["employees.count"],"compareDateRange":["this year","last year"]}"#,
        ]
        for query in queries {
            let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":\#(query)}"#)
            #expect(status == 400, "\(query)")
            #expect(result["type"] as? String == "UserError")
        }
        let (status, _, _) = try await server.postJSON(
            "/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"],"timezone":"Etc/UTC","timeDimensions":[{"dimension":"employees.hire_date","granularity":"year"}]}}"#)
        #expect(status == 200)
    }

    @Test("readyz and livez report health")
    func health() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for path in ["/readyz", "/livez"] {
            let text = try await server.request("GET", path).text()
            #expect(text == #"{"health":"HEALTH"}"#)
        }
    }
}
