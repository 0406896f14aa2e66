import SemanticModel

extension QueryGenerator {
    /// "How many hires did we make", "how many offers have we made": after a count of something, the asker's own
    /// "did we make" is a light verb, not the column a model may call "make" (what someone makes, a salary).
    static func useLightVerbs(_ s: inout ParseState) {
        guard s.language == .en, let count = s.tokens.firstIndex(where: { $0.isKeyword(.count) }) else { return }
        for i in s.tokens.indices where i >= count + 3 && ["make", "made"].contains(s.tokens[i].text)
            && s.tokens[i - 1].text == "we" && ["did", "have", "do"].contains(s.tokens[i - 2].text)
        {
            s.use(i)
            s.namesRowsOnly.insert(i)  // accounted for, naming no member
        }
    }
}
