import Foundation
import GRDB
import SemanticModel

/// Applies numbered SQL files (`0001_name.sql`) once each, in a transaction, recorded in `schema_migrations`.
public struct Migrator: Sendable {
    /// One migration file.
    public struct Migration: Sendable, Equatable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    public let migrations: [Migration]

    /// The numbered files of `directory`; with a `dialect` (`postgres`), a file of the same number in
    /// `directory/dialect/` replaces the shared one, for the migrations whose SQL differs on that database.
    public init(directory: URL, dialect: String? = nil) throws {
        var migrations = try Self.read(directory)
        if let dialect {
            let folder = directory.appendingPathComponent(dialect)
            if FileManager.default.fileExists(atPath: folder.path) {
                for special in try Self.read(folder) {
                    migrations.removeAll { $0.version == special.version }
                    migrations.append(special)
                }
                migrations.sort { $0.version < $1.version }
            }
        }
        self.migrations = migrations
    }

    private static func read(_ directory: URL) throws -> [Migration] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw TextBIError(.migrationError, "Can't read the migrations directory '\(directory.path)'")
        }
        var migrations: [Migration] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            guard let version = Int(name.prefix { $0.isNumber }), version > 0 else {
                throw TextBIError(.migrationError, "Migration '\(name)' must start with its number, like 0001_name.sql")
            }
            let url = directory.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path), let sql = String(data: data, encoding: .utf8) else {
                throw TextBIError(.migrationError, "Can't read migration '\(name)'")
            }
            if let clash = migrations.first(where: { $0.version == version }) {
                throw TextBIError(.migrationError, "Migrations '\(clash.name)' and '\(name)' share number \(version)")
            }
            migrations.append(Migration(version: version, name: String(name.dropLast(4)), sql: sql))
        }
        return migrations
    }

    /// Fails when the database records a migration this binary doesn't know (it was made by a newer textbi).
    func refuseUnknown(_ applied: [(version: Int, name: String)]) throws(TextBIError) {
        let known = Set(migrations.map(\.version))
        if let unknown = applied.first(where: { !known.contains($0.version) }) {
            throw TextBIError(
                .migrationError,
                "The database has migration \(unknown.version) (\(unknown.name)) that this textbi doesn't know; it was made by a newer version",
                context: ["version": String(unknown.version)])
        }
    }

    /// Applies the migrations `db` lacks; returns the names applied. Fails, changing nothing, when the
    /// database records a migration this binary doesn't know (it was made by a newer textbi).
    @discardableResult
    public func migrate(_ writer: any DatabaseWriter) throws -> [String] {
        try writer.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
                """)
        }
        let applied = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT version, name FROM schema_migrations ORDER BY version")
                .map { (version: $0["version"] as Int, name: $0["name"] as String) }
        }
        try refuseUnknown(applied)
        let done = Set(applied.map(\.version))
        var names: [String] = []
        for migration in migrations where !done.contains(migration.version) {
            do {
                try writer.writeWithoutTransaction { db in
                    try db.inTransaction {
                        try db.execute(sql: migration.sql)
                        try db.execute(
                            sql: "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                            arguments: [migration.version, migration.name, ISO8601DateFormatter().string(from: Date())])
                        return .commit
                    }
                }
            } catch let error as DatabaseError {
                throw TextBIError(.migrationError, "Migration \(migration.name) failed: \(error.message ?? "\(error)")")
            }
            names.append(migration.name)
        }
        return names
    }
}
