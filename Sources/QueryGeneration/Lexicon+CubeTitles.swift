import SemanticModel

extension Lexicon {
    /// A cube titled by one of its own number columns (the cube `individuals` titled Doctor Visits, beside the column
    /// Doctor Visits): "the total number of doctor visits" is that column, not a count of the rows, which the cube's
    /// name and synonyms say. Only where the word shares no word with the cube's own name ("sales", "sale" for a cube
    /// `sales` stay both).
    mutating func dropCubeTitlesOfColumns() {
        for (key, list) in entries where list.count > 1 {
            let cubes = list.compactMap { entry -> String? in if case .cube(let c) = entry { c } else { nil } }
            guard cubes.count == 1, let cube = cubes.first, !Self.sharesWord(key, cube),
                list.contains(where: { entry in
                    guard case .dimension(let d) = entry, d.hasPrefix(cube + "."), case .dimension(_, let column, _)? = model.resolve(d) else { return false }
                    return column.kind == .number
                })
            else { continue }
            entries[key] = list.filter { $0 != .cube(cube) }
        }
    }

    /// Whether a key and a cube's name share a word, singular or plural (vote, votes).
    static func sharesWord(_ key: String, _ cube: String) -> Bool {
        let stem = { (w: Substring) in w.hasSuffix("s") ? String(w.dropLast()) : String(w) }
        let names = Set(cube.split(separator: "_").map(stem))
        return key.split(separator: " ").contains { names.contains(stem($0)) }
    }
}
