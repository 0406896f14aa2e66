import SemanticModel

extension QueryAssembler {
    /// A lookup (a cube of labels only: no numbers of its own, nothing measured but its count, as Sex or
    /// Citizenship) named only through a value of it, which another cube joins many-to-one.
    static let frequencyWords: Set<String> = ["most common", "least common", "most frequent", "least frequent", "commonest", "最常见", "最常见的", "最少见",
        "most popular", "least popular", "最受欢迎", "最不受欢迎"]

    func isLookupByValue(_ cube: String, _ s: ParseState) -> Bool {
        // The cheap tests first: this runs for every cube a question names.
        let prefix = cube + "."
        guard (!s.nounCubes.contains(cube)
            && (s.filters.contains(where: { $0.op == .equals && $0.member.hasPrefix(prefix) }) || (s.shareOf.map { $0.op == .equals && $0.member.hasPrefix(prefix) } ?? false)))
                // "Which reason for unemployment is the most common?", "the most popular fishing modes": how common a
                // lookup's value is, is how many rows refer to it (its own rows are one per value).
                || (s.groupDimensions.contains(where: { $0.hasPrefix(prefix) }) && s.tokens.contains(where: { Self.frequencyWords.contains($0.text) })),
            let c = s.model.cube(named: cube), c.measures.allSatisfy({ $0.kind == .count }), c.dimensions.allSatisfy({ $0.primaryKey || $0.kind == .string })
        else { return false }
        return s.model.cubes.contains { other in other.name != cube && other.joins.contains { $0.name == cube && $0.relationship == .manyToOne } }
    }
}
