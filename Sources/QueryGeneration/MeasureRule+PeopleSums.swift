import SemanticModel

extension MeasureRule {
    /// A sum titled as what it adds up, with no aggregation word (Policyholders (count), Applicants (people)): its
    /// name is also the noun of the people in the rows.
    static func isPeopleSum(_ member: String, _ s: ParseState) -> Bool {
        guard case .measure(_, let measure)? = s.model.resolve(member), measure.kind == .sum, measure.filters.isEmpty else { return false }
        let first = Glossary.englishWords(TitleUnit.split(measure.title)?.name ?? measure.title).first ?? ""
        let zh = measure.meta.titleZh ?? ""
        return Lexicon.aggregationOfWord[first] == nil && !["number", "count"].contains(first) && !["总", "合计", "平均"].contains(where: zh.hasPrefix)
    }
}
