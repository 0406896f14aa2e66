/// A Cube.js-format query: the language every textbi step speaks.
public struct CubeQuery: Sendable, Hashable {
    public var measures: [String]
    public var dimensions: [String]
    public var segments: [String]
    public var filters: [QueryFilter]
    public var timeDimensions: [TimeDimension]
    public var order: [OrderItem]
    public var limit: Int?
    public var offset: Int?
    public var total: Bool?
    public var timezone: String?
    public var ungrouped: Bool?
    /// Cube's `renewQuery`: run on the database even when the result cache holds an answer.
    public var renewQuery: Bool?

    public init(
        measures: [String] = [], dimensions: [String] = [], segments: [String] = [], filters: [QueryFilter] = [],
        timeDimensions: [TimeDimension] = [], order: [OrderItem] = [], limit: Int? = nil, offset: Int? = nil,
        total: Bool? = nil, timezone: String? = nil, ungrouped: Bool? = nil
    ) {
        self.measures = measures
        self.dimensions = dimensions
        self.segments = segments
        self.filters = filters
        self.timeDimensions = timeDimensions
        self.order = order
        self.limit = limit
        self.offset = offset
        self.total = total
        self.timezone = timezone
        self.ungrouped = ungrouped
    }

    /// Cube's default row limit and the largest limit a query may ask for.
    public static let defaultLimit = 10_000
    public static let maximumLimit = 50_000
}

/// A filter: one member condition, or an `and` / `or` group of filters (nestable).
public indirect enum QueryFilter: Sendable, Hashable {
    case member(MemberFilter)
    case and([QueryFilter])
    case or([QueryFilter])

    /// Every member condition inside this filter, depth first.
    public var memberFilters: [MemberFilter] {
        switch self {
        case .member(let f): return [f]
        case .and(let fs), .or(let fs): return fs.flatMap(\.memberFilters)
        }
    }
}

/// `{member, operator, values}`; values are strings, as in Cube.
public struct MemberFilter: Sendable, Hashable {
    public var member: String
    public var op: FilterOperator
    /// The non-null values.
    public var values: [String]
    /// The JSON `values` held a `null`: `equals` then also matches NULL (alone, it is IS NULL) and `notEquals`
    /// and the other negations stop matching NULL (alone, IS NOT NULL), as in Cube's `BaseFilter`.
    public var matchesNull: Bool

    public init(member: String, op: FilterOperator, values: [String] = [], matchesNull: Bool = false) {
        self.member = member
        self.op = op
        self.values = values
        self.matchesNull = matchesNull
    }
}

/// Cube's filter operators.
public enum FilterOperator: String, Sendable, CaseIterable {
    case equals, notEquals, contains, notContains, startsWith, notStartsWith, endsWith, notEndsWith
    case gt, gte, lt, lte, set, notSet
    case inDateRange, notInDateRange, beforeDate, beforeOrOnDate, afterDate, afterOrOnDate
    case measureFilter
}

/// A time dimension with an optional granularity and date range.
public struct TimeDimension: Sendable, Hashable {
    public var dimension: String
    public var granularity: Granularity?
    public var dateRange: DateRange?

    public init(dimension: String, granularity: Granularity? = nil, dateRange: DateRange? = nil) {
        self.dimension = dimension
        self.granularity = granularity
        self.dateRange = dateRange
    }
}

/// A date range: an explicit `[from, to]` pair, or a relative string such as `last year`.
public enum DateRange: Sendable, Hashable {
    case absolute(from: String, to: String)
    case relative(String)
}

/// One ordering: a member, ascending or descending.
public struct OrderItem: Sendable, Hashable {
    public var member: String
    public var descending: Bool

    public init(_ member: String, descending: Bool) {
        self.member = member
        self.descending = descending
    }
}
