import SemanticModel

/// Yes/no columns titled as what a row does or is (Lives in Large City, Received UI Benefits, Saw a Doctor, In
/// Labor Force, 是否住在大城市): the predicate is said in the question with the verb inflected and an article
/// added or left out ("women who live in a large city", 住在大城市的女性). FilterRule.yesNo reads such a form as
/// the rows where the column is yes.
extension Lexicon {
    /// The verbs a predicate title may start with, by base form, with their irregular forms.
    static let predicateVerbs: [String: [String]] = [
        "live": [], "have": ["has", "had", "having"], "own": [], "use": [], "receive": [], "see": ["saw", "seen", "sees", "seeing"],
        "work": [], "attend": [], "survive": [], "smoke": [], "drink": ["drank", "drunk"], "rent": [], "visit": [], "vote": [],
        "get": ["got", "gets", "getting", "gotten"], "go": ["went", "goes", "going", "gone"], "take": ["took", "takes", "taking", "taken"],
        "qualify": [], "participate": [], "play": [], "hold": ["held"], "pay": ["paid"], "speak": ["spoke", "spoken"],
        "grow": ["grew", "grown", "grows", "growing"], "enroll": [], "graduate": [], "finish": [],
        "complete": [], "belong": [], "serve": [], "move": [], "marry": [],
    ]

    /// Every form of each predicate verb, with its base.
    static let predicateForms: [String: String] = {
        var forms: [String: String] = [:]
        for (base, irregular) in predicateVerbs {
            let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
            let y = base.hasSuffix("y") && !"aeiou".contains(base.dropLast().last ?? "a") ? String(base.dropLast()) : nil  // marry
            let third = y.map { $0 + "ies" } ?? (["sh", "ch", "ss", "x"].contains(where: base.hasSuffix) ? base + "es" : base + "s")
            let past = y.map { $0 + "ied" } ?? (base.hasSuffix("e") ? base + "d" : base + "ed")
            for form in [base, third, stem + "ing", past] + irregular { forms[form] = base }
        }
        return forms
    }()

    /// The forms of each predicate verb, by its base.
    static let predicateFormsByBase: [String: [String]] = Dictionary(grouping: predicateForms.keys, by: { predicateForms[$0]! }).mapValues { $0.sorted() }

    /// Prepositions a predicate title may start with or continue with (In Labor Force, Lives in Large City).
    static let predicatePrepositions: Set<String> = ["in", "at", "on", "from", "with", "under", "to", "outside"]

    /// The surface forms of the yes/no columns' predicate titles.
    mutating func addPredicateForms(_ yesNo: YesNoColumns) {
        for (dimension, forms) in yesNo.predicates.sorted(by: { $0.key < $1.key }) {
            for form in forms.sorted() { addIfAbsent(form, .dimension(dimension)) }
        }
    }

    /// "Lives in Large City" → live / lives / living / lived in (a / the) large city; "In Labor Force" → in (the)
    /// labor force. Nothing for a title that starts with neither a predicate verb nor a preposition.
    static func predicateForms(of title: String) -> [String] {
        var words = TextNormalizer.normalize(title).trimmingSpaces.split(separator: " ").map(String.init)
        guard let first = words.first, words.count >= 2, words.count <= 5, words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" } }) else { return [] }
        let heads: [String]
        if let base = predicateForms[first] {
            heads = predicateFormsByBase[base] ?? [base]
        } else if predicatePrepositions.contains(first) {
            heads = [first]
        } else {
            return []
        }
        words.removeFirst()
        // After the verb or a preposition an article may be said or left out (saw a doctor, in the labor force).
        var tails: [[String]] = [[]]
        var afterLink = true
        for word in words {
            if ["a", "an", "the"].contains(word) { continue }
            let a = "aeiou".contains(word.first!) ? "an" : "a"
            tails = afterLink ? tails.flatMap { [$0 + [word], $0 + [a, word], $0 + ["the", word]] } : tails.map { $0 + [word] }
            afterLink = predicatePrepositions.contains(word)
        }
        return heads.flatMap { head in tails.map { ([head] + $0).joined(separator: " ") } }
    }
}
