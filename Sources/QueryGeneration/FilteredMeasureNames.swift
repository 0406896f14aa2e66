import SemanticModel

/// The names of the model's filtered measures that keep a plain set of a column's values (优秀次数 keeps ratings S and
/// A), by that column, indexed once: a value word that starts one of these names may mean the measure's rows.
struct FilteredMeasureNames: Sendable {
    private var byColumn: [String: [(name: String, values: Set<String>)]] = [:]

    init(model: SemanticModel) {
        for cube in model.cubes {
            for measure in cube.measures where measure.isPublic {
                guard let (column, values) = cube.filterValues(of: measure) else { continue }
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
