import SemanticModel

extension GroupRule {
    static let comparatives: Set<String> = ["多", "的多", "少", "的少", "高", "的高", "低", "的低", "更多", "更少", "更高", "更低"]

    /// 男的多还是女的多, 技术部人多还是销售部人多: 还是 between two values of one column, each followed (after the
    /// rows' noun, if said) by the same comparative, asks which is more: one row per value lets the answer say. Claims the comparatives; returns
    /// false (还是 left unclaimed) for any other shape.
    static func whichOfTwo(_ s: inout ParseState, 还是 i: Int) -> Bool {
        guard let before = s.token(i - 1), comparatives.contains(before.text), s.isFree(i - 1),
            let last = s.tokens.indices.last(where: { !["？", "?", "。", "呢", "啊"].contains(s.tokens[$0].text) }),
            last > i + 1, s.isFree(last), s.tokens[last].text.hasSuffix(String(before.text.filter { $0 != "的" })),
            comparatives.contains(s.tokens[last].text),
            let filter = s.filters.first(where: { $0.op == .equals && $0.values.count == 2 }),
            let a = GroupRule.position(of: MemberFilter(member: filter.member, op: .equals, values: [filter.values[0]]), s),
            let b = GroupRule.position(of: MemberFilter(member: filter.member, op: .equals, values: [filter.values[1]]), s),
            Set([afterNoun(a, s), afterNoun(b, s)]) == Set([i - 1, last])
        else { return false }
        s.use(i - 1, last)
        return true
    }

    static let englishComparatives: Set<String> = [
        "more", "less", "higher", "lower", "bigger", "smaller", "larger", "better", "worse", "longer", "shorter", "older",
        "younger", "faster", "slower", "heavier", "lighter", "cheaper", "richer", "poorer",
    ]

    /// "Who earns more on average, men or women?", "do men or women earn more?": two values of one column joined by
    /// "or" and a comparative with no "than" ask which is more; one row per value lets the answer say, as 还是 does.
    /// Claims the comparative and a "who" / "which" asking it; returns whether it did.
    static func whichOfTwoEnglish(_ s: inout ParseState) -> Bool {
        // A figure must be asked ("who earns more, men or women" with none lists people): the answer is its value per side.
        guard s.language == .en, !s.measures.isEmpty, !s.tokens.contains(where: { $0.text == "than" }),
            let comparative = s.tokens.indices.first(where: { s.isFree($0) && englishComparatives.contains(s.tokens[$0].text) }),
            let filter = s.filters.first(where: { $0.op == .equals && $0.values.count == 2 }),
            !s.groupDimensions.contains(filter.member),
            let a = GroupRule.position(of: MemberFilter(member: filter.member, op: .equals, values: [filter.values[0]]), s),
            let b = GroupRule.position(of: MemberFilter(member: filter.member, op: .equals, values: [filter.values[1]]), s),
            abs(a - b) == 2, s.tokens[min(a, b) + 1].text == "or"
        else { return false }
        s.use(comparative)
        if let asker = s.tokens.indices.first(where: { s.isFree($0) && ["who", "which"].contains(s.tokens[$0].text) && $0 < comparative }) { s.use(asker) }
        s.groupDimensions.append(filter.member)
        return true
    }

    /// The first token after `p` that is not the rows' noun (技术部 人 多 → 多).
    private static func afterNoun(_ p: Int, _ s: ParseState) -> Int {
        var q = p + 1
        while q < s.tokens.count, s.tokens[q].namesCube { q += 1 }
        return q
    }

    /// 分布在几个城市: spread over how many cities is the distinct count that follows, not a breakdown.
    static func spreadOverDistinctCount(_ s: inout ParseState, _ i: Int) -> Bool {
        guard s.tokens[i].text == "分布" else { return false }
        let k = s.keyword(i + 1, .between) ? i + 2 : i + 1
        guard let m = s.measures(k).first, case .measure(_, let measure)? = s.model.resolve(m),
            [.countDistinct, .countDistinctApprox].contains(measure.kind)
        else { return false }
        s.use(i..<k)
        return true
    }
}
