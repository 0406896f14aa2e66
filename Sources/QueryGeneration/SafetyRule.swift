import SemanticModel

/// Refuses requests to change data and raw SQL: textbi only reads.
struct SafetyRule {
    func check(_ s: borrowing ParseState) -> String? {
        let zh = s.language == .zh
        // Write intent is a verb aimed at the data: a word the model gives a meaning (新增 as new hires) reads.
        // "did life expectancy ever drop below 40": a verb of change followed by a comparison describes the data.
        let changeComparisons: Set<String> = ["below", "under", "above", "over", "to", "by", "from", "beneath", "past"]
        if s.tokens.indices.contains(where: { i in
            let t = s.tokens[i]
            guard Self.only(.write, t) else { return false }
            return !(["drop", "raise"].contains(t.text) && changeComparisons.contains(s.token(i + 1)?.text ?? ""))
        }) {
            return zh ? "textbi 只读取数据，不能删除、修改或新增数据。" : "textbi only reads data; it can't delete, change or add anything."
        }
        // "union versus non-union workers": a SQL word the model names (a union column) is that member, not SQL.
        if s.tokens.contains(where: { Self.only(.sqlWord, $0) }) {
            return zh ? "请用自然语言提问；textbi 不执行直接输入的 SQL。" : "Please ask in plain language; textbi doesn't run SQL typed into a question."
        }
        return nil
    }

    /// The token is that keyword and the model gives it no meaning of its own.
    private static func only(_ keyword: Keyword, _ token: Token) -> Bool {
        token.isKeyword(keyword) && token.entries.allSatisfy { if case .keyword = $0 { return true } else { return false } }
    }
}
