import SemanticModel

/// Compiles model SQL snippets (`{CUBE}`, `{member}`, `{cube.member}`, bare columns) into SQL expressions.
struct MemberSQL {
    let model: SemanticModel
    let dialect: any SQLDialect
    /// Cubes whose rows are repeated by a one-to-many join in this statement.
    var multipliedCubes: Set<String> = []
    /// The statement's FROM cube: the only one whose rows are never NULL-extended by a LEFT JOIN.
    var fromCube: String?
    /// Rendering from a rollup: each dimension's column (by full name) and each measure's re-aggregation.
    var dimensionColumns: [String: String] = [:]
    var measureExpressions: [String: String] = [:]
    /// True when rendering from a rollup: a member without a column there is an error, never raw SQL.
    var readsRollup = false

    func alias(_ cube: String) -> String { dialect.quoteIdentifier(cube) }

    /// The SQL of one dimension.
    func dimension(_ cube: Cube, _ dimension: Dimension, depth: Int = 0) throws(TextBIError) -> String {
        if readsRollup {
            guard let column = dimensionColumns["\(cube.name).\(dimension.name)"] else {
                throw TextBIError(.internalError, "'\(cube.name).\(dimension.name)' is not a column of the rollup")
            }
            return column
        }
        let sql = try expand(dimension.sql, in: cube, depth: depth, measures: false)
        // An expression (not a bare column) is parenthesised so comparisons bind to all of it.
        return SQLTemplate.isBareColumn(dimension.sql) ? sql : "(\(sql))"
    }

    /// The SQL of a model condition (segment, measure filter, join condition).
    func condition(_ sql: String, in cube: Cube) throws(TextBIError) -> String {
        try expand(sql, in: cube, depth: 0, measures: false)
    }

    /// The aggregated SQL of one measure.
    func measure(_ cube: Cube, _ measure: Measure, depth: Int = 0) throws(TextBIError) -> String {
        guard depth < 16 else {
            throw TextBIError(.invalidModel, "Measure '\(cube.name).\(measure.name)' references itself")
        }
        if let expression = measureExpressions["\(cube.name).\(measure.name)"] { return expression }
        if readsRollup, measure.kind != .number {
            throw TextBIError(.internalError, "'\(cube.name).\(measure.name)' is not a column of the rollup")
        }
        let conditions = try measure.filters.map { (f) throws(TextBIError) in "(\(try condition(f, in: cube)))" }
        let filter = conditions.joined(separator: " AND ")
        func filtered(_ expression: String) -> String {
            conditions.isEmpty ? expression : "CASE WHEN \(filter) THEN \(expression) END"
        }
        let multiplied = multipliedCubes.contains(cube.name)
        switch measure.kind {
        case .count:
            if let sql = measure.sql {
                guard !multiplied else { throw Self.multiplied(cube, measure) }
                return "COUNT(\(filtered(try expand(sql, in: cube, depth: depth, measures: false))))"
            }
            if cube.name == fromCube, !multiplied {
                return conditions.isEmpty ? "COUNT(*)" : "COUNT(\(filtered("1")))"
            }
            // A joined cube's rows may be NULL-extended or repeated: count its primary keys.
            guard let pk = cube.primaryKey else {
                throw TextBIError(.unsupportedQuery, "Counting \(cube.name) through a join needs a primary key on \(cube.name)")
            }
            return "COUNT(\(multiplied ? "DISTINCT " : "")\(filtered(try dimension(cube, pk))))"
        case .countDistinct, .countDistinctApprox:
            return "COUNT(DISTINCT \(filtered(try expand(measure.sql ?? "", in: cube, depth: depth, measures: false))))"
        case .sum, .avg, .min, .max:
            if multiplied && (measure.kind == .sum || measure.kind == .avg) { throw Self.multiplied(cube, measure) }
            let fn = measure.kind.rawValue.uppercased()
            return "\(fn)(\(filtered(try expand(measure.sql ?? "", in: cube, depth: depth, measures: false))))"
        case .number, .string, .time, .boolean:
            return try expand(measure.sql ?? "NULL", in: cube, depth: depth + 1, measures: true)
        }
    }

    /// Whether a measure of a multiplied cube can still be computed in the joined rows (distinct keys, distinct
    /// values, extremes); the others need the cube's rows de-duplicated by primary key first.
    static func isSafeWhenMultiplied(_ measure: Measure) -> Bool {
        switch measure.kind {
        case .count: return measure.sql == nil
        case .countDistinct, .countDistinctApprox, .min, .max: return true
        default: return false
        }
    }

    /// The cubes other than `cube` that a measure's SQL reaches, directly or through the measures it names.
    func foreignCubes(of measure: Measure, in cube: Cube, depth: Int = 0) -> Set<String> {
        guard depth < 16 else { return [] }
        var out: Set<String> = []
        for sql in [measure.sql].compactMap({ $0 }) + measure.filters {
            for (cubeName, member) in SQLTemplate(sql).references {
                if let cubeName, cubeName != cube.name { out.insert(cubeName); continue }
                if cubeName == nil, model.cube(named: member) != nil, cube.measure(named: member) == nil, cube.dimension(named: member) == nil { out.insert(member); continue }
                if let inner = cube.measure(named: member) { out.formUnion(foreignCubes(of: inner, in: cube, depth: depth + 1)) }
            }
        }
        return out
    }

    private static func multiplied(_ cube: Cube, _ measure: Measure) -> TextBIError {
        TextBIError(
            .unsupportedQuery,
            "'\(cube.name).\(measure.name)' would be double-counted: \(cube.name) rows repeat across a one-to-many join in this query",
            context: ["member": "\(cube.name).\(measure.name)"])
    }

    /// Expands a template; `{member}` becomes the member's SQL (a measure's aggregate when `measures`).
    private func expand(_ sql: String, in cube: Cube, depth: Int, measures: Bool) throws(TextBIError) -> String {
        guard depth < 16 else {
            throw TextBIError(.invalidModel, "A member of '\(cube.name)' references itself: \(sql)")
        }
        if SQLTemplate.isBareColumn(sql), !measures {
            return "\(alias(cube.name)).\(sql)"
        }
        var out = ""
        for part in SQLTemplate(sql).parts {
            switch part {
            case .text(let text): out += text
            case .cubeAlias: out += alias(cube.name)
            case .reference(let cubeName, let memberName):
                guard let target = cubeName.map({ model.cube(named: $0) }) ?? cube else {
                    throw TextBIError(.invalidModel, "Unknown cube in {\(cubeName ?? "").\(memberName)}")
                }
                if let m = target.measure(named: memberName) {
                    out += "(\(try measure(target, m, depth: depth + 1)))"
                } else if let d = target.dimension(named: memberName) {
                    out += try dimension(target, d, depth: depth + 1)
                } else if cubeName == nil, model.cube(named: memberName) != nil {
                    out += alias(memberName)
                } else {
                    throw TextBIError(.invalidModel, "Unknown member {\(memberName)} in \(cube.name)")
                }
            }
        }
        return out
    }
}
