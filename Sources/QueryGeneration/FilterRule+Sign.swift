import SemanticModel

extension FilterRule {
    /// a negative savings rate, months when the savings rate was negative, 储蓄率为负: the rows where the number column
    /// is below zero (positive, 为正: above). Only a column of the rows (never a measure: "a negative average" would
    /// be a condition on groups, which one word can't place).
    func signs(_ s: inout ParseState) {
        let copulas = Self.copulas.union(["为"])
        for i in s.tokens.indices where s.isFree(i) {
            let op: FilterOperator
            switch s.tokens[i].text {
            case "negative", "负", "为负": op = .lt
            case "positive", "正", "为正": op = .gt
            default: continue
            }
            let english = s.tokens[i].text.first?.isASCII == true
            func column(_ k: Int) -> String? { s.dimensions(k).first { s.dimensionKind($0) == .number } }
            let found: (column: String, words: Range<Int>)?
            if english, let d = column(i + 1) {
                found = (d, i..<(i + 2))  // a negative savings rate
            } else if s.isFree(i - 1), copulas.contains(s.tokens[i - 1].text), let d = column(i - 2) {
                found = (d, (i - 2)..<(i + 1))  // the savings rate was negative, 储蓄率为负
            } else if english, let d = column(i - 1),
                let c = [i - 2, i - 3].first(where: { s.isFree($0) && copulas.contains(s.tokens[$0].text) }),
                c == i - 2 || s.tokens[i - 2].text == "the"
            {
                found = (d, c..<(i + 1))  // in how many months was the savings rate negative
            } else if !english, let d = column(i - 1), s.tokens[i].text.hasPrefix("为") {
                found = (d, (i - 1)..<(i + 1))  // 储蓄率为负 said as one word
            } else {
                found = nil
            }
            guard let found else { continue }
            s.addFilter(MemberFilter(member: found.column, op: op, values: ["0"]))
            s.use(found.words)
        }
    }
}
