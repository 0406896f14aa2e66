import SemanticModel

/// Counts of groups, and tables of weighted rows (one row per group, a column of how many people it holds): the
/// readings one Cube query can't give.
extension QueryGenerator {
    /// Readings left open, returned as unaccounted words:
    /// - any model: how many departments had more than 700 applicants / 院系有几个 is a count of the groups that pass a
    ///   condition on their totals, which one Cube query can't give; the breakdown it would answer with counts nothing;
    /// - weighted rows: the average number of applicants per department, the mean of the departments' totals or of
    ///   the rows?
    /// - weighted rows: departments with more than 700 applicants, grouped: each row's weight, or the department's
    ///   total?
    func weightedTableWords(_ tokens: [Token], _ query: CubeQuery, countsGroups: Bool) -> [String] {
        var words: [String] = []
        let grouped = query.ungrouped != true && !query.dimensions.isEmpty
        // a count word right before a grouped category (how many departments), or after it with nothing counted (院系有几个)
        if grouped, !countsGroups {
            for i in tokens.indices where tokens[i].isKeyword(.count) {
                var k = i + 1
                if k < tokens.count, tokens[k].isKeyword(.classifier) { k += 1 }
                let before = i >= 2 && tokens[i - 1].text == "有" ? i - 2 : i - 1
                let endsAfter = i + 1 == tokens.count || ["?", "？", "呢", "吗"].contains(tokens[i + 1].text)
                // a category's groups, not a number's values (by number of cylinders)
                let names = { (j: Int) in
                    tokens.indices.contains(j) && tokens[j].entries.contains { entry in
                        guard case .dimension(let d) = entry, query.dimensions.contains(d), case .dimension(_, let dimension, _)? = self.model.resolve(d)
                        else { return false }
                        return dimension.kind != .number && dimension.kind != .time
                    }
                }
                let marked = i > 0 && tokens[i - 1].isKeyword(.group)
                if !marked, names(k) || (endsAfter && names(before)) { words.append(tokens[i].text) }
            }
        }
        for member in query.measures + query.filters.flatMap(\.memberFilters).map(\.member) {
            guard let cubeName = member.split(separator: ".").first.map(String.init), let cube = model.cube(named: cubeName),
                let rows = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty && $0.isPublic }),
                let counted = countMeasures[cubeName], counted != "\(cubeName).\(rows.name)",
                let weight = cube.measure(named: String(counted.dropFirst(cubeName.count + 1))), let column = cube.numberColumn(of: weight)
            else { continue }
            let weightColumn = "\(cube.name).\(column.name)"
            // The average number of christenings (how many, on average): of the rows' weights, or of each period's total?
            if case .measure(_, let m)? = model.resolve(member), m.kind == .avg, m.sql == weight.sql,
                let said = tokens.first(where: { $0.text.hasPrefix("number") || $0.text.hasPrefix("多少") || $0.text == "many" || $0.text == "how many" }),
                !words.contains(said.text.hasSuffix("many") ? "how many" : "number of")
            {
                words.append(said.text.hasSuffix("many") ? "how many" : "number of")
            }
            let title = model.title(of: member, .en).lowercased()
            if grouped, member == weightColumn, !words.contains(title) { words.append(title) }
        }
        return words
    }
}
