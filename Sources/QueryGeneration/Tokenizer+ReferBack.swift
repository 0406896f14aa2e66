extension Tokenizer {
    /// "films that have an MPAA rating … how many in each rating": a noun said alone after a compound that ends with
    /// it names the compound's column again, not another column the bare noun names by itself (the IMDB rating).
    /// Only a column replaces a column; values, cubes and keywords the word also names stay.
    static func referringBack(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        for k in tokens.indices {
            let head = tokens[k].text
            let columns = tokens[k].entries.filter { if case .dimension = $0 { return true } else { return false } }
            guard !columns.isEmpty, !head.contains(" ") else { continue }
            let cjk = !head.unicodeScalars.allSatisfy(\.isASCII)
            for j in stride(from: k - 1, through: 0, by: -1) {
                let compound = tokens[j].text
                guard cjk ? compound.count > head.count && head.count >= 2 && compound.hasSuffix(head) : compound.hasSuffix(" " + head),
                    let named = tokens[j].entries.first(where: { if case .dimension = $0 { return true } else { return false } })
                else { continue }
                if !columns.contains(named) {
                    tokens[k] = Token(kind: .lexical([named] + tokens[k].entries.filter { !columns.contains($0) }), text: head, hasPercent: tokens[k].hasPercent)
                }
                break
            }
        }
        return tokens
    }
}
