import SemanticModel

extension SQLRenderer {
    /// The query read from a rollup's table: its dimensions are the rollup's columns (a coarser granularity truncates
    /// the rollup's time column), its measures re-aggregated (SUM of counts and sums, MIN of minimums, MAX of
    /// maximums, an average as SUM(sum) / SUM(count)), its filters and row-level security filters applied to those
    /// columns with bound values, as on the raw tables.
    func renderRollup(_ query: CubeQuery, plan: QueryPlan, match: RollupMatch, today: CalendarDate) throws(TextBIError) -> RenderedSQL {
        let r = dialect.quoteIdentifier("r")
        func column(_ name: String) -> String { "\(r).\(dialect.quoteIdentifier(name))" }
        var members = MemberSQL(model: model, dialect: dialect)
        members.readsRollup = true
        members.dimensionColumns = match.dimensions.mapValues(column)
        members.measureExpressions = match.measures.mapValues { read in
            switch read {
            case .count(let c): return "COALESCE(SUM(\(column(c))), 0)"
            case .sum(let c): return "SUM(\(column(c)))"
            case .min(let c): return "MIN(\(column(c)))"
            case .max(let c): return "MAX(\(column(c)))"
            // One rollup row per group: any aggregate of it is its value.
            case .stored(let c): return "MAX(\(column(c)))"
            case .average(let sum, let count): return "CAST(SUM(\(column(sum))) AS REAL) / NULLIF(SUM(\(column(count))), 0)"
            }
        }
        let columns = try self.columns(for: query)
        let filters = FilterRenderer(model: model, members: members, resolver: DateRangeResolver(today: today))
        // Segments are not repeated: the rollup was built with exactly the query's segments.
        var conditions: [SQLFragment] = []
        for td in query.timeDimensions {
            guard let range = td.dateRange else { continue }
            let filter = MemberFilter(member: td.dimension, op: .inDateRange, values: try Self.values(of: range, today: today))
            conditions.append(try filters.render(.member(filter)))
        }
        var having: [SQLFragment] = []
        for filter in query.filters where !(filter.memberFilters.count == 1 && filter.memberFilters[0].op == .measureFilter) {
            if try filters.placement(of: filter) == .having { having.append(try filters.render(filter)) } else { conditions.append(try filters.render(filter)) }
        }
        let time = match.preAggregation.timeDimension, grain = match.preAggregation.granularity
        let rows = Rows(
            from: "FROM \(dialect.quoteIdentifier(match.tableName)) \(r)", conditions: conditions,
            dimensions: try zip(plan.dimensions, columns).map { pair throws(TextBIError) in
                let (item, out) = pair
                var expression = try members.dimension(item.cube, item.dimension)
                let isRollupGrain = "\(item.cube.name).\(item.dimension.name)" == time && item.granularity == grain
                if let g = item.granularity, !isRollupGrain { expression = dialect.truncate(expression, to: g) }
                return (expression, dialect.quoteIdentifier(out.alias))
            })
        var select = rows.dimensionItems
        for ((cube, measure), out) in zip(plan.measures, columns.dropFirst(plan.dimensions.count)) {
            select.append("\(try members.measure(cube, measure)) \(dialect.quoteIdentifier(out.alias))")
        }
        var statement = rows.select(select, grouped: true)
        if !having.isEmpty { statement += "\nHAVING " + having.joined(separator: " AND ") }
        return try finish(statement, query: query, plan: plan, columns: columns, rollup: match)
    }
}
