import SemanticModel

/// Levels counted each period (employment each month, a balance each day): their sum over one period is an amount,
/// but added up across periods it counts the same jobs again. A measure says so with `meta.non_additive_dimension`
/// (MetricFlow's name for it), or in its description ("summing over several months double-counts").
extension QueryGenerator {
    /// The time dimension (`cube.member`) over which `measure` must not be added up, or nil.
    public static func nonAdditiveTime(of measure: Measure, in cube: Cube) -> String? {
        guard [.sum, .number].contains(measure.kind) else { return nil }
        let times = cube.dimensions.filter { $0.kind == .time }
        if let name = measure.meta.nonAdditiveDimension {
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            return times.first { $0.name == bare }.map { "\(cube.name).\($0.name)" }
        }
        let text = (measure.description ?? "").lowercased()
        guard ["double-count", "double count", "non-additive", "not additive", "semi-additive"].contains(where: { text.contains($0) })
        else { return nil }
        let time = cube.meta.timeDimension.flatMap { name in times.first { $0.name == name } } ?? (times.count == 1 ? times.first : nil)
        return time.map { "\(cube.name).\($0.name)" }
    }

    /// The measures of `query` that would add a level up across periods: not grouped by their time dimension at the
    /// data's own grain (or finer), and not restricted to one such period.
    func summedLevels(_ query: CubeQuery, time: TimeConstraint?) -> [String] {
        let order: [Granularity] = [.second, .minute, .hour, .day, .week, .month, .quarter, .year]
        let rank = { (g: Granularity) in order.firstIndex(of: g) ?? order.count }
        return query.measures.filter { member in
            guard let dimension = filteredMeasures.nonAdditiveTimes[member] else { return false }
            let grain = dataGrains[dimension] ?? .day
            let uses = query.timeDimensions.filter { $0.dimension == dimension }
            if let g = uses.compactMap(\.granularity).first { return rank(g) > rank(grain) }
            if uses.contains(where: { $0.dateRange != nil }), case .range(let from, let to)? = time,
                from.start(of: grain) == to.start(of: grain)
            {
                return false
            }
            return true
        }
    }
}
