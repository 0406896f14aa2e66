import SemanticModel

extension Lexicon {
    /// "Working Wives" (hours > 0), "Denied Applications": a filtered count titled as a participle before its own
    /// rows' noun is said by the participle alone too ("what share of wives are working", "how many were denied"),
    /// where nothing else claims that word.
    mutating func addParticipleCounts() {
        for cube in model.cubes where cube.isPublic {
            let nouns = Set(([cube.name.split(separator: "_").joined(separator: " "), cube.title] + cube.meta.synonyms).flatMap { noun -> [String] in
                let n = noun.lowercased()
                return [n, n + "s", n.hasSuffix("s") ? String(n.dropLast()) : n, n.hasSuffix("ies") ? String(n.dropLast(3)) + "y" : n]
            })
            for measure in cube.measures where measure.isPublic && measure.kind == .count && !measure.filters.isEmpty {
                let words = (Self.withoutUnit(measure.title) ?? measure.title).lowercased().split(separator: " ").map(String.init)
                guard words.count == 2, nouns.contains(words[1]), let participle = words.first, participle.count >= 5,
                    participle.hasSuffix("ing") || participle.hasSuffix("ed"), participle.allSatisfy(\.isLetter)
                else { continue }
                addIfAbsent(participle, .measure("\(cube.name).\(measure.name)"))
            }
        }
    }
}
