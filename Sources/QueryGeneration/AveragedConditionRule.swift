import SemanticModel

/// "Which varieties averaged under 30 bushels an acre", "departments that pay their staff less than 17,000 on
/// average": a comparison said with average(d) over groups is a condition on each group's average of the column (a
/// HAVING on its avg measure, which the answer shows), not on each row. Runs after grouping; with no groups, or
/// with more than one comparison, or with no avg measure of the column, the average word is left unread and the
/// user is asked.
struct AveragedConditionRule: InterpretationRule {
    static let verbs: Set<String> = ["averaged", "averages", "averaging"]
    static let comparisons: Set<FilterOperator> = [.gt, .gte, .lt, .lte]

    func apply(_ s: inout ParseState) {
        guard !s.groupDimensions.isEmpty || s.granularity != nil else { return }
        for i in s.tokens.indices where s.isFree(i) && Self.saysAverage(s, i) {
            let compared = s.filters.indices.filter { Self.comparisons.contains(s.filters[$0].op) }
            guard compared.count == 1 else { return }
            let index = compared[0]
            switch s.model.resolve(s.filters[index].member) {
            case .measure(_, let measure)? where measure.kind == .avg:
                break
            case .dimension(let cube, let column, nil)? where column.kind == .number:
                guard let average = cube.measures.first(where: { $0.kind == .avg && $0.sql == column.sql && $0.filters.isEmpty && $0.isPublic }) else { return }
                let member = "\(cube.name).\(average.name)"
                s.filters[index].member = member
                if !s.measures.contains(member) { s.measures.append(member) }
            default:
                return
            }
            s.use(i)
            if i > 0, s.tokens[i - 1].text == "on", s.isFree(i - 1) { s.use(i - 1) }
            return
        }
    }

    /// averaged / averages, "on average", or "average" a few words before a comparison (models that average more than
    /// 30, states that averaged a beer tax above 1).
    static func saysAverage(_ s: ParseState, _ i: Int) -> Bool {
        let text = s.tokens[i].text
        if verbs.contains(text) { return true }
        if QueryGenerator.isOnAverage(s.tokens, i) { return true }
        guard text == "average", s.keyword(i, .avg) else { return false }
        // "the average state unemployment rate exceeded 8%" is the adjective: what is averaged is another question.
        if i == 0 || ["the", "a", "an", "their", "its", "our", "of", "what", "what's", "is", "was"].contains(s.tokens[i - 1].text) { return false }
        // "averaged a beer tax above 1": the comparison may follow the column's name.
        return ((i + 1)...(i + 4)).contains { k in s.token(k).map { $0.keywords.contains { FilterRule.comparators[$0] != nil } } ?? false }
    }
}
