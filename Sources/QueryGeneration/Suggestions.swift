import SemanticModel

/// Example questions built from the model, offered when a question is not understood.
public struct Suggestions: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) { self.model = model }

    /// Up to `limit` questions in `language`, each answerable by the model, the simplest first.
    public func examples(_ language: Language, limit: Int = 3) -> [String] {
        // The richest cube with a plain count is the one people most likely ask about.
        let candidates = model.cubes.filter { c in c.isPublic && c.measures.contains { $0.kind == .count && $0.filters.isEmpty } }
        guard let cube = candidates.max(by: { $0.measures.count + $0.dimensions.count < $1.measures.count + $1.dimensions.count }),
            let count = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty })
        else { return [] }
        let zh = language == .zh
        var out: [String] = []
        out.append(zh ? "\(count.title(.zh))是多少" : "How many \(cube.meta.nounEn ?? cube.title.lowercased()) are there?")
        // A category to group by: a dimension reached from this cube, preferring one in another cube.
        let reachable = [cube] + cube.joins.compactMap { model.cube(named: $0.name) }
        let group = reachable.reversed().lazy.flatMap { c in c.dimensions.map { (c, $0) } }
            .first { $0.1.kind == .string && $0.1.isPublic && $0.1.meta.indexValues != false && !$0.1.meta.synonyms.isEmpty }
        let average = cube.measures.first { $0.kind == .avg && $0.isPublic }
        if let (_, dim) = group {
            out.append(zh ? "各\(dim.title(.zh))\(count.title(.zh))" : "\(count.title(.en)) by \(dim.title(.en).lowercased())")
            if let average {
                out.append(zh ? "\(average.title(.zh))最高的\(dim.title(.zh))" : "Which \(dim.title(.en).lowercased()) has the highest \(average.title(.en).lowercased())?")
            }
        }
        if let time = cube.meta.timeDimension.flatMap({ cube.dimension(named: $0) }) {
            out.append(zh ? "每年\(time.title(.zh))的\(count.title(.zh))" : "\(count.title(.en)) by year of \(time.title(.en).lowercased())")
        }
        // A value the model names in both languages, as a filter.
        // The dimension with the most named values (cities rather than genders) reads most naturally.
        let named = cube.dimensions.filter { !$0.meta.valueSynonyms.isEmpty }.max { $0.meta.valueSynonyms.count < $1.meta.valueSynonyms.count }
        if let named, let (value, synonyms) = named.meta.valueSynonyms.sorted(by: { $0.key < $1.key }).first.map({ ($0.key, $0.value) }),
            let average
        {
            let english = synonyms.first { $0.unicodeScalars.allSatisfy(\.isASCII) }.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? value
            out.append(zh ? "\(value)的\(average.title(.zh))" : "\(average.title(.en)) in \(english)")
        }
        if let ratio = cube.measures.first(where: { $0.kind == .number && $0.format == "percent" && $0.isPublic }), let (_, dim) = group {
            out.append(zh ? "各\(dim.title(.zh))\(ratio.title(.zh))" : "\(ratio.title(.en)) by \(dim.title(.en).lowercased())")
        }
        return Array(out.prefix(limit))
    }
}
