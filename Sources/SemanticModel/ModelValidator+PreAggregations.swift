extension ModelValidator {
    /// The problems of one cube's rollups: unknown or misplaced members, a time dimension without its granularity
    /// (or the reverse), granularities textbi can't build, partitions a rollup's groups would straddle.
    func preAggregationIssues(_ cube: Cube, path: String, slots: [(index: Int, line: Int?)]) -> [(path: String, message: String, line: Int?)] {
        var out: [(String, String, Int?)] = []
        var seen: Set<String> = []
        for (n, rollup) in cube.preAggregations.enumerated() {
            let (i, line) = slots[n]
            let p = "\(path).pre_aggregations[\(i)]"
            func add(_ at: String, _ message: String) { out.append((at, message, line)) }
            if !seen.insert(rollup.name).inserted { add("\(p).name", "duplicate name '\(rollup.name)'") }
            if rollup.measures.isEmpty { add("\(p).measures", "a rollup needs at least one measure") }
            for (j, member) in rollup.measures.enumerated() {
                switch model.resolve(member) {
                case .measure(let owner, _)? where owner.name == cube.name: break
                case .measure?: add("\(p).measures[\(j)]", "'\(member)' is not a measure of \(cube.name) (a rollup's rows are its own cube's)")
                default: add("\(p).measures[\(j)]", "unknown measure '\(member)'")
                }
            }
            for (j, member) in rollup.dimensions.enumerated() {
                guard case .dimension(_, _, nil)? = model.resolve(member) else {
                    add("\(p).dimensions[\(j)]", "unknown dimension '\(member)'")
                    continue
                }
            }
            for (j, member) in rollup.segments.enumerated() {
                guard case .segment? = model.resolve(member) else {
                    add("\(p).segments[\(j)]", "unknown segment '\(member)'")
                    continue
                }
            }
            switch (rollup.timeDimension, rollup.granularity) {
            case (let time?, let granularity?):
                if case .dimension(_, let dimension, nil)? = model.resolve(time), dimension.kind == .time {
                    // fine
                } else {
                    add("\(p).time_dimension", "'\(time)' is not a time dimension")
                }
                if !PreAggregation.buildGranularities.contains(granularity) {
                    add("\(p).granularity", "textbi builds rollups at day, week, month, quarter or year, not '\(granularity.rawValue)'")
                }
                if let partition = rollup.partitionGranularity {
                    if !PreAggregation.buildGranularities.contains(partition) {
                        add("\(p).partition_granularity", "partitions are day, week, month, quarter or year, not '\(partition.rawValue)'")
                    } else if !granularity.serves(partition) {
                        add("\(p).partition_granularity",
                            "a \(granularity.rawValue) rollup can't be split into \(partition.rawValue) partitions (its groups would straddle them)")
                    }
                }
            case (_?, nil): add("\(p).granularity", "is required with time_dimension")
            case (nil, _?): add("\(p).time_dimension", "is required with granularity")
            case (nil, nil):
                if rollup.partitionGranularity != nil { add("\(p).partition_granularity", "needs a time_dimension to partition by") }
            }
            if rollup.incremental && rollup.partitionGranularity == nil {
                add("\(p).refresh_key.incremental", "needs partition_granularity (an incremental refresh replaces recent partitions)")
            }
            if rollup.timeDimension == nil && (rollup.buildRangeStart != nil || rollup.buildRangeEnd != nil) {
                add("\(p).build_range_start", "a build range needs a time_dimension")
            }
        }
        return out
    }
}
