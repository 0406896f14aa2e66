import Foundation
import Logging
import PostgresNIO
import SQLRendering
import SemanticModel

/// `textbi migrate` on PostgreSQL: the same numbered migrations as SQLite (a file in `Migrations/postgres/` replaces
/// the shared one of its number where the SQL differs), recorded in `schema_migrations`, each in a transaction; then
/// the sample CSVs into tables that are still empty, with COPY. Running it twice changes nothing.
public struct PostgresSetup: Sendable {
    public let migrationsDirectory: URL
    public let seedDirectory: URL?
    /// Bytes of COPY data sent in one message.
    static let copyChunkBytes = 64 * 1024

    public init(migrationsDirectory: URL, seedDirectory: URL?) {
        self.migrationsDirectory = migrationsDirectory
        self.seedDirectory = seedDirectory
    }

    public func run(url: PostgresURL, logger: Logger = Logger(label: "textbi.migrate")) async throws -> DatabaseSetup.Report {
        let migrator = try Migrator(directory: migrationsDirectory, dialect: "postgres")
        try await PostgresExecutor.checkReachable(url, timeout: .seconds(5), logger: logger)
        let connection = try await PostgresConnection.connect(configuration: try url.connectionConfiguration(), id: 1, logger: logger)
        do {
            let applied = try await migrate(migrator, connection, logger)
            var seeded: [(table: String, rows: Int)] = []
            if let seedDirectory { seeded = try await seed(seedDirectory, connection, logger) }
            try await connection.close()
            return DatabaseSetup.Report(applied: applied, seeded: seeded)
        } catch {
            try? await connection.close()
            throw Self.translate(error)
        }
    }

    private func migrate(_ migrator: Migrator, _ db: PostgresConnection, _ logger: Logger) async throws -> [String] {
        try await db.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            logger: logger)
        var applied: [(version: Int, name: String)] = []
        let rows = try await db.query("SELECT version, name FROM schema_migrations ORDER BY version", logger: logger)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            applied.append((try cells[0].decode(Int.self), try cells[1].decode(String.self)))
        }
        try migrator.refuseUnknown(applied)
        let done = Set(applied.map(\.version))
        var names: [String] = []
        for migration in migrator.migrations where !done.contains(migration.version) {
            try await db.query("BEGIN", logger: logger)
            do {
                for statement in SQLScript.statements(migration.sql) {
                    try await db.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                let stamp = ISO8601DateFormatter().string(from: Date())
                try await db.query(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(migration.version), \(migration.name), \(stamp))",
                    logger: logger)
                try await db.query("COMMIT", logger: logger)
            } catch {
                _ = try? await db.query("ROLLBACK", logger: logger)
                throw TextBIError(.migrationError, "Migration \(migration.name) failed: \(Self.translate(error))")
            }
            names.append(migration.name)
        }
        return names
    }

    /// Loads `<table>.csv` into each empty table, in creation order so referenced tables load first.
    private func seed(_ directory: URL, _ db: PostgresConnection, _ logger: Logger) async throws -> [(table: String, rows: Int)] {
        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".csv") }
        let available = Set(files.map { String($0.dropLast(4)) })
        var tables: [String] = []
        let listing = try await db.query(
            """
            SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid
            """, logger: logger)
        for try await row in listing { tables.append(try row.makeRandomAccess()[0].decode(String.self)) }
        var loaded: [(String, Int)] = []
        try await db.query("BEGIN", logger: logger)
        do {
            for table in tables where available.contains(table) {
                let quoted = PostgresDialect().quoteIdentifier(table)
                var empty = true
                for try await _ in try await db.query(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(quoted) LIMIT 1"), logger: logger) { empty = false }
                guard empty else { continue }
                guard let (header, records) = try SeedLoader.records(of: table, in: directory) else { continue }
                // postgres-nio puts the names in double quotes as they are: one holding a quote is refused here.
                guard !(header + [table]).contains(where: { $0.contains("\"") }) else {
                    throw TextBIError(.migrationError, "\(table).csv: a table or column name holds a double quote")
                }
                try await db.copyFrom(table: table, columns: header, logger: logger) { writer in
                    var buffer = ByteBuffer()
                    for record in records {
                        Self.appendCopyLine(record, to: &buffer)
                        if buffer.readableBytes >= Self.copyChunkBytes {
                            try await writer.write(buffer)
                            buffer.clear()
                        }
                    }
                    if buffer.readableBytes > 0 { try await writer.write(buffer) }
                }
                loaded.append((table, records.count))
            }
            try await db.query("COMMIT", logger: logger)
        } catch {
            _ = try? await db.query("ROLLBACK", logger: logger)
            throw error
        }
        return loaded
    }

    /// One row in COPY's text format: fields separated by tabs, an empty field as NULL (`\\N`, as the SQLite loader
    /// reads it), and backslash, tab, newline and carriage return escaped.
    static func appendCopyLine(_ record: [String], to buffer: inout ByteBuffer) {
        for (i, field) in record.enumerated() {
            if i > 0 { buffer.writeStaticString("\t") }
            guard !field.isEmpty else {
                buffer.writeStaticString("\\N")
                continue
            }
            var escaped = ""
            escaped.reserveCapacity(field.utf8.count)
            for scalar in field.unicodeScalars {
                switch scalar {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            buffer.writeString(escaped)
        }
        buffer.writeStaticString("\n")
    }

    static func translate(_ error: any Error) -> any Error {
        if let error = error as? PSQLError {
            let state = error.serverInfo?[.sqlState] ?? "\(error.code)"
            return TextBIError(.migrationError, "PostgreSQL \(state): \(error.serverInfo?[.message] ?? "\(error.code)")")
        }
        return error
    }
}
