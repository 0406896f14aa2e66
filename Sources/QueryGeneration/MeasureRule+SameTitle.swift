import SemanticModel

extension MeasureRule {
    /// The measure a word names when it names measures of several cubes (Average Price of cars and of houses):
    /// the one whose cube the question names elsewhere (the average price of houses); with none or several, the
    /// first, and the others are readings the answer asks between.
    static func sameTitleMeasure(_ s: inout ParseState, at i: Int) -> String? {
        var candidates: [String] = []
        for m in s.measures(i) where !candidates.contains(m) { candidates.append(m) }
        let cubes = candidates.map { String($0.prefix { $0 != "." }) }
        guard candidates.count > 1, Set(cubes).count == candidates.count else { return candidates.first }
        let named = Set(s.tokens.indices.filter { $0 != i }.flatMap { j in
            s.tokens[j].entries.compactMap { entry -> String? in
                switch entry {
                case .cube(let c): return c
                case .dimension(let d), .segment(let d), .value(let d, _): return String(d.prefix { $0 != "." })
                default: return nil
                }
            }
        })
        let chosen = candidates.filter { named.contains(String($0.prefix { $0 != "." })) }
        if chosen.count == 1 { return chosen[0] }
        if s.measureReadings == nil { s.measureReadings = (s.tokens[i].text, candidates) }
        return candidates.first
    }
}
