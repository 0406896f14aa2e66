import Execution
import Foundation
import Server
import Testing
import Workflow

/// The same questions and Cube queries, through the real server, on SQLite and on PostgreSQL loaded with the same
/// sample: the `data` must be identical, row for row and value for value, with and without row-level security.
@Suite("PostgreSQL: the same answers as SQLite", .serialized, .enabled(if: PostgresSample.url != nil, PostgresSample.missing))
struct PostgresParityTests {
    static let questions = [
        "统计员工总数", "各部门员工人数", "average salary by department", "每年入职人数", "入职日期在2024年的北京的各部门的平均月薪",
        "top 5 employees by salary", "各城市的离职率", "headcount by city", "每季度入职人数", "各部门平均绩效分",
        "工资超过3万的员工人数", "各学历的平均工资", "2023年每月入职人数", "各评级的考核次数", "女性员工占比",
    ]

    static let cubeQueries = [
        #"{"measures":["employees.count","employees.avg_salary","employees.total_salary"],"dimensions":["departments.name"]}"#,
        #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"week","dateRange":["2024-01-01","2024-03-31"]}],"order":{"employees.hire_date":"asc"}}"#,
        #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"quarter"}],"order":{"employees.hire_date":"asc"}}"#,
        #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.termination_date","granularity":"year"}],"order":{"employees.termination_date":"asc"}}"#,
        #"{"measures":["performance_reviews.avg_score","performance_reviews.count"],"timeDimensions":[{"dimension":"performance_reviews.period","granularity":"month"}],"order":{"performance_reviews.period":"desc"}}"#,
        #"{"measures":["employees.count"],"dimensions":["employees.city"],"filters":[{"member":"employees.position","operator":"contains","values":["工程"]},{"member":"employees.city","operator":"notStartsWith","values":["上"]}],"order":{"employees.city":"asc"}}"#,
        #"{"dimensions":["employees.name","employees.hire_date","employees.termination_date","employees.salary"],"filters":[{"member":"employees.level","operator":"gte","values":["8"]}],"order":{"employees.salary":"desc","employees.name":"asc"},"limit":40,"offset":5}"#,
        #"{"measures":["employees.count","departments.count"],"dimensions":["departments.name_en"],"order":{"departments.name_en":"asc"},"total":true}"#,
        #"{"measures":["employees.count"],"dimensions":["employees.education"],"filters":[{"member":"employees.count","operator":"gt","values":["100"]}],"order":{"employees.education":"asc"}}"#,
        #"{"measures":["employees.attrition_rate"],"dimensions":["employees.gender"],"order":{"employees.gender":"asc"}}"#,
        #"{"measures":["performance_reviews.count"],"dimensions":["performance_reviews.rating"],"filters":[{"member":"performance_reviews.year","operator":"equals","values":["2024"]}],"order":{"performance_reviews.rating":"asc"}}"#,
    ]

    /// `data` as canonical JSON text, so a difference prints readably. Fractional numbers are written to 12
    /// significant digits: an average of doubles is summed in a different order by each database (SQLite uses
    /// Kahan-Babuska summation), which can move the last binary digit; everything else must match exactly.
    static func canonical(_ value: Any?) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: rounded(value ?? NSNull()), options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func rounded(_ value: Any) -> Any {
        switch value {
        case let rows as [Any]: return rows.map(rounded)
        case let row as [String: Any]: return row.mapValues(rounded)
        case let number as NSNumber where !(number is Bool) && number.doubleValue != number.doubleValue.rounded():
            return String(format: "%.12g", number.doubleValue)
        default: return value
        }
    }

    @Test("questions and Cube queries give identical data on SQLite and PostgreSQL; dbType says which")
    func identical() async throws {
        let url = try await PostgresSample.migrated()
        let sqlite = try await LiveServer.start()
        let postgres = try await LiveServer.start(databasePath: url)
        defer { Task { await sqlite.stop(); await postgres.stop(); await postgres.server.workflow.queries.close() } }
        var compared = 0
        for question in Self.questions {
            let body = #"{"message":"\#(question)"}"#
            let (s1, a, _) = try await sqlite.postJSON("/workflow/query-sync", body)
            let (s2, b, _) = try await postgres.postJSON("/workflow/query-sync", body)
            #expect(s1 == 200 && s2 == 200, "\(question): \(a["error"] ?? "") / \(b["error"] ?? "")")
            #expect(try Self.canonical(a["data"]) == Self.canonical(b["data"]), "\(question)")
            #expect(a["row_count"] as? Int == b["row_count"] as? Int)
            if (a["data"] as? [Any])?.isEmpty == false { compared += 1 }
        }
        for query in Self.cubeQueries {
            let body = #"{"query":\#(query)}"#
            let (s1, a, _) = try await sqlite.postJSON("/cubejs-api/v1/load", body)
            let (s2, b, _) = try await postgres.postJSON("/cubejs-api/v1/load", body)
            #expect(s1 == 200 && s2 == 200, "\(query): \(a["error"] ?? "") / \(b["error"] ?? "")")
            #expect((a["data"] as? [Any])?.isEmpty == false, "\(query)")
            #expect(try Self.canonical(a["data"]) == Self.canonical(b["data"]), "\(query)")
            #expect(try Self.canonical(a["total"]) == Self.canonical(b["total"]))
            #expect(a["dbType"] as? String == "sqlite" && b["dbType"] as? String == "postgres")
        }
        #expect(compared >= 12, "most questions must return rows to compare")
        let response = try await postgres.request("GET", "/health")
        let status = LiveServer.object(try await response.text())
        let database = try #require(status["database"] as? [String: Any])
        #expect(response.status == 200 && database["type"] as? String == "postgres" && (database["tables"] as? Int ?? 0) >= 4)
        #expect(!(database["path"] as? String ?? "").contains("password"))
    }

    @Test("row-level security restricts the same rows on PostgreSQL as on SQLite")
    func rowLevelSecurity() async throws {
        let url = try await PostgresSample.migrated()
        let configuration = ServerConfiguration(port: 0, apiSecret: Tokens.secret)
        let sqlite = try await LiveServer.start(configuration: configuration)
        let postgres = try await LiveServer.start(configuration: configuration, databasePath: url)
        defer { Task { await sqlite.stop(); await postgres.stop(); await postgres.server.workflow.queries.close() } }
        let tokens = [try await Tokens.signed(department: "销售部"), try await Tokens.signed(departmentID: 3), try await Tokens.signed(city: "上海")]
        let queries = [
            #"{"measures":["employees.count"],"dimensions":["departments.name"]}"#,
            #"{"measures":["employees.count"],"dimensions":["departments.name"],"filters":[{"or":[{"member":"departments.name","operator":"equals","values":["技术部"]},{"member":"employees.city","operator":"equals","values":["北京"]}]}]}"#,
            #"{"measures":["performance_reviews.count","performance_reviews.avg_score"],"dimensions":["departments.name"]}"#,
            #"{"dimensions":["departments.name","employees.name","employees.id"],"ungrouped":true,"order":{"employees.name":"asc","employees.id":"asc"},"limit":50000}"#,
            #"{"measures":["employees.count"],"filters":[{"member":"employees.count","operator":"gt","values":["2"]}],"dimensions":["employees.city"],"order":{"employees.city":"asc"}}"#,
        ]
        for token in tokens {
            let headers = ["Content-Type": "application/json", "Authorization": token]
            var restricted = 0
            for query in queries {
                let (s1, a, _) = try await sqlite.postJSON("/cubejs-api/v1/load", #"{"query":\#(query)}"#, headers: headers)
                let (s2, b, _) = try await postgres.postJSON("/cubejs-api/v1/load", #"{"query":\#(query)}"#, headers: headers)
                #expect(s1 == 200 && s2 == 200, "\(b)")
                #expect(try Self.canonical(a["data"]) == Self.canonical(b["data"]), "\(query)")
                let (_, open, _) = try await sqlite.postJSON(
                    "/cubejs-api/v1/load", #"{"query":\#(query)}"#,
                    headers: ["Content-Type": "application/json", "Authorization": try await Tokens.signed()])
                if try Self.canonical(open["data"]) != Self.canonical(b["data"]) { restricted += 1 }
            }
            #expect(restricted >= 3, "the token must narrow the answers")
            let (_, q1, _) = try await sqlite.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#, headers: headers)
            let (_, q2, _) = try await postgres.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#, headers: headers)
            #expect(try Self.canonical(q1["data"]) == Self.canonical(q2["data"]))
        }
    }
}
