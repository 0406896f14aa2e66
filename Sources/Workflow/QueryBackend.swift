import Execution
import SQLRendering
import SemanticModel

/// Steps 2 and 3 behind one seam: turn a Cube query into SQL, and run it. Local SQLite is one backend; a remote
/// Cube-compatible server (`cubejs_url`) is another.
public protocol QueryBackend: Sendable {
    func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL
    func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult
}

/// The model's own renderer and the read-only SQLite executor.
public struct LocalBackend: QueryBackend {
    public let renderer: SQLRenderer
    public let executor: any QueryExecutor

    public init(renderer: SQLRenderer, executor: any QueryExecutor) {
        self.renderer = renderer
        self.executor = executor
    }

    public func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL {
        try renderer.render(query, today: today, securityContext: securityContext)
    }

    public func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult {
        try await executor.execute(rendered.sql, parameters: rendered.parameters, limits: limits)
    }
}
