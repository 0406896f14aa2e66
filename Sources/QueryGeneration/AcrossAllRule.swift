import SemanticModel

/// "the total yield over all sites and both years", "the average wage over all person-years", 所有部门加起来 aside:
/// over / across with all, every, both or whole before a category, the rows' noun or a period names everything the
/// answer is taken over, one figure; the category is no breakdown and the noun no count. Runs first, so no later rule
/// reads the noun as a grouping or a measure.
struct AcrossAllRule: InterpretationRule {
    static let quantifiers: Set<String> = ["all", "every", "both", "whole", "entire"]

    func apply(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && ["over", "across"].contains(s.tokens[i].text) {
            var j = i + 1
            var claimed: [Int] = []
            var nouns: [Int] = []
            // "across all states and years": the quantifier of the first phrase carries over "and" to the next.
            var carried = false
            while j < s.tokens.count {
                var k = j
                var quantified = false
                while let t = s.token(k), s.isFree(k), Self.quantifiers.contains(t.text) || t.text == "the" {
                    quantified = quantified || Self.quantifiers.contains(t.text)
                    k += 1
                }
                // "the average vote share across the states": after an aggregate, across alone takes the figure over
                // the rows named, as all would ("deaths split across causes" breaks down, and is left alone).
                let overRows = !quantified && j == i + 1 && (s.token(k - 1)?.text == "the" || (k == i + 1 && s.token(k)?.text.hasSuffix("s") == true))
                guard quantified || carried || (overRows && Self.aggregatesBefore(s, i)), s.isFree(k), let noun = s.token(k), Self.namesWhole(s, k, noun)
                else { break }
                carried = carried || quantified
                claimed += Array(j...k)
                nouns.append(k)
                // "all sites and both years": another phrase after "and"
                guard let and = s.token(k + 1), and.isKeyword(.rangeAnd) || and.text == "and" else { break }
                j = k + 2
                claimed.append(k + 1)
            }
            // A trailing "and" that began no phrase stays for the other rules.
            if let last = claimed.last, s.tokens[last].text == "and" || s.tokens[last].isKeyword(.rangeAnd) { claimed.removeLast() }
            guard !claimed.isEmpty else { continue }
            s.use(i)
            for k in claimed { s.use(k) }
            // The nouns name what the figure is taken over, not members the query shows.
            for k in nouns { s.namesRowsOnly.insert(k) }
        }
    }

    /// An aggregation word before `i` (average, total, highest), and no word that asks how the figure splits.
    private static func aggregatesBefore(_ s: ParseState, _ i: Int) -> Bool {
        guard s.tokens[i].text == "across",
            !s.tokens.contains(where: { ["split", "distributed", "distribution", "breakdown", "break", "compare", "vary", "varies", "differ", "each", "per"].contains($0.text) })
        else { return false }
        return s.tokens[..<i].contains { t in
            [Keyword.avg, .sum, .max, .min].contains { t.isKeyword($0) } || t.entries.contains { entry in
                guard case .measure(let member) = entry, case .measure(_, let m)? = s.model.resolve(member) else { return false }
                return [.avg, .sum, .max, .min].contains(m.kind)
            }
        }
    }

    /// A category, the rows of a cube (its noun or its plain count's title) or a period word.
    private static func namesWhole(_ s: ParseState, _ k: Int, _ noun: Token) -> Bool {
        if !s.cubes(k).isEmpty { return true }
        if s.dimensions(k).contains(where: { s.dimensionKind($0) == .string || s.dimensionKind($0) == .time }) { return true }
        if noun.keywords.contains(where: { [.year, .quarter, .month, .week, .day].contains($0) }) { return true }
        return s.measures(k).contains { member in
            if case .measure(let cube, let m)? = s.model.resolve(member) {
                return m.kind == .count && m.filters.isEmpty && s.countMeasure(of: cube.name) == member
            }
            return false
        }
    }
}
