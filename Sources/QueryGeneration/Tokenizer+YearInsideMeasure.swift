extension Tokenizer {
    /// "the average 2025 review score", "total 2024 payroll": a year said between a measure's own words is the
    /// measure's period, as "the 2025 average review score" says it. The year moves before the words when, without
    /// it, the words from the first on are one measure of the model; otherwise nothing moves ("average 2,000 hours"
    /// names no measure "average hours" unless the model has one, and then the rules still read the year).
    func yearMovedOutOfMeasure(_ units: [TextNormalizer.Unit]) -> [TextNormalizer.Unit] {
        var units = units
        var i = 0
        while i + 2 < units.count {
            defer { i += 1 }
            guard units[i].kind == .word, units[i + 1].kind == .number, units[i + 2].kind == .word,
                let year = Int(units[i + 1].text), (1000...2999).contains(year), lexicon.entries[units[i].text] != nil
            else { continue }
            var without = units
            let moved = without.remove(at: i + 1)
            guard let (entries, used) = longestMatch(without, i) else { continue }
            if used >= 2, entries.contains(where: { if case .measure = $0 { true } else { false } }) {
                // the words are one measure (Average Review Score)
            } else if used == 1, entries.contains(where: { [.avg, .sum, .max, .min].contains($0.keyword) }),
                let (next, _) = longestMatch(without, i + 1), next.contains(where: \.namesMember)
            {
                // an aggregation word, then a member's words (average + review score)
            } else {
                continue
            }
            without.insert(TextNormalizer.Unit(text: moved.text, kind: .number, spaced: true), at: i)
            without[i + 1] = TextNormalizer.Unit(text: without[i + 1].text, kind: without[i + 1].kind, spaced: true)
            units = without
            i += 1
        }
        return units
    }
}

extension LexEntry {
    fileprivate var keyword: Keyword? { if case .keyword(let k) = self { k } else { nil } }
    fileprivate var namesMember: Bool {
        switch self {
        case .measure, .dimension, .cube: true
        default: false
        }
    }
}
