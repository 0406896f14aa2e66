/// Corrects misspelt English words (salery → salary, departmnet → department) against the words the lexicon
/// knows: one edit for words of five or six letters, two for longer ones, the first letter kept, and only when one
/// word is the closest.
struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [String]]
    /// What a whole-word key means; two equally close words that mean the same (employee, employees) are no tie.
    private let meaning: [String: [LexEntry]]

    init(lexicon: Lexicon) {
        var words: Set<String> = []
        for key in lexicon.entries.keys where !lexicon.derivedKeys.contains(key) {
            for word in key.split(separator: " ") where word.count >= 3 && word.allSatisfy({ $0.isASCII && $0.isLetter }) {
                words.insert(String(word))
            }
        }
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
            for candidate in byLength[length] ?? [] where candidate.first == word.first {
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
