import Execution
import Foundation
import GRDB
import SemanticModel
import Testing

@Suite("Migrations and seed data")
struct MigrationTests {
    @Test("migrate creates the schema and loads the sample CSVs; a second run changes nothing")
    func idempotent() throws {
        let db = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: db.path)
        let counts = try queue.read { db in
            try ["departments", "employees", "performance_reviews", "schema_migrations"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!
            }
        }
        #expect(counts[0] == 8 && counts[1] == 2000 && counts[2] > 10_000 && counts[3] == 2)
        try queue.close()
        let again = try TemporaryDatabase.setup().run(databasePath: db.path)
        #expect(again.applied.isEmpty && again.seeded.isEmpty)
        let after = try DatabaseQueue(path: db.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM employees") }
        #expect(after == 2000)
    }

    @Test("the sample data keeps the schema's promises")
    func sampleDataShape() throws {
        let db = try TemporaryDatabase()
        try DatabaseQueue(path: db.path).read { db in
            let resigned = try Double.fetchOne(db, sql: "SELECT AVG(status = '离职') FROM employees")!
            #expect(resigned >= 0.10 && resigned <= 0.20)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM employees WHERE (termination_date IS NOT NULL) <> (status = '离职')") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT department_id || city) FROM employees") == 48)
            #expect(try String.fetchOne(db, sql: "SELECT MIN(hire_date) FROM employees")! >= "2016-01-01")
            #expect(try String.fetchOne(db, sql: "SELECT MAX(hire_date) FROM employees")! <= "2026-10-31")
            let byLevel = try Double.fetchAll(db, sql: "SELECT AVG(salary) FROM employees GROUP BY level ORDER BY level")
            #expect(byLevel == byLevel.sorted(), "salary rises with level")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM performance_reviews WHERE score < 1 OR score > 5 OR year NOT BETWEEN 2023 AND 2025") == 0)
        }
    }

    @Test("a database with a migration this binary doesn't know is refused with a clear error")
    func unknownMigration() throws {
        let db = try TemporaryDatabase(seed: false)
        try DatabaseQueue(path: db.path).write { db in
            try db.execute(sql: "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_from_the_future', 'x')")
        }
        do {
            _ = try TemporaryDatabase.setup().run(databasePath: db.path)
            Issue.record("migrate accepted an unknown migration")
        } catch let error as TextBIError {
            #expect(error.code == .migrationError)
            #expect(error.message.contains("99") && error.message.contains("doesn't know"))
        }
    }
}
