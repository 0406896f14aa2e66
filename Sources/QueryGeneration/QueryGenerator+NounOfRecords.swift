import SemanticModel

extension QueryGenerator {
    /// "What share of 2017 generation came from renewables?" where the cube's rows are Generation Records: a count
    /// nobody asked for, whose title says its rows are records (rows, entries) of the noun, does not count the noun;
    /// the noun is the quantity. Its words are returned as not accounted for.
    func nounOfRecords(_ tokens: [Token], _ s: borrowing ParseState, _ query: CubeQuery) -> [String] {
        guard s.defaultedMeasure || s.shareOf != nil, query.measures.count == 1, let m = query.measures.first,
            case .measure(let cube, let count)? = model.resolve(m), count.kind == .count, count.filters.isEmpty,
            let last = count.title.lowercased().split(separator: " ").last, ["records", "rows", "entries", "observations"].contains(String(last)),
            !tokens.contains(where: { $0.entries.contains(.measure(m)) })
        else { return [] }
        return tokens.indices.filter { s.used[$0] && tokens[$0].entries.contains(.cube(cube.name)) }.map { tokens[$0].text }
    }
}
