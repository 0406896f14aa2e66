import SemanticModel

extension QueryAssembler {
    /// "工号1357的员工叫什么名字", "which department is employee #1500 in": a condition on a cube's primary key picks one
    /// row, so a count nobody asked for would be a column of ones. The row's own columns (and those of the cubes it
    /// joins many-to-one) are listed instead; with none named, its label.
    func applyKeyedRow(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.timeDimensions.isEmpty, !query.measures.isEmpty, query.ungrouped != true,
            let key = query.filters.flatMap(\.memberFilters).first(where: { f in
                guard f.op == .equals, f.values.count == 1, case .dimension(_, let d, _)? = s.model.resolve(f.member) else { return false }
                return d.primaryKey
            })
        else { return }
        let cube = String(key.member.prefix { $0 != "." })
        let reachable = s.model.nonMultiplyingDistances(from: cube)
        guard query.dimensions.allSatisfy({ reachable[String($0.prefix { $0 != "." })] != nil }) else { return }
        if query.measures == [s.countMeasure(of: cube)].compactMap({ $0 }) {
            // 工号1500的月薪是多少: with the row's columns named, 多少 asks their values, not a count of the one row.
            guard !s.countRequested || !s.shownColumns.isEmpty else { return }
            if query.dimensions.isEmpty, let label = Self.label(of: cube, s.model) { query.dimensions = [localized(label, s)] }
        } else {
            // "the hourly wage and experience of worker 100": an aggregate of the row's own number column, said
            // without an aggregate word, is the column (the row's key is in the question already).
            guard !s.tokens.contains(where: { t in [Keyword.avg, .sum, .max, .min].contains { t.isKeyword($0) } }) else { return }
            var columns: [String] = []
            for member in query.measures {
                guard case .measure(let c, let measure)? = s.model.resolve(member), c.name == cube,
                    [.avg, .sum, .min, .max].contains(measure.kind), measure.filters.isEmpty, let column = c.numberColumn(of: measure), column.isPublic
                else { return }
                columns.append("\(cube).\(column.name)")
            }
            query.dimensions = Self.unique(query.dimensions + columns)
        }
        guard !query.dimensions.isEmpty else { return }
        query.measures = []
        query.order = query.order.filter { query.dimensions.contains($0.member) }
        query.ungrouped = true
    }
}
