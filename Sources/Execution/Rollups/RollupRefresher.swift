import Foundation
import GRDB
import SQLRendering
import SemanticModel

/// Builds rollup tables in the SQLite file, on a writer connection of its own (the query path stays read-only):
/// each partition is replaced whole in one transaction (delete, insert the grouped rows, record it in
/// `textbi_rollup_state`), so a reader sees the old partition or the new one, never half. Only tables named
/// `textbi_rollup_…` (and the bookkeeping tables `textbi_rollup_state`, `textbi_rollups`) are ever written.
public struct RollupRefresher: Sendable {
    public let path: String
    public let definitions: [RollupDefinition]
    /// Rollups that can't be rendered over this model (no join path, say): never built, never matched, each with why.
    public let problems: [String]

    /// One partition built.
    public struct Built: Sendable, Equatable {
        public let rollup: String
        public let partition: String
        public let rows: Int
        public let milliseconds: Double
    }

    public init(path: String, model: SemanticModel) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw TextBIError(.databaseError, "Database '\(path)' doesn't exist; run `textbi migrate --database \(path)` first")
        }
        self.path = path
        let renderer = SQLRenderer(model: model, dialect: SQLiteDialect())
        var definitions: [RollupDefinition] = []
        var problems: [String] = []
        for cube in model.cubes {
            for rollup in cube.preAggregations {
                do {
                    definitions.append(try RollupDefinition(cube: cube, preAggregation: rollup, renderer: renderer))
                } catch {
                    problems.append("\(cube.name).\(rollup.name): \(error.message)")
                }
            }
        }
        self.definitions = definitions
        self.problems = problems
    }

    /// Brings every rollup (or `only` one, by `cube.name`) up to date: missing partitions are built, due ones
    /// (their `refresh_key`, `every` measured from `now`, `incremental` windows from `today`) rebuilt; `partition`
    /// rebuilds that one partition; `force` rebuilds all. Returns what was built.
    @discardableResult
    public func refresh(
        today: CalendarDate, now: Date = Date(), only: String? = nil, partition: String? = nil, force: Bool = false
    ) throws -> [Built] {
        var config = Configuration()
        config.label = "textbi.rollups"
        config.busyMode = .timeout(10)
        let writer = try DatabaseQueue(path: path, configuration: config)
        try writer.write { db in try RollupState.create(db) }
        var built: [Built] = []
        for definition in definitions where only == nil || only == definition.id {
            built += try refresh(definition, writer: writer, today: today, now: now, partition: partition, force: force)
        }
        if only == nil { try writer.write { db in try RollupState.dropUnused(db, keep: Set(definitions.map(\.tableName))) } }
        return built
    }

    private func refresh(
        _ definition: RollupDefinition, writer: DatabaseQueue, today: CalendarDate, now: Date, partition only: String?, force: Bool
    ) throws -> [Built] {
        let rollup = definition.preAggregation
        let table = definition.tableName.quotedDatabaseIdentifier
        let whole = try definition.select(.all)
        let bounded = try writer.read { db in try Self.isoText(definition, db) }
        let (from, to, coversAll) = try writer.read { db in try buildRange(definition, db, isoText: bounded) }
        let plan = RollupPartition.plan(rollup, from: from, to: to)
        let keyValue: String? = try writer.read { db in
            if case .sql(let sql) = rollup.refreshKey { return try DatabaseValue.fetchOne(db, sql: sql).map { "\($0)" } ?? "NULL" }
            return nil
        }
        let existing = try writer.write { db -> [String: RollupState.Partition] in
            if try !db.tableExists(definition.tableName) {
                // An empty table with the columns (and, for bare columns, the affinities) the SELECT gives.
                try db.execute(
                    sql: "CREATE TABLE \(table) AS SELECT CAST(NULL AS TEXT) AS \"__partition\", * FROM (\(whole.sql)) LIMIT 0",
                    arguments: StatementArguments(whole.parameters.map(SQLiteExecutor.databaseValue)))
                try db.execute(sql: "CREATE INDEX \("\(definition.tableName)_partition".quotedDatabaseIdentifier) ON \(table) (\"__partition\")")
                try RollupState.forget(db, rollup: definition.id)
            }
            return try RollupState.partitions(db, rollup: definition.id, fingerprint: definition.fingerprint)
        }
        let windowStart = rollup.incremental ? today.adding(days: -(rollup.updateWindowDays ?? 0)) : nil
        var built: [Built] = []
        for part in plan.partitions {
            let previous = existing[part.key]
            var build = previous == nil || force || only == part.key
            if only == nil, let previous, !build {
                let due: Bool
                switch rollup.refreshKey {
                case .every(let seconds): due = previous.builtAt.addingTimeInterval(TimeInterval(seconds)) <= now
                case .sql: due = previous.refreshKey != keyValue
                }
                // Incremental: only partitions that reach into the update window (and the rows without a time) are redone.
                let inWindow = windowStart.map { start in part.lastDay.map { $0 >= start } ?? true } ?? true
                build = due && inWindow
            }
            if only != nil && only != part.key && previous != nil { build = false }
            guard build else { continue }
            let select = try definition.select(part.slice, bounded: bounded)
            let clock = ContinuousClock(), start = clock.now
            let rows = try writer.write { db -> Int in
                try db.execute(sql: "DELETE FROM \(table) WHERE \"__partition\" = ?", arguments: [part.key])
                try db.execute(
                    sql: "INSERT INTO \(table) SELECT ?, * FROM (\(select.sql))",
                    arguments: StatementArguments([part.key.databaseValue] + select.parameters.map(SQLiteExecutor.databaseValue)))
                let rows = db.changesCount
                try RollupState.record(
                    db, rollup: definition.id, partition: part.key, builtAt: now, refreshKey: keyValue, rows: rows,
                    fingerprint: definition.fingerprint)
                return rows
            }
            built.append(Built(rollup: definition.id, partition: part.key, rows: rows, milliseconds: start.duration(to: clock.now).milliseconds))
        }
        try writer.write { db in
            let keys = Set(plan.partitions.map(\.key))
            for key in existing.keys where !keys.contains(key) {
                try db.execute(sql: "DELETE FROM \(table) WHERE \"__partition\" = ?", arguments: [key])
                try RollupState.forget(db, rollup: definition.id, partition: key)
            }
            let present = try RollupState.partitions(db, rollup: definition.id, fingerprint: definition.fingerprint)
            try RollupState.recordTable(
                db, definition: definition, rangeStart: plan.rangeStart, rangeEnd: plan.rangeEnd, coversAll: coversAll,
                complete: keys.allSatisfy { present[$0] != nil }, at: now)
        }
        return built
    }

    /// Whether the rollup's bare time column holds ISO-8601 date text from its least to its greatest value, so a
    /// partition may be read through the column's own bounds (an index); otherwise partitions scan the table.
    static func isoText(_ definition: RollupDefinition, _ db: Database) throws -> Bool {
        guard let sql = try definition.rawBoundsSQL(), let row = try Row.fetchOne(db, sql: sql) else { return false }
        func iso(_ value: DatabaseValue) -> Bool {
            guard case .string(let text) = value.storage else { return false }
            return text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}([ T].*)?/#) != nil
        }
        let (least, greatest) = (row[0] as DatabaseValue, row[1] as DatabaseValue)
        return (least.isNull && greatest.isNull) || (iso(least) && iso(greatest))
    }

    /// The days the rollup covers: `build_range_start` / `build_range_end` (SQL), else the data's first and last time;
    /// and whether every row of the data lies inside.
    private func buildRange(_ definition: RollupDefinition, _ db: Database, isoText: Bool) throws -> (CalendarDate?, CalendarDate?, Bool) {
        guard let dataSQL = try definition.dataRangeSQL(isoText: isoText) else { return (nil, nil, true) }
        let data = try Row.fetchOne(db, sql: dataSQL)
        let dataFrom = (data?[0] as String?).flatMap { CalendarDate(iso: $0) }
        let dataTo = (data?[1] as String?).flatMap { CalendarDate(iso: $0) }
        func value(_ sql: String?) throws -> CalendarDate? {
            guard let sql else { return nil }
            return try String.fetchOne(db, sql: sql).flatMap { CalendarDate(iso: $0) }
        }
        let from = try value(definition.preAggregation.buildRangeStart) ?? dataFrom
        let to = try value(definition.preAggregation.buildRangeEnd) ?? dataTo
        var coversAll = true
        if let dataFrom, let from, dataFrom < from { coversAll = false }
        if let dataTo, let to, dataTo > to { coversAll = false }
        if (dataFrom != nil) != (from != nil) { coversAll = false }
        return (from, to, coversAll)
    }
}
