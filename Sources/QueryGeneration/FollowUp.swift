import SemanticModel

/// Follow-up questions: a partial question refines the conversation's previous query. Only what the new question
/// says replaces the old (a value replaces the filter on its dimension, a period the date range, a measure the
/// measures, a grouping the groups, a "top N" the limit); everything else is kept.
enum FollowUp {
    /// What a question said explicitly, before defaults were filled in.
    struct Slots {
        let measures: Bool
        let groups: Bool
        let time: Bool
        let grain: Bool
        let limit: Bool
        /// N of "top N" (nil for a bare superlative), and its direction.
        let limitCount: Int?
        let descending: Bool
        let filters: Bool
        let listing: Bool

        init(_ s: borrowing ParseState) {
            measures = !s.measures.isEmpty || s.countRequested
            groups = !s.groupDimensions.isEmpty
            time = s.time != nil
            grain = s.granularity != nil || s.trend
            limit = s.superlative != nil
            limitCount = s.superlative?.count
            descending = s.superlative?.descending ?? true
            filters = !s.filters.isEmpty || !s.segments.isEmpty
            listing = s.pendingRanking != nil || !s.sortDimensions.isEmpty
        }

        var isEmpty: Bool { !(measures || groups || time || grain || limit || filters || listing) }
    }

    /// Words that open a continuing question (那上海呢, and last year?, 只看前三, what about Engineering?).
    static let leadingMarkers = ["那", "换成", "改成", "换为", "改为", "只看", "仅看", "再看", "同样", "what about", "how about",
                                 "and ", "only ", "switch to", "same for", "same but", "just "]
    /// Words that close one (按学历呢, average salary instead).
    static let trailingMarkers = ["呢", "instead"]

    /// A follow-up says so at its start or end, or says too little to stand alone (no measure and no grouping).
    /// Markers count only there: "headcount by department and gender" is a question of its own.
    static func isFollowUp(_ question: String, slots: Slots) -> Bool {
        guard !slots.isEmpty else { return false }
        let text = TextNormalizer.normalize(question).trimmingSpaces + " "
        let end = String(text.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        if leadingMarkers.contains(where: { text.hasPrefix($0) }) || trailingMarkers.contains(where: { end.hasSuffix($0) }) {
            return true
        }
        return !slots.measures && !slots.groups && !slots.listing
    }

    static func merge(previous: Interpretation, current: CubeQuery, slots: Slots, model: SemanticModel) -> CubeQuery {
        var query = previous.query
        if slots.measures, !current.measures.isEmpty {
            query.measures = current.measures
            query.ungrouped = nil
            query.order = query.order.filter { !previous.query.measures.contains($0.member) }
        }
        if slots.groups { query.dimensions = current.dimensions }
        if slots.listing { return current }
        if slots.filters {
            let replaced = Set(current.filters.flatMap(\.memberFilters).map(\.member))
            query.filters = query.filters.filter { f in !f.memberFilters.contains { replaced.contains($0.member) } } + current.filters
            for segment in current.segments where !query.segments.contains(segment) { query.segments.append(segment) }
        }
        if slots.time || slots.grain, let incoming = current.timeDimensions.first {
            // Keep the conversation's time dimension; take the new period and grain.
            let dimension = query.timeDimensions.first?.dimension ?? defaultTime(for: query, model: model) ?? incoming.dimension
            var td = query.timeDimensions.first ?? TimeDimension(dimension: dimension)
            td.dimension = dimension
            if slots.time { td.dateRange = incoming.dateRange }
            if slots.grain { td.granularity = incoming.granularity }
            query.timeDimensions = [td]
        }
        if slots.time {
            // Open ranges (before 2020) arrive as filters on the time dimension.
            let timeFilters = current.filters.flatMap(\.memberFilters).filter { [.beforeDate, .beforeOrOnDate].contains($0.op) }
            if !timeFilters.isEmpty, let dimension = query.timeDimensions.first?.dimension ?? defaultTime(for: query, model: model) {
                query.filters = query.filters.filter { f in !f.memberFilters.contains { [.beforeDate, .beforeOrOnDate].contains($0.op) } }
                    + timeFilters.map { .member(MemberFilter(member: dimension, op: $0.op, values: $0.values)) }
                query.timeDimensions = query.timeDimensions.map { var td = $0; td.dateRange = nil; return td }.filter { $0.granularity != nil }
            }
        }
        if slots.limit {
            query.limit = slots.limitCount ?? 1
            if let first = current.order.first, query.measures.contains(first.member) || query.dimensions.contains(first.member) {
                query.order = current.order
            } else if let measure = query.measures.first {
                query.order = [OrderItem(measure, descending: slots.descending)]
            }
        }
        return query
    }

    /// The default time dimension of the query's first measure's cube.
    static func defaultTime(for query: CubeQuery, model: SemanticModel) -> String? {
        guard let member = query.measures.first, case .measure(let cube, let measure)? = model.resolve(member) else { return nil }
        if let t = measure.meta.timeDimension { return "\(cube.name).\(t)" }
        return cube.meta.timeDimension.map { "\(cube.name).\($0)" }
    }
}
