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
        guard tokens.contains(where: { $0.text == "bill" }) else { return [] }
        let sums = query.measures.contains { m in
            if case .measure(_, let measure)? = model.resolve(m) { return measure.kind == .sum } else { return false }
        }
        guard sums else { return [] }
        return Set(tokens.indices.filter { !used[$0] && tokens[$0].isKeyword(.sum) && tokens[$0].text == "bill" }.map { tokens[$0].text })
    }

    /// "How many respondents say they will vote No", "plan to abstain", 打算投赞成票: where the model's own members are
    /// intentions (Vote Intention, "respondents who will vote Yes"), the words of intending are what its values say.
    /// Elsewhere ("employees who plan to leave") they stay unaccounted: a plan is not a row that left.
    func intentionWords(in unused: [String]) -> Set<String> {
        let found = Set(unused).intersection(Self.intentionWords)
        guard !found.isEmpty else { return [] }
        let speaks = model.cubes.contains { cube in
            (cube.dimensions.map { [$0.title, $0.description ?? ""] } + cube.measures.map { [$0.title, $0.description ?? ""] }).joined().contains { text in
                let words = text.lowercased().split { !$0.isLetter }
                return words.contains { ["intention", "intentions", "intend", "intends", "will"].contains($0) }
            }
        }
        return speaks ? found : []
    }
    static let intentionWords: Set<String> = [
        "will", "would", "plan", "plans", "planning", "planned", "intend", "intends", "intending", "going", "say", "says", "said", "they",
        "打算", "准备", "计划",
    ]

    /// "the most citations in total", "how many in total": "in total" where every figure the answer shows adds up (a
    /// sum or a count) says what those figures already are. A sum word before a noun ("the total value of …") picks
    /// a figure and is left to the rules that read it. English only: 所有州的公路资本总额 (a total over every state and
    /// year of a yearly amount) stays asked.
    func restatesSum(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        guard tokens[i].isKeyword(.sum), i > 0, tokens[i - 1].text == "in", !query.measures.isEmpty else { return false }
        return query.measures.allSatisfy { m in
            guard case .measure(_, let measure)? = model.resolve(m) else { return false }
            return [.sum, .count, .countDistinct].contains(measure.kind)
        }
    }
}
