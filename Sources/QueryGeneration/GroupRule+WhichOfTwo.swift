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
