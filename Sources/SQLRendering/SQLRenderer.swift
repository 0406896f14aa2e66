import SemanticModel

/// Turns a `CubeQuery` into one parameterised SQL statement for the model's database.
public struct SQLRenderer: Sendable {
    public let model: SemanticModel
    public let dialect: any SQLDialect

    public init(model: SemanticModel, dialect: any SQLDialect = SQLiteDialect()) {
        self.model = model
        self.dialect = dialect
    }

    /// Renders `query`; relative date ranges are resolved against `today`. The model's access policies add
    /// the row-level filters `securityContext` calls for, as top-level conditions no filter of the query can undo.
    public func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext = .open) throws(TextBIError) -> RenderedSQL {
        var query = query
        let rowLevel = model.securityFilters(for: Self.cubes(of: query), context: securityContext)
        query.filters += rowLevel.map(QueryFilter.member)
        let plan = try QueryPlan(query: query, model: model)
        var context = SQLGenerationContext(dialect: dialect)
        var members = MemberSQL(model: model, dialect: dialect)

        let joins = try model.joinPath(from: plan.root.name, to: plan.cubes.filter { $0 != plan.root.name })
        members.multipliedCubes = Self.multipliedCubes(root: plan.root.name, joins: joins)

        // Columns come out in the plan's order: dimensions (grouped by position), then measures.
        let columns = Self.columns(plan)
        var select: [String] = []
        var groupBy: [String] = []
        for (item, column) in zip(plan.dimensions, columns) {
            var expression = try members.dimension(item.cube, item.dimension)
            if let granularity = item.granularity { expression = dialect.truncate(expression, to: granularity) }
            select.append("\(expression) \(dialect.quoteIdentifier(column.alias))")
            groupBy.append(String(select.count))
        }
        for ((cube, measure), column) in zip(plan.measures, columns.dropFirst(plan.dimensions.count)) {
            select.append("\(try members.measure(cube, measure)) \(dialect.quoteIdentifier(column.alias))")
        }

        var sql = "SELECT " + select.joined(separator: ", ")
        sql += "\nFROM \(try source(plan.root)) \(members.alias(plan.root.name))"
        for step in joins {
            guard let owner = model.cube(named: step.owner), let target = model.cube(named: step.to) else { continue }
            sql += "\nLEFT JOIN \(try source(target)) \(members.alias(target.name)) ON \(try members.condition(step.join.sql, in: owner))"
        }

        let filters = FilterRenderer(model: model, members: members, resolver: DateRangeResolver(today: today))
        var whereParts: [String] = []
        for (cube, segment) in plan.segments {
            whereParts.append("(\(try members.condition(segment.sql, in: cube)))")
        }
        for td in query.timeDimensions {
            guard let range = td.dateRange else { continue }
            let filter = MemberFilter(member: td.dimension, op: .inDateRange, values: try Self.values(of: range, today: today))
            whereParts.append(try filters.render(.member(filter), context: &context))
        }
        var havingParts: [String] = []
        // measureFilter only asks for the measure's own filters, which its SQL already applies.
        for filter in query.filters where !(filter.memberFilters.count == 1 && filter.memberFilters[0].op == .measureFilter) {
            let target = try filters.placement(of: filter)
            let text = try filters.render(filter, context: &context)
            if target == .having { havingParts.append(text) } else { whereParts.append(text) }
        }
        if !whereParts.isEmpty { sql += "\nWHERE " + whereParts.joined(separator: " AND ") }
        if !plan.ungrouped, !groupBy.isEmpty {
            sql += "\nGROUP BY " + groupBy.joined(separator: ", ")
        }
        if !havingParts.isEmpty { sql += "\nHAVING " + havingParts.joined(separator: " AND ") }

        let order = try plan.effectiveOrder(query.order)
        if !order.isEmpty {
            let items = try order.map { (item) throws(TextBIError) -> String in
                guard let column = columns.first(where: { $0.member == item.member || $0.baseMember == item.member }) else {
                    throw TextBIError(
                        .invalidQuery, "Can't order by '\(item.member)': it is not among the query's members",
                        context: ["member": item.member])
                }
                return "\(dialect.quoteIdentifier(column.alias)) \(item.descending ? "DESC" : "ASC")"
            }
            sql += "\nORDER BY " + items.joined(separator: ", ")
        }
        let unlimited = sql
        sql += "\nLIMIT \(plan.limit)"
        if let offset = query.offset, offset > 0 { sql += " OFFSET \(offset)" }
        return RenderedSQL(
            sql: sql, parameters: context.parameters, columns: columns, order: order, limit: plan.limit,
            countSQL: "SELECT COUNT(*) FROM (\n\(unlimited)\n) \(dialect.quoteIdentifier("q"))")
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

    private func source(_ cube: Cube) throws(TextBIError) -> String {
        if let table = cube.sqlTable {
            return table.split(separator: ".").map { dialect.quoteIdentifier(String($0)) }.joined(separator: ".")
        }
        guard let sql = cube.sql else { throw TextBIError(.invalidModel, "Cube '\(cube.name)' has no sql_table or sql") }
        return "(\(sql))"
    }

    /// Cube's column alias style: `employees.hire_date.month` → `employees__hire_date_month`.
    static func alias(_ member: String) -> String {
        let parts = member.split(separator: ".")
        guard let first = parts.first else { return member }
        return first + "__" + parts.dropFirst().joined(separator: "_")
    }

    static func values(of range: DateRange, today: CalendarDate) throws(TextBIError) -> [String] {
        let (from, to) = try DateRangeResolver(today: today).resolve(range)
        return [from, to]
    }

    /// Cubes whose rows a one-to-many hop repeats: every cube not below such a hop.
    static func multipliedCubes(root: String, joins: [JoinStep]) -> Set<String> {
        var parent: [String: String] = [:]
        for step in joins { parent[step.to] = step.from }
        var result: Set<String> = []
        let all = [root] + joins.map(\.to)
        for step in joins where step.multipliesFrom {
            for cube in all {
                var node: String? = cube
                var below = false
                while let n = node {
                    if n == step.to { below = true; break }
                    node = parent[n]
                }
                if !below { result.insert(cube) }
            }
        }
        return result
    }
}
