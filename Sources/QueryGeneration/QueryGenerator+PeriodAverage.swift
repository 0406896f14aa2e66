import SemanticModel

extension QueryGenerator {
    static let averageWords: Set<String> = ["average", "on average", "avg", "mean", "平均"]

    /// "What was the average annual generation from renewables?", "on average, how many died of wounds each
    /// month?": an average word no rule used, beside a total or count broken down by one period, asks for the
    /// per-period figures averaged (Interpretation.averagesPeriods), not for the breakdown. Not with a ranking, a
    /// share or a count of groups, whose answer is already another number.
    func averagesPeriods(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery, asksShare: Bool) -> Bool {
        guard !asksShare, query.measures.count == 1, query.limit == nil, query.ungrouped != true,
            case .measure(_, let m)? = model.resolve(query.measures[0]), [.count, .sum].contains(m.kind),
            query.timeDimensions.count == 1, query.timeDimensions[0].granularity != nil,
            // A count only where a count word asks for one: a cube's noun alone ("annual generation") may mean a
            // figure of its rows rather than their number.
            m.kind == .sum || tokens.contains(where: { $0.isKeyword(.count) })
        else { return false }
        return tokens.indices.contains { !used[$0] && Self.averageWords.contains(tokens[$0].text) }
    }
}
