import Execution
import SQLRendering
import SemanticModel

/// Steps 2 and 3 behind one seam: turn a Cube query into SQL, and run it. A local database (SQLite or PostgreSQL,
/// through its dialect and executor) is one backend; a remote Cube-compatible server (`cubejs_url`) is another.
/// Everything that reaches the data goes through here: the pipeline, the Cube API, suggestions and health checks.
public protocol QueryBackend: Sendable {
    /// `sqlite`, `postgres`, or `cube` for a remote server (Cube's `dbType`).
    var dialectName: String { get }
    func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL
    func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult
    /// The number of rows the query has without its LIMIT (Cube's `total`).
    func count(_ rendered: RenderedSQL, limits: ExecutionLimits) async throws -> SQLValue
    /// Up to `limit` distinct values of a string dimension that `securityContext` may see.
    func distinctValues(of member: String, today: CalendarDate, securityContext: SecurityContext, limit: Int) async throws -> [String]
    /// The number of tables, for health checks; never waits behind queries.
    func ping() async throws -> Int
    /// Queries running and waiting, and the result cache's size, for metrics.
    func statistics() async -> BackendStatistics
    /// The version of the data the result cache holds (checked when due); nil when nothing is cached, so answers
    /// are not cached either.
    func dataVersion() async -> Int64?
    /// Lets go of the database (connections, pools) at shutdown.
    func close() async
}

/// A backend's load at one moment.
public struct BackendStatistics: Sendable, Equatable {
    public var running = 0
    public var waiting = 0
    /// nil when the backend has no result cache.
    public var cacheBytes: Int?
    public var cacheEntries: Int?

    public init() {}
}

extension QueryBackend {
    public func count(_ rendered: RenderedSQL, limits: ExecutionLimits) async throws -> SQLValue {
        throw TextBIError(.unsupportedQuery, "The \(dialectName) backend can't count a query's rows")
    }
    public func distinctValues(of member: String, today: CalendarDate, securityContext: SecurityContext, limit: Int) async throws -> [String] {
        throw TextBIError(.unsupportedQuery, "The \(dialectName) backend can't list a dimension's values")
    }
    public func statistics() async -> BackendStatistics { BackendStatistics() }
    public func dataVersion() async -> Int64? { nil }
    public func close() async {}
}

/// The model's own renderer, in the database's dialect, and that database's read-only executor.
public struct LocalBackend: QueryBackend {
    public let renderer: SQLRenderer
    public let executor: any QueryExecutor
    /// The built rollups a query may be answered from (SQLite only); nil reads the raw tables always.
    public let rollups: RollupRegistry?
    private let renderCache = RenderCache()

    public init(renderer: SQLRenderer, executor: any QueryExecutor, rollups: RollupRegistry? = nil) {
        self.renderer = renderer
        self.executor = executor
        self.rollups = rollups
    }

    public var dialectName: String { renderer.dialect.name }

    public func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL {
        let snapshot = rollups?.snapshot
        return try renderCache.rendered(query, today: today, securityContext: securityContext, rollups: snapshot?.generation ?? 0) {
            try renderer.render(query, today: today, securityContext: securityContext, rollups: snapshot?.ready ?? [:])
        }
    }

    public func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult {
        try await executor.execute(rendered.sql, parameters: rendered.parameters, limits: limits)
    }

    public func count(_ rendered: RenderedSQL, limits: ExecutionLimits) async throws -> SQLValue {
        let rows = try await executor.execute(rendered.countSQL, parameters: rendered.parameters, limits: limits)
        return rows.rows.first?.first ?? .null
    }

    public func distinctValues(of member: String, today: CalendarDate, securityContext: SecurityContext, limit: Int) async throws -> [String] {
        // NULL is no value; left in, it would take a place under the limit and hide that a dimension has more.
        let query = CubeQuery(dimensions: [member], filters: [.member(MemberFilter(member: member, op: .set))], limit: limit)
        let rendered = try renderer.render(query, today: today, securityContext: securityContext)
        let result = try await executor.execute(
            rendered.sql, parameters: rendered.parameters, limits: ExecutionLimits(timeout: .seconds(10), rowCap: limit))
        return result.rows.compactMap { row -> String? in if case .text(let s)? = row.first { return s } else { return nil } }
    }

    public func ping() async throws -> Int { try await executor.ping() }

    public func dataVersion() async -> Int64? { try? await executor.checkedDataVersion() }

    public func statistics() async -> BackendStatistics {
        var statistics = BackendStatistics()
        if let queue = executor.queryQueue {
            let load = queue.load
            statistics.running = load.running
            statistics.waiting = load.waiting
        }
        if let cache = executor.resultCache {
            statistics.cacheBytes = cache.statistics.bytes
            statistics.cacheEntries = cache.statistics.entries
        }
        return statistics
    }

    public func close() async { await executor.close() }
}
