import SemanticModel

/// Completes the word being typed from the model's terms and values, in both languages.
public struct Autocomplete: Sendable {
    /// One completion: the whole question with the last word completed, and what the word names.
    public struct Completion: Sendable, Equatable {
        public let text: String
        public let term: String
        public let kind: String
        public let member: String?
        /// For a value, the value as stored (北京 for "beijing").
        public let value: String?
    }

    private struct Term: Sendable {
        let key: String
        let display: String
        let kind: String
        let member: String?
        let value: String?
    }

    private let terms: [Term]

    public init(lexicon: Lexicon, model: SemanticModel, values: [String: [String]]) {
        var terms: [String: Term] = [:]
        func add(_ display: String, _ kind: String, _ member: String?, value: String? = nil) {
            let key = TextNormalizer.normalize(display)
            guard !key.isEmpty, terms[key] == nil else { return }
            terms[key] = Term(key: key, display: display, kind: kind, member: member, value: value)
        }
        for cube in model.cubes where cube.isPublic {
            for m in cube.measures where m.isPublic {
                for word in [m.meta.titleZh, m.title].compactMap({ $0 }) + m.meta.synonyms { add(word, "measure", "\(cube.name).\(m.name)") }
            }
            for d in cube.dimensions where d.isPublic && !d.primaryKey {
                for word in [d.meta.titleZh, d.title].compactMap({ $0 }) + d.meta.synonyms { add(word, "dimension", "\(cube.name).\(d.name)") }
                for (value, synonyms) in d.meta.valueSynonyms {
                    for word in [value] + synonyms where Lexicon.indexable(word) { add(word, "value", "\(cube.name).\(d.name)", value: value) }
                }
            }
            for s in cube.segments { for word in [s.meta.titleZh].compactMap({ $0 }) + s.meta.synonyms { add(word, "segment", "\(cube.name).\(s.name)") } }
        }
        for (member, list) in values { for value in list where Lexicon.indexable(value) { add(value, "value", member, value: value) } }
        self.terms = terms.values.sorted { $0.key < $1.key }
    }

    /// Up to `limit` completions of the last word of `text` (the longest matching tail wins).
    public func complete(_ text: String, limit: Int = 8) -> [Completion] {
        let normalized = TextNormalizer.normalize(text)
        guard !normalized.trimmingCharacters(in: " ").isEmpty else { return [] }
        let characters = Array(normalized)
        var results: [Completion] = []
        var seen: Set<String> = []
        // Try the last 1…24 characters as the start of a term, longest first (a tail never starts mid-word).
        let maxTail = min(24, characters.count)
        for length in stride(from: maxTail, through: 1, by: -1) {
            let tail = String(characters.suffix(length))
            guard !tail.hasPrefix(" "), tail.first.map({ !$0.isWhitespace }) == true else { continue }
            if length < characters.count, let before = characters.dropLast(length).last, before.isASCII, before.isLetter, tail.first?.isASCII == true {
                continue  // the middle of an English word
            }
            let prefix = String(text.prefix(text.count - length))
            let ranked = matches(tail).sorted { (Self.rank[$0.kind] ?? 9, $0.key.count, $0.key) < (Self.rank[$1.kind] ?? 9, $1.key.count, $1.key) }
            for term in ranked where term.key != tail && seen.insert(term.key).inserted {
                results.append(Completion(text: prefix + term.display, term: term.display, kind: term.kind, member: term.member, value: term.value))
                if results.count == limit { return results }
            }
        }
        return results
    }

    private static let rank = ["measure": 0, "segment": 1, "dimension": 2, "value": 3]

    private func matches(_ prefix: String) -> ArraySlice<Term> {
        var low = 0, high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if terms[mid].key < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < terms.count, terms[end].key.hasPrefix(prefix) { end += 1 }
        return terms[low..<end]
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String { String(filter { !set.contains($0) }) }
}
