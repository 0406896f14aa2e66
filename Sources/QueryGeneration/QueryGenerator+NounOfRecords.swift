import SemanticModel

extension QueryGenerator {
    /// "What share of 2017 generation came from renewables?" where the cube's rows are Generation Records: a count
    /// nobody asked for, whose title says its rows are records (rows, entries) of the noun, does not count the noun;
    /// the noun is the quantity. Its words are returned as not accounted for. So is a noun of the rows that is also a
    /// word of one of their quantities, with no word asking how many.
    func nounOfRecords(_ tokens: [Token], _ s: borrowing ParseState, _ query: CubeQuery) -> [String] {
        guard s.defaultedMeasure || s.shareOf != nil, query.measures.count == 1, let m = query.measures.first,
            case .measure(let cube, let count)? = model.resolve(m), count.kind == .count, count.filters.isEmpty,
            !tokens.contains(where: { $0.entries.contains(.measure(m)) })
        else { return [] }
        let nouns = tokens.indices.filter { s.used[$0] && tokens[$0].entries.contains(.cube(cube.name)) }
        if let last = count.title.lowercased().split(separator: " ").last, ["records", "rows", "entries", "observations"].contains(String(last)) {
            return nouns.map { tokens[$0].text }
        }
        // "What was ice cream consumption in summer 1952?" where the rows are periods and Consumption (pints per head)
        // is a column of theirs: with no word asking how many, the noun names the quantity as much as the rows.
        guard s.defaultedMeasure, s.shareOf == nil, !tokens.contains(where: { $0.isKeyword(.count) }) else { return [] }
        // The head word of each quantity's title (Total Consumption (pints per head) → consumption; not the word after
        // per, which names the rows).
        let titles = cube.measures.filter { [.sum, .avg, .min, .max].contains($0.kind) && $0.isPublic }.map(\.title)
            + cube.dimensions.filter { $0.kind == .number && $0.isPublic && !$0.primaryKey }.map(\.title)
        let quantityWords = Set(titles.compactMap { title in
            (TitleUnit.split(title)?.name ?? title).lowercased().split(separator: " ").prefix { $0 != "per" }.last.map(String.init)
        })
        return nouns.filter { k in tokens[k].text.split(separator: " ").last.map { quantityWords.contains(String($0)) } == true }.map { tokens[$0].text }
    }
}
