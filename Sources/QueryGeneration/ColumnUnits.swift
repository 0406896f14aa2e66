import SemanticModel

/// The words written after numbers of numeric columns (`meta.unit`, or "mm" from "Precipitation (mm)"), indexed
/// once per model: rules look a word up instead of reading every dimension's title per question.
struct ColumnUnits: Sendable {
    /// A unit word → the numeric dimensions (`cube.dimension`) it follows, in model order.
    let byWord: [String: [String]]
    /// The dimensions that have a unit.
    let members: Set<String>

    init(model: SemanticModel) {
        var byWord: [String: [String]] = [:]
        var members: Set<String> = []
        for cube in model.cubes {
            for d in cube.dimensions {
                let units = FilterRule.units(of: d)
                guard !units.isEmpty else { continue }
                let member = "\(cube.name).\(d.name)"
                members.insert(member)
                for unit in units { byWord[unit, default: []].append(member) }
            }
        }
        self.byWord = byWord
        self.members = members
    }

    /// Whether `word` (or `word` without a trailing 的: 5级的) is a column's unit.
    func isUnit(_ word: String) -> Bool { columns(of: word) != nil }

    func columns(of word: String) -> [String]? {
        if let columns = byWord[word] { return columns }
        return word.hasSuffix("的") ? byWord[String(word.reversed().drop { $0 == "的" }.reversed())] : nil
    }
}
