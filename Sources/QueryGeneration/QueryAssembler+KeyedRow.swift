import SemanticModel

extension QueryAssembler {
    /// "工号1357的员工叫什么名字", "which department is employee #1500 in": a condition on a cube's primary key picks one
    /// row, so a count nobody asked for would be a column of ones. The row's own columns (and those of the cubes it
    /// joins many-to-one) are listed instead; with none named, its label.
    func applyKeyedRow(_ s: ParseState, _ query: inout CubeQuery) {
        guard !s.countRequested, query.timeDimensions.isEmpty, query.measures.count == 1, query.ungrouped != true,
            let key = query.filters.flatMap(\.memberFilters).first(where: { f in
                guard f.op == .equals, f.values.count == 1, case .dimension(let cube, let d, _)? = s.model.resolve(f.member) else { return false }
                return d.primaryKey && query.measures == [s.countMeasure(of: cube.name)].compactMap { $0 }
            })
        else { return }
        let cube = String(key.member.prefix { $0 != "." })
        let reachable = s.model.nonMultiplyingDistances(from: cube)
        guard query.dimensions.allSatisfy({ reachable[String($0.prefix { $0 != "." })] != nil }) else { return }
        if query.dimensions.isEmpty, let label = Self.label(of: cube, s.model) { query.dimensions = [localized(label, s)] }
        guard !query.dimensions.isEmpty else { return }
        query.measures = []
        query.order = query.order.filter { query.dimensions.contains($0.member) }
        query.ungrouped = true
    }
}
