import SemanticModel

/// Turns a `CubeQuery` into one parameterised SQL statement for the model's database.
public struct SQLRenderer: Sendable {
    public let model: SemanticModel
    public let dialect: any SQLDialect

    /// Each cube's quoted table or sub-query, and each join's expanded condition, built once.
    private let sources: [String: String]
    private let joinConditions: [String: String]

    public init(model: SemanticModel, dialect: any SQLDialect = SQLiteDialect()) {
        self.model = model
        self.dialect = dialect
        var sources: [String: String] = [:], conditions: [String: String] = [:]
        let members = MemberSQL(model: model, dialect: dialect)
        for cube in model.cubes {
            sources[cube.name] = try? Self.source(cube, dialect)
            for join in cube.joins { conditions["\(cube.name)>\(join.name)"] = try? members.condition(join.sql, in: cube) }
        }
        self.sources = sources
        self.joinConditions = conditions
    }

    /// Renders `query`; relative date ranges are resolved against `today`. The model's access policies add
    /// the row-level filters `securityContext` calls for, as top-level conditions no filter of the query can undo.
    ///
    /// Every piece of SQL carries its own bound values (`SQLFragment`), so the order in which the query lists
    /// its filters can't move a value to another placeholder. Joins follow Cube's join graph from the cube
    /// that reaches all others; a measure whose cube the joins multiply is computed over that cube's rows
    /// de-duplicated by primary key, as Cube does.
    ///
    /// With `rollups` (the built rollups and what they cover), a query one of them answers exactly, by Cube's
    /// matching rules (`PreAggregationMatcher`), is read from that rollup's table instead.
    public func render(
        _ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext = .open, rollups: [String: RollupCoverage] = [:]
    ) throws(TextBIError) -> RenderedSQL {
        var query = query
        let rowLevel = model.securityFilters(for: Self.cubes(of: query), context: securityContext)
        query.filters += rowLevel.map(QueryFilter.member)
        let plan = try QueryPlan(query: query, model: model)
        if !rollups.isEmpty, let match = PreAggregationMatcher(model: model).match(query, today: today, ready: rollups).match {
            return try renderRollup(query, plan: plan, match: match, today: today)
        }
        return try renderRaw(query, plan: plan, today: today)
    }

    /// The query (row-level filters already in it) on the raw tables; `extraConditions` are AND-ed into WHERE.
    func renderRaw(
        _ query: CubeQuery, plan: QueryPlan, today: CalendarDate, extraConditions: [SQLFragment] = []
    ) throws(TextBIError) -> RenderedSQL {
        let tree = try model.joinTree(for: plan.cubes)
        var members = MemberSQL(model: model, dialect: dialect)
        members.multipliedCubes = Set(tree.cubes.filter(tree.multiplies))
        members.fromCube = tree.root
        let columns = Self.columns(plan)
        var filters = FilterRenderer(model: model, members: members, resolver: DateRangeResolver(today: today))

        // Row conditions (segments, date ranges, dimension filters) and conditions on aggregates.
        var conditions: [SQLFragment] = extraConditions
        for (cube, segment) in plan.segments {
            conditions.append(SQLFragment(sql: "(\(try members.condition(segment.sql, in: cube)))"))
        }
        for td in query.timeDimensions {
            guard let range = td.dateRange else { continue }
            let filter = MemberFilter(member: td.dimension, op: .inDateRange, values: try Self.values(of: range, today: today))
            conditions.append(try filters.render(.member(filter)))
        }
        var aggregateFilters: [QueryFilter] = []
        // measureFilter only asks for the measure's own filters, which its SQL already applies.
        for filter in query.filters where !(filter.memberFilters.count == 1 && filter.memberFilters[0].op == .measureFilter) {
            if try filters.placement(of: filter) == .having { aggregateFilters.append(filter) } else { conditions.append(try filters.render(filter)) }
        }
        let rows = Rows(
            from: try fromClause(tree, members), conditions: conditions,
            dimensions: try zip(plan.dimensions, columns).map { pair throws(TextBIError) in
                let (item, column) = pair
                var expression = try members.dimension(item.cube, item.dimension)
                if let granularity = item.granularity { expression = dialect.truncate(expression, to: granularity) }
                return (expression, dialect.quoteIdentifier(column.alias))
            })

        var statement: SQLFragment
        let split = try MeasureSplit(plan: plan, filters: aggregateFilters, members: members)
        if split.deduplicated.isEmpty {
            var select = rows.dimensionItems
            for ((cube, measure), column) in zip(plan.measures, columns.dropFirst(plan.dimensions.count)) {
                select.append("\(try members.measure(cube, measure)) \(dialect.quoteIdentifier(column.alias))")
            }
            statement = rows.select(select, grouped: !plan.ungrouped)
            let having = try aggregateFilters.map { (f) throws(TextBIError) in try filters.render(f) }
            if !having.isEmpty { statement += "\nHAVING " + having.joined(separator: " AND ") }
        } else {
            let (composed, measureColumns) = try composed(rows, split: split, plan: plan, columns: columns, members: members)
            statement = composed
            filters.measureColumns = measureColumns
            let outer = try aggregateFilters.map { (f) throws(TextBIError) in try filters.render(f) }
            if !outer.isEmpty { statement += "\nWHERE " + outer.joined(separator: " AND ") }
        }

        // An ungrouped query's rows are told apart at a cut by the root cube's primary key.
        var rowKey: String? = nil
        if plan.ungrouped, let root = model.cube(named: tree.root), let key = root.primaryKey { rowKey = try members.dimension(root, key) }
        return try finish(statement, query: query, plan: plan, columns: columns, rowKey: rowKey)
    }

    /// Adds ORDER BY and LIMIT / OFFSET to a statement of `plan`'s columns.
    func finish(
        _ statement: SQLFragment, query: CubeQuery, plan: QueryPlan, columns: [ResultColumn], rollup: RollupMatch? = nil, rowKey: String? = nil
    ) throws(TextBIError) -> RenderedSQL {
        var statement = statement
        let order = try plan.effectiveOrder(query.order)
        let ordered = try order.map { (item) throws(TextBIError) -> (column: ResultColumn, descending: Bool) in
            guard let column = columns.first(where: { $0.member == item.member || $0.baseMember == item.member }) else {
                throw TextBIError(
                    .invalidQuery, "Can't order by '\(item.member)': it is not among the query's members", context: ["member": item.member])
            }
            return (column, item.descending)
        }
        var items = ordered.map { dialect.order(dialect.quoteIdentifier($0.column.alias), descending: $0.descending) }
        // A LIMIT or OFFSET the query asks for cuts the ordered rows: rows tied at the cut are told apart, ascending, by
        // the row's primary key (ungrouped) or the other dimensions (a group's key), so every database (and every run)
        // returns the same rows. Cube leaves the pick to the database.
        if query.limit != nil || (query.offset ?? 0) > 0 {
            if plan.ungrouped, let rowKey {
                items.append(dialect.order(rowKey, descending: false))
            } else {
                let used = Set(ordered.map(\.column.alias))
                for column in columns where column.role != .measure && !used.contains(column.alias) {
                    items.append(dialect.order(dialect.quoteIdentifier(column.alias), descending: false))
                }
            }
        }
        if !items.isEmpty { statement += "\nORDER BY " + items.joined(separator: ", ") }
        // LIMIT and OFFSET bind nothing, so the statement is built once and both texts share its arguments.
        let unlimited = statement.build(dialect)
        var sql = unlimited.sql + "\nLIMIT \(plan.limit)"
        if let offset = query.offset, offset > 0 { sql += " OFFSET \(offset)" }
        var rendered = RenderedSQL(
            sql: sql, parameters: unlimited.arguments, columns: columns, order: order, limit: plan.limit,
            countSQL: "SELECT COUNT(*) FROM (\n\(unlimited.sql)\n) \(dialect.quoteIdentifier("q"))")
        rendered.unlimitedSQL = unlimited.sql
        rendered.preAggregation = rollup
        return rendered
    }

    /// `FROM root LEFT JOIN …` along the join tree.
    private func fromClause(_ tree: JoinTree, _ members: MemberSQL) throws(TextBIError) -> String {
        guard let root = model.cube(named: tree.root) else { throw TextBIError(.invalidModel, "Unknown cube '\(tree.root)'") }
        var sql = "FROM \(try source(root)) \(members.alias(root.name))"
        for step in tree.steps {
            guard let owner = model.cube(named: step.owner), let target = model.cube(named: step.to) else { continue }
            var condition = joinConditions["\(step.owner)>\(step.to)"] ?? ""
            if condition.isEmpty { condition = try members.condition(step.join.sql, in: owner) }
            sql += "\nLEFT JOIN \(try source(target)) \(members.alias(target.name)) ON \(condition)"
        }
        return sql
    }

    /// The result columns a query has, in the order `render` selects them, without rendering SQL
    /// (for rows that come from elsewhere, such as a remote Cube server).
    public func columns(for query: CubeQuery) throws(TextBIError) -> [ResultColumn] {
        Self.columns(try QueryPlan(query: query, model: model))
    }

    private static func columns(_ plan: QueryPlan) -> [ResultColumn] {
        var columns: [ResultColumn] = plan.dimensions.map { item in
            ResultColumn(
                alias: Self.alias(item.member), member: item.member, role: item.granularity.map { .timeDimension($0) } ?? .dimension,
                baseMember: "\(item.cube.name).\(item.dimension.name)")
        }
        for (cube, measure) in plan.measures {
            let name = "\(cube.name).\(measure.name)"
            columns.append(ResultColumn(alias: Self.alias(name), member: name, role: .measure, baseMember: name))
        }
        return columns
    }

    /// Every cube a query names, through any of its members.
    static func cubes(of query: CubeQuery) -> [String] {
        let members = query.measures + query.dimensions + query.segments + query.timeDimensions.map(\.dimension)
            + query.filters.flatMap(\.memberFilters).map(\.member)
        var cubes: [String] = []
        for member in members {
            if let cube = member.split(separator: ".").first.map(String.init), !cubes.contains(cube) { cubes.append(cube) }
        }
        return cubes
    }

    func source(_ cube: Cube) throws(TextBIError) -> String {
        if let built = sources[cube.name] { return built }
        return try Self.source(cube, dialect)
    }

    private static func source(_ cube: Cube, _ dialect: any SQLDialect) throws(TextBIError) -> String {
        if let table = cube.sqlTable {
            return table.split(separator: ".").map { dialect.quoteIdentifier(String($0)) }.joined(separator: ".")
        }
        guard let sql = cube.sql else { throw TextBIError(.invalidModel, "Cube '\(cube.name)' has no sql_table or sql") }
        return "(\(sql))"
    }

    /// Cube's column alias style: `employees.hire_date.month` → `employees__hire_date_month`.
    static func alias(_ member: String) -> String {
        var out = ""
        out.reserveCapacity(member.utf8.count + 1)
        var dots = 0
        for ch in member.unicodeScalars {
            if ch == "." {
                dots += 1
                out += dots == 1 ? "__" : "_"
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func values(of range: DateRange, today: CalendarDate) throws(TextBIError) -> [String] {
        let (from, to) = try DateRangeResolver(today: today).resolve(range)
        return [from, to]
    }
}
