import SemanticModel

/// The filtered measures that keep a plain set of a column's values (优秀次数 keeps ratings S and A), indexed once:
/// their names by that column (a value word that starts one may mean the measure's rows) and their columns.
struct FilteredMeasureNames: Sendable {
    private var byColumn: [String: [(name: String, values: Set<String>)]] = [:]
    /// Each such measure's column (`performance_reviews.excellent_count` → `performance_reviews.rating`).
    private(set) var columnOf: [String: String] = [:]
    /// The values each such measure keeps, by measure.
    private(set) var valuesOf: [String: Set<String>] = [:]

    /// A rate of one such measure over the rows (优秀率 = 优秀次数 / 考核次数): the condition its part keeps, by rate.
    private(set) var rateConditions: [String: (column: String, values: Set<String>)] = [:]

    /// A measure whose title another measure's extends by "per X" (Average Weekly Wage → … per Man), computed once
    /// (`MeasureRule.perVariant`).
    private(set) var perVariants: [String: String] = [:]

    /// Percent measures titled only by the rows they count (Southern States (%)), computed once
    /// (`MeasureRule.namesRowsOfPercent`).
    private(set) var rowTitledPercents: Set<String> = []

    /// Each measure's non-additive time dimension (`QueryGenerator.nonAdditiveTime`), computed once.
    private(set) var nonAdditiveTimes: [String: String] = [:]

    /// Every public plain count (`employees.count`): the word of the rows they count.
    private(set) var plainCounts: Set<String> = []

    init(model: SemanticModel) {
        perVariants = MeasureRule.perVariants(model)
        plainCounts = Set(model.cubes.flatMap { cube in
            cube.measures.filter { $0.isPublic && $0.kind == .count && $0.filters.isEmpty }.map { "\(cube.name).\($0.name)" }
        })
        for cube in model.cubes {
            for measure in cube.measures {
                if let t = QueryGenerator.nonAdditiveTime(of: measure, in: cube) { nonAdditiveTimes["\(cube.name).\(measure.name)"] = t }
            }
        }
        rowTitledPercents = MeasureRule.rowTitledPercents(model)
        for cube in model.cubes {
            for measure in cube.measures where measure.isPublic {
                guard let (column, values) = cube.filterValues(of: measure) else { continue }
                columnOf["\(cube.name).\(measure.name)"] = column
                valuesOf["\(cube.name).\(measure.name)"] = values
                for name in [measure.title, measure.meta.titleZh].compactMap({ $0 }) + measure.meta.synonyms {
                    byColumn[column, default: []].append((TextNormalizer.normalize(name).trimmingSpaces, values))
                }
            }
            for measure in cube.measures where measure.kind == .number {
                let parts = SQLTemplate(measure.sql ?? "").parts.compactMap { part -> String? in
                    if case .reference(let c, let member) = part, c == nil || c == cube.name { return "\(cube.name).\(member)" } else { return nil }
                }
                let conditioned = parts.filter { columnOf[$0] != nil }
                guard conditioned.count == 1, let column = columnOf[conditioned[0]], let values = valuesOf[conditioned[0]] else { continue }
                rateConditions["\(cube.name).\(measure.name)"] = (column, values)
            }
        }
    }

    /// "Excellent rate (S or A) by level": a condition that keeps exactly the values a rate's part counts restates
    /// the rate's own definition; applied to the rows, every row would count and the rate would be 100%. Returns
    /// those conditions; a condition keeping some of them only (the excellent rate of S reviews) is `contradicted`.
    func restatedRateConditions(in query: CubeQuery) -> [MemberFilter] {
        query.measures.compactMap { rateConditions[$0] }.flatMap { rate in
            query.filters.compactMap { filter -> MemberFilter? in
                guard case .member(let f) = filter, f.member == rate.column, f.op == .equals, !f.matchesNull, Set(f.values) == rate.values else { return nil }
                return f
            }
        }
    }

    /// The measures of `query` that count no row at all, because one of the query's own conditions (at the top
    /// level, so every row meets it) keeps none of the values the measure keeps: "automatic versus manual cars"
    /// read as automatic cars' count of manual cars. Two findings that contradict each other are not an answer.
    func contradicted(in query: CubeQuery) -> [String] {
        let conditions = query.filters.compactMap { filter -> MemberFilter? in if case .member(let f) = filter { return f } else { return nil } }
        return query.measures.filter { measure in
            if let rate = rateConditions[measure] {
                // The excellent rate of S reviews alone: a part of the rate's own condition on every row is 100%.
                return conditions.contains { $0.member == rate.column && $0.op == .equals && !$0.matchesNull && Set($0.values).isSubset(of: rate.values) }
            }
            guard let column = columnOf[measure], let kept = valuesOf[measure] else { return false }
            return conditions.contains { f in
                guard f.member == column, !f.matchesNull else { return false }
                switch f.op {
                case .equals: return kept.isDisjoint(with: f.values)
                case .notEquals: return kept.isSubset(of: f.values)
                default: return false
                }
            }
        }
    }

    /// Whether a measure filtered on `dimension` to other values than `value` has a name that `word` begins.
    func conflict(word: String, dimension: String, value: String) -> Bool {
        byColumn[dimension]?.contains { $0.name.count > word.count && $0.name.hasPrefix(word) && $0.values != [value] } ?? false
    }
}
