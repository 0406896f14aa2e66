import Execution
import QueryGeneration
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

/// Cubes whose rows are one per period of their date (a yearly series: one row per year), read at start-up: a
/// number column named for one such period (the gas price in 1974) is then that row's value, whatever the
/// aggregation, so it is answered instead of asked back.
public enum PeriodRows {
    public static func load(model: SemanticModel, backend: any QueryBackend, today: CalendarDate) async -> [String: PeriodKey] {
        var keys: [String: PeriodKey] = [:]
        for cube in model.cubes where cube.isPublic {
            let times = cube.dimensions.filter { $0.kind == .time && $0.isPublic }
            guard times.count == 1, let time = times.first,
                let count = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty })
            else { continue }
            let member = "\(cube.name).\(time.name)", measure = "\(cube.name).\(count.name)"
            for grain in [Granularity.day, .month, .year].reversed() {
                // The fullest period first: a yearly series is one row per year (and so per month and day as well).
                let query = CubeQuery(
                    measures: [measure], timeDimensions: [TimeDimension(dimension: member, granularity: grain)],
                    order: [OrderItem(measure, descending: true)], limit: 1)
                guard let rendered = try? await backend.render(query, today: today, securityContext: .open),
                    let result = try? await backend.execute(rendered, query: query, limits: ExecutionLimits(timeout: .seconds(10), rowCap: 1)),
                    let most = result.rows.first?.last?.double
                else { break }
                if most == 1 {
                    keys[cube.name] = PeriodKey(dimension: member, grain: grain)
                    break
                }
            }
        }
        return keys
    }
}
