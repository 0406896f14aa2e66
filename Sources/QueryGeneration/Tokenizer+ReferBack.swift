extension Tokenizer {
    /// "films that have an MPAA rating … how many in each rating": a noun said alone after a compound that ends with
    /// it names the compound's column again, not another column the bare noun names by itself (the IMDB rating).
    /// Only a column replaces a column; values, cubes and keywords the word also names stay. "Which one" after the rows
    /// were named is those rows.
    static func referringBack(_ tokens: [Token]) -> [Token] {
        var tokens = rowsRanked(tokens)
        // "Of the movies with more than 20,000 votes, which one …": "one" after which is the rows named before it.
        for k in tokens.indices where k > 0 && tokens[k].text == "one" && tokens[k - 1].text == "which" {
            let named = tokens[..<k].reversed().lazy.compactMap { t in t.entries.lazy.compactMap { e -> LexEntry? in if case .cube = e { e } else { nil } }.first }.first
            if let named { tokens[k] = Token(kind: .lexical([named]), text: tokens[k].text) }
        }
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

    /// "Top 5 households by total expenditure", "top 5 years by plague deaths": between top / bottom N and "by", a
    /// word that also titles a count (Number of Households, Years) names the rows ranked, not that count.
    static func rowsRanked(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        for k in tokens.indices where k >= 2 && k + 1 < tokens.count && tokens[k + 1].text == "by" && tokens[k - 1].number != nil
            && (tokens[k - 2].isKeyword(.top) || tokens[k - 2].isKeyword(.bottom))
        {
            let kept = tokens[k].entries.filter { if case .measure = $0 { return false } else { return true } }
            if kept.count < tokens[k].entries.count, !kept.isEmpty { tokens[k] = Token(kind: .lexical(kept), text: tokens[k].text) }
        }
        return tokens
    }
}
