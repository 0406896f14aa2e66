import SemanticModel

extension QueryAssembler {
    /// "Excellent rate (S or A) by job level": the values a rate's own part counts, said beside it, define the rate
    /// rather than pick the rows (which would make every rate 100%). The condition is dropped, and the answer says so.
    func dropRestatedRateConditions(_ s: inout ParseState, _ query: inout CubeQuery) {
        for condition in s.filteredMeasures.restatedRateConditions(in: query) {
            query.filters.removeAll { $0 == .member(condition) }
            // The value words are accounted for by the rate they define, as a noun naming the rows is;
            for i in s.tokens.indices where s.used[i] && s.tokens[i].entries.contains(where: { entry in
                // so are the column's own words beside them (rated S or A, S or A ratings)
                if case .value(let d, let v) = entry { return d == condition.member && condition.values.contains(v) }
                if case .dimension(let d) = entry { return d == condition.member }
                return false
            }) {
                s.namesRowsOnly.insert(i)
            }
            let rate = query.measures.first { s.filteredMeasures.rateConditions[$0]?.column == condition.member }.map { s.model.title(of: $0, s.language) } ?? ""
            let values = condition.values.joined(separator: s.language == .zh ? "、" : ", ")
            s.notes.append(s.language == .zh ? "「\(values)」是\(rate)本身的条件，没有再用来筛选" : "\(values) is what \(rate) counts, not a condition on the rows")
        }
    }
}
