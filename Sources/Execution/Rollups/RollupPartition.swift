import SQLRendering
import SemanticModel

/// One partition of a rollup: a key (`2024-03`, `all`, `null`) and the rows it holds.
public struct RollupPartition: Sendable, Equatable {
    public let key: String
    public let slice: RollupDefinition.Slice

    /// The partitions of a build range: one per period of `granularity` (or one for the whole range without it), plus
    /// the rows without a time; a rollup without a time dimension is one partition.
    static func plan(
        _ rollup: PreAggregation, from: CalendarDate?, to: CalendarDate?
    ) -> (partitions: [RollupPartition], rangeStart: String?, rangeEnd: String?) {
        guard rollup.timeDimension != nil else { return ([RollupPartition(key: "all", slice: .all)], nil, nil) }
        let noTime = RollupPartition(key: "null", slice: .noTime)
        guard let from, let to, from <= to else { return ([noTime], nil, nil) }
        guard let unit = rollup.partitionGranularity else {
            return ([RollupPartition(key: "all", slice: .days(from: from, to: to)), noTime], from.startTimestamp, to.endTimestamp)
        }
        var partitions: [RollupPartition] = []
        var start = from.start(of: unit)
        let first = start
        var last = start
        while start <= to {
            let end = start.end(of: unit)
            partitions.append(RollupPartition(key: key(start, unit), slice: .days(from: start, to: end)))
            last = end
            start = end.adding(days: 1)
        }
        return (partitions + [noTime], first.startTimestamp, last.endTimestamp)
    }

    /// `2024`, `2024-Q1`, `2024-03`, `2024-03-04` (a week by its Monday, a day by itself).
    static func key(_ start: CalendarDate, _ unit: Granularity) -> String {
        switch unit {
        case .year: return String(start.year)
        case .quarter: return "\(start.year)-Q\(start.quarter)"
        case .month: return String(start.iso.prefix(7))
        default: return start.iso
        }
    }

    /// The last day the partition holds, if it holds a range of days.
    var lastDay: CalendarDate? {
        if case .days(_, let to) = slice { return to }
        return nil
    }
}
