import SemanticModel

extension QueryAssembler {
    /// The columns asked of the listed rows join them (`ShownColumnRule`); where the answer is no list of the rows of
    /// a cube that reaches the column (a count, a breakdown), the words are not accounted for.
    func applyShownColumns(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard !s.shownColumns.isEmpty else { return }
        let listed = Set(query.dimensions.map { String($0.prefix { $0 != "." }) })
        for (dimension, words) in s.shownColumns {
            let cube = String(dimension.prefix { $0 != "." })
            // The listed rows' own cube (one of them, or the picked row's) reaches every column shown without multiplying.
            let all = listed.union([cube])
            let roots = all.union(query.filters.flatMap(\.memberFilters).map { String($0.member.prefix { $0 != "." }) })
            guard query.ungrouped == true, query.measures.isEmpty, !listed.isEmpty,
                roots.contains(where: { root in let d = s.model.nonMultiplyingDistances(from: root); return all.allSatisfy { d[$0] != nil } })
            else {
                s.unexpressed.append(words)
                continue
            }
            let shown = localized(dimension, s)
            if !query.dimensions.contains(shown) { query.dimensions.append(shown) }
        }
        // In the order asked (name, department and level); a column nobody named (the row's label) stays first.
        func position(_ member: String) -> Int {
            s.tokens.indices.first { i in
                s.tokens[i].entries.contains { entry in
                    switch entry {
                    case .dimension(let d): return localized(d, s) == member
                    case .measure(let m):
                        guard case .measure(let cube, let measure)? = s.model.resolve(m), let c = cube.numberColumn(of: measure) else { return false }
                        return "\(cube.name).\(c.name)" == member
                    default: return false
                    }
                }
            } ?? -1
        }
        if query.ungrouped == true { query.dimensions = query.dimensions.enumerated().sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }.map(\.element) }
    }
}
