import SemanticModel

/// What a ranking reads besides its order: the rows it may rank (those with a value) and the rows it ranks within.
extension QueryAssembler {
    /// "the lowest hourly wage": a row or group without a value sorts first (SQLite puts NULL first ascending,
    /// PostgreSQL descending), and a missing value is nobody's lowest or highest. A ranking cut to N keeps only rows
    /// whose ranked column (or groups whose ranked measure) has a value.
    static func requireRankedValue(_ model: SemanticModel, _ query: inout CubeQuery) {
        guard query.limit != nil, let ranked = query.order.first?.member else { return }
        switch model.resolve(ranked) {
        case .dimension(_, let d, _)? where d.kind == .number || d.kind == .time: break
        case .measure(_, let m)? where ![.count, .countDistinct, .countDistinctApprox].contains(m.kind): break
        default: return
        }
        guard !query.filters.flatMap(\.memberFilters).contains(where: { $0.member == ranked && $0.op == .set }) else { return }
        query.filters.append(.member(MemberFilter(member: ranked, op: .set)))
    }

    /// The 3 hottest days, where the cube holds one row a day and no name: its rows are named by their date, not by
    /// a key nobody reads.
    static func namePeriodRows(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.ungrouped == true, let first = query.dimensions.first, case .dimension(let cube, let d, _)? = s.model.resolve(first),
            d.primaryKey, let key = s.periodRows[cube.name], !query.dimensions.contains(key.dimension)
        else { return }
        query.dimensions[0] = key.dimension
    }

    /// 男性受访者中最低的时薪, the lowest wage among men: the rows named before 中/里 (or after "among") are where
    /// the value is looked for, not rows asked for.
    static func isScope(_ s: ParseState, _ i: Int) -> Bool {
        ["中", "里", "当中", "之中", "里面"].contains(s.token(i + 1)?.text ?? "") || s.token(i - 1)?.text == "among"
    }
}
