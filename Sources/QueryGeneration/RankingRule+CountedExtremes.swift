import SemanticModel

extension RankingRule {
    /// "the three lowest birth weights", "the 5 highest salaries": a number before a lowest / highest measure of a
    /// column asks for that many rows ranked by the column, not the one extreme (the number would be left unread).
    func countedExtremes(_ s: inout ParseState) {
        guard !s.tokens.contains(where: { $0.isKeyword(.group) }) else { return }
        for i in s.tokens.indices.dropLast() where s.isFree(i) && s.isFree(i + 1) && s.listing == nil {
            guard let n = s.tokens[i].number, n >= 2, n <= 1000, n == n.rounded(), !s.tokens[i].hasPercent,
                i == 0 || FilterRule().comparator(s, i - 1) == nil
            else { continue }
            for member in s.measures(i + 1) {
                guard case .measure(let cube, let measure)? = s.model.resolve(member), [.min, .max].contains(measure.kind), measure.filters.isEmpty,
                    let column = cube.numberColumn(of: measure), column.isPublic
                else { continue }
                let descending = measure.kind == .max
                s.listing = ("\(cube.name).\(column.name)", descending)
                s.superlative = (descending, Int(n))
                s.use(i, i + 1)
                break
            }
        }
    }
}
