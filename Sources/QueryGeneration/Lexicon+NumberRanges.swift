extension Lexicon {
    /// "Children Aged 6-18" is said "children aged 6 to 18" (or through): a number range in a title reads with a word
    /// between its ends too.
    mutating func addNumberRanges(of terms: [(String, LexEntry)]) {
        for (words, entry) in Self.memberTitleWords(terms) {
            guard let at = words.firstIndex(where: Self.isNumberRange) else { continue }
            let ends = words[at].split(separator: "-").map(String.init)
            for joiner in ["to", "through"] {
                var said = words
                said.replaceSubrange(at...at, with: [ends[0], joiner, ends[1]])
                addIfAbsent(said.joined(separator: " "), entry)
            }
        }
    }

    private static func isNumberRange(_ word: String) -> Bool {
        let ends = word.split(separator: "-", omittingEmptySubsequences: false)
        return ends.count == 2 && ends.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }
}
