import SemanticModel

extension QueryAssembler {
    /// "How many reviews has employee 1000 had, and what's their average score?": the columns in the order the
    /// question names them. A measure is placed by the first word that named it (a plain count by its count word);
    /// when any measure has no such word, the order is left as the rules made it.
    static func orderMeasuresAsAsked(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.measures.count > 1 else { return }
        func position(_ member: String) -> Int? {
            if let i = s.tokens.indices.first(where: { s.used[$0] && s.tokens[$0].entries.contains(.measure(member)) }) { return i }
            guard case .measure(_, let measure)? = s.model.resolve(member), measure.kind == .count, measure.filters.isEmpty else { return nil }
            return s.tokens.indices.first { s.tokens[$0].isKeyword(.count) }
        }
        let positions = query.measures.compactMap(position)
        guard positions.count == query.measures.count, Set(positions).count == positions.count else { return }
        query.measures = zip(query.measures, positions).sorted { $0.1 < $1.1 }.map(\.0)
    }
}
