import ArgumentParser
import Execution
import Foundation

/// `textbi migrate`: applies migrations not yet applied, then loads the sample CSVs into empty tables.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database and load the sample data.")

    @Option(help: "SQLite database file to create or upgrade.")
    var database: String = "data/textbi.sqlite"

    @Option(help: "Directory of numbered .sql migrations.")
    var migrations: String = "Migrations"

    @Option(help: "Directory of <table>.csv files loaded into empty tables ('' to skip).")
    var seed: String = "SampleData"

    func run() async throws {
        do {
            let setup = DatabaseSetup(
                migrationsDirectory: try Paths.directory(migrations),
                seedDirectory: seed.isEmpty ? nil : try Paths.directory(seed))
            let report = try setup.run(databasePath: database)
            print(report.applied.isEmpty ? "Schema up to date." : "Applied: \(report.applied.joined(separator: ", "))")
            for (table, rows) in report.seeded { print("Loaded \(rows) rows into \(table)") }
            if report.seeded.isEmpty { print("Sample data already loaded.") }
            print("Database: \(database)")
        } catch {
            Paths.fail(error)
        }
    }
}
