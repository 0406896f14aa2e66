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

    /// The values of string dimensions too many to index (up to `limit` each), lowercased, so a value matched
    /// elsewhere that one of them also holds is asked back. Dimensions with more than `limit` values are left out.
    public static func loadUnindexed(
        model: SemanticModel, backend: any QueryBackend, indexed: [String: [String]], today: CalendarDate, limit: Int = 20_000
    ) async throws -> [String: Set<String>] {
        var values: [String: Set<String>] = [:]
        for cube in model.cubes where cube.isPublic {
            for dimension in cube.dimensions where dimension.kind == .string && dimension.isPublic && dimension.meta.indexValues != false {
                let member = "\(cube.name).\(dimension.name)"
                guard indexed[member] == nil else { continue }
                let found = try await backend.distinctValues(of: member, today: today, securityContext: .open, limit: limit + 1)
                if found.count <= limit { values[member] = Set(found.map { $0.lowercased() }) }
            }
        }
        return values
    }
}
