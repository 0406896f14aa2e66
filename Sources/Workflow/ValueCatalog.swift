import Execution
import SQLRendering
import SemanticModel

/// Reads the distinct values of string dimensions at start-up, so questions can name them (北京, 技术部).
public enum ValueCatalog {
    /// Dimensions with more distinct values than this are not indexed unless their meta says `index_values: true`.
    public static let maximumValues = 200

    public static func load(model: SemanticModel, backend: any QueryBackend, today: CalendarDate) async throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        for cube in model.cubes where cube.isPublic {
            for dimension in cube.dimensions where dimension.kind == .string && dimension.isPublic && dimension.meta.indexValues != false {
                let member = "\(cube.name).\(dimension.name)"
                let found = try await backend.distinctValues(of: member, today: today, securityContext: .open, limit: maximumValues + 1)
                if found.count <= maximumValues || dimension.meta.indexValues == true { values[member] = found }
            }
        }
        return values
    }
}
