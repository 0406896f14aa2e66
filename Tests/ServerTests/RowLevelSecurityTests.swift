import Foundation
import GRDB
import Server
import Testing

/// A 销售部-scoped token must never see another department's rows, whatever it asks and through whichever door.
@Suite("Row-level security", .serialized)
struct RowLevelSecurityTests {
    func json(_ text: String) -> [String: Any] { LiveServer.object(text) }

    func departments(in rows: Any?) -> Set<String> {
        Set(((rows as? [[String: Any]]) ?? []).compactMap { ($0["departments.name"] ?? $0["departments.name_en"]) as? String })
    }

    @Test("the Cube API: breakdowns, or-groups, reviews and department counts stay inside 销售部")
    func cubeAPI() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let auth = ["Content-Type": "application/json", "Authorization": try await Tokens.signed(department: "销售部")]
        let queries = [
            #"{"measures":["employees.count"],"dimensions":["departments.name"]}"#,
            #"{"measures":["employees.count"],"dimensions":["departments.name"],"filters":[{"or":[{"member":"departments.name","operator":"equals","values":["技术部"]},{"member":"employees.city","operator":"equals","values":["北京"]},{"member":"departments.name","operator":"notEquals","values":["销售部"]}]}]}"#,
            #"{"measures":["performance_reviews.count"],"dimensions":["departments.name"]}"#,
            #"{"dimensions":["departments.name","employees.name"],"ungrouped":true,"limit":50000}"#,
            #"{"measures":["departments.count"],"dimensions":["departments.name_en"]}"#,
        ]
        for query in queries {
            let (status, body, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":\#(query)}"#, headers: auth)
            #expect(status == 200, "\(body)")
            let seen = departments(in: body["data"])
            #expect(seen.isSubset(of: ["销售部", "Sales"]), "\(query): \(seen)")
        }
        let (_, count, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"]}}"#, headers: auth)
        let expected = try LiveServer.independent("SELECT COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name = '销售部'")
        #expect(((count["data"] as? [[String: Any]])?.first?["employees.count"] as? Int) == Int.fromDatabaseValue(expected[0][0]))
        // The restriction is in the SQL itself, as bound parameters.
        let (_, sql, _) = try await server.postJSON("/cubejs-api/v1/sql", #"{"query":{"measures":["employees.count"]}}"#, headers: auth)
        #expect((((sql["sql"] as? [String: Any])?["sql"] as? [Any])?[1] as? [String]) == ["销售部"])
    }

    @Test("a numeric tenant claim holds under a measure filter listed first, in every query shape")
    func numericClaimUnderMeasureFilter() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let auth = ["Content-Type": "application/json", "Authorization": try await Tokens.signed(departmentID: 3)]
        let name = String.fromDatabaseValue(try LiveServer.independent("SELECT name FROM departments WHERE id = 3")[0][0])
        // The caller's own number (2) comes first; before the fix it was bound into the security condition.
        let first = #"{"member":"employees.count","operator":"gt","values":["2"]}"#
        let shapes = [
            #"{"measures":["employees.count"],"dimensions":["departments.name"],"filters":[\#(first)]}"#,
            #"{"measures":["employees.count","departments.count"],"dimensions":["employees.city","departments.name"],"filters":[\#(first),{"member":"employees.level","operator":"gte","values":["1"]}]}"#,
            #"{"measures":["employees.avg_salary","performance_reviews.count"],"dimensions":["departments.name"],"filters":[{"member":"employees.avg_salary","operator":"gt","values":["1"]},{"or":[{"member":"departments.name","operator":"equals","values":["技术部"]},{"member":"employees.city","operator":"set"}]}]}"#,
            #"{"measures":["employees.count"],"dimensions":["performance_reviews.rating","departments.name"],"filters":[\#(first)]}"#,
        ]
        for query in shapes {
            let (status, body, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":\#(query)}"#, headers: auth)
            #expect(status == 200, "\(body)")
            let rows = (body["data"] as? [[String: Any]]) ?? []
            #expect(!rows.isEmpty, "\(query)")
            #expect(departments(in: rows) == [try #require(name)], "\(query)")
        }
        let (_, total, _) = try await server.postJSON(
            "/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"],"filters":[\#(first),{"member":"employees.city","operator":"set"}]}}"#, headers: auth)
        let expected = try LiveServer.independent("SELECT COUNT(*) FROM employees WHERE department_id = 3 AND city IS NOT NULL")
        #expect(((total["data"] as? [[String: Any]])?.first?["employees.count"] as? Int) == Int.fromDatabaseValue(expected[0][0]))
    }

    @Test("natural-language questions naming another department get no rows of it")
    func questions() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let auth = ["Content-Type": "application/json", "Authorization": "Bearer " + (try await Tokens.signed(department: "销售部"))]
        let (_, byDepartment, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#, headers: auth)
        #expect(departments(in: byDepartment["data"]) == ["销售部"])
        let (_, engineering, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"技术部有多少人"}"#, headers: auth)
        #expect(((engineering["data"] as? [[String: Any]])?.first?["employees.count"] as? Int) == 0)
        let (_, english, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"headcount by department"}"#, headers: auth)
        #expect(departments(in: english["data"]) == ["Sales"])

        // The SSE stream: every result event holds only 销售部 rows.
        let response = try await server.request("POST", "/workflow/query", headers: auth, body: #"{"message":"各部门平均绩效"}"#)
        let (events, _, _) = try await SSEReader.readAll(response)
        let results = events.filter { $0.type == "result" }
        #expect(results.count == 1)
        #expect(departments(in: results.first?.object?["data"]) == ["销售部"])
    }

    @Test("a city claim restricts to that city; suggestions only offer visible values")
    func cityAndSuggestions() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let city = ["Content-Type": "application/json", "Authorization": try await Tokens.signed(city: "北京")]
        let (_, byCity, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各城市员工人数"}"#, headers: city)
        #expect(Set(((byCity["data"] as? [[String: Any]]) ?? []).compactMap { $0["employees.city"] as? String }) == ["北京"])

        let sales = ["Authorization": try await Tokens.signed(department: "销售部")]
        let tech = json(try await server.request("GET", "/suggestions?q=%E6%8A%80", headers: sales).text())  // 技
        #expect(!((tech["suggestions"] as? [[String: Any]]) ?? []).contains { $0["text"] as? String == "技术部" })
        let own = json(try await server.request("GET", "/suggestions?q=%E9%94%80", headers: sales).text())  // 销
        #expect(((own["suggestions"] as? [[String: Any]]) ?? []).contains { $0["text"] as? String == "销售部" })
    }

    @Test("a run can only be resumed or cancelled by the caller who started it")
    func runOwnership() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let sales = ["Content-Type": "application/json", "Authorization": try await Tokens.signed(department: "销售部")]
        let other = ["Authorization": try await Tokens.signed(department: "技术部")]
        let response = try await server.request("POST", "/workflow/query", headers: sales, body: #"{"message":"各部门员工人数"}"#)
        let runID = try #require(response.headers["x-run-id"])
        _ = try await SSEReader.readAll(response)
        let stolen = try await server.request("GET", "/workflow/query", headers: other.merging(["Last-Event-ID": "\(runID):0"]) { a, _ in a })
        #expect(stolen.status == 404)
        let cancel = try await server.request("POST", "/workflow/runs/\(runID)/cancel", headers: other)
        #expect(cancel.status == 404)
        let mine = try await server.request("GET", "/workflow/query", headers: ["Authorization": sales["Authorization"]!, "Last-Event-ID": "\(runID):0"])
        #expect(mine.status == 200)
        _ = try await mine.text()
        // A refreshed token (a later expiry, the same rights) still owns the run.
        let refreshed = try await Tokens.signed(department: "销售部", expiresIn: 7200)
        #expect(refreshed != sales["Authorization"])
        let resumed = try await server.request("GET", "/workflow/query", headers: ["Authorization": refreshed, "Last-Event-ID": "\(runID):0"])
        #expect(resumed.status == 200)
        _ = try await resumed.text()
    }
}
