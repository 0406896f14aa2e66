import SemanticModel

extension SQLRenderer {
    /// Cube's answer to measures of cubes that the joins multiply: the measures computable in the joined rows
    /// are grouped in one sub-query; for each multiplied cube, a keys sub-query takes the distinct group keys
    /// and primary keys of its rows, and its measures are aggregated over those rows joined back once each.
    /// The sub-queries have the same groups and are joined on them (NULL equal to NULL).
    ///
    /// Returns the statement without its outer WHERE and ORDER BY, and where each measure's value is read.
    func composed(
        _ rows: Rows, split: MeasureSplit, plan: QueryPlan, columns: [ResultColumn], members: MemberSQL
    ) throws(TextBIError) -> (SQLFragment, measureColumns: [String: String]) {
        var subqueries: [SQLFragment] = []
        var measureColumns: [String: String] = [:]
        func name(_ index: Int) -> String { dialect.quoteIdentifier("q_\(index)") }

        if !split.regular.isEmpty {
            var select = rows.dimensionItems
            for item in split.regular {
                select.append("\(try members.measure(item.cube, item.measure)) \(dialect.quoteIdentifier(item.alias))")
                measureColumns[item.member] = "\(name(subqueries.count)).\(dialect.quoteIdentifier(item.alias))"
            }
            subqueries.append(rows.select(select, grouped: true))
        }
        // Inside a de-duplicated sub-query the cube's rows appear once each, joined to the keys.
        var once = members
        once.multipliedCubes = []
        once.fromCube = nil
        let keys = dialect.quoteIdentifier("__keys")
        for (cube, items) in split.deduplicated {
            guard let pk = cube.primaryKey else {
                throw TextBIError(
                    .unsupportedQuery, "'\(items[0].member)' needs a primary key on \(cube.name): its rows repeat across a join in this query",
                    context: ["member": items[0].member])
            }
            for item in items {
                let foreign = members.foreignCubes(of: item.measure, in: cube)
                guard foreign.isEmpty else {
                    throw TextBIError(
                        .unsupportedQuery,
                        "'\(item.member)' reads \(foreign.sorted().joined(separator: ", ")), and its own cube's rows repeat across a join in this query",
                        context: ["member": item.member])
                }
            }
            let key = dialect.quoteIdentifier("__\(cube.name)_key")
            let keyRows = rows.select(rows.dimensionItems + ["\(try members.dimension(cube, pk)) \(key)"], grouped: false, distinct: true)
            var select = rows.dimensions.map { "\(keys).\($0.alias) \($0.alias)" }
            for item in items {
                select.append("\(try once.measure(cube, item.measure)) \(dialect.quoteIdentifier(item.alias))")
                measureColumns[item.member] = "\(name(subqueries.count)).\(dialect.quoteIdentifier(item.alias))"
            }
            var sub = SQLFragment(sql: "SELECT " + select.joined(separator: ", ") + "\nFROM (\n") + keyRows + "\n) \(keys)"
            sub += "\nLEFT JOIN \(try source(cube)) \(members.alias(cube.name)) ON \(keys).\(key) = \(try once.dimension(cube, pk))"
            sub += Rows.groupBy(rows.dimensions.count)
            subqueries.append(sub)
        }

        var select = rows.dimensions.map { "\(name(0)).\($0.alias) \($0.alias)" }
        for column in columns.dropFirst(plan.dimensions.count) {
            guard let source = measureColumns[column.member] else { continue }
            select.append("\(source) \(dialect.quoteIdentifier(column.alias))")
        }
        var statement = SQLFragment(sql: "SELECT " + select.joined(separator: ", ") + "\nFROM (\n") + subqueries[0] + "\n) \(name(0))"
        for index in subqueries.indices.dropFirst() {
            if rows.dimensions.isEmpty {
                statement += "\nCROSS JOIN (\n" + subqueries[index] + "\n) \(name(index))"
            } else {
                let on = rows.dimensions.map { dialect.nullSafeEquals("\(name(0)).\($0.alias)", "\(name(index)).\($0.alias)") }
                statement += "\nINNER JOIN (\n" + subqueries[index] + "\n) \(name(index)) ON " + on.joined(separator: " AND ")
            }
        }
        return (statement, measureColumns)
    }
}
