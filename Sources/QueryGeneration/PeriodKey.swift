import SemanticModel

/// A cube whose rows are one per period of its date (a yearly series), found in the data at start-up: a number
/// column named for one such period, or per such period, is then each row's value, whatever the aggregation.
public struct PeriodKey: Sendable, Equatable {
    /// The time dimension (`driving.year`) and the period it is unique at.
    public let dimension: String
    public let grain: Granularity

    public init(dimension: String, grain: Granularity) {
        self.dimension = dimension
        self.grain = grain
    }
}

extension QueryAssembler {
    /// The gas price in 1974, the gas price by year, where the cube holds one row a year: the column's average is
    /// then each row's own value, so it is the answer, and the answer says why. Nil when a period or a grouping could
    /// hold several rows.
    static func valueOfOnePeriod(_ s: ParseState, column: String) -> String? {
        let cube = String(column.prefix { $0 != "." })
        guard let key = s.periodRows[cube], s.groupDimensions.isEmpty, s.explicitTimeDimension.map({ $0 == key.dimension }) ?? true
        else { return nil }
        let rank = { (grain: Granularity) in Self.grains.firstIndex(of: grain) ?? Self.grains.count }
        if let grain = s.granularity {
            // Per period, at the series' own period or finer: each group is one row at most.
            guard rank(grain) <= rank(key.grain) else { return nil }
        } else {
            // One period, within one of the series' periods: one row at most.
            guard case .range(let from, let to)? = s.time, from.start(of: key.grain) == to.start(of: key.grain) else { return nil }
        }
        return MeasureRule.measure(.avg, over: column, in: s.model) ?? MeasureRule.measure(.sum, over: column, in: s.model)
    }

    private static let grains: [Granularity] = [.day, .week, .month, .quarter, .year]
}
