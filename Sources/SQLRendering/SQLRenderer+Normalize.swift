import SemanticModel

extension SQLRenderer {
    /// The query as Cube echoes it: every list present, `timezone` filled, date ranges resolved to
    /// `YYYY-MM-DDTHH:mm:ss.SSS` pairs, order as `[{"id", "desc"}]` (the default order spelled out), limit filled.
    public func normalized(_ query: CubeQuery, today: CalendarDate) throws(TextBIError) -> JSONValue {
        let rendered = try render(query, today: today)
        let resolver = DateRangeResolver(today: today)
        var timeDimensions: [JSONValue] = []
        for td in query.timeDimensions {
            var pairs: [(String, JSONValue)] = [("dimension", .string(td.dimension))]
            if let g = td.granularity { pairs.append(("granularity", .string(g.rawValue))) }
            if let range = td.dateRange {
                let (from, to) = try resolver.resolve(range)
                pairs.append(("dateRange", [.string(from), .string(to)]))
            }
            timeDimensions.append(.object(pairs))
        }
        var pairs: [(String, JSONValue)] = [
            ("measures", .array(query.measures.map(JSONValue.string))),
            ("dimensions", .array(query.dimensions.map(JSONValue.string))),
            ("segments", .array(query.segments.map(JSONValue.string))),
            ("filters", .array(query.filters.map(\.json))),
            ("timeDimensions", .array(timeDimensions)),
            ("order", .array(rendered.order.map { .object([("id", .string($0.member)), ("desc", .bool($0.descending))]) })),
            ("limit", .int(Int64(rendered.limit))),
            ("timezone", .string(query.timezone ?? "UTC")),
        ]
        if let offset = query.offset { pairs.append(("offset", .int(Int64(offset)))) }
        if let total = query.total { pairs.append(("total", .bool(total))) }
        if let ungrouped = query.ungrouped { pairs.append(("ungrouped", .bool(ungrouped))) }
        return .object(pairs)
    }
}
