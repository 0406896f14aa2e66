import SemanticModel

extension QueryGenerator {
    static let periodPlurals: [String: Granularity] = ["years": .year, "quarters": .quarter, "months": .month, "weeks": .week, "days": .day]

    /// "In how many years was Chrysler's firm value below 500?", "in how many months did disease kill more than
    /// 1,000 soldiers?": the number of periods of the counted rows' date that have such rows, which is the breakdown by
    /// that period with its groups counted (`Interpretation.countsGroups`). Only after in / during, where the periods
    /// are what is counted (not "how many years has she worked here"), and only where the counted rows have one date.
    /// The query and the period word; nil otherwise.
    func countedPeriods(_ tokens: [Token], _ query: CubeQuery, unused: [String]) -> (query: CubeQuery, word: String)? {
        guard let i = tokens.indices.first(where: { i in
            i >= 1 && ["in", "during"].contains(tokens[i - 1].text) && tokens[i].text == "how many" && i + 1 < tokens.count
                && Self.periodPlurals[tokens[i + 1].text] != nil
        }), let granularity = Self.periodPlurals[tokens[i + 1].text], unused.contains(tokens[i + 1].text),
            query.dimensions.isEmpty, query.limit == nil, query.ungrouped != true, !query.measures.isEmpty,
            query.timeDimensions.allSatisfy({ $0.granularity == nil }),
            query.measures.allSatisfy({ if case .measure(_, let m)? = model.resolve($0) { m.kind == .count } else { false } })
        else { return nil }
        let cubes = Set(query.measures.map { String($0.prefix { $0 != "." }) })
        guard cubes.count == 1, let name = cubes.first, let cube = model.cube(named: name) else { return nil }
        var shaped = query
        if query.timeDimensions.count == 1, query.timeDimensions[0].dimension.hasPrefix(name + ".") {
            shaped.timeDimensions[0].granularity = granularity
        } else if query.timeDimensions.isEmpty {
            let dates = cube.dimensions.filter { $0.kind == .time && $0.isPublic }
            guard let date = dates.first(where: { $0.name == cube.meta.timeDimension }) ?? (dates.count == 1 ? dates[0] : nil) else { return nil }
            shaped.timeDimensions = [TimeDimension(dimension: "\(name).\(date.name)", granularity: granularity)]
        } else {
            return nil
        }
        shaped.order = []
        return (shaped, tokens[i + 1].text)
    }
}
