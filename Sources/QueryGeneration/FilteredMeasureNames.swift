import SemanticModel

/// The filtered measures that keep a plain set of a column's values (优秀次数 keeps ratings S and A), indexed once:
/// their names by that column (a value word that starts one may mean the measure's rows) and their columns.
struct FilteredMeasureNames: Sendable {
    private var byColumn: [String: [(name: String, values: Set<String>)]] = [:]
    /// Each such measure's column (`performance_reviews.excellent_count` → `performance_reviews.rating`).
    private(set) var columnOf: [String: String] = [:]

    init(model: SemanticModel) {
        for cube in model.cubes {
            for measure in cube.measures where measure.isPublic {
                guard let (column, values) = cube.filterValues(of: measure) else { continue }
                columnOf["\(cube.name).\(measure.name)"] = column
                for name in [measure.title, measure.meta.titleZh].compactMap({ $0 }) + measure.meta.synonyms {
                    byColumn[column, default: []].append((TextNormalizer.normalize(name).trimmingSpaces, values))
                }
            }
        }
    }

    /// Whether a measure filtered on `dimension` to other values than `value` has a name that `word` begins.
    func conflict(word: String, dimension: String, value: String) -> Bool {
        byColumn[dimension]?.contains { $0.name.count > word.count && $0.name.hasPrefix(word) && $0.values != [value] } ?? false
    }
}
