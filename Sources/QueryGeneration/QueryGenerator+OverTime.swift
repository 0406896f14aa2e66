import SemanticModel

extension QueryGenerator {
    /// The question asked back when rows held over time make two numbers: a condition any or the latest of them
    /// meets (repeatedRowsCondition), or one thing's level over all its periods or each (entityOverTime).
    func askedOverTime(
        _ question: String, _ language: Language, _ query: CubeQuery, _ tokens: [Token], _ s: borrowing ParseState, offeringChoices: Bool
    ) -> NotUnderstood? {
        if let rows = repeatedRowsCondition(query, tokens, question) {
            let choices = offeringChoices ? onceChoices(question, language, query) : []
            return Clarifier.repeatedRowsClarification(
                question: question, language: language, understood: Explainer(model: model).explain(query, s), rows: rows, choices: choices)
        }
        if let date = entityOverTime(query, tokens) {
            let choices = offeringChoices ? clarificationChoices(entityOverTimeReadings(query, date: date), language: language) : []
            return Clarifier.entityOverTimeClarification(
                question: question, language: language, understood: Explainer(model: model).explain(query, s),
                measure: model.title(of: query.measures[0], language), choices: choices)
        }
        return nil
    }

    /// "What was the crime rate in county 63?": one thing (a key of a cube the measure's rows repeat, one row a
    /// period) and a level the model averages (Average Crime Rate, named here by its synonym "crime rate", no average
    /// word said) with no period. Its rows span years, so the answer could be their average or each year's value,
    /// two different numbers: asked. Returns the measure's time dimension when asked, nil otherwise.
    func entityOverTime(_ query: CubeQuery, _ tokens: [Token]) -> String? {
        guard query.measures.count == 1, query.dimensions.isEmpty, query.timeDimensions.isEmpty, query.limit == nil,
            case .measure(let cube, let measure)? = model.resolve(query.measures[0]), measure.kind == .avg,
            !tokens.contains(where: { t in t.isKeyword(.avg) || Self.averageWords.contains { t.text.contains($0) } })
        else { return nil }
        let dates = cube.dimensions.filter { $0.kind == .time && $0.isPublic }
        guard let date = cube.meta.timeDimension.flatMap({ name in dates.first { $0.name == name } }) ?? (dates.count == 1 ? dates[0] : nil) else { return nil }
        let keyed = query.filters.flatMap(\.memberFilters).contains { f in
            guard f.op == .equals, f.values.count == 1, case .dimension(let other, let d, _)? = model.resolve(f.member), d.primaryKey,
                other.name != cube.name
            else { return false }
            return (try? model.joinTree(for: [cube.name, other.name]))?.multiplies(other.name) == true
        }
        return keyed ? "\(cube.name).\(date.name)" : nil
    }

    /// The two readings: the average over every period, and each year's value.
    func entityOverTimeReadings(_ query: CubeQuery, date: String) -> [CubeQuery] {
        var yearly = query
        yearly.timeDimensions = [TimeDimension(dimension: date, granularity: .year)]
        return [query, yearly]
    }
}
