import Foundation
import GRDB
import Metrics
import Synchronization
import SQLRendering
import SemanticModel

/// Executes queries on SQLite through a read-only GRDB connection pool, with a time limit and a row cap. Queries
/// wait their turn in a bounded queue (one reader connection per slot); GRDB runs them on its own dispatch queues,
/// off Swift's cooperative pool, so a slow query never holds a thread the HTTP routes need.
public struct SQLiteExecutor: QueryExecutor {
    private let reader: any DatabaseReader
    public let queue: QueryQueue
    /// Earlier results, served while the data has not changed; nil when caching is off.
    public let cache: ResultCache?
    /// The last successful health reading and when it was taken.
    private let lastPing = Memo()
    /// The statements each reader connection keeps prepared (at most `PreparedStatements.limit` texts).
    private let prepared = PreparedStatements()
    /// The wall clock that stamps `refreshedAt` (tests may set it).
    private let now: @Sendable () -> Date
    /// A connection of its own for health checks, so they never wait behind queries holding every reader.
    private let probe: DatabaseQueue
    public let path: String
    public var queryQueue: QueryQueue? { queue }
    public var resultCache: ResultCache? { cache }

    /// Opens `path` read-only; the file must exist (run `textbi migrate` first). At most `concurrency` queries run
    /// at once and `maximumWaiting` wait; more are refused with `busy`.
    public init(
        path: String, concurrency: Int = 16, maximumWaiting: Int = 256, cache: ResultCache? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw TextBIError(.databaseError, "Database '\(path)' doesn't exist; run `textbi migrate --database \(path)` first")
        }
        var config = Configuration()
        config.readonly = true
        config.maximumReaderCount = max(1, concurrency)
        config.label = "textbi.read"
        self.path = path
        queue = QueryQueue(concurrency: concurrency, maximumWaiting: maximumWaiting)
        self.cache = cache
        self.now = now
        do {
            reader = try DatabasePool(path: path, configuration: config)
        } catch {
            // A database not in WAL mode can't back a read-only pool; a read-only queue still works.
            reader = try DatabaseQueue(path: path, configuration: config)
        }
        var probeConfig = Configuration()
        probeConfig.readonly = true
        probeConfig.label = "textbi.health"
        probeConfig.busyMode = .timeout(1)
        probe = try DatabaseQueue(path: path, configuration: probeConfig)
    }

    /// The number of tables, read on the health connection at most once a second: health checks under load
    /// answer from the last reading instead of queueing on that connection.
    public func ping() async throws -> Int {
        if let (tables, at) = lastPing.value.withLock({ $0 }), at.duration(to: .now) < .seconds(1) { return tables }
        do {
            let tables = try await probe.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0 }
            lastPing.value.withLock { $0 = (tables, .now) }
            return tables
        } catch let error as DatabaseError {
            lastPing.value.withLock { $0 = nil }
            throw Self.translate(error)
        }
    }

    /// SQLite's data version as this process's own connection sees it: it moves whenever another connection commits.
    func dataVersion() async throws -> Int64 {
        do {
            return try await probe.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch let error as DatabaseError {
            throw Self.translate(error)
        }
    }

    public func checkedDataVersion() async throws -> Int64? {
        guard let cache else { return nil }
        if cache.needsVersionCheck() { cache.observe(version: try await dataVersion()) }
        return cache.version
    }

    public func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult {
        guard let cache else { return try await run(sql, parameters: parameters, limits: limits) }
        _ = try await checkedDataVersion()
        let key = ResultCache.key(sql: sql, parameters: parameters, rowCap: limits.rowCap)
        let (hit, version) = cache.lookup(key)
        if let hit, limits.useCache {
            Counter(label: "textbi_cache_requests_total", dimensions: [("result", "hit")]).increment()
            return hit
        }
        Counter(label: "textbi_cache_requests_total", dimensions: [("result", "miss")]).increment()
        let result = try await run(sql, parameters: parameters, limits: limits)
        cache.store(result, for: key, version: version)
        return result
    }

    /// Runs the statement on the database, waiting for a turn in the queue. With a slot free now (the usual case) the
    /// time limit is a deadline SQLite itself checks while it steps the statement; a query that must wait races a
    /// timer instead, because the limit counts the wait for a slot too.
    private func run(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult {
        let reader = self.reader, queue = self.queue
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = SQLiteDeadline(start + limits.timeout)
        let keep = prepared.admit(sql)
        let read: @Sendable () async throws -> Fetched = {
            do {
                return try await reader.read { db in
                    try deadline.enforce(on: db) { try Self.fetch(db, sql: sql, parameters: parameters, cap: limits.rowCap, keep: keep) }
                }
            } catch let error as DatabaseError {
                if deadline.passed { throw Self.timedOut(limits) }
                throw Self.translate(error)
            }
        }
        let fetched: Fetched
        if queue.tryAcquire() {
            defer { queue.release() }
            fetched = try await read()
        } else {
            fetched = try await withThrowingTaskGroup(of: Fetched.self) { group in
                group.addTask { try await queue.run(read) }
                group.addTask {
                    try await Task.sleep(for: limits.timeout)
                    throw Self.timedOut(limits)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw CancellationError() }
                return first
            }
        }
        return QueryResult.finished(
            columns: fetched.columns, rows: fetched.rows, truncated: fetched.truncated, since: start, refreshedAt: now())
    }

    private static func timedOut(_ limits: ExecutionLimits) -> TextBIError {
        TextBIError(
            .timeout, "The query took longer than \(limits.timeout.spoken) and was stopped",
            context: ["timeout_ms": String(Int(limits.timeout.milliseconds))])
    }

    private struct Fetched: Sendable {
        let columns: [String]
        let rows: [[SQLValue]]
        let truncated: Bool
    }

    private static func fetch(_ db: Database, sql: String, parameters: [SQLValue], cap: Int, keep: Bool) throws -> Fetched {
        // The first `PreparedStatements.limit` statement texts stay prepared on each connection that ran them, so a
        // repeated question is not parsed and planned again; past that limit, statements are prepared per query.
        let statement = keep ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        guard statement.isReadonly else {
            throw TextBIError(.readOnly, "Only read-only queries may run; this statement would change the database")
        }
        statement.arguments = StatementArguments(parameters.map(Self.databaseValue))
        let columns = statement.columnNames
        var rows: [[SQLValue]] = []
        var truncated = false
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            if rows.count >= cap {
                truncated = true
                break
            }
            rows.append((0..<row.count).map { Self.value(row[$0] as DatabaseValue) })
        }
        return Fetched(columns: columns, rows: rows, truncated: truncated)
    }

    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let i): return i.databaseValue
        case .real(let d): return d.databaseValue
        case .text(let s): return s.databaseValue
        case .blob(let b): return Data(b).databaseValue
        }
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let i): return .integer(i)
        case .double(let d): return .real(d)
        case .string(let s): return .text(s)
        case .blob(let data): return .blob([UInt8](data))
        }
    }

    static func translate(_ error: DatabaseError) -> any Error {
        switch error.resultCode {
        case .SQLITE_READONLY:
            return TextBIError(.readOnly, "The query path is read-only: \(error.message ?? "write refused")")
        case .SQLITE_INTERRUPT:
            return CancellationError()
        default:
            return TextBIError(.databaseError, "SQLite error: \(error.message ?? error.description)",
                               context: ["sqlite_code": String(error.resultCode.rawValue)])
        }
    }
}

/// Which statement texts reader connections keep prepared: the first `limit` texts seen, so the statements kept
/// (GRDB's per-connection cache has no bound of its own) stay bounded whatever queries arrive.
final class PreparedStatements: Sendable {
    static let limit = 512
    private let texts = Mutex<Set<String>>([])

    func admit(_ sql: String) -> Bool {
        texts.withLock { texts in
            if texts.contains(sql) { return true }
            guard texts.count < Self.limit else { return false }
            texts.insert(sql)
            return true
        }
    }
}

/// A value shared by copies of the executor (a struct), behind a lock.
private final class Memo: Sendable {
    let value = Mutex<(Int, ContinuousClock.Instant)?>(nil)
}
