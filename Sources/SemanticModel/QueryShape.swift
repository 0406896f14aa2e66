/// Bounds on a query's shape, checked when it is parsed and before any SQL is rendered, so that no client input
/// reaches the database's own limits (SQLite's parser stack, its expression depth of 1,000) as a 500.
public enum QueryShape {
    /// `and` / `or` groups nested inside each other.
    public static let maximumDepth = 8
    /// Member conditions in all filters together.
    public static let maximumConditions = 200
    /// Values of one `equals` / `notEquals` condition (an `IN` list).
    public static let maximumValues = 1_000
    /// Values of one `contains`-like condition (each is its own `LIKE`).
    public static let maximumPatterns = 100
    /// Measures, dimensions, segments and time dimensions together.
    public static let maximumMembers = 100

    /// Throws a 400-class error naming the limit the query is over.
    public static func check(_ query: CubeQuery) throws(TextBIError) {
        let members = query.measures.count + query.dimensions.count + query.segments.count + query.timeDimensions.count
        guard members <= maximumMembers else { throw over("members (measures, dimensions, segments, time dimensions)", members, maximumMembers) }
        let conditions = query.filters.flatMap(\.memberFilters)
        guard conditions.count <= maximumConditions else { throw over("filter conditions", conditions.count, maximumConditions) }
        for condition in conditions {
            let patterns: Set<FilterOperator> = [.contains, .notContains, .startsWith, .notStartsWith, .endsWith, .notEndsWith]
            let limit = patterns.contains(condition.op) ? maximumPatterns : maximumValues
            guard condition.values.count <= limit else {
                throw over("values in the '\(condition.op.rawValue)' filter on '\(condition.member)'", condition.values.count, limit)
            }
        }
    }

    private static func over(_ what: String, _ count: Int, _ limit: Int) -> TextBIError {
        TextBIError(.invalidQuery, "The query has \(count) \(what); the limit is \(limit)", context: ["limit": "\(limit)"])
    }
}
