import Execution
import QueryGeneration
import SQLRendering
import SemanticModel

/// The grain each time dimension's values are recorded at, read at start-up for the cubes that hold a level counted
/// each period (see `QueryGenerator.nonAdditiveTime`): values all on the first of a month are monthly, so such a level
/// may be shown per month or for one month, never added up over a year.
public enum DataGrains {
    public static func load(model: SemanticModel, backend: any QueryBackend, today: CalendarDate) async -> [String: Granularity] {
        var grains: [String: Granularity] = [:]
        for cube in model.cubes {
            let dimensions = Set(cube.measures.compactMap { QueryGenerator.nonAdditiveTime(of: $0, in: cube) })
            guard let count = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty }) else { continue }
            let measure = "\(cube.name).\(count.name)"
            for dimension in dimensions.sorted() {
                var periods: [Granularity: Int] = [:]
                for grain in [Granularity.day, .month, .year] {
                    let query = CubeQuery(measures: [measure], timeDimensions: [TimeDimension(dimension: dimension, granularity: grain)])
                    guard let result = await probe(query, backend: backend, today: today, rowCap: 200_000), !result.truncated else { break }
                    periods[grain] = result.rows.count
                }
                guard let days = periods[.day] else { continue }
                grains[dimension] = periods[.year] == days ? .year : periods[.month] == days ? .month : .day
            }
        }
        return grains
    }
}
