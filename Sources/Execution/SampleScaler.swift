import Foundation
import GRDB
import SemanticModel

/// Grows the seeded sample to `reviews` rows in its largest table (performance_reviews), with the same shape: the
/// sample's employees and their reviews are copied whole, copy k with ids moved past the earlier copies, its dates
/// shifted by up to ±180 days and its salaries by up to ±500, all computed from k alone, so every run makes the same
/// data. Runs in SQL inside SQLite, one transaction per table.
public struct SampleScaler: Sendable {
    public let reviews: Int

    public init(reviews: Int) { self.reviews = reviews }

    /// Returns the rows now in employees and performance_reviews.
    @discardableResult
    public func scale(databasePath: String) throws -> (employees: Int, reviews: Int) {
        var config = Configuration()
        config.label = "textbi.scale"
        let writer = try DatabasePool(path: databasePath, configuration: config)
        return try writer.writeWithoutTransaction { db in
            let employees = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM employees") ?? 0
            let maxEmployee = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM employees") ?? 0
            let base = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM performance_reviews") ?? 0
            let maxReview = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM performance_reviews") ?? 0
            guard base > 0, employees > 0 else {
                throw TextBIError(.migrationError, "--scale needs the seeded sample first (performance_reviews is empty)")
            }
            // textbi's own marker: a database is grown once, from the seeded sample.
            if try db.tableExists("textbi_sample_scale") {
                let done = try Int.fetchOne(db, sql: "SELECT reviews FROM textbi_sample_scale") ?? 0
                throw TextBIError(.migrationError, "--scale \(reviews): this database was already scaled to \(done) reviews; migrate a new one")
            }
            guard maxReview == base, reviews >= base else {
                throw TextBIError(
                    .migrationError,
                    "--scale \(reviews): the database must hold exactly the seeded sample (\(base) reviews now; scale to at least that)")
            }
            let copies = (reviews + base - 1) / base
            try db.inTransaction {
                try db.execute(
                    sql: """
                        WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)
                        INSERT INTO employees (id, name, gender, birth_date, hire_date, termination_date, status, department_id,
                                               position, level, salary, city, education)
                        SELECT e.id + ? * k.n, e.name, e.gender,
                               date(e.birth_date, printf('%+d days', (k.n * 53) % 361 - 180)),
                               date(e.hire_date, printf('%+d days', (k.n * 53) % 361 - 180)),
                               CASE WHEN e.termination_date IS NULL THEN NULL
                                    ELSE date(e.termination_date, printf('%+d days', (k.n * 53) % 361 - 180)) END,
                               e.status, e.department_id, e.position, e.level,
                               e.salary + ((k.n * 37) % 11 - 5) * 100, e.city, e.education
                        FROM k CROSS JOIN employees e WHERE e.id <= ?
                        """,
                    arguments: [copies - 1, maxEmployee, maxEmployee])
                try db.execute(
                    sql: """
                        WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)
                        INSERT INTO performance_reviews (id, employee_id, year, quarter, score, rating)
                        SELECT r.id + ? * k.n, r.employee_id + ? * k.n, r.year, r.quarter, r.score, r.rating
                        FROM k CROSS JOIN performance_reviews r WHERE r.id <= ? AND r.id + ? * k.n <= ?
                        """,
                    arguments: [copies - 1, base, maxEmployee, base, base, reviews])
                try db.execute(sql: "CREATE TABLE textbi_sample_scale (reviews INTEGER NOT NULL)")
                try db.execute(sql: "INSERT INTO textbi_sample_scale (reviews) VALUES (?)", arguments: [reviews])
                return .commit
            }
            try db.execute(sql: "ANALYZE")
            return (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM employees") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM performance_reviews") ?? 0
            )
        }
    }
}
