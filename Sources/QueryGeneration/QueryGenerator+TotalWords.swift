import SemanticModel

extension QueryGenerator {
    /// Words asking for one total (combined, 加起来): accounted for only by an answer that is one total.
    static let totalWords: Set<String> = ["combined", "altogether", "in total", "加起来", "合计", "总计", "累计", "加", "起", "来"]
    /// "What do the budgets add up to": add (adds, added) then up or up to, said as one total.
    static func addsUp(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast().contains { i in ["add", "adds", "added"].contains(tokens[i].text) && ["up", "up to"].contains(tokens[i + 1].text) }
    }
    /// A total word, or "add up to".
    static func saysTotal(_ tokens: [Token]) -> Bool { tokens.contains { totalWords.contains($0.text) } || addsUp(tokens) }

    /// "the total monthly salary bill": a second word of a sum (bill, after total) is accounted for by the sum the
    /// answer is.
    func secondSumWords(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery) -> Set<String> {
        let sums = query.measures.contains { m in
            if case .measure(_, let measure)? = model.resolve(m) { return measure.kind == .sum } else { return false }
        }
        guard sums else { return [] }
        return Set(tokens.indices.filter { !used[$0] && tokens[$0].isKeyword(.sum) && tokens[$0].text == "bill" }.map { tokens[$0].text })
    }
}
