import SemanticModel

/// Corrects misspelt English words (salery → salary, departmnet → department) against the words the lexicon
/// knows: one edit for words of five or six letters, two for longer ones, the first letter kept, and only when one
/// word is the closest.
struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [String]]
    /// What a whole-word key means; two equally close words that mean the same (employee, employees) are no tie.
    private let meaning: [String: [LexEntry]]
    /// Words known only from the database's values (judge Heald, station Stone), not written anywhere in the model:
    /// names, mostly, that sit one letter from everyday words (heard, stole). A word is corrected to one of them only
    /// when it is long enough for a one- or two-letter slip to be a misspelling rather than another word (heard is
    /// not Heald); a value the model's author wrote (a value synonym: Beijing) is a target like any model word.
    private let valueOnly: Set<String>

    init(lexicon: Lexicon) {
        var words: Set<String> = []
        var named: Set<String> = []
        for (key, entries) in lexicon.entries where !lexicon.derivedKeys.contains(key) {
            let isValue = entries.allSatisfy { if case .value = $0 { true } else { false } }
            for word in key.split(separator: " ") where word.count >= 3 && word.allSatisfy({ $0.isASCII && $0.isLetter }) {
                words.insert(String(word))
                if !isValue { named.insert(String(word)) }
            }
        }
        valueOnly = words.subtracting(named).subtracting(Self.modelWords(lexicon.model))
        // Corrections go only to words the lexicon knows; stopwords and derived forms are known (never
        // corrected) but no target.
        byLength = Dictionary(grouping: words.filter { $0.count >= 4 }, by: \.count)
        for key in lexicon.derivedKeys where !key.contains(" ") { words.insert(key) }
        for word in KeywordDictionary.stopwords where word.allSatisfy({ $0.isASCII && $0.isLetter }) { words.insert(word) }
        for word in TimeRule.monthNames.keys { words.insert(word) }
        // 2018 or earlier, or later: read by the time rule (earlier is no misspelt "earliest").
        for word in ["earlier", "later"] { words.insert(word) }
        // include, lacking: the words of a yes/no column's two sides (include is no misspelt "exclude").
        for word in FilterRule.havingWords.union(FilterRule.lackingWords) where word.allSatisfy(\.isASCII) { words.insert(word) }
        // older, taller, windiest: everyday quantity words, read by the rules even where the model has no such column.
        for word in QuantityWords.allWords where word.allSatisfy({ $0.isASCII && $0.isLetter }) { words.insert(word) }
        // farthest, nearest: superlatives of their own, never a misspelt "fastest" or "newest".
        for word in ["farthest", "furthest", "nearest", "closest", "northernmost", "southernmost", "easternmost", "westernmost",
                     "richest", "poorest", "cheapest", "dearest", "hardest", "easiest", "safest", "busiest", "quietest", "loudest"] {
            words.insert(word)
        }
        vocabulary = words
        meaning = lexicon.entries.filter { !$0.key.contains(" ") }
    }

    /// The correction for `word`, or nil when it is known, too short, or not close to exactly one known word.
    func correct(_ word: String) -> String? {
        guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }), !vocabulary.contains(word) else { return nil }
        // unmarried, nonunion, inactive, dissatisfied: a negating prefix on a known word is its opposite, never a
        // misspelling of it.
        if Self.negatingPrefixes.contains(where: { word.hasPrefix($0) && vocabulary.contains(String(word.dropFirst($0.count))) }) { return nil }
        // A plural of a known word (pays → pay, types → type, names → name, a word known only inside "Airport Name")
        // is that word, never a misspelling of another one (names is not "Ames").
        if word.hasSuffix("s"), vocabulary.contains(String(word.dropLast())) { return String(word.dropLast()) }
        // Four-letter words have too many neighbours (here → hire): correcting them would guess.
        guard word.count >= 5 else { return nil }
        let limit = word.count <= 6 ? 1 : 2
        var bestDistance = Int.max
        var closest: [String] = []
        for length in (word.count - limit)...(word.count + limit) {
            // A misspelling keeps its first letter: a word that differs there is another word (weight is not a
            // misspelt height, wages not pages), and correcting it would answer about something else.
            for candidate in byLength[length] ?? [] where candidate.first == word.first && (word.count >= Self.valueTypoLength || !valueOnly.contains(candidate)) {
                guard let d = Self.distance(word, candidate, limit: limit) else { continue }
                if d < bestDistance {
                    bestDistance = d
                    closest = [candidate]
                } else if d == bestDistance {
                    closest.append(candidate)
                }
            }
        }
        // Among equally close words, those ending like the typed word win (employes → employees, not employed);
        // what remains must all mean the same thing.
        let sameEnding = closest.filter { $0.last == word.last }
        let finalists = sameEnding.isEmpty ? closest : sameEnding
        guard let first = finalists.first else { return nil }
        let agreed = finalists.allSatisfy { $0 == first || (meaning[$0] != nil && meaning[$0] == meaning[first]) }
        return agreed ? finalists.min() : nil
    }

    /// The words of the model's own text: titles, synonyms and value synonyms.
    private static func modelWords(_ model: SemanticModel) -> Set<String> {
        var texts: [String] = []
        for cube in model.cubes {
            texts += [cube.title] + cube.meta.synonyms
            for m in cube.measures { texts += [m.title] + m.meta.synonyms }
            for d in cube.dimensions {
                texts += [d.title] + d.meta.synonyms
                for (value, synonyms) in d.meta.valueSynonyms { texts += [value] + synonyms }
            }
        }
        return Set(texts.flatMap { TextNormalizer.normalize($0).split(separator: " ").map(String.init) })
    }

    /// The shortest word corrected to a word known only from the database's values.
    static let valueTypoLength = 7

    static let negatingPrefixes = ["un", "non", "in", "im", "ir", "il", "dis"]

    /// Optimal-string-alignment distance (a transposition counts as one edit), or nil when over `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return nil }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, y.count) where y.count > 0 {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let d = previous[y.count]
        return d <= limit ? d : nil
    }
}
