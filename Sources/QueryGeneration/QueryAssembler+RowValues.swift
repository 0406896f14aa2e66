import SemanticModel

extension QueryAssembler {
    /// "the names and salaries of Product staff": an aggregate of a cube's number column grouped by that cube's own
    /// label is each row's value. Grouped, two people of one name would be averaged into one row; listed row by
    /// row they stay two, and the column shows as itself. Applies only when every measure is such a column, every
    /// dimension is the label or a column of the same cube, and no word names the aggregate or a grouping.
    func applyRowValues(_ s: ParseState, _ query: inout CubeQuery) {
        // "average salary by name" names the aggregate, "budget by department" (各部门的预算) asks for groups; only a
        // bare column beside the label (names and salaries) lists the rows.
        guard query.ungrouped != true, !query.measures.isEmpty, query.timeDimensions.isEmpty,
            !s.tokens.contains(where: { t in
                t.isKeyword(.avg) || t.isKeyword(.sum) || t.isKeyword(.group) || query.measures.contains { t.entries.contains(.measure($0)) }
            }),
            let cubeName = query.measures.first?.split(separator: ".").first.map(String.init),
            let label = Self.label(of: cubeName, s.model), query.dimensions.contains(localized(label, s)),
            query.dimensions.allSatisfy({ $0.hasPrefix(cubeName + ".") }),
            !query.filters.flatMap(\.memberFilters).contains(where: { query.measures.contains($0.member) })
        else { return }
        var columns: [String: String] = [:]
        for member in query.measures {
            guard case .measure(let cube, let measure)? = s.model.resolve(member), cube.name == cubeName,
                [.avg, .sum, .min, .max].contains(measure.kind), measure.filters.isEmpty,
                let column = cube.dimensions.first(where: { $0.kind == .number && $0.sql == measure.sql && $0.isPublic })
            else { return }
            columns[member] = "\(cube.name).\(column.name)"
        }
        for member in query.measures {
            if let column = columns[member], !query.dimensions.contains(column) { query.dimensions.append(column) }
        }
        query.order = query.order.map { item in
            guard let column = columns[item.member] else { return item }
            return OrderItem(column, descending: item.descending)
        }
        query.measures = []
        query.ungrouped = true
    }
}

extension QueryAssembler {
    /// "Who joined on March 15, 2021?", 目前在职的客服专员都有谁: who, asked with conditions only, lists the rows
    /// that pass them by their label (with the columns compared), not a count.
    func listsPeopleAskedFor(_ s: inout ParseState) -> Bool {
        guard s.asksWho, s.groupDimensions.isEmpty, s.granularity == nil, s.superlative == nil, !s.filters.isEmpty || s.time != nil,
            let cube = subjectCube(s), let label = Self.label(of: cube, s.model)
        else { return false }
        let compared = s.filters.filter { [.gt, .gte, .lt, .lte].contains($0.op) && s.dimensionKind($0.member) == .number }.map(\.member)
        s.groupDimensions = Self.unique([label] + compared)
        s.ungroupedRows = true
        return true
    }
}
