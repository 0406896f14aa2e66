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
        // (word, kind, member, stored value), first one wins for each normalised word.
        var words: [(String, String, String?, String?)] = []
        for cube in model.cubes where cube.isPublic {
            for m in cube.measures where m.isPublic {
                let member = "\(cube.name).\(m.name)"
                for word in [m.meta.titleZh, m.title].compactMap({ $0 }) + m.meta.synonyms { words.append((word, "measure", member, nil)) }
            }
            for d in cube.dimensions where d.isPublic && !d.primaryKey {
                let member = "\(cube.name).\(d.name)"
                for word in [d.meta.titleZh, d.title].compactMap({ $0 }) + d.meta.synonyms { words.append((word, "dimension", member, nil)) }
                for value in d.meta.valueSynonyms.keys.sorted() {
                    for word in [value] + (d.meta.valueSynonyms[value] ?? []) where Lexicon.indexable(word) {
                        words.append((word, "value", member, value))
                    }
                }
            }
            for segment in cube.segments {
                let member = "\(cube.name).\(segment.name)"
                for word in [segment.meta.titleZh].compactMap({ $0 }) + segment.meta.synonyms { words.append((word, "segment", member, nil)) }
            }
        }
        for member in values.keys.sorted() {
            for value in values[member] ?? [] where Lexicon.indexable(value) { words.append((value, "value", member, value)) }
        }
        var terms: [String: Term] = [:]
        for (display, kind, member, value) in words {
            let key = TextNormalizer.normalize(display)
            guard !key.isEmpty, terms[key] == nil else { continue }
            terms[key] = Term(key: key, display: display, kind: kind, member: member, value: value)
        }
        self.terms = terms.values.sorted { $0.key < $1.key }
    }

    /// Up to `limit` completions of the last word of `text` (the longest matching tail wins).
    public func complete(_ text: String, limit: Int = 8) -> [Completion] {
        let normalized = TextNormalizer.normalize(text)
        guard !normalized.trimmingSpaces.isEmpty else { return [] }
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
