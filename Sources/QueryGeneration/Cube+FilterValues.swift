import SemanticModel

extension Cube {
    /// The values a filtered measure keeps, when its filter is a plain condition on one of this cube's string
    /// columns: `{CUBE}.rating IN ('S', 'A')`, `status = 'active'`. Nil for anything else (a range, an OR, SQL
    /// functions), which the question's words are then not compared with.
    func filterValues(of measure: Measure) -> (dimension: String, values: Set<String>)? {
        guard measure.filters.count == 1 else { return nil }
        var sql = Substring(measure.filters[0]).drop { $0 == " " }
        for prefix in ["{CUBE}.", "\(name)."] where sql.hasPrefix(prefix) { sql = sql.dropFirst(prefix.count) }
        let column = sql.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !column.isEmpty else { return nil }
        var rest = sql.dropFirst(column.count).drop { $0 == " " }
        if rest.hasPrefix("=") {
            rest = rest.dropFirst()
        } else if rest.uppercased().hasPrefix("IN") {
            rest = rest.dropFirst(2).drop { $0 == " " }
            guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
            rest = rest.dropFirst().dropLast()
        } else {
            return nil
        }
        var values: Set<String> = []
        for item in rest.split(separator: ",") {
            let text = item.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            guard text.count >= 2, text.first == "'", text.last == "'", !text.dropFirst().dropLast().contains("'") else { return nil }
            values.insert(String(text.dropFirst().dropLast()))
        }
        guard !values.isEmpty,
            let dimension = dimensions.first(where: { d in
                d.kind == .string && [d.name, d.sql, d.sql.replacingPrefix("{CUBE}."), d.sql.replacingPrefix("\(name).")].contains(String(column))
            })
        else { return nil }
        return ("\(name).\(dimension.name)", values)
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
