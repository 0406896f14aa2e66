import SemanticModel

extension QueryGenerator {
    /// Findings of `query` that contradict each other, by the title of the member to ask about: a filtered count
    /// the query's own filter empties (FilteredMeasureNames.contradicted), and "which manufacturer has the most
    /// models" where a model is a row itself (the cube's label): a count of the rows per label is one in every group
    /// beside another grouping.
    func contradictions(in query: CubeQuery, _ language: Language) -> [String] {
        var titles = filteredMeasures.contradicted(in: query).map { model.title(of: $0, language) }
        for case .measure(let cube, let m)? in query.measures.map(model.resolve) where m.kind == .count && query.ungrouped != true
            && query.dimensions.count >= 2
        {
            if let label = QueryAssembler.label(of: cube.name, model), query.dimensions.contains(label) {
                titles.append(model.title(of: label, language))
            }
        }
        return titles
    }
}
