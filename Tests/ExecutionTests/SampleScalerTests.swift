import Execution
import Foundation
import GRDB
import Testing

@Suite("Scaled sample")
struct SampleScalerTests {
    /// Counts and a checksum of every table the scaler writes.
    static func fingerprint(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            [
                try String.fetchOne(db, sql: "SELECT COUNT(*) || '/' || SUM(id) || '/' || SUM(salary) || '/' || MIN(hire_date) || '/' || MAX(hire_date) FROM employees") ?? "",
                try String.fetchOne(db, sql: "SELECT COUNT(*) || '/' || SUM(employee_id) || '/' || SUM(score) FROM performance_reviews") ?? "",
                try String.fetchOne(db, sql: "SELECT COUNT(*) FROM performance_reviews r LEFT JOIN employees e ON r.employee_id = e.id WHERE e.id IS NULL") ?? "",
            ]
        }
    }

    @Test("--scale N gives N reviews, their employees, the same data every run, no review without its employee")
    func deterministic() throws {
        let a = try TemporaryDatabase(), b = try TemporaryDatabase()
        let counts = try SampleScaler(reviews: 40_000).scale(databasePath: a.path)
        try SampleScaler(reviews: 40_000).scale(databasePath: b.path)
        #expect(counts.reviews == 40_000 && counts.employees == 6_000)
        #expect(try Self.fingerprint(a.path) == Self.fingerprint(b.path))
        #expect(try Self.fingerprint(a.path)[2] == "0")
        // A scaled database is not scaled again.
        #expect(throws: (any Error).self) { try SampleScaler(reviews: 80_000).scale(databasePath: a.path) }
    }
}
