import Execution
import QueryGeneration
import SQLRendering
import SemanticModel

/// Reads the distinct values of string dimensions at start-up, so questions can name them (北京, 技术部).
public enum ValueCatalog {
    /// Dimensions with more distinct values than this are not indexed unless their meta says `index_values: true`.
    public static let maximumValues = 200

    /// Dimensions with more distinct values than this are not read at all.
    public static let maximumUnindexedValues = 20_000

    /// The values of each string dimension, read once: those of dimensions with few enough (or `index_values: true`)
    /// become words questions can name; those of larger ones (up to 20,000, lowercased) are kept only so a value
    /// matched elsewhere that one of them also holds is asked back (New York the state or the city).
    public static func load(
        model: SemanticModel, backend: any QueryBackend, today: CalendarDate
    ) async throws -> (indexed: [String: [String]], unindexed: [String: Set<String>]) {
        var indexed: [String: [String]] = [:]
        var unindexed: [String: Set<String>] = [:]
        for cube in model.cubes where cube.isPublic {
            for dimension in cube.dimensions where dimension.kind == .string && dimension.isPublic && dimension.meta.indexValues != false {
                let member = "\(cube.name).\(dimension.name)"
                let found = try await backend.distinctValues(of: member, today: today, securityContext: .open, limit: maximumUnindexedValues + 1)
                if found.count <= maximumValues || dimension.meta.indexValues == true {
                    indexed[member] = found
                } else if found.count <= maximumUnindexedValues {
                    unindexed[member] = Set(found.map { $0.lowercased() })
                }
            }
        }
        return (indexed, unindexed)
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
            // The longest period first: a yearly series is one row per year (and so per month and per day as well).
            for grain in [Granularity.year, .month, .day] {
                let query = CubeQuery(
                    measures: [measure], timeDimensions: [TimeDimension(dimension: member, granularity: grain)],
                    order: [OrderItem(measure, descending: true)], limit: 1)
                guard let result = await probe(query, backend: backend, today: today, rowCap: 1), let most = result.rows.first?.last?.double
                else { break }
                if most == 1 {
                    keys[cube.name] = PeriodKey(dimension: member, grain: grain)
                    break
                }
            }
            if keys[cube.name] == nil, let key = await labelKey(cube, time: member, count: measure, model: model, backend: backend, today: today) {
                keys[cube.name] = key
            }
        }
        return keys
    }

    /// One row per label per period (a state's results, one a year): the first candidate label whose busiest
    /// label-and-period holds one row, at the longest period that does.
    /// Cubes above this many rows are not probed for a label key: each probe reads the whole table at start-up.
    static let labelKeyRowLimit = 1_000_000

    private static func labelKey(
        _ cube: Cube, time: String, count: String, model: SemanticModel, backend: any QueryBackend, today: CalendarDate
    ) async -> PeriodKey? {
        guard let size = await probe(CubeQuery(measures: [count]), backend: backend, today: today, rowCap: 1)?.rows.first?.first?.double,
            size <= Double(labelKeyRowLimit)
        else { return nil }
        for label in PeriodKey.candidateLabels(of: cube, in: model) {
            for grain in [Granularity.year, .month, .day] {
                let query = CubeQuery(
                    measures: [count], dimensions: [label], timeDimensions: [TimeDimension(dimension: time, granularity: grain)],
                    order: [OrderItem(count, descending: true)], limit: 1)
                guard let result = await probe(query, backend: backend, today: today, rowCap: 1), let most = result.rows.first?.last?.double
                else { break }
                if most == 1 { return PeriodKey(dimension: time, grain: grain, within: label) }
            }
        }
        return nil
    }
}

/// Runs a start-up probe of the data (open security context, 10 s); nil when it fails.
func probe(_ query: CubeQuery, backend: any QueryBackend, today: CalendarDate, rowCap: Int) async -> QueryResult? {
    guard let rendered = try? await backend.render(query, today: today, securityContext: .open) else { return nil }
    return try? await backend.execute(rendered, query: query, limits: ExecutionLimits(timeout: .seconds(10), rowCap: rowCap))
}
