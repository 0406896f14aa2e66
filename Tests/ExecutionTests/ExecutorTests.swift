import Execution
import Foundation
import GRDB
import SQLRendering
import SemanticModel
import Testing

@Suite("Read-only execution")
struct ExecutorTests {
    @Test("rows keep SQLite's types")
    func types() async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        let result = try await executor.execute(
            "SELECT id, salary, name, termination_date FROM employees WHERE id = ?", parameters: [.integer(1)], limits: ExecutionLimits())
        #expect(result.columns == ["id", "salary", "name", "termination_date"])
        let row = try #require(result.rows.first)
        #expect(row[0] == .integer(1))
        if case .real = row[1] {} else { Issue.record("salary should be REAL, got \(row[1])") }
        if case .text = row[2] {} else { Issue.record("name should be TEXT") }
        #expect(row[3] == .null)
    }

    @Test("writes through the query path are refused and change nothing", arguments: [
        "DELETE FROM employees", "UPDATE employees SET salary = 0", "INSERT INTO departments VALUES (99, 'x', 'y', 1)",
        "DROP TABLE employees", "CREATE TABLE t (x)", "SELECT 1; DELETE FROM employees",
    ])
    func writesRefused(_ sql: String) async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        await #expect(throws: TextBIError.self) {
            _ = try await executor.execute(sql, parameters: [], limits: ExecutionLimits())
        }
        let count = try await executor.execute("SELECT COUNT(*) FROM employees", parameters: [], limits: ExecutionLimits())
        #expect(count.rows[0][0] == .integer(2000))
        let queue = try DatabaseQueue(path: db.path)
        let tables = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 't'") }
        #expect(tables == 0)
    }

    @Test("a query over its time limit is interrupted and reports a timeout")
    func timeout() async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await executor.execute(endless, parameters: [], limits: ExecutionLimits(timeout: .milliseconds(200)))
            Issue.record("the endless query finished")
        } catch let error as TextBIError {
            #expect(error.code == .timeout)
        }
        // The query never ends by itself, so returning at all proves the interruption; the bound only rules out a hang.
        #expect(start.duration(to: clock.now) < .seconds(30), "the query must be interrupted, not waited for")
        // The pool is still usable afterwards.
        let ok = try await executor.execute("SELECT 1", parameters: [], limits: ExecutionLimits())
        #expect(ok.rows == [[.integer(1)]])
    }

    @Test("a statement asked again is kept prepared: answers follow writes and schema changes, and many texts still run")
    func preparedStatements() async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        let count = "SELECT COUNT(*) FROM departments"
        let before = try await executor.execute(count, parameters: [], limits: ExecutionLimits())
        let writer = try DatabaseQueue(path: db.path)
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO departments (id, name, name_en, budget) SELECT MAX(id) + 1, '新部门', 'New', 1 FROM departments")
            try db.execute(sql: "CREATE TABLE extra (x INTEGER)")
        }
        let after = try await executor.execute(count, parameters: [], limits: ExecutionLimits())
        guard case .integer(let b)? = before.rows.first?.first, case .integer(let a)? = after.rows.first?.first else {
            Issue.record("counts: \(before.rows) \(after.rows)")
            return
        }
        #expect(a == b + 1)
        // More texts than are kept prepared: the rest are prepared per query, and all answer.
        for n in 0..<600 {
            let r = try await executor.execute("SELECT \(n) + ?", parameters: [.integer(1)], limits: ExecutionLimits())
            #expect(r.rows == [[.integer(Int64(n + 1))]])
        }
    }

    @Test("cancelling the task interrupts a running query")
    func cancellation() async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        let task = Task {
            try await executor.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c",
                parameters: [], limits: ExecutionLimits(timeout: .seconds(60)))
        }
        try await Task.sleep(for: .milliseconds(100))
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let outcome = await task.result
        #expect(start.duration(to: clock.now) < .seconds(3))
        if case .success = outcome { Issue.record("the cancelled query returned rows") }
    }

    @Test("the row cap stops reading and says more rows exist")
    func rowCap() async throws {
        let db = try TemporaryDatabase()
        let executor = try SQLiteExecutor(path: db.path)
        let result = try await executor.execute("SELECT id FROM performance_reviews", parameters: [], limits: ExecutionLimits(rowCap: 100))
        #expect(result.rows.count == 100 && result.truncated)
        let all = try await executor.execute("SELECT id FROM departments", parameters: [], limits: ExecutionLimits(rowCap: 100))
        #expect(all.rows.count == 8 && !all.truncated)
    }

    @Test("a missing database file is a clear error, not a new empty file")
    func missingFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).sqlite").path
        #expect(throws: TextBIError.self) { try SQLiteExecutor(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
