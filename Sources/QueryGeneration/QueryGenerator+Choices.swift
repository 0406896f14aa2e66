import SemanticModel

extension QueryGenerator {
    /// Up to 3 of `candidates`, written as questions this generator understands exactly as written.
    func clarificationChoices(_ candidates: [CubeQuery], language: Language, label: String? = nil) -> [String] {
        let clarifier = Clarifier(model: model, memberWords: memberWords, filteredMeasures: filteredMeasures)
        var out: [String] = []
        for candidate in candidates where out.count < 3 {
            var expected = candidate
            QueryAssembler.requireRankedValue(model, &expected)
            // A value two columns hold is said with its column's title when it alone is not understood as written.
            for naming in [false, true] {
                guard let text = clarifier.question(for: candidate, language, timeLabel: label, namingColumns: naming), !out.contains(text) else { continue }
                if case .understood(let i) = generate(text, followingUp: nil, offeringChoices: false), i.query == expected {
                    out.append(text)
                    break
                }
            }
        }
        for example in refusalSuggestions[language] ?? [] where out.count < 3 && !out.contains(example) { out.append(example) }
        return out
    }

    func notUnderstood(_ question: String, _ language: Language, _ message: String) -> NotUnderstood {
        NotUnderstood(question: question, language: language, message: message,
                      suggestions: refusalSuggestions[language] ?? [])
    }
}
