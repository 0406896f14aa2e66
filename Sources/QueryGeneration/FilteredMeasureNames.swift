import SemanticModel

/// The filtered measures that keep a plain set of a column's values (优秀次数 keeps ratings S and A), indexed once:
/// their names by that column (a value word that starts one may mean the measure's rows) and their columns.
struct FilteredMeasureNames: Sendable {
    private var byColumn: [String: [(name: String, values: Set<String>)]] = [:]
    /// Each such measure's column (`performance_reviews.excellent_count` → `performance_reviews.rating`).
    private(set) var columnOf: [String: String] = [:]
    /// The values each such measure keeps, by measure.
    private(set) var valuesOf: [String: Set<String>] = [:]

    init(model: SemanticModel) {
        for cube in model.cubes {
            for measure in cube.measures where measure.isPublic {
                guard let (column, values) = cube.filterValues(of: measure) else { continue }
                columnOf["\(cube.name).\(measure.name)"] = column
                valuesOf["\(cube.name).\(measure.name)"] = values
                for name in [measure.title, measure.meta.titleZh].compactMap({ $0 }) + measure.meta.synonyms {
                    byColumn[column, default: []].append((TextNormalizer.normalize(name).trimmingSpaces, values))
                }
            }
        }
    }

    /// The measures of `query` that count no row at all, because one of the query's own conditions (at the top
    /// level, so every row meets it) keeps none of the values the measure keeps: "automatic versus manual cars"
    /// read as automatic cars' count of manual cars. Two findings that contradict each other are not an answer.
    func contradicted(in query: CubeQuery) -> [String] {
        let conditions = query.filters.compactMap { filter -> MemberFilter? in if case .member(let f) = filter { return f } else { return nil } }
        return query.measures.filter { measure in
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
