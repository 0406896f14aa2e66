import Foundation
import GRDB
import SQLRendering
import SemanticModel

/// The bookkeeping tables: `textbi_rollup_state` (one row per built partition: when, with which refresh-key value,
/// how many rows, for which definition) and `textbi_rollups` (per rollup: its table, the range it covers, and whether
/// every partition is built, which is when queries may read it).
public enum RollupState {
    struct Partition {
        let builtAt: Date
        let refreshKey: String?
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS textbi_rollup_state (
                rollup TEXT NOT NULL, partition TEXT NOT NULL, built_at REAL NOT NULL, refresh_key TEXT,
                row_count INTEGER NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (rollup, partition));
            CREATE TABLE IF NOT EXISTS textbi_rollups (
                rollup TEXT PRIMARY KEY, table_name TEXT NOT NULL, fingerprint TEXT NOT NULL, range_start TEXT, range_end TEXT,
                covers_all INTEGER NOT NULL, complete INTEGER NOT NULL, refreshed_at TEXT NOT NULL)
            """)
    }

    static func partitions(_ db: Database, rollup: String, fingerprint: String) throws -> [String: Partition] {
        var out: [String: Partition] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT partition, built_at, refresh_key FROM textbi_rollup_state WHERE rollup = ? AND fingerprint = ?",
            arguments: [rollup, fingerprint])
        {
            out[row[0]] = Partition(builtAt: Date(timeIntervalSince1970: row[1]), refreshKey: row[2])
        }
        return out
    }

    static func record(
        _ db: Database, rollup: String, partition: String, builtAt: Date, refreshKey: String?, rows: Int, fingerprint: String
    ) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO textbi_rollup_state (rollup, partition, built_at, refresh_key, row_count, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [rollup, partition, builtAt.timeIntervalSince1970, refreshKey, rows, fingerprint])
    }

    static func forget(_ db: Database, rollup: String, partition: String? = nil) throws {
        if let partition {
            try db.execute(sql: "DELETE FROM textbi_rollup_state WHERE rollup = ? AND partition = ?", arguments: [rollup, partition])
        } else {
            try db.execute(sql: "DELETE FROM textbi_rollup_state WHERE rollup = ?", arguments: [rollup])
        }
    }

    static func recordTable(
        _ db: Database, definition: RollupDefinition, rangeStart: String?, rangeEnd: String?, coversAll: Bool, complete: Bool, at: Date
    ) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO textbi_rollups
                    (rollup, table_name, fingerprint, range_start, range_end, covers_all, complete, refreshed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                definition.id, definition.tableName, definition.fingerprint, rangeStart, rangeEnd, coversAll, complete,
                ISO8601DateFormatter().string(from: at),
            ])
    }

    /// Drops rollup tables no current definition builds (an old definition's, a removed rollup's).
    static func dropUnused(_ db: Database, keep: Set<String>) throws {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'textbi\\_rollup\\_%' ESCAPE '\\'")
        for table in tables where !keep.contains(table) && table != "textbi_rollup_state" {
            try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
        }
        try db.execute(sql: "DELETE FROM textbi_rollups WHERE table_name NOT IN (SELECT name FROM sqlite_master WHERE type = 'table')")
    }

    /// The rollups queries may read: complete, built for `definitions`' current fingerprints. A database without the
    /// bookkeeping tables has none.
    public static func ready(path: String, definitions: [RollupDefinition]) throws -> [String: RollupCoverage] {
        var config = Configuration()
        config.readonly = true
        config.label = "textbi.rollups.read"
        let reader = try DatabaseQueue(path: path, configuration: config)
        let current = Dictionary(definitions.map { ($0.id, $0.fingerprint) }, uniquingKeysWith: { a, _ in a })
        return try reader.read { db in
            guard try db.tableExists("textbi_rollups") else { return [:] }
            var out: [String: RollupCoverage] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT rollup, table_name, fingerprint, range_start, range_end, covers_all, refreshed_at FROM textbi_rollups WHERE complete = 1")
            {
                let id: String = row[0], fingerprint: String = row[2]
                guard current[id] == fingerprint, try db.tableExists(row[1]) else { continue }
                out[id] = RollupCoverage(
                    tableName: row[1], fingerprint: fingerprint, rangeStart: row[3], rangeEnd: row[4], coversAll: row[5], builtAt: row[6])
            }
            return out
        }
    }
}
