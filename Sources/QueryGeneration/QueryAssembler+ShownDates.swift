import SemanticModel

extension QueryAssembler {
    /// The date columns asked of the listed rows join them (`ShownDateRule`); where the answer is no list of the
    /// rows of a cube that reaches the date (a count, a breakdown), the words are not accounted for.
    func applyShownDates(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard !s.shownDates.isEmpty else { return }
        let listed = Set(query.dimensions.map { String($0.prefix { $0 != "." }) })
        for (dimension, words) in s.shownDates {
            let cube = String(dimension.prefix { $0 != "." })
            guard query.ungrouped == true, query.measures.isEmpty, !listed.isEmpty,
                listed.allSatisfy({ s.model.nonMultiplyingDistances(from: $0)[cube] != nil })
            else {
                s.unexpressed.append(words)
                continue
            }
            if !query.dimensions.contains(dimension) { query.dimensions.append(dimension) }
        }
    }
}
