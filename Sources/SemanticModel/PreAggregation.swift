/// A Cube pre-aggregation of type `rollup`: measures grouped by dimensions (and a time dimension at a granularity),
/// built ahead into a table textbi owns and read instead of the raw tables when a query can be answered from it.
public struct PreAggregation: Sendable, Equatable {
    /// When a built partition is out of date.
    public enum RefreshKey: Sendable, Equatable {
        /// Rebuilt once it is this many seconds old.
        case every(seconds: Int)
        /// Rebuilt when this query's single value changes.
        case sql(String)
    }

    public var name: String
    /// Full member names (`employees.count`).
    public var measures: [String]
    public var dimensions: [String]
    public var segments: [String]
    /// The time dimension's full name, always with `granularity`.
    public var timeDimension: String?
    public var granularity: Granularity?
    /// One table partition per period of this size over the build range (needs a time dimension).
    public var partitionGranularity: Granularity?
    public var refreshKey: RefreshKey
    /// With `incremental`, a due refresh rebuilds only the partitions that end within `updateWindowDays` of today.
    public var incremental: Bool
    public var updateWindowDays: Int?
    /// SQL giving the first and last time the rollup holds; by default the data's own first and last.
    public var buildRangeStart: String?
    public var buildRangeEnd: String?

    public init(
        name: String, measures: [String] = [], dimensions: [String] = [], segments: [String] = [],
        timeDimension: String? = nil, granularity: Granularity? = nil, partitionGranularity: Granularity? = nil,
        refreshKey: RefreshKey = PreAggregation.defaultRefreshKey, incremental: Bool = false, updateWindowDays: Int? = nil,
        buildRangeStart: String? = nil, buildRangeEnd: String? = nil
    ) {
        self.name = name
        self.measures = measures
        self.dimensions = dimensions
        self.segments = segments
        self.timeDimension = timeDimension
        self.granularity = granularity
        self.partitionGranularity = partitionGranularity
        self.refreshKey = refreshKey
        self.incremental = incremental
        self.updateWindowDays = updateWindowDays
        self.buildRangeStart = buildRangeStart
        self.buildRangeEnd = buildRangeEnd
    }

    /// Cube's default: `every: 1 hour`.
    public static let defaultRefreshKey = RefreshKey.every(seconds: 3_600)

    /// The granularities a rollup may be built at: whole days and coarser.
    public static let buildGranularities: [Granularity] = [.day, .week, .month, .quarter, .year]
}

extension Granularity {
    /// Whether rows grouped at this granularity can be regrouped exactly at `coarser` (Cube's table: a day serves
    /// week, month, quarter and year; a week serves only weeks, since a week can straddle two months).
    public func serves(_ coarser: Granularity) -> Bool {
        switch self {
        case .second: return coarser != .second ? Granularity.minute.serves(coarser) || coarser == .minute : true
        case .minute: return coarser == .minute || Granularity.hour.serves(coarser)
        case .hour: return coarser == .hour || Granularity.day.serves(coarser)
        case .day: return [.day, .week, .month, .quarter, .year].contains(coarser)
        case .week: return coarser == .week
        case .month: return [.month, .quarter, .year].contains(coarser)
        case .quarter: return [.quarter, .year].contains(coarser)
        case .year: return coarser == .year
        }
    }
}

extension Cube {
    /// The table that holds a rollup of this cube: `textbi_rollup_<cube>_<name>`, never one of the user's tables.
    public static func rollupTable(cube: String, preAggregation: String) -> String {
        "textbi_rollup_\(cube)_\(preAggregation)"
    }
}
