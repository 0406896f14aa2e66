import SemanticModel

/// Clause words the ledger accounts for by what is around them: a relative who, a pronoun for the rows, a slash
/// between two values.
extension QueryGenerator {
    /// "the people who died": who right after the rows' noun (or a value and before a verb) relates a clause; it doesn't
    /// ask for a list.
    /// "homeowners who don't have a mortgage": or after people a yes/no column the query filters on names.
    /// "the workers who lost their jobs", "women in third class who survived": or after the rows' plain count, or before
    /// a yes/no column the query filters on, after a model word.
    static func isRelativeWho(_ tokens: [Token], _ i: Int, filtered: Set<String> = [], rowCounts: Set<String> = []) -> Bool {
        guard ["who", "whom"].contains(tokens[i].text), i > 0 else { return false }
        let names = { (t: Token) in t.entries.contains(where: { if case .dimension(let d) = $0 { filtered.contains(d) } else { false } }) }
        if tokens[i - 1].text.hasSuffix("s"), names(tokens[i - 1]) { return true }
        if i + 1 < tokens.count, names(tokens[i + 1]), !tokens[i - 1].entries.isEmpty, !tokens[i - 1].isKeyword(.which) { return true }
        // "people in Shanghai with a master's who are still employed": after a value, who and a verb start a clause.
        // "PhD holders who are still with us": the people of a value, too.
        let afterValue = (tokens[i - 1].namesValue || (i >= 2 && peopleOfValue.contains(tokens[i - 1].text) && tokens[i - 2].namesValue))
            && i + 1 < tokens.count && ["are", "is", "were", "was", "have", "has", "had"].contains(tokens[i + 1].text)
        let afterCount = tokens[i - 1].entries.contains { if case .measure(let m) = $0 { rowCounts.contains(m) } else { false } }
        return tokens[i - 1].namesCube || afterValue || afterCount
    }

    /// "how many patients were over 75 when they were diagnosed", "the number of women by how many children they have":
    /// they / them after the noun of the rows the query counts or measures are those rows. Not in a question that asks
    /// for rows ("who joined last, and which department are they in?", "list the people … each of them"): there they
    /// are the rows to list.
    func pronounOfRows(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        // "which five job titles have the most people in them": in them, over a breakdown, is each group.
        if tokens[i].text == "them", i > 0, tokens[i - 1].text == "in", !query.dimensions.isEmpty, query.ungrouped != true { return true }
        // "how many reviews did they get?": after an auxiliary, they is the question's own subject, someone else.
        guard ["they", "them"].contains(tokens[i].text), query.ungrouped != true, i > 0,
            !["did", "do", "does", "have", "has", "had", "are", "were", "will", "would", "can", "could", "should"].contains(tokens[i - 1].text),
            !tokens.contains(where: { ["who", "whom", "list", "which", "show", "name", "names", "each"].contains($0.text) || $0.isKeyword(.which) })
        else { return false }
        let cubes = Set(query.measures.map { String($0.prefix { $0 != "." }) })
        guard cubes.count == 1, let cube = cubes.first else { return false }
        return tokens[..<i].contains { t in
            t.entries.contains { e in
                switch e {
                case .cube(let c): return c == cube
                case .measure(let m): return m.hasPrefix(cube + ".") && filteredMeasures.plainCounts.contains(m)
                default: return false
                }
            }
        }
    }

    /// "S/A ratings", "Sales/Marketing": a slash between two values of one column, both in the same condition, is "or".
    func slashBetweenValues(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        guard tokens[i].text == "/", i > 0, i + 1 < tokens.count, used[i - 1], used[i + 1] else { return false }
        let values = { (t: Token) in t.entries.compactMap { e -> (String, String)? in if case .value(let d, let v) = e { (d, v) } else { nil } } }
        return query.filters.flatMap(\.memberFilters).contains { f in
            values(tokens[i - 1]).contains { $0.0 == f.member && f.values.contains($0.1) } && values(tokens[i + 1]).contains { $0.0 == f.member && f.values.contains($0.1) }
        } || query.measures.contains { m in
            // or the values a rate counts (S/A for Excellent Rate), its condition dropped as restating it
            values(tokens[i - 1]).contains { filteredMeasures.rateConditions[m]?.column == $0.0 } && values(tokens[i + 1]).contains { filteredMeasures.rateConditions[m]?.column == $0.0 }
        }
    }
}
