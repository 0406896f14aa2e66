import SemanticModel

extension Lexicon {
    /// Every surface form each model meaning answers to, sorted; derived forms (inflections, adjectives, title
    /// variants) are listed apart so a model author sees what was written and what was inferred.
    public func vocabulary() -> [LexEntry: (written: [String], derived: [String])] {
        var out: [LexEntry: (written: [String], derived: [String])] = [:]
        for (key, meanings) in entries {
            for meaning in meanings {
                if case .keyword = meaning { continue }
                if derivedKeys.contains(key) { out[meaning, default: ([], [])].derived.append(key) } else { out[meaning, default: ([], [])].written.append(key) }
            }
        }
        return out.mapValues { ($0.written.sorted(), $0.derived.sorted()) }
    }
}
