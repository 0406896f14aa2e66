import SemanticModel

extension QueryGenerator {
    /// Comparatives that ask how far the first value's figure is above the second's, or below it.
    static let moreWords: Set<String> = ["more", "higher", "longer", "bigger", "greater", "larger", "older", "heavier", "taller", "高", "多", "长", "大", "贵", "重"]
    static let lessWords: Set<String> = ["less", "fewer", "lower", "shorter", "smaller", "younger", "lighter", "低", "少", "短", "小", "便宜", "轻"]

    /// 硕士的平均工资比本科高多少, "how many more women than men work in HR", "how much more do men earn than women":
    /// two values of one column (the query's one condition with two values), and between them a comparative asked as
    /// an amount: how much / how many right before it and than after it, or 比 before the second value and 多少 / 几
    /// right after the comparative. The answer is the first value's figure minus the second's (less / 低: the second's
    /// minus the first's), from the query grouped by that column. Returns the query, the pair in that order, and the
    /// comparative's index.
    func difference(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery) -> (query: CubeQuery, pair: MemberFilter, word: Int)? {
        guard query.measures.count == 1, query.limit == nil, query.ungrouped != true, query.timeDimensions.allSatisfy({ $0.granularity == nil }) else { return nil }
        let pairs = query.filters.compactMap { filter -> MemberFilter? in
            if case .member(let f) = filter, f.op == .equals, f.values.count == 2 { return f } else { return nil }
        }
        guard pairs.count == 1, let pair = pairs.first, query.dimensions.allSatisfy({ $0 == pair.member }) else { return nil }
        func position(_ value: String) -> Int? {
            tokens.indices.first { used[$0] && tokens[$0].entries.contains(.value(dimension: pair.member, value: value)) }
        }
        guard let p0 = position(pair.values[0]), let p1 = position(pair.values[1]), p0 != p1 else { return nil }
        let (first, second) = p0 < p1 ? (pair.values[0], pair.values[1]) : (pair.values[1], pair.values[0])
        let (a, b) = (min(p0, p1), max(p0, p1))
        func text(_ i: Int) -> String { tokens.indices.contains(i) ? tokens[i].text : "" }
        var comparative: Int?
        if let than = (a + 1..<b).first(where: { text($0) == "than" }) {
            // how many more women than men, how much more do men earn than women, how much longer are … than …
            comparative = (0..<than).first { c in
                !used[c] && (Self.moreWords.contains(text(c)) || Self.lessWords.contains(text(c)))
                    && (["how many", "how much"].contains(text(c - 1)) || (["much", "many"].contains(text(c - 1)) && text(c - 2) == "how"))
            }
        } else if (a + 1..<b).contains(where: { text($0) == "比" }) {
            // 硕士的平均工资比本科高多少: the comparative right after the second value (or its measure), then 多少 / 几.
            comparative = (b + 1..<min(b + 3, tokens.count)).first { c in
                !used[c] && (Self.moreWords.contains(text(c)) || Self.lessWords.contains(text(c))) && ["多少", "几", "多少钱"].contains(text(c + 1))
            }
        }
        guard let c = comparative else { return nil }
        var shaped = query
        shaped.dimensions = [pair.member]
        let ordered = Self.lessWords.contains(text(c)) ? [second, first] : [first, second]
        return (shaped, MemberFilter(member: pair.member, op: .equals, values: ordered), c)
    }
}
