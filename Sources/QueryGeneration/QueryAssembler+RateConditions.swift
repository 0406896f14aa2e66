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

extension QueryAssembler {
    /// "the occupancy rate as a percentage of their capacity", for Occupancy Rate = 100 × people / capacity: a
    /// measure named after "percentage / share of" that the rate asked for divides by is the rate's own base, said
    /// again, not a second figure to show.
    func dropRestatedRateBase(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard query.measures.count >= 2 else { return }
        for base in query.measures {
            let cube = String(base.prefix { $0 != "." }), name = String(base.drop { $0 != "." }.dropFirst())
            let divides = query.measures.contains { rate in
                guard rate != base, case .measure(let c, let m)? = s.model.resolve(rate), c.name == cube, m.kind == .number, let sql = m.sql,
                    let slash = sql.lastIndex(of: "/")
                else { return false }
                return sql[slash...].contains("{\(name)}") || sql[slash...].contains("{CUBE}.\(name)") || sql[slash...].contains("{\(cube).\(name)}")
            }
            let tokens = s.tokens.indices.filter { s.used[$0] && s.tokens[$0].entries.contains(.measure(base)) }
            let restated = !tokens.isEmpty && tokens.allSatisfy { k in
                (max(0, k - 4)..<k).contains { j in s.tokens[j].isKeyword(.share) && s.tokens[j + 1].text == "of" }
            }
            guard divides, restated else { continue }
            query.measures.removeAll { $0 == base }
            query.order.removeAll { $0.member == base }
            for k in tokens { s.namesRowsOnly.insert(k) }
        }
    }
}
