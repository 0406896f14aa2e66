import ArgumentParser
import Execution
import Foundation
import SemanticModel

/// `textbi migrate`: applies migrations not yet applied, then loads the sample CSVs into empty tables.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database and load the sample data.")

    @Option(help: "SQLite database file to create or upgrade, or postgres://user@host:port/database; default $DATABASE_URL, else data/textbi.sqlite.")
    var database: String?

    @Option(help: "Directory of numbered .sql migrations (a postgres/ folder in it holds PostgreSQL's versions where the SQL differs).")
    var migrations: String = "Migrations"

    @Option(help: "Directory of <table>.csv files loaded into empty tables ('' to skip).")
    var seed: String = "SampleData"

    @Option(help: "Grow the sample to this many rows in its largest table (performance_reviews), deterministically, with the same shape (SQLite).")
    var scale: Int?

    func validate() throws {
        if let scale, !(1...1_000_000_000).contains(scale) { throw ValidationError("--scale must be between 1 and 1000000000") }
    }

    func run() async throws {
        do {
            let location = try DatabaseLocation(Paths.database(database))
            let migrationsDirectory = try Paths.directory(migrations)
            let seedDirectory = seed.isEmpty ? nil : try Paths.directory(seed)
            let report: DatabaseSetup.Report
            switch location {
            case .sqlite(let path):
                report = try DatabaseSetup(migrationsDirectory: migrationsDirectory, seedDirectory: seedDirectory).run(databasePath: path)
            case .postgres(let url):
                report = try await PostgresSetup(migrationsDirectory: migrationsDirectory, seedDirectory: seedDirectory).run(url: url)
            }
            if let scale {
                guard case .sqlite(let path) = location else {
                    throw TextBIError(.invalidInput, "--scale makes a SQLite sample only")
                }
                let (employees, reviews) = try SampleScaler(reviews: scale).scale(databasePath: path)
                print("Scaled the sample: \(employees) employees, \(reviews) performance reviews")
            }
            print(report.applied.isEmpty ? "Schema up to date." : "Applied: \(report.applied.joined(separator: ", "))")
            for (table, rows) in report.seeded { print("Loaded \(rows) rows into \(table)") }
            if report.seeded.isEmpty { print("Sample data already loaded.") }
            print("Database: \(location)")
        } catch {
            Paths.fail(error)
        }
    }
}
