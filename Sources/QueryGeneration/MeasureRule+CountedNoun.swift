import SemanticModel

extension MeasureRule {
    /// "How many people survived?", "which class lost the most people?": a plain total named beside a filtered
    /// measure of the same aggregation over the same column (people beside survivors, both sums of `people`) is the
    /// noun the filtered one counts, not a second figure. It is dropped and its word names the rows counted.
    /// A ranking or condition on the plain one ("the most people") is on the filtered one: it counts the noun.
    /// A conjunction between them ("people and survivors"), or a total word before the plain one ("the total
    /// people and …"), keeps both.
    static func dropCountedNouns(_ s: inout ParseState) {
        // A filtered count's share of the plain count needs both.
        guard s.measures.count > 1, s.shareOfMeasure == nil else { return }
        for i in s.tokens.indices where s.used[i] {
            for case .measure(let name) in s.tokens[i].entries where s.measures.contains(name) {
                guard case .measure(let cube, let plain)? = s.model.resolve(name), plain.filters.isEmpty,
                    [.sum, .count].contains(plain.kind), !(i > 0 && QueryGenerator.totalWords.contains(s.tokens[i - 1].text)),
                        let (j, counted) = filteredTwin(of: name, cube.name, plain, besides: i, s),
                    !s.tokens[min(i, j) + 1..<max(i, j)].contains(where: { conjunctions.contains($0.text) })
                else { continue }
                replace(name, by: counted, &s)
                s.namesRowsOnly.insert(i)
            }
        }
        // 儿童中有多少人幸存: the rows' count read from a count word (多少人), not named by a word of its own.
        for name in s.measures where s.countMeasure(of: String(name.prefix { $0 != "." })) == name {
            guard !s.tokens.contains(where: { t in t.entries.contains(.measure(name)) || conjunctions.contains(t.text) }),
                case .measure(let cube, let plain)? = s.model.resolve(name), plain.filters.isEmpty,
                let (_, counted) = filteredTwin(of: name, cube.name, plain, besides: -1, s)
            else { continue }
            replace(name, by: counted, &s)
        }
    }

    private static func replace(_ name: String, by counted: String, _ s: inout ParseState) {
        s.measures.removeAll { $0 == name }
        for k in s.order.indices where s.order[k].member == name { s.order[k].member = counted }
        for k in s.filters.indices where s.filters[k].member == name { s.filters[k].member = counted }
    }

    /// The token and name of a filtered measure in the question over the same column and aggregation as `plain`.
    private static func filteredTwin(of name: String, _ cube: String, _ plain: Measure, besides i: Int, _ s: ParseState) -> (Int, String)? {
        for j in s.tokens.indices where j != i && s.used[j] {
            for case .measure(let other) in s.tokens[j].entries where other != name && s.measures.contains(other) {
                if case .measure(let c, let filtered)? = s.model.resolve(other), c.name == cube, filtered.kind == plain.kind,
                    filtered.sql == plain.sql, !filtered.filters.isEmpty
                {
                    return (j, other)
                }
            }
        }
        return nil
    }

    private static let conjunctions: Set<String> = ["and", "or", ",", "，", "、", "和", "与", "及", "以及", "vs", "versus", "或"]
}
