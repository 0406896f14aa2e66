import SemanticModel

extension QueryAssembler {
    /// A condition on an aggregate with nothing to group filters one total row: all or nothing, which is not what
    /// "days with a max temperature above 30" means. When the measure aggregates a column its cube also has as a
    /// number dimension, the condition applies to that column's rows; otherwise the reading is left to a
    /// clarification.
    func applyUngroupedConditions(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard query.dimensions.isEmpty, query.timeDimensions.allSatisfy({ $0.granularity == nil }) else { return }
        for (index, filter) in query.filters.enumerated() {
            guard case .member(var f) = filter, case .measure(let cube, let measure)? = s.model.resolve(f.member) else { continue }
            let column = cube.dimensions.first { $0.kind == .number && $0.sql == measure.sql && $0.isPublic }
            // 总票数超过10万的县有几个: counties (one side) counted by their vote rows' total (many side): each county's
            // total, not any one row, passes or not; one query can't count those groups, so it is asked.
            // Where each counted row has at most one row of the measure's cube (universities and their one finances
            // row, joined one-to-one), its total is that row's value and the condition is on the row.
            let countsOtherRows = [.avg, .sum].contains(measure.kind) && query.measures.contains { m in
                let other = String(m.prefix { $0 != "." })
                return other != cube.name && s.model.nonMultiplyingDistances(from: other)[cube.name] == nil
            }
            guard [.max, .min, .avg, .sum].contains(measure.kind), let column, query.measures.count > 1 || query.measures != [f.member], !countsOtherRows else {
                s.ungroupedCondition = f.member
                continue
            }
            let member = "\(cube.name).\(measure.name)"
            f.member = "\(cube.name).\(column.name)"
            query.filters[index] = .member(f)
            if query.measures.count > 1 { query.measures.removeAll { $0 == member } }
            query.order.removeAll { $0.member == member }
        }
    }
}
