import Foundation
import GRDB
import SemanticModel

/// Creates or upgrades a database file: applies migrations, then seeds empty tables from CSV files.
public struct DatabaseSetup: Sendable {
    public let migrationsDirectory: URL
    public let seedDirectory: URL?

    public init(migrationsDirectory: URL, seedDirectory: URL?) {
        self.migrationsDirectory = migrationsDirectory
        self.seedDirectory = seedDirectory
    }

    /// What one run of `migrate` did.
    public struct Report: Sendable {
        public let applied: [String]
        public let seeded: [(table: String, rows: Int)]
    }

    /// Creates the file (and its folder) if needed, in WAL mode; running it twice changes nothing.
    public func run(databasePath: String) throws -> Report {
        let url = URL(fileURLWithPath: databasePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "textbi.migrate"
        let pool = try DatabasePool(path: databasePath, configuration: config)
        let migrator = try Migrator(directory: migrationsDirectory)
        let applied = try migrator.migrate(pool)
        let seeded = try seedDirectory.map { try SeedLoader(directory: $0).load(into: pool) } ?? []
        return Report(applied: applied, seeded: seeded)
    }
}
