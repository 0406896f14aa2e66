extension Lexicon {
    /// "Average Earnings 1978 ($)" is said "average 1978 earnings", "1978 average earnings" and "average earnings in
    /// 1978" too: a year at either end of a member's title belongs to the title wherever the question puts it, the
    /// way English puts a year before the noun it dates. Only titles holding one year move it, and a form the model
    /// or another derivation already claims keeps its meaning.
    mutating func addYearPlacements(of terms: [(String, LexEntry)]) {
        for (original, entry) in Self.memberTitleWords(terms) {
            var words = original
            let years = words.indices.filter { Self.isYear(words[$0]) }
            guard years.count == 1, let at = years.first, at == 0 || at == words.count - 1, words.count >= 2 else { continue }
            let year = words.remove(at: at)
            var placements = [[year] + words, words + ["in", year], words + [year]]
            for word in Self.aggregationWordGroups.first(where: { $0.contains(words[0]) }) ?? [] where words.count >= 2 {
                placements.append([word, year] + words.dropFirst())
                placements.append([word] + words.dropFirst() + ["in", year])
                placements.append([year, word] + words.dropFirst())
            }
            for placement in placements { addIfAbsent(placement.joined(separator: " "), entry) }
        }
    }

    /// The lowercased words of each measure's and dimension's title, without its unit.
    static func memberTitleWords(_ terms: [(String, LexEntry)]) -> [([String], LexEntry)] {
        terms.compactMap { term, entry in
            switch entry {
            case .measure, .dimension: ((withoutUnit(term) ?? term).lowercased().split(separator: " ").map(String.init), entry)
            default: nil
            }
        }
    }

    private static func isYear(_ word: String) -> Bool {
        word.count == 4 && word.allSatisfy(\.isNumber) && Int(word).map { (1000...2999).contains($0) } == true
    }
}
