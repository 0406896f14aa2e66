import SemanticModel

extension QueryGenerator {
    /// Words that say any one of the rows is enough: ever, at least once, at some point, different employees,
    /// 拿过, 曾经, 不同的.
    static let anyRowWords: Set<String> = ["ever", "once", "any", "different", "distinct", "at least", "at some point", "不同", "至少"]
    static let anyRowPhrases = [["at", "least"], ["at", "some", "point"]]

    /// "How many employees got an A?", S级员工有多少: rows counted by a condition on rows they hold many of over time
    /// (their reviews, one a quarter) may mean any of those rows or only the latest, two different numbers. Asked
    /// unless the question says which: ever / at least once / 过 (any), or a period or breakdown of those rows' date.
    /// The title of the repeated rows' cube when asked; nil when the question says which or has no such condition.
    func repeatedRowsCondition(_ query: CubeQuery, _ tokens: [Token], _ question: String) -> String? {
        guard let first = query.measures.first, case .measure(let counted, let measure)? = model.resolve(first),
            [.count, .countDistinct].contains(measure.kind)
        else { return nil }
        let texts = tokens.map(\.text)
        let saysAny = texts.contains { Self.anyRowWords.contains($0) }
            || Self.anyRowPhrases.contains { phrase in texts.indices.contains { i in Array(texts[i...].prefix(phrase.count)) == phrase } }
            || (Language.detect(question) == .zh && (question.contains("过") || question.contains("曾")))
        guard !saysAny else { return nil }
        let conditions = query.filters.flatMap(\.memberFilters).filter { ![.set, .notSet].contains($0.op) }
        let cubeOf = { (member: String) in String(member.prefix { $0 != "." }) }
        for cube in Set(conditions.map { cubeOf($0.member) }).sorted() where cube != counted.name {
            // rows held over time: the condition's cube has a date, and joins repeat the counted rows through it
            guard let repeated = model.cube(named: cube), repeated.dimensions.contains(where: { $0.kind == .time }),
                (try? model.joinTree(for: [counted.name, cube]))?.multiplies(counted.name) == true,
                !query.timeDimensions.contains(where: { cubeOf($0.dimension) == cube })
            else { continue }
            return repeated.title(Language.detect(question))
        }
        return nil
    }

    /// The question said for any of the rows ("… at least once", 曾经…), where that is understood as written.
    func onceChoices(_ question: String, _ language: Language, _ query: CubeQuery) -> [String] {
        var trimmed = Substring(question)
        while let last = trimmed.last, "?？。. ".contains(last) { trimmed = trimmed.dropLast() }
        let text = language == .zh ? "曾经\(trimmed)" : "\(trimmed) at least once?"
        guard case .understood(let i) = generate(text, followingUp: nil, offeringChoices: false), i.query == query else {
            return refusalSuggestions[language] ?? []
        }
        return [text] + (refusalSuggestions[language] ?? []).prefix(2)
    }
}
