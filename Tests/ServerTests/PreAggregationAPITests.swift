import Execution
import Foundation
import GRDB
import SemanticModel
import Server
import Testing
import Workflow

/// The Cube API and the question pipeline over a database whose rollups are built.
@Suite("Pre-aggregations through the API", .serialized)
struct PreAggregationAPITests {
    static let databasePath: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-rollups-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        let path = folder.appendingPathComponent("rollups.sqlite").path
        _ = try! DatabaseSetup(
            migrationsDirectory: LiveServer.root.appendingPathComponent("Migrations"),
            seedDirectory: LiveServer.root.appendingPathComponent("SampleData")
        ).run(databasePath: path)
        let model = try! ModelLoader().load(directory: LiveServer.root.appendingPathComponent("SampleData/model"))
        try! RollupRefresher(path: path, model: model).refresh(today: LiveServer.today)
        return path
    }()

    static let query = #"{"measures":["employees.count","employees.avg_salary"],"dimensions":["departments.name"]}"#

    @Test("/v1/load reports the rollup in usedPreAggregations, with the same rows as independent SQL")
    func load() async throws {
        let server = try await LiveServer.start(databasePath: Self.databasePath)
        defer { Task { await server.stop() } }
        let (status, result, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":\#(Self.query)}"#)
        #expect(status == 200)
        let used = try #require(result["usedPreAggregations"] as? [String: Any])
        let table = try #require(used.keys.first)
        #expect(table.hasPrefix("textbi_rollup_employees_by_department_"))
        #expect((used[table] as? [String: Any])?["preAggregationId"] as? String == "employees.by_department")
        let rows = try #require(result["data"] as? [[String: Any]])
        let got = Dictionary(uniqueKeysWithValues: rows.map { ($0["departments.name"] as! String, $0["employees.count"] as! Int) })
        var config = Configuration()
        config.readonly = true
        let expected = try await DatabaseQueue(path: Self.databasePath, configuration: config).read { db in
            try Row.fetchAll(db, sql: "SELECT d.name, COUNT(*) FROM employees e LEFT JOIN departments d ON e.department_id = d.id GROUP BY 1")
                .map { ($0[0] as String, $0[1] as Int) }
        }
        #expect(got == Dictionary(uniqueKeysWithValues: expected))
    }

    @Test("/v1/sql lists the rollup in preAggregations and reads its table; a query it can't answer lists none")
    func sql() async throws {
        let server = try await LiveServer.start(databasePath: Self.databasePath)
        defer { Task { await server.stop() } }
        let (_, body, _) = try await server.postJSON("/cubejs-api/v1/sql", #"{"query":\#(Self.query)}"#)
        let sql = try #require(body["sql"] as? [String: Any])
        let used = try #require(sql["preAggregations"] as? [[String: Any]])
        #expect(used.first?["preAggregationId"] as? String == "employees.by_department")
        let text = try #require((sql["sql"] as? [Any])?.first as? String)
        #expect(text.contains("FROM \"textbi_rollup_employees_by_department_"))
        let (_, raw, _) = try await server.postJSON("/cubejs-api/v1/sql", #"{"query":{"measures":["employees.count"],"dimensions":["employees.position"]}}"#)
        #expect(((raw["sql"] as? [String: Any])?["preAggregations"] as? [Any])?.isEmpty == true)
    }

    @Test("with pre-aggregations off, the same query reads the raw tables and gives the same data")
    func off() async throws {
        var flow = Workflow.Configuration()
        flow.preAggregations = false
        let off = try await LiveServer.start(workflow: flow, databasePath: Self.databasePath)
        let (_, a, _) = try await off.postJSON("/cubejs-api/v1/load", #"{"query":\#(Self.query)}"#)
        await off.stop()
        #expect((a["usedPreAggregations"] as? [String: Any])?.isEmpty == true)
        let on = try await LiveServer.start(databasePath: Self.databasePath)
        let (_, b, _) = try await on.postJSON("/cubejs-api/v1/load", #"{"query":\#(Self.query)}"#)
        await on.stop()
        func rows(_ r: [String: Any]) -> [String] {
            ((r["data"] as? [[String: Any]]) ?? []).map { row in
                "\(row["departments.name"]!)|\(row["employees.count"]!)|\(String(format: "%.6f", (row["employees.avg_salary"] as? Double) ?? -1))"
            }.sorted()
        }
        #expect(!rows(a).isEmpty && rows(a) == rows(b))
    }

    @Test("the answer to a question names the rollup it read, in step 3")
    func answerNamesRollup() async throws {
        let workflow = try await Engine.open(
            modelDirectory: LiveServer.root.appendingPathComponent("SampleData/model"), databasePath: Self.databasePath,
            clock: .fixed(LiveServer.today))
        let zh = await workflow.answer("各部门的员工人数")
        #expect(zh.error == nil)
        #expect(zh.content.contains("数据来自预聚合 employees.by_department"), "\(zh.content)")
        let en = await workflow.answer("headcount by department")
        #expect(en.content.contains("pre-aggregation employees.by_department"), "\(en.content)")
        await workflow.queries.close()
    }
}
