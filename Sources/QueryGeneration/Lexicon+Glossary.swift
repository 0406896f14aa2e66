import SemanticModel

extension Lexicon {
    /// The Chinese a question may use for what the model names only in English: each English title, synonym and
    /// string value the glossary translates word for word (Rape Rate → 强奸率, Female → 女性), and a measure's title
    /// with its aggregation's Chinese word (Average Income → 平均收入, Number of Firms → 企业数量).
    ///
    /// Only forms the lexicon has no entry for are added, so the model's own Chinese always wins; a form derived for
    /// two meanings keeps both, and is asked back like any ambiguous word.
    mutating func addGlossaryForms(of terms: [(String, LexEntry)], values: [String: [String]]) {
        var derived: [String: [LexEntry]] = [:]
        var order: [String] = []
        // A form is two characters or more, but the rows' own noun may be one (州, 车: 人口超过600万的州有几个).
        func derive(_ forms: [String], _ entry: LexEntry) {
            let shortest = if case .cube = entry { 1 } else { 2 }
            for form in forms where form.count >= shortest {
                let key = TextNormalizer.normalize(form).trimmingSpaces
                guard entries[key] == nil else { continue }
                if derived[key] == nil { order.append(key) }
                if !(derived[key]?.contains(entry) ?? false) { derived[key, default: []].append(entry) }
            }
        }
        for (term, entry) in terms where term.unicodeScalars.allSatisfy(\.isASCII) {
            let name = Self.withoutUnit(term) ?? term
            switch entry {
            case .measure(let full):
                guard case .measure(let cube, let measure)? = model.resolve(full) else { continue }
                let (forms, counted) = Self.chineseMeasureForms(name, kind: measure.kind)
                derive(forms, entry)
                // Number of Firms → 企业 (人口超过600万的企业有几个): an unfiltered count's noun is its rows'.
                if measure.kind == .count, measure.filters.isEmpty { derive(counted, .cube(cube.name)) }
            case .cube:
                derive(Glossary.chinese(of: name, minimumLength: 1), entry)
            case .dimension, .segment, .value:
                derive(Glossary.chinese(of: name), entry)
            case .keyword:
                continue
            }
        }
        // 销售部 beside Sales: a cube with a column of Chinese values already names its rows in Chinese.
        let chineseValued = Set(values.filter { $0.value.contains { $0.unicodeScalars.contains(where: TextNormalizer.isCJK) } }.map { String($0.key.prefix { $0 != "." }) })
        for (dimension, list) in values.sorted(by: { $0.key < $1.key }) {
            guard case .dimension(let cube, let d, _)? = model.resolve(dimension), d.kind == .string, d.isPublic, !chineseValued.contains(cube.name) else { continue }
            for value in list where value.unicodeScalars.allSatisfy(\.isASCII) {
                derive(Glossary.chinese(of: value), .value(dimension: dimension, value: value))
            }
        }
        for key in order {
            for entry in derived[key] ?? [] { addInflection(key, entry) }
        }
    }

    /// The Chinese word of each aggregation, said before a column's title (平均工资, 最高产量, 总产量).
    static let chineseAggregationWords: [Measure.Kind: [String]] = [.max: ["最高", "最大"], .min: ["最低", "最小"], .avg: ["平均"], .sum: ["总"]]

    /// The aggregation each of `aggregationWordGroups` says (max / maximum / highest → max), for a title starting with it.
    static let aggregationOfWord: [String: Measure.Kind] = Dictionary(uniqueKeysWithValues: zip(aggregationWordGroups, [Measure.Kind.max, .min, .avg, .sum])
        .flatMap { group, kind in group.map { (String($0.split(separator: " ")[0]), kind) } })

    /// A measure title's Chinese forms, and for a count the Chinese of what it counts: Average Income → 平均收入,
    /// Total Output → 总产量, Number of Firms / Firm Count → 企业数量 (counting 企业); a title without an aggregation word
    /// is translated as it is.
    static func chineseMeasureForms(_ title: String, kind: Measure.Kind) -> (forms: [String], counted: [String]) {
        var words = Glossary.englishWords(title)
        if [.count, .countDistinct].contains(kind) {
            if words.count >= 3, words[0] == "number", words[1] == "of" {
                words.removeFirst(2)
            } else if words.count >= 2, words.last == "count" {
                words.removeLast()
            } else {
                return (Glossary.chinese(of: title), [])
            }
            let counted = Glossary.chinese(of: words.joined(separator: " "), minimumLength: 1)
            return (counted.flatMap { [$0 + "数量", $0 + "数"] }, counted)
        }
        if words.count >= 2, let kind = aggregationOfWord[words[0]], let chinese = chineseAggregationWords[kind] {
            var rest = Array(words.dropFirst())
            if words[0] == "sum", rest.first == "of" { rest.removeFirst() }
            let column = Glossary.chinese(of: rest.joined(separator: " "))
            return (chinese.flatMap { word in column.map { word + $0 } }, [])
        }
        return (Glossary.chinese(of: title), [])
    }
}
