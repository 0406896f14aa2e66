import SemanticModel

/// English words of data columns, rows and values with their Chinese forms (the sections in `Glossary/`): what lets a
/// Chinese question name a column the model titled only in English ("Rape Rate (per 100,000)" → 强奸率).
///
/// The Chinese of a title is its words' Chinese joined in order (murder rate → 谋杀 + 率), a listed phrase taking
/// precedence over its words (body weight → 体重). A title with a word the glossary lacks has no Chinese form.
enum Glossary {
    /// English word or phrase, lowercased → its Chinese forms, most common first.
    static let forms: [String: [String]] = parse(sections)

    /// Lines `english | 中文1, 中文2`; a key listed twice keeps both lines' forms.
    static func parse(_ sections: [String]) -> [String: [String]] {
        var forms: [String: [String]] = [:]
        for line in sections.joined(separator: "\n").split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let english = parts[0].trimmingSpaces.lowercased()
            let chinese = parts[1].split(separator: ",").map(\.trimmingSpaces).filter { !$0.isEmpty }
            guard !english.isEmpty else { continue }
            for form in chinese where !(forms[english]?.contains(form) ?? false) { forms[english, default: []].append(form) }
        }
        return forms
    }

    /// The most forms one title gets: each word's first few forms, combined.
    static let formsPerWord = 3
    static let formsPerTitle = 8

    /// The Chinese forms of an English title (without its unit), of `minimumLength` characters or more; none when a
    /// word of it is not in the glossary.
    static func chinese(of title: String, minimumLength: Int = 2, in forms: [String: [String]] = forms) -> [String] {
        let words = englishWords(title)
        guard !words.isEmpty, words.count <= 5 else { return [] }
        var results = [""]
        var i = 0
        while i < words.count {
            guard let (found, used) = longestPhrase(words, from: i, in: forms) else { return [] }
            results = Array(results.flatMap { start in found.prefix(formsPerWord).map { start + $0 } }.prefix(formsPerTitle))
            i += used
        }
        return results.filter { $0.count >= minimumLength }
    }

    /// Lowercased words; a possessive's 's dropped (husband's income → husband income).
    static func englishWords(_ title: String) -> [String] {
        title.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map { word in
            word.hasSuffix("'s") ? String(word.dropLast(2)) : String(word)
        }.filter { !$0.isEmpty && $0 != "'" }
    }

    /// The longest phrase (up to three words) at `start` the glossary lists, as written or with its last word singular.
    private static func longestPhrase(_ words: [String], from start: Int, in forms: [String: [String]]) -> ([String], Int)? {
        for count in stride(from: min(3, words.count - start), through: 1, by: -1) {
            let phrase = words[start..<(start + count)]
            let key = phrase.joined(separator: " ")
            if let found = forms[key] ?? singulars(phrase.last!).lazy.compactMap({ forms[(phrase.dropLast() + [$0]).joined(separator: " ")] }).first {
                return (found, count)
            }
        }
        return nil
    }

    /// states → state, cities → city, classes → class, houses → house, women → woman: the singulars a plural may have.
    static func singulars(_ word: String) -> [String] {
        if let other = Lexicon.irregularPlurals[word] { return [other] }
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return [] }
        if word.hasSuffix("ies") { return [String(word.dropLast(3)) + "y"] }
        return word.hasSuffix("es") ? [String(word.dropLast()), String(word.dropLast(2))] : [String(word.dropLast())]
    }
}
