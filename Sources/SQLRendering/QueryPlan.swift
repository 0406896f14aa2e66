import SemanticModel

/// A query's members resolved against the model, checked, with its root cube and limit settled.
struct QueryPlan {
    struct DimensionItem {
        let member: String
        let cube: Cube
        let dimension: Dimension
        let granularity: Granularity?
    }

    var measures: [(Cube, Measure)] = []
    var dimensions: [DimensionItem] = []
    var segments: [(Cube, Segment)] = []
    /// Every cube the query's members name, in the order they first appear.
    var cubes: [String] = []
    let limit: Int
    let ungrouped: Bool

    init(query: CubeQuery, model: SemanticModel) throws(TextBIError) {
        var cubes: [String] = []
        func note(_ name: String) { if !cubes.contains(name) { cubes.append(name) } }
        for name in query.measures {
            let (cube, measure) = try model.measure(name)
            measures.append((cube, measure))
            note(cube.name)
        }
        for name in query.dimensions {
            let (cube, dimension, granularity) = try model.dimension(name)
            dimensions.append(DimensionItem(member: name, cube: cube, dimension: dimension, granularity: granularity))
            note(cube.name)
        }
        for td in query.timeDimensions {
            let (cube, dimension, suffix) = try model.dimension(td.dimension)
            guard dimension.kind == .time, suffix == nil else {
                throw TextBIError(.invalidQuery, "'\(td.dimension)' is not a time dimension", context: ["member": td.dimension])
            }
            note(cube.name)
            if let granularity = td.granularity {
                let member = "\(td.dimension).\(granularity.rawValue)"
                if !dimensions.contains(where: { $0.member == member }) {
                    dimensions.append(DimensionItem(member: member, cube: cube, dimension: dimension, granularity: granularity))
                }
            }
        }
        for name in query.segments {
            let (cube, segment) = try model.segment(name)
            segments.append((cube, segment))
            note(cube.name)
        }
        for filter in query.filters {
            for member in filter.memberFilters {
                guard let resolved = model.resolve(member.member), !Self.isSegment(resolved) else {
                    throw TextBIError(.unknownMember, "Unknown member '\(member.member)' in filters", context: ["member": member.member])
                }
                note(resolved.cube.name)
            }
        }
        guard !measures.isEmpty || !dimensions.isEmpty else {
            throw TextBIError(
                .invalidQuery, "Query should contain either measures, dimensions or timeDimensions with granularities")
        }
        let limit = query.limit ?? CubeQuery.defaultLimit
        guard limit >= 0 else { throw TextBIError(.invalidQuery, "Limit must be a non-negative integer") }
        guard limit <= CubeQuery.maximumLimit else {
            throw TextBIError(.invalidQuery, "Limit \(limit) is over the maximum of \(CubeQuery.maximumLimit) rows")
        }
        if let offset = query.offset, offset < 0 { throw TextBIError(.invalidQuery, "Offset must be a non-negative integer") }
        if let zone = query.timezone, !Self.isUTC(zone), try Self.touchesTime(query, dimensions: dimensions, model: model) {
            throw TextBIError(
                .unsupportedQuery,
                "textbi reads times as UTC and doesn't convert them to '\(zone)'; send timezone UTC (or none) with time dimensions and date filters",
                context: ["timezone": zone])
        }
        ungrouped = query.ungrouped ?? false
        if ungrouped, !measures.isEmpty {
            throw TextBIError(.unsupportedQuery, "An ungrouped query can't contain measures; use dimensions only")
        }
        self.limit = limit
        self.cubes = cubes
    }

    /// Zones whose offset is always zero, so no time shifts.
    static func isUTC(_ zone: String) -> Bool {
        ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "+00:00", "-00:00", "+0000", "-0000"].contains(zone)
    }

    /// Whether any time value is read: a time dimension, or a filter on one.
    private static func touchesTime(_ query: CubeQuery, dimensions: [DimensionItem], model: SemanticModel) throws(TextBIError) -> Bool {
        if !query.timeDimensions.isEmpty || dimensions.contains(where: { $0.dimension.kind == .time }) { return true }
        return query.filters.flatMap(\.memberFilters).contains { f in
            if case .dimension(_, let dimension, _)? = model.resolve(f.member) { return dimension.kind == .time }
            return false
        }
    }

    private static func isSegment(_ member: ResolvedMember) -> Bool {
        if case .segment = member { return true }
        return false
    }

    /// The explicit order, or Cube's default: first granular time dimension ascending, else the first
    /// measure descending, else the first dimension ascending.
    func effectiveOrder(_ explicit: [OrderItem]) throws(TextBIError) -> [OrderItem] {
        if !explicit.isEmpty { return explicit }
        if let time = dimensions.first(where: { $0.granularity != nil }) { return [OrderItem(time.member, descending: false)] }
        if let (cube, measure) = measures.first { return [OrderItem("\(cube.name).\(measure.name)", descending: true)] }
        if let first = dimensions.first { return [OrderItem(first.member, descending: false)] }
        return []
    }
}
