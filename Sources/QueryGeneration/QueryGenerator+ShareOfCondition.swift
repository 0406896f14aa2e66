import SemanticModel

extension QueryGenerator {
    /// "What share of reviews were rated S or A in each year?", "what percentage of 2025 reviews were rated A or S,
    /// broken down by department": a share word no rule used, a count, and one condition on a category (its only
    /// condition): the answer is that condition's share of the rows, per the other groups. The condition becomes a
    /// breakdown and the share is computed from it (Interpretation.shareOf), as 硕士占比 is. Not with a ranking (the
    /// groups would be ranked by the count, not the share) or any other condition (which would be the population
    /// and which the part is not said).
    func shareOfCondition(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery, _ s: ParseState) -> (query: CubeQuery, shareOf: MemberFilter)? {
        guard s.shareOf == nil, query.limit == nil, query.ungrouped != true, query.measures.count == 1,
            case .measure(_, let m)? = model.resolve(query.measures[0]), m.kind == .count,
            tokens.indices.contains(where: { !used[$0] && tokens[$0].isKeyword(.share) }),
            query.filters.count == 1, case .member(let condition) = query.filters[0], condition.op == .equals, !condition.matchesNull,
            !query.dimensions.contains(condition.member), s.dimensionKind(condition.member) == .string || s.dimensionKind(condition.member) == .boolean
        else { return nil }
        var shaped = query
        shaped.filters = []
        shaped.dimensions.append(condition.member)
        shaped.order = []
        return (shaped, condition)
    }
}
