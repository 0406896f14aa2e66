import SemanticModel

extension QueryAssembler {
    /// "Which 3 universities have the fewest academic staff?", 学术人员最多的三所大学是哪几所, "top 3 lifeboats by women
    /// aboard": which, top or the ranking's count before (哪 after) a cube's own noun, a superlative, and one aggregate of a column of that same cube. Each row is one university,
    /// so the aggregate of a row is its value: the rows are ranked by the column itself, as "who has the highest
    /// salary" ranks people. A filtered measure, a breakdown or a period keeps the aggregate.
    func rankOwnRowsByColumn(_ s: inout ParseState) {
        guard s.pendingRanking == nil, s.listing == nil, let sup = s.superlative, s.groupDimensions.isEmpty, s.granularity == nil,
            s.measures.count == 1, case .measure(let cube, let measure)? = s.model.resolve(s.measures[0]),
            [.sum, .avg, .max, .min].contains(measure.kind), measure.filters.isEmpty, let column = cube.numberColumn(of: measure),
            let which = s.tokens.indices.first(where: { i in
                ((s.isFree(i) && s.keyword(i, .which)) || s.keyword(i, .top) || s.keyword(i, .bottom) || s.tokens[i].number != nil)
                    && Self.namesOwnRows(s, which: i, cube: cube.name)
            })
        else { return }
        if s.isFree(which) { s.use(which) }
        s.pendingRanking = ("\(cube.name).\(column.name)", sup.descending)
        s.measures = []
    }

    /// Whether the which-word at `i` asks for rows of `cube`: which [N] universities, or 哪[几]所 after 大学.
    private static func namesOwnRows(_ s: ParseState, which i: Int, cube: String) -> Bool {
        // The noun may be claimed already (as the rows counted or mentioned); its meanings still say which cube.
        let isNoun = { (k: Int) in
            s.tokens.indices.contains(k) && s.tokens[k].entries.contains(.cube(cube))
                && !s.tokens[k].entries.contains { if case .dimension = $0 { true } else { false } }
        }
        // top 3 lifeboats by …, the 3 lifeboats with the most …: a ranking's count (or top) right before the noun.
        if s.keyword(i, .top) || s.keyword(i, .bottom) || s.tokens[i].number != nil {
            return isNoun(s.token(i + 1)?.number != nil ? i + 2 : i + 1)
        }
        if ["which", "what"].contains(s.tokens[i].text) {
            var k = i + 1
            if s.token(k)?.number != nil || s.token(k)?.text == "the" { k += 1 }
            return isNoun(k)
        }
        guard s.tokens[i].text.hasPrefix("哪") else { return false }
        // 哪所大学: 哪, a classifier (a word of its own or one character nothing claims), then the noun.
        if let next = s.token(i + 1), next.isKeyword(.classifier) || (next.text.count == 1 && next.entries.isEmpty), isNoun(i + 2) { return true }
        // 三所大学是哪几所: the noun, the copula, then 哪 (a count word and classifier may follow it).
        return (max(0, i - 3)..<i).contains(where: isNoun)
    }
}
