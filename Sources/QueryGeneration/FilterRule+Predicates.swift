import SemanticModel

extension FilterRule {
    /// Women who live in a large city, 住在大城市的女性, people who saw a doctor: a yes/no column said as its
    /// predicate title (Lexicon.predicateForms) is the rows where it is yes; after not / don't / never / 不 / 没, where
    /// it is no; after whether / 是否 ("by whether they live in a large city", 按是否住在大城市), a breakdown by it.
    func yesNoPredicates(_ s: inout ParseState) {
        guard !s.yesNo.pairs.isEmpty else { return }
        for i in s.tokens.indices where s.isFree(i) {
            guard let d = s.dimensions(i).first(where: { s.yesNo.pairs[$0] != nil }), let pair = s.yesNo.pairs[d],
                Self.saysPredicate(s.tokens[i].text, of: d, s.yesNo)
            else { continue }
            var k = i - 1
            if let t = s.token(k), s.isFree(k), ["they", "it", "he", "she", "the", "rows"].contains(t.text) { k -= 1 }
            if let t = s.token(k), s.isFree(k), ["whether", "是否"].contains(t.text) {
                if !s.groupDimensions.contains(d) { s.groupDimensions.append(d) }
                s.use(k..<(i + 1))
                continue
            }
            var first = i
            var no = false
            if let t = s.token(i - 1), s.isFree(i - 1), Self.notWords.contains(t.text) || ["never", "没有", "未"].contains(t.text) {
                no = true
                first = i - 1
                if let aux = s.token(i - 2), s.isFree(i - 2), ["do", "does", "did"].contains(aux.text) { first = i - 2 }
            }
            s.addFilter(MemberFilter(member: d, op: .equals, values: [no ? pair.no : pair.yes]))
            s.use(first..<(i + 1))
        }
    }

    /// Whether `text` is the column's title said as a predicate (live in a large city for Lives in Large City, 住在大城市
    /// for 是否住在大城市), not its name as a noun.
    static func saysPredicate(_ text: String, of dimension: String, _ yesNo: YesNoColumns) -> Bool {
        yesNo.predicates[dimension]?.contains(text) == true
    }
}
