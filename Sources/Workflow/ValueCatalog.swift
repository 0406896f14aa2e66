import Execution
import SQLRendering
import SemanticModel

/// Reads the distinct values of string dimensions at start-up, so questions can name them (北京, 技术部).
public enum ValueCatalog {
    /// Dimensions with more distinct values than this are not indexed unless their meta says `index_values: true`.
    public static let maximumValues = 200

    public static func load(model: SemanticModel, executor: any QueryExecutor, today: CalendarDate) async throws -> [String: [String]] {
        let renderer = SQLRenderer(model: model)
        var values: [String: [String]] = [:]
        for cube in model.cubes where cube.isPublic {
            for dimension in cube.dimensions where dimension.kind == .string && dimension.isPublic && dimension.meta.indexValues != false {
                let member = "\(cube.name).\(dimension.name)"
                let found = try await distinctValues(
                    of: member, renderer: renderer, executor: executor, today: today, limit: maximumValues + 1)
                if found.count <= maximumValues || dimension.meta.indexValues == true { values[member] = found }
            }
        }
        return values
    }

    /// Up to `limit` distinct values of a string dimension that `securityContext` may see.
    public static func distinctValues(
        of member: String, renderer: SQLRenderer, executor: any QueryExecutor, today: CalendarDate,
        securityContext: SecurityContext = .open, limit: Int
    ) async throws -> [String] {
        let rendered = try renderer.render(CubeQuery(dimensions: [member], limit: limit), today: today, securityContext: securityContext)
        let result = try await executor.execute(
            rendered.sql, parameters: rendered.parameters, limits: ExecutionLimits(timeout: .seconds(10), rowCap: limit))
        return result.rows.compactMap { row -> String? in if case .text(let s)? = row.first { return s } else { return nil } }
    }
}
