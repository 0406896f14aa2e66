import SemanticModel

extension QueryGenerator {
    /// "people on staff", "players on the roster": on before a second noun of rows an earlier noun already named
    /// says they belong somewhere now (currently employed), which the rows' noun alone does not; the words are
    /// asked back instead of counting every row.
    func belongingNouns(_ tokens: [Token]) -> [String] {
        var out: [String] = []
        for i in tokens.indices where tokens[i].text == "on" {
            let k = i + 1 < tokens.count && tokens[i + 1].text == "the" ? i + 2 : i + 1
            guard k < tokens.count else { continue }
            let cubes = tokens[k].entries.compactMap { if case .cube(let c) = $0 { return c } else { return nil } }
            let earlier = tokens[..<i].contains { t in t.entries.contains { if case .cube(let c) = $0 { return cubes.contains(c) } else { return false } } }
            if !cubes.isEmpty, earlier { out.append(tokens[i...k].map(\.text).joined(separator: " ")) }
        }
        return out
    }
}
