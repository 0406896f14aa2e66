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
                let query = CubeQuery(dimensions: [member], limit: maximumValues + 1)
                let rendered = try renderer.render(query, today: today)
                let result = try await executor.execute(rendered.sql, parameters: rendered.parameters, limits: ExecutionLimits(timeout: .seconds(10), rowCap: maximumValues + 1))
                let found = result.rows.compactMap { row -> String? in if case .text(let s)? = row.first { return s } else { return nil } }
                if found.count <= maximumValues || dimension.meta.indexValues == true { values[member] = found }
            }
        }
        return values
    }
}
