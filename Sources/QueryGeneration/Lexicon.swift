import SemanticModel

/// What a word of a question can mean in the model.
public enum LexEntry: Sendable, Hashable {
    case measure(String)
    case dimension(String)
    case value(dimension: String, value: String)
    case segment(String)
    case cube(String)
    case keyword(Keyword)
}

/// Every word textbi knows: model titles and synonyms, indexed dimension values, and built-in keywords.
public struct Lexicon: Sendable {
    /// Normalised surface form → its meanings, most specific first.
    public internal(set) var entries: [String: [LexEntry]] = [:]
    /// The longest surface form, in matching units (CJK characters and ASCII words).
    /// Every key's leading units (as `TextNormalizer.key` writes them), so matching stops at the first unit that no
    /// key continues with instead of trying every length.
    public private(set) var prefixes: Set<String> = []
    /// Forms the lexicon derived (inflections, adjectives, title variants): recognised, never a spelling target.
    public private(set) var derivedKeys: Set<String> = []
    /// One-letter values (ratings S, A, D), matched only between Chinese characters (拿到S的, 考核为D), where no
    /// English word can be meant.
    public private(set) var letterValues: [String: [LexEntry]] = [:]
    public let model: SemanticModel
    /// Scale words some column writes in its unit (Net Generation (thousand MWh)): after a number they are that
    /// unit, not a multiplier ("10,000 thousand MWh" is 10,000 of the column).
    public private(set) var unitScales: Set<String> = []
    /// The yes/no columns among `values` and the model's booleans, with their predicate forms.
    private(set) var yesNo = YesNoColumns()
    /// A column's name that holds one of its own values ("treatment group" for Group, whose values are Treatment and
    /// Control), with that value (see `GroupRule.applyLeftovers`).
    private(set) var ownValuePhrases: [String: LexEntry] = [:]

    /// Builds the lexicon; `values` maps a string dimension (`employees.city`) to its distinct values.
    public init(model: SemanticModel, values: [String: [String]] = [:]) {
        self.model = model
        for (surface, keyword) in KeywordDictionary.entries { add(surface, .keyword(keyword)) }
        var modelTerms: [(String, LexEntry)] = []
        var adjectives: [(String, LexEntry)] = []
        for cube in model.cubes where cube.isPublic {
            let cubeTerms = [cube.name, cube.title] + cube.meta.synonyms + [cube.meta.titleZh].compactMap { $0 }
            for term in cubeTerms { add(term, .cube(cube.name)); modelTerms.append((term, .cube(cube.name))) }
            for measure in cube.measures where measure.isPublic {
                let full = "\(cube.name).\(measure.name)"
                let terms = [measure.title, cube.title + " " + measure.title] + measure.meta.synonyms
                    + [measure.meta.titleZh].compactMap { $0 }
                for term in terms { add(term, .measure(full)); modelTerms.append((term, .measure(full))) }
            }
            for dimension in cube.dimensions where dimension.isPublic {
                let full = "\(cube.name).\(dimension.name)"
                // "Feeding type: carni (carnivore), herbi (herbivore)": the description names the coded values. Such a
                // name is the value, even where the author also listed it among the column's synonyms.
                let described = dimension.kind == .string ? Self.describedValues(dimension.description, among: values[full] ?? []) : []
                let describedKeys = Set(described.map { TextNormalizer.normalize($0.name).trimmingSpaces })
                for (value, name) in described {
                    add(name, .value(dimension: full, value: value))
                    modelTerms.append((name, .value(dimension: full, value: value)))
                }
                let terms = [dimension.title] + dimension.meta.synonyms + [dimension.meta.titleZh].compactMap { $0 }
                for term in terms where !(dimension.primaryKey && term.count < 3 && term.unicodeScalars.allSatisfy(\.isASCII)) && !describedKeys.contains(TextNormalizer.normalize(term).trimmingSpaces) {
                    add(term, .dimension(full))
                    modelTerms.append((term, .dimension(full)))
                }
                guard dimension.kind == .string else { continue }
                for value in values[full] ?? [] {
                    guard Self.indexable(value), !isFunctionWordCode(value) else { addLetter(value, .value(dimension: full, value: value)); continue }
                    add(value, .value(dimension: full, value: value))
                    adjectives.append((value, .value(dimension: full, value: value)))
                }
                for (value, synonyms) in dimension.meta.valueSynonyms {
                    if Self.indexable(value) { add(value, .value(dimension: full, value: value)) } else { addLetter(value, .value(dimension: full, value: value)) }
                    for synonym in synonyms { add(synonym, .value(dimension: full, value: value)) }
                }
            }
            for segment in cube.segments {
                for term in segment.meta.synonyms + [segment.meta.titleZh].compactMap({ $0 }) {
                    add(term, .segment("\(cube.name).\(segment.name)"))
                }
            }
        }
        addBandValues(values)
        // A column's own name says it too ("class" for the title Vehicle Class), where the name is a word nothing
        // else in the model or the keywords claims, and no other cube has a column of that name (name, code).
        let columns = model.cubes.filter(\.isPublic).flatMap { cube in cube.dimensions.filter { $0.isPublic && !$0.primaryKey }.map { (cube, $0) } }
        let shared = Dictionary(grouping: columns, by: { $0.1.name }).filter { $0.value.count > 1 }
        for (cube, dimension) in columns where shared[dimension.name] == nil && !["name", "title", "label", "code"].contains(dimension.name) {
            let name = dimension.name.split(separator: "_").joined(separator: " ")
            let key = TextNormalizer.normalize(name).trimmingSpaces
            guard key.count >= 3, entries[key] == nil, KeywordDictionary.entries[key] == nil else { continue }
            addIfAbsent(name, .dimension("\(cube.name).\(dimension.name)"))
            modelTerms.append((name, .dimension("\(cube.name).\(dimension.name)")))
        }
        // "Average Price ($)" is said "average prices" too: titles inflect without their unit.
        // Values don't inflect: "Gentoo penguins" is the rows of the value Gentoo Penguin, not the value said twice.
        let periodless = Self.withoutPeriodAdjective(modelTerms) + Self.withAreaSpelled(modelTerms)
        for (term, entry) in periodless { addIfAbsent(term, entry) }
        addInflections(of: modelTerms + modelTerms.compactMap { term, entry in Self.withoutUnit(term).map { ($0, entry) } } + periodless)
        addEventVerbs(of: modelTerms)
        yesNo = YesNoColumns(values: values, model: model)
        addPredicateForms(yesNo)
        addChineseColumnWords()
        addPersonWords(adjectives)
        addPeopleNouns()
        addPossessiveHeads()
        addChineseEventNouns()
        addChineseCountVariants()
        addChineseCubeHeads()
        addEnglishCubeHeads()
        addTimeEvents()
        addRateUnits()
        addRatesOfCounts()
        addBelongingPhrases()
        addEmployVerbs()
        addPassiveForms()
        for cube in model.cubes {
            let phrases = cube.dimensions.map { ColumnUnits.phraseWords($0.title, $0.meta.titleZh, $0.meta.units) }
                + cube.measures.map { ColumnUnits.phraseWords($0.title, $0.meta.titleZh, $0.meta.units) }
            for word in phrases.joined() where ColumnUnits.scales.contains(word) {
                unitScales.formUnion([word, word.hasSuffix("s") ? String(word.dropLast()) : word + "s"])
            }
            // "Gross Investment ($M)": "500 million" is 500 in the column's own scale.
            let units = (cube.dimensions.map(\.title) + cube.measures.map(\.title)).compactMap { TitleUnit.split($0)?.unit }
            for (word, _) in units.compactMap(ColumnUnits.scale(ofUnit:)) { unitScales.formUnion([word, word + "s"]) }
        }
        addChineseAggregateWords()
        addVariants(of: modelTerms)
        addYearPlacements(of: modelTerms)
        addParticipleCounts()
        addNumberRanges(of: modelTerms)
        addPartialValues(values.filter { model.resolve($0.key) != nil })
        // A one-word English value is also said as an adjective: rain → rainy, sun → sunny, fog → foggy; a place
        // by its people's adjective or Chinese name (Japan → Japanese, 日本).
        for (value, entry) in adjectives {
            for word in Self.placeWords(of: value) { addIfAbsent(word, entry) }
            let word = value.lowercased()
            guard word.count >= 3, word.allSatisfy({ $0.isASCII && $0.isLetter }), !word.hasSuffix("y") else { continue }
            addIfAbsent(word + "y", entry)
            if let last = word.last, !"aeiouwxy".contains(last) { addIfAbsent(word + String(last) + "y", entry) }
        }
        addGlossaryForms(of: modelTerms, values: values)
        ownValuePhrases = Self.ownValuePhrases(entries)
        dropCubeTitlesOfColumns()
    }

    /// Keys naming a string column whose words include exactly one of that column's own values.
    static func ownValuePhrases(_ entries: [String: [LexEntry]]) -> [String: LexEntry] {
        var found: [String: LexEntry] = [:]
        for (key, list) in entries where key.contains(" ") {
            for case .dimension(let d) in list {
                let own = Set(key.split(separator: " ").flatMap { word in
                    (entries[String(word)] ?? []).filter { if case .value(d, _) = $0 { true } else { false } }
                })
                if own.count == 1, let value = own.first { found[key] = value }
            }
        }
        return found
    }

    /// Spellings a model title implies: without a trailing unit in brackets ("Max Wind Speed (m/s)" → "Max Wind
    /// Speed"), and with the usual words for its aggregation (max / maximum / highest), where the lexicon has
    /// no entry of its own.
    /// "Max Wind Speed (m/s)" → "Max Wind Speed", 就业人数（千人） → 就业人数; nil when the title has no unit in brackets.
    static func withoutUnit(_ term: String) -> String? { TitleUnit.split(term)?.name }

    /// Words that say the same aggregation at the start of a title (Max Price, highest price).
    static let aggregationWordGroups: [[String]] = [
        ["max", "maximum", "highest"], ["min", "minimum", "lowest"], ["avg", "average", "mean"], ["total", "sum of"],
    ]

    private mutating func addVariants(of terms: [(String, LexEntry)]) {
        let synonyms = Self.aggregationWordGroups
        for (term, entry) in terms {
            let forms = [term] + [Self.withoutUnit(term)].compactMap { $0 }
            for form in forms {
                let words = form.lowercased().split(separator: " ").map(String.init)
                guard words.count >= 2, let group = synonyms.first(where: { $0.contains(words[0]) }) else {
                    // A title without its unit is the model's own word: it joins a meaning only derived for the
                    // same form ("Yield (bushels per acre)" beside the singular of the cube "yields"), or its own
                    // cube's noun ("MIC (µg/ml)" where the cube mic_results has the synonym "mic"): a word naming
                    // both the rows and their number column names the column too.
                    if form != term { addInflection(form, entry) }
                    continue
                }
                // Average Price ($1000) of two cubes: "average price" keeps both, as the title does.
                for word in group { addInflection(([word] + words.dropFirst()).joined(separator: " "), entry) }
            }
            for form in forms { addPerPersonForms(form, entry) }
        }
    }

    /// "Disposable Income per Capita", "income per head": per capita, per person and per head say the same, after
    /// the noun or before it (per-capita income).
    private mutating func addPerPersonForms(_ term: String, _ entry: LexEntry) {
        let phrases = ["per capita", "per person", "per head"]
        let lower = term.lowercased()
        guard let said = phrases.first(where: { lower.hasSuffix(" " + $0) }) else { return }
        let noun = String(lower.dropLast(said.count + 1))
        guard !noun.isEmpty else { return }
        for phrase in phrases {
            addIfAbsent(noun + " " + phrase, entry)
            addIfAbsent(phrase + " " + noun, entry)
        }
    }

    static let comparisonWords: Set<String> = ["more", "less", "over", "under", "above", "below", "plus", "than", "fewer", "older", "younger"]

    /// One word of a longer value names it when no other value has that word and the word means nothing else:
    /// "Acme" for 'Acme Trading Co.', "papua" for 'Pygoscelis papua'. A word two values share names neither.
    private mutating func addPartialValues(_ values: [String: [String]]) {
        var owners: [String: Set<LexEntry>] = [:]
        for (dimension, list) in values {
            guard case .dimension(_, let d, _)? = model.resolve(dimension), d.kind == .string, d.isPublic else { continue }
            for value in list where Self.indexable(value) {
                let words = TextNormalizer.units(of: TextNormalizer.normalize(value)).filter { $0.kind == .word }.map(\.text)
                guard words.count >= 2 else { continue }
                for word in Set(words) { owners[word, default: []].insert(.value(dimension: dimension, value: value)) }
            }
        }
        for (word, entries) in owners.sorted(by: { $0.key < $1.key }) {
            // "more" of '65+' (read "65 or more"), "over" of '75 and over': words of comparison name no value.
            guard entries.count == 1, let entry = entries.first, word.count >= 4, !KeywordDictionary.stopwords.contains(word),
                !Self.comparisonWords.contains(word)
            else { continue }
            addIfAbsent(word, entry)
        }
    }

    /// 最高产量, 平均工资: an aggregate measure without a Chinese title is said with its aggregation's word before its
    /// column's Chinese title, where the lexicon has no entry of its own for that form.
    private mutating func addChineseAggregateWords() {
        for cube in model.cubes where cube.isPublic {
            for measure in cube.measures where measure.isPublic && measure.meta.titleZh == nil && measure.filters.isEmpty {
                guard let prefixes = Self.chineseAggregationWords[measure.kind], let column = cube.numberColumn(of: measure), let title = column.meta.titleZh else { continue }
                for prefix in prefixes { addIfAbsent(prefix + title, .measure("\(cube.name).\(measure.name)")) }
            }
        }
    }

    mutating func addIfAbsent(_ surface: String, _ entry: LexEntry) {
        let key = TextNormalizer.normalize(surface).trimmingSpaces
        guard !key.isEmpty, entries[key] == nil else { return }
        add(surface, entry)
        derivedKeys.insert(key)
    }

    /// An inflection joins the other meanings derived for the same form (job: the cube "jobs" and the measure
    /// "jobs"), so the singular is as ambiguous as the word the model wrote; a form the model wrote itself wins.
    ///
    /// A number column's form also joins its own cube's noun ("MIC (µg/ml)" where the cube mic_results has the synonym
    /// "mic", "Gas Price ($ per gallon)" beside the cube's "gas prices"): a word naming both the rows and their number
    /// column names the column too, and a bare column is asked back rather than its rows counted.
    mutating func addInflection(_ surface: String, _ entry: LexEntry) {
        let key = TextNormalizer.normalize(surface).trimmingSpaces
        var ownCube = false
        if case .dimension(let d) = entry, case .dimension(_, let dimension, _)? = model.resolve(d), dimension.kind == .number,
            let existing = entries[key]
        {
            ownCube = existing.allSatisfy { $0 == .cube(String(d.prefix { $0 != "." })) }
        }
        if entries[key] == nil || derivedKeys.contains(key) || ownCube { add(surface, entry) }
        if !ownCube { derivedKeys.insert(key) }
    }

    static let irregularPlurals: [String: String] = [
        "women": "woman", "woman": "women", "men": "man", "man": "men", "children": "child", "child": "children",
        "people": "person", "mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth",
    ]

    /// Simple English inflections of a one-word model term (hired → hire, hire → hires, review → reviews), added
    /// only where the lexicon has no entry of its own, so a model author needn't list every form.
    private mutating func addInflections(of terms: [(String, LexEntry)]) {
        for (term, entry) in terms {
            let word = TextNormalizer.normalize(term).trimmingSpaces
            // A multi-word English term's last word takes the plural or the singular (model year → model years).
            let words = word.split(separator: " ")
            if words.count >= 2, words.count <= 3, word.allSatisfy({ ($0.isASCII && $0.isLetter) || $0 == " " }), let last = words.last, last.count >= 3 {
                let head = words.dropLast().joined(separator: " ")
                if ["ss", "x", "ch", "sh"].contains(where: last.hasSuffix) {
                    addInflection(head + " " + last + "es", entry)  // small class → small classes
                } else if last.hasSuffix("s") {
                    addInflection(head + " " + last.dropLast(), entry)
                } else {
                    addInflection(head + " " + last + "s", entry)
                }
                continue
            }
            // women → woman, men → man, children → child: the irregular plurals of people.
            if let other = Self.irregularPlurals[word] {
                addInflection(other, entry)
                continue
            }
            guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            var forms: [String] = []
            if word.hasSuffix("ed") {
                forms = [String(word.dropLast()), String(word.dropLast(2))]  // hired → hire, joined → join
            } else if word.hasSuffix("ing") {
                forms = [String(word.dropLast(3)), String(word.dropLast(3)) + "e"]  // hiring → hire
            } else if word.hasSuffix("ies") {
                forms = [String(word.dropLast(3)) + "y"]  // varieties → variety
            } else if word.hasSuffix("s"), !word.hasSuffix("ss") {
                forms = [String(word.dropLast())]  // reviews → review
            } else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
                forms = [String(word.dropLast()) + "ies"]  // city → cities
            } else {
                let plural = ["ss", "x", "ch", "sh"].contains(where: word.hasSuffix) ? word + "es" : word + "s"  // class → classes
                forms = [plural] + (word.hasSuffix("e") ? [word + "d", String(word.dropLast()) + "ing"] : [word + "ed", word + "ing"])
            }
            // cars → car: a plural's singular may be short; other forms need four letters.
            for form in forms where form.count >= 4 || (word.hasSuffix("s") && form.count == 3) { addInflection(form, entry) }
        }
    }

    private mutating func addLetter(_ value: String, _ entry: LexEntry) {
        let key = TextNormalizer.normalize(value)
        // A one-letter value, or a code that is also a function word (US, IN, OR), kept for where context says so.
        guard key.count == 1 || isFunctionWordCode(value), key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else { return }
        if !(letterValues[key]?.contains(entry) ?? false) { letterValues[key, default: []].append(entry) }
    }

    /// A bare one-letter ASCII value (a rating "A") would match ordinary words; such values need a synonym.
    /// A short code in capitals that is also a function word (IN for Indiana, OR, ME, OK): "in" is never the
    /// state, so the code is matched only where no English word can be meant, as a one-letter value is.
    private func isFunctionWordCode(_ value: String) -> Bool {
        guard value.count <= 3, value.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        let word = value.lowercased()
        return KeywordDictionary.stopwords.contains(word) || entries[word]?.contains { if case .keyword = $0 { return true } else { return false } } == true
    }

    /// The names a description gives coded values: "carni (carnivore)", "lc (least concern)", or the other way
    /// round, "carnivore (carni)". Each pair needs one side to be a value of the column, word for word.
    static func describedValues(_ description: String?, among values: [String]) -> [(value: String, name: String)] {
        guard let description = description.map(TextNormalizer.normalize), !values.isEmpty else { return [] }
        let byKey = Dictionary(values.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let delimiters: Set<Character> = [",", ";", ":", "(", ")", "，", "；", "：", "、", "."]
        func clean(_ text: Substring) -> String {
            var words = text.split(separator: " ").map(String.init)
            if words.first == "or" || words.first == "and" { words.removeFirst() }
            return words.joined(separator: " ")
        }
        func isName(_ text: String) -> Bool {
            let words = text.split(separator: " ")
            return !words.isEmpty && words.count <= 4 && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
        }
        var pairs: [(value: String, name: String)] = []
        var index = description.startIndex
        while let open = description[index...].firstIndex(of: "("), let close = description[open...].firstIndex(of: ")") {
            let before = description[..<open]
            let start = before.lastIndex(where: { delimiters.contains($0) }).map { before.index(after: $0) } ?? before.startIndex
            let outside = clean(before[start...]), inside = clean(description[description.index(after: open)..<close])
            if let value = byKey[outside.lowercased()], isName(inside), byKey[inside.lowercased()] == nil {
                pairs.append((value, inside))
            } else if let value = byKey[inside.lowercased()], isName(outside), byKey[outside.lowercased()] == nil {
                pairs.append((value, outside))
            }
            index = description.index(after: close)
        }
        return pairs
    }

    static func indexable(_ value: String) -> Bool {
        !(value.count <= 1 && value.unicodeScalars.allSatisfy(\.isASCII))
    }

    private mutating func add(_ surface: String, _ entry: LexEntry) {
        let key = TextNormalizer.normalize(surface).trimmingSpaces
        guard !key.isEmpty else { return }
        // Kellogg's, Long-nosed: the key the tokenizer builds from a question's words (the possessive dropped, a
        // hyphen a space) finds the surface too.
        let spoken = TextNormalizer.key(TextNormalizer.units(of: key)[...])
        if spoken != key, !spoken.isEmpty { insert(spoken, entry) }
        insert(key, entry)
    }

    private mutating func insert(_ key: String, _ entry: LexEntry) {
        var list = entries[key, default: []]
        guard !list.contains(entry) else { return }
        // Model meanings come before keywords; values before dimensions; measures before cubes.
        list.append(entry)
        list.sort { Self.rank($0) < Self.rank($1) }
        entries[key] = list
        var prefix = TextNormalizer.KeyBuilder()
        for unit in TextNormalizer.units(of: key) { prefixes.insert(prefix.append(unit)) }
    }

    private static func rank(_ entry: LexEntry) -> Int {
        switch entry {
        case .measure: return 0
        case .value: return 1
        case .segment: return 2
        case .dimension: return 3
        case .cube: return 4
        case .keyword: return 5
        }
    }

    public func lookup(_ key: String) -> [LexEntry]? { entries[key] }
}
