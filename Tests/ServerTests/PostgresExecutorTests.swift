import Execution
import Foundation
import SQLRendering
import SemanticModel
import Server
import Testing
import Workflow

/// PostgreSQL's migrations, read-only executor, time limit and faults, on a real cluster.
@Suite("PostgreSQL executor and faults", .serialized, .enabled(if: PostgresSample.url != nil, PostgresSample.missing))
struct PostgresExecutorTests {
    @Test("migrate is idempotent: a second run applies nothing and loads nothing")
    func migrateTwice() async throws {
        let url = try await PostgresSample.migrated()
        let again = try await PostgresSample.setup.run(url: try PostgresURL(url))
        #expect(again.applied.isEmpty && again.seeded.isEmpty)
        let executor = PostgresExecutor(url: try PostgresURL(url), concurrency: 2)
        executor.start()
        defer { Task { await executor.close() } }
        let rows = try await executor.execute(
            "SELECT (SELECT COUNT(*) FROM employees), (SELECT COUNT(*) FROM performance_reviews), (SELECT COUNT(*) FROM schema_migrations)",
            parameters: [], limits: ExecutionLimits())
        #expect(rows.rows == [[.integer(2000), .integer(16589), .integer(2)]])
    }

    @Test("values come back typed as SQLite's: integers, doubles, text, NULL, ISO dates and timestamps")
    func types() async throws {
        let executor = PostgresExecutor(url: try PostgresURL(try await PostgresSample.migrated()))
        executor.start()
        defer { Task { await executor.close() } }
        let rows = try await executor.execute(
            "SELECT 1::int4, 2::int8, 1.5::float8, 100.0 * 37 / 2000, 'x'::text, NULL, DATE '2024-02-29', TIMESTAMP '2024-03-01 04:05:06.789', $1 = 'a', $2::int + 1",
            parameters: [.text("a"), .integer(41)], limits: ExecutionLimits())
        #expect(rows.rows == [[
            .integer(1), .integer(2), .real(1.5), .real(1.85), .text("x"), .null, .text("2024-02-29"), .text("2024-03-01T04:05:06.789"),
            .integer(1), .integer(42),
        ]])
    }

    @Test("nothing is ever written: writes through the executor fail as read-only and change nothing")
    func readOnly() async throws {
        let executor = PostgresExecutor(url: try PostgresURL(try await PostgresSample.migrated()))
        executor.start()
        defer { Task { await executor.close() } }
        for sql in [
            "INSERT INTO departments (id, name, name_en, budget) VALUES (99, 'x', 'y', 1)", "UPDATE employees SET salary = 0",
            "DELETE FROM performance_reviews", "CREATE TABLE intruder (x int)", "DROP TABLE employees",
        ] {
            await #expect(throws: TextBIError.self, "\(sql)") {
                do { _ = try await executor.execute(sql, parameters: [], limits: ExecutionLimits()) } catch let error as TextBIError {
                    #expect(error.code == .readOnly, "\(sql): \(error)")
                    throw error
                }
            }
        }
        let rows = try await executor.execute("SELECT COUNT(*), MIN(salary) > 0 FROM employees", parameters: [], limits: ExecutionLimits())
        #expect(rows.rows == [[.integer(2000), .integer(1)]])
    }

    @Test("the time limit stops a running statement on the server (statement_timeout); the row cap truncates")
    func limits() async throws {
        let executor = PostgresExecutor(url: try PostgresURL(try await PostgresSample.migrated()))
        executor.start()
        defer { Task { await executor.close() } }
        let start = ContinuousClock.now
        await #expect(throws: TextBIError.self) {
            do { _ = try await executor.execute("SELECT pg_sleep(30)", parameters: [], limits: ExecutionLimits(timeout: .milliseconds(300))) } catch let error as TextBIError {
                #expect(error.code == .timeout)
                throw error
            }
        }
        // Stopped long before the statement's 30 s, with room for a machine busy with every other suite at once.
        #expect(start.duration(to: .now) < .seconds(10))
        let capped = try await executor.execute("SELECT id FROM employees ORDER BY id", parameters: [], limits: ExecutionLimits(rowCap: 10))
        #expect(capped.rows.count == 10 && capped.truncated && capped.rows.last == [.integer(10)])
        // The connection is usable after both.
        let after = try await executor.execute("SELECT COUNT(*) FROM departments", parameters: [], limits: ExecutionLimits())
        #expect(after.rows == [[.integer(8)]])
    }

    @Test("an unreachable database at start-up is a clear database_unavailable error")
    func unreachableAtStart() async throws {
        let closed = "postgres://nobody@127.0.0.1:1/none?sslmode=disable"
        await #expect(throws: TextBIError.self) {
            do {
                _ = try await Engine.open(modelDirectory: LiveServer.root.appendingPathComponent("SampleData/model"), databasePath: closed)
            } catch let error as TextBIError {
                #expect(error.code == .databaseUnavailable && error.message.contains("127.0.0.1:1"), "\(error)")
                throw error
            }
        }
    }

    @Test("the database going away mid-run is 503 database_unavailable (an SSE error event on a stream); it recovers by itself")
    func outageAndRecovery() async throws {
        _ = try #require(PostgresSample.url, PostgresSample.missing)
        // A cluster of its own, so stopping it disturbs no other test.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-pg-fault-\(UUID().uuidString.prefix(8))").path
        let exported = try await PostgresSample.cluster("start", folder: folder)
        defer { Task { _ = try? await PostgresSample.cluster("stop", folder: folder) } }
        let url = try #require(exported.split(separator: "'").dropFirst().first.map(String.init))
        _ = try await PostgresSample.setup.run(url: try PostgresURL(url))
        let server = try await LiveServer.start(
            workflow: Workflow.Configuration(limits: ExecutionLimits(timeout: .seconds(10)), cacheBytes: nil), databasePath: url)
        defer { Task { await server.stop(); await server.server.workflow.queries.close() } }
        let (ok, _, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#)
        #expect(ok == 200)

        try await PostgresSample.cluster("halt", folder: folder)
        let (status, body, headers) = try await server.postJSON("/workflow/query-sync", #"{"message":"各城市员工人数"}"#)
        #expect(status == 503, "\(body)")
        #expect((body["error"] as? [String: Any])?["code"] as? String == "database_unavailable", "\(body)")
        #expect(headers.keys.contains { $0.lowercased() == "retry-after" })
        let stream = try await server.request(
            "POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"各学历员工人数"}"#)
        let events = try await stream.text()
        #expect(events.contains("database_unavailable"), "\(events)")
        let (cubeStatus, cube, _) = try await server.postJSON("/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"]}}"#)
        #expect(cubeStatus == 503, "\(cube)")
        let health = try await server.request("GET", "/health")
        #expect(health.status == 503)

        try await PostgresSample.cluster("resume", folder: folder)
        var recovered = false
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let (status, _, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各城市员工人数"}"#)
            if status == 200 { recovered = true; break }
            try await Task.sleep(for: .milliseconds(500))
        }
        #expect(recovered, "the server must answer again once the database is back")
    }
}
