import SemanticModel

extension GroupRule {
    /// 所有部门的预算加起来, 所有国家的平均收入: a bare category noun is what one figure is taken over, not a breakdown,
    /// when a total word says one figure, or when 所有 / 全部 / all puts it before an aggregate of its own cube's
    /// rows (grouped by their own label each group would be one row, and "average" would say nothing).
    static func namesScope(_ s: ParseState, _ i: Int, cube: String, label: String) -> Bool {
        if QueryGenerator.saysTotal(s.tokens) { return true }
        guard let before = s.token(i - 1)?.text, ["所有", "全部", "all"].contains(where: { before.hasSuffix($0) }),
            QueryAssembler.label(of: cube, s.model) == label, !s.measures.isEmpty
        else { return false }
        return s.measures.allSatisfy { member in
            guard case .measure(let c, let m)? = s.model.resolve(member) else { return false }
            return c.name == cube && [.avg, .sum, .min, .max].contains(m.kind)
        }
    }
}
