import Foundation
import Metrics
import SQLRendering
import SemanticModel

/// Rows as SQLite returned them, with the column names and whether the row cap cut them short.
public struct QueryResult: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[SQLValue]]
    /// True when the query had more rows than the executor's row cap.
    public let truncated: Bool
    /// How long the database took (for a cached result, when it ran).
    public let elapsedMilliseconds: Double
    /// When the database answered (Cube's `lastRefreshTime`), and whether this copy came from the result cache.
    public var refreshedAt: Date?
    public var fromCache = false

    public init(columns: [String], rows: [[SQLValue]], truncated: Bool, elapsedMilliseconds: Double) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.elapsedMilliseconds = elapsedMilliseconds
    }
}

/// Limits applied to one query.
public struct ExecutionLimits: Sendable, Equatable {
    /// The query is interrupted after this long and reports `timeout`.
    public var timeout: Duration
    /// At most this many rows are read; the result says when more existed.
    public var rowCap: Int
    /// False runs the query on the database even when the result cache holds its answer (Cube's `renewQuery`);
    /// the fresh answer replaces the cached one.
    public var useCache: Bool

    public init(timeout: Duration = .seconds(5), rowCap: Int = 50_000, useCache: Bool = true) {
        self.timeout = timeout
        self.rowCap = rowCap
        self.useCache = useCache
    }
}

/// Runs read-only SQL: `SQLiteExecutor` and `PostgresExecutor`.
public protocol QueryExecutor: Sendable {
    func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult
    /// The number of tables, for health checks; an executor may answer it without waiting behind queries.
    func ping() async throws -> Int
    /// The queue queries wait in, if the executor has one (for metrics).
    var queryQueue: QueryQueue? { get }
    /// The result cache, if the executor keeps one.
    var resultCache: ResultCache? { get }
    /// The data version the result cache's entries belong to, read again first when it is due (at most once per
    /// the cache's check interval); nil without a result cache.
    func checkedDataVersion() async throws -> Int64?
    /// Lets go of the database at shutdown.
    func close() async
}

extension QueryExecutor {
    public var queryQueue: QueryQueue? { nil }
    public var resultCache: ResultCache? { nil }
    public func checkedDataVersion() async throws -> Int64? { nil }
    public func close() async {}

    public func ping() async throws -> Int {
        let rows = try await execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", parameters: [], limits: ExecutionLimits(timeout: .seconds(2)))
        return Int(rows.rows.first?.first?.double ?? 0)
    }
}

extension QueryResult {
    /// The result of a query that started at `start` (on the continuous clock): its elapsed time, when its data
    /// was read, and the query-time metric recorded, the same for every database.
    static func finished(
        columns: [String], rows: [[SQLValue]], truncated: Bool, since start: ContinuousClock.Instant, refreshedAt: Date
    ) -> QueryResult {
        let elapsed = start.duration(to: ContinuousClock.now)
        var result = QueryResult(columns: columns, rows: rows, truncated: truncated, elapsedMilliseconds: elapsed.milliseconds)
        result.refreshedAt = refreshedAt
        Metrics.Timer(label: "textbi_query_duration_seconds", preferredDisplayUnit: .seconds).recordNanoseconds(Int64(elapsed.milliseconds * 1_000_000))
        return result
    }
}
