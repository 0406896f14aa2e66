/// The joined, filtered rows of one query and its group keys: what each statement of it reads.
struct Rows {
    /// `FROM root LEFT JOIN …` (model SQL only, no values).
    let from: String
    /// Row conditions, each with its own bound values, AND-ed in WHERE.
    let conditions: [SQLFragment]
    /// The group keys: each dimension's expression and its quoted column alias, in select order.
    let dimensions: [(expression: String, alias: String)]

    /// The dimensions as select items.
    var dimensionItems: [String] { dimensions.map { "\($0.expression) \($0.alias)" } }

    /// `SELECT [DISTINCT] items FROM … WHERE …`, grouped by the dimensions (which come first in `items`).
    func select(_ items: [String], grouped: Bool, distinct: Bool = false) -> SQLFragment {
        var out = SQLFragment(sql: "SELECT " + (distinct ? "DISTINCT " : "") + items.joined(separator: ", ") + "\n" + from)
        if !conditions.isEmpty { out += "\nWHERE " + conditions.joined(separator: " AND ") }
        if grouped { out += Self.groupBy(dimensions.count) }
        return out
    }

    /// `GROUP BY 1, 2, …` for the first `count` select items, or nothing.
    static func groupBy(_ count: Int) -> String {
        count == 0 ? "" : "\nGROUP BY " + (1...count).map(String.init).joined(separator: ", ")
    }
}
