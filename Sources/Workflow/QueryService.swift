import Execution
import SQLRendering
import SemanticModel

/// What the HTTP routes may do with the data, and nothing more: render, normalise, run, count, list values, check
/// health. It wraps the workflow's `QueryBackend`, so no route reaches an executor or a renderer.
public struct QueryService: Sendable {
    let backend: any QueryBackend
    /// Normalises queries for Cube's answers; the model alone decides, no database is read.
    let normalizer: SQLRenderer

    public init(backend: any QueryBackend, model: SemanticModel) {
        self.backend = backend
        self.normalizer = SQLRenderer(model: model)
    }

    /// `sqlite` or `postgres` (Cube's `dbType`).
    public var dialectName: String { backend.dialectName }

    public func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL {
        try await backend.render(query, today: today, securityContext: securityContext)
    }

    /// The query as Cube echoes it back (relative dates resolved, defaults filled in).
    public func normalized(_ query: CubeQuery, today: CalendarDate) throws(TextBIError) -> JSONValue {
        try normalizer.normalized(query, today: today)
    }

    public func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult {
        try await backend.execute(rendered, query: query, limits: limits)
    }

    public func count(_ rendered: RenderedSQL, limits: ExecutionLimits) async throws -> SQLValue {
        try await backend.count(rendered, limits: limits)
    }

    public func distinctValues(of member: String, today: CalendarDate, securityContext: SecurityContext, limit: Int) async throws -> [String] {
        try await backend.distinctValues(of: member, today: today, securityContext: securityContext, limit: limit)
    }

    public func ping() async throws -> Int { try await backend.ping() }

    public func statistics() async -> BackendStatistics { await backend.statistics() }

    public func close() async { await backend.close() }
}
