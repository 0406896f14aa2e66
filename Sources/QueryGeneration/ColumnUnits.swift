import SemanticModel

/// The words written after numbers of numeric columns (`meta.unit`, or "mm" from "Precipitation (mm)"), indexed
/// once per model: rules look a word up instead of reading every dimension's title per question.
struct ColumnUnits: Sendable {
    /// A unit word → the numeric dimensions (`cube.dimension`) it follows, in model order.
    let byWord: [String: [String]]
    /// The dimensions that have a unit.
    let members: Set<String>
    /// Every word of each numeric member's unit, measures included: "Yield (bushels per acre)" → bushels, acre;
    /// "Gas Price ($ per gallon)" → $, gallon. A phrase of them after a compared number is that number's unit.
    let words: [String: Set<String>]

    /// Words that join a unit's parts (bushels per acre, bushels an acre, µg/ml): never a unit on their own.
    static let connectors: Set<String> = ["per", "a", "an", "/", "each", "every", "每"]
    /// Scale words: part of a unit (thousand MWh) but never the word that picks a column, since "10 thousand" is a number.
    static let scales: Set<String> = ["thousand", "thousands", "million", "millions", "billion", "billions", "hundred", "hundreds"]
    /// Currency words and the symbol they stand for ("two dollars a gallon" is "$2 a gallon").
    static let currencies: [String: String] = [
        "$": "$", "dollar": "$", "dollars": "$", "usd": "$", "美元": "$", "¥": "¥", "元": "¥", "yuan": "¥", "rmb": "¥", "人民币": "¥",
        "€": "€", "euro": "€", "euros": "€", "eur": "€", "欧元": "€", "£": "£", "pound": "£", "pounds": "£", "gbp": "£", "英镑": "£",
        "美金": "$",
    ]

    /// Number members named alike but for their unit (Depth (%) and Depth (mm)), each with the others: "the average
    /// depth" may mean either unless the question says the unit.
    let twins: [String: Set<String>]
    /// The number columns of an amount per month (月薪) or per year, by the period's word ("month", "year").
    let periodColumns: [String: Set<String>]

    /// Units a title may say among its words: Hours Worked, Days in Hospital, Miles Driven.
    static let titleUnitWords: Set<String> = ["hours", "days", "weeks", "months", "years", "minutes", "seconds", "miles", "kilometres", "kilometers"]

    /// The unit among the words of a title of two words or more (Total Hours Worked → hours), nil if none.
    static func unitWord(of title: String) -> String? {
        let words = (TitleUnit.split(title)?.name ?? title).lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        return words.first(where: titleUnitWords.contains)
    }

    init(model: SemanticModel) {
        var byName: [String: [(member: String, unit: String)]] = [:]
        for cube in model.cubes where cube.isPublic {
            for d in cube.dimensions where d.isPublic && d.kind == .number {
                guard let (name, unit) = TitleUnit.split(d.title) else { continue }
                byName[TextNormalizer.normalize(name).trimmingSpaces, default: []].append(("\(cube.name).\(d.name)", unit))
            }
        }
        var twins: [String: Set<String>] = [:]
        for group in byName.values where Set(group.map(\.unit)).count > 1 {
            for (member, unit) in group { twins[member] = Set(group.filter { $0.unit != unit }.map(\.member)) }
        }
        for cube in model.cubes {
            for m in cube.measures {
                if let column = cube.numberColumn(of: m), let others = twins["\(cube.name).\(column.name)"] { twins["\(cube.name).\(m.name)"] = others }
            }
        }
        self.twins = twins
        var byWord: [String: [String]] = [:]
        var members: Set<String> = []
        var words: [String: Set<String>] = [:]
        for cube in model.cubes {
            for d in cube.dimensions {
                let member = "\(cube.name).\(d.name)"
                let phrase = Self.phraseWords(d.title, d.meta.titleZh, d.meta.units) + Self.periodWords(d)
                if d.kind == .number, !phrase.isEmpty { words[member] = Set(phrase) }
                var units = FilterRule.units(of: d)
                // A longer unit (bushels per acre, thousand MWh) is known by its first word that is not a scale: an
                // English word only (千人's 人 is the people counted, not a unit that picks this column).
                if d.kind == .number,
                    let head = phrase.first(where: { !Self.scales.contains($0) && !Self.currencies.keys.contains($0) && $0.allSatisfy(\.isASCII) }),
                    phrase.count > 1 || head.count > 5, !units.contains(head)
                {
                    units.append(head)
                }
                // Hours Worked, Total Hours Worked, Days Survived: a title with a unit among its words counts in it (worked
                // more than 3,500 hours); two such columns leave the unit to the column named beside it.
                if d.kind == .number, let word = Self.unitWord(of: d.title), !units.contains(word) { units.append(word) }
                // An age in years is said in 岁 in Chinese (65岁及以上).
                if d.kind == .number, units.contains(where: { ["years", "year", "yrs"].contains($0.lowercased()) }),
                    [d.name, d.title.lowercased(), d.meta.titleZh ?? ""].contains(where: { $0.contains("age") || $0.contains("年龄") })
                {
                    units.append("岁")
                }
                // 绩效分4.5分及以上: a score titled with 分 is counted in 分.
                if d.kind == .number, Self.countsInPoints(d.meta.titleZh) { units.append("分") }
                // 100公斤, 180厘米, 250公里: the Chinese names of a metric unit.
                if d.kind == .number { units += units.flatMap { Self.chineseUnits[$0.lowercased()] ?? [] } }
                // 4,000 grams, 14 grams for a column in g: a metric unit's English name (not percent, which asks a share).
                if d.kind == .number { units += units.flatMap { Self.spelledUnits[$0.lowercased()] ?? [] } }
                guard !units.isEmpty else { continue }
                members.insert(member)
                for unit in units { byWord[unit, default: []].append(member) }
            }
            for m in cube.measures {
                let phrase = Self.phraseWords(m.title, m.meta.titleZh, m.meta.units)
                if !phrase.isEmpty { words["\(cube.name).\(m.name)"] = Set(phrase) }
            }
        }
        self.byWord = byWord
        self.members = members
        self.words = words
        periodColumns = Dictionary(uniqueKeysWithValues: ["month", "year"].map { period in
            (period, Set(words.filter { $0.value.contains(period) }.map(\.key)))
        })
    }

    static let chineseUnits: [String: [String]] = [
        "kg": ["公斤", "千克"], "g": ["克"], "cm": ["厘米", "公分"], "mm": ["毫米"], "m": ["米"], "km": ["公里", "千米"],
        "kwh": ["千瓦时", "度"], "l": ["升"], "litres": ["升"], "liters": ["升"], "hours": ["小时"], "minutes": ["分钟"],
    ]

    static let chineseUnitWords = Set(chineseUnits.values.joined())

    /// The English words of the abbreviations among `aliases` (g → grams, gram), percent left out.
    static let spelledUnits: [String: [String]] = Dictionary(grouping: aliases.filter { $0.value != "%" && $0.key.allSatisfy(\.isASCII) && $0.key != $0.value }, by: \.value)
        .mapValues { pairs in pairs.flatMap { pair in pair.key.hasSuffix("s") && !pair.key.hasSuffix("es") ? [pair.key, String(pair.key.dropLast())] : [pair.key] } }

    /// The content words of the titles' bracketed units and of `meta.units`, currencies as their symbol.
    static func phraseWords(_ title: String, _ titleZh: String?, _ metaUnits: [String]) -> [String] {
        let points = countsInPoints(titleZh) ? ["分"] : []
        let texts = [title, titleZh].compactMap { $0 }.compactMap { TitleUnit.split($0)?.unit } + metaUnits + points
        return texts.flatMap { text in
            TextNormalizer.units(of: TextNormalizer.normalize(text).replacing("美元", with: "$").replacing("人民币", with: "¥")).map(\.text)
                .filter { !connectors.contains($0) }
                .map { currencies[$0] ?? $0 }
        }
    }

    /// The scale a unit writes its amounts in, with its word: "thousand USD", "1000s" → thousand; "$M", "USD mn",
    /// "million" → million; "$bn" → billion. A one-letter abbreviation (M, K, B) counts only beside a currency
    /// (a unit of "m" alone is metres).
    static func scale(ofUnit unit: String) -> (word: String, scale: Double)? {
        let text = unit.lowercased()
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let currency = words.contains { currencies[$0] != nil } || text.contains { currencies[String($0)] != nil }
        // Weight (1000 lbs): a count of a unit in thousands, not a rate (per 100,000).
        let counted = words.count >= 2 && !words.contains("per")
        if counted, words[0] == "1000000" || text.hasPrefix("1,000,000 ") { return ("million", 1_000_000) }
        if counted, words[0] == "1000" || text.hasPrefix("1,000 ") { return ("thousand", 1_000) }
        if words.contains(where: { ["thousand", "thousands", "1000s", "000s"].contains($0) }) || text.contains("1,000s") || (currency && words.contains("k")) {
            return ("thousand", 1_000)
        }
        if words.contains(where: { ["million", "millions", "mn", "mln", "mio"].contains($0) }) || text.contains("1,000,000s") || (currency && words.contains("m")) {
            return ("million", 1_000_000)
        }
        if words.contains(where: { ["billion", "billions", "bn"].contains($0) }) || (currency && words.contains("b")) { return ("billion", 1_000_000_000) }
        return nil
    }

    /// 绩效分, 平均分: a score whose Chinese title ends in 分 is counted in 分 (4.5分及以上, 分别多少分).
    static func countsInPoints(_ titleZh: String?) -> Bool {
        guard let zh = titleZh else { return false }
        return zh.hasSuffix("分") && !zh.hasSuffix("部分") && !zh.hasSuffix("成分")
    }

    /// A column whose unit or description says its values are fractions: "(0-1)", "a fraction between 0 and 1",
    /// "proportion", 小数. A percent said against it is a hundredth (60% is 0.6).
    static func saysFraction(_ text: String) -> Bool {
        let t = text.lowercased()
        if t.contains("fraction") || t.contains("proportion") || t.contains("小数") { return true }
        let words = t.split(whereSeparator: { !$0.isNumber && $0 != "." && !$0.isLetter }).map(String.init)
        for (k, w) in words.enumerated() where w == "0" && k + 2 < words.count && ["to", "and"].contains(words[k + 1]) && words[k + 2] == "1" { return true }
        return t.contains(/(^|[^\d.])0(\.0)?\s*[-–~]\s*1(\.0)?([^\d.]|$)/)
    }

    /// An amount per period (月薪 / Monthly Salary, 年薪 / annual income) or per person (income per capita): "30,000 a
    /// month", 每月3万, "$300 per head" say its period or its person, the column's own, after the number.
    static func periodWords(_ d: Dimension) -> [String] {
        let names = ([d.title, d.meta.titleZh, d.description].compactMap { $0 } + d.meta.synonyms).map { TextNormalizer.normalize($0) }
        if names.contains(where: { $0.hasPrefix("月") || $0.contains("monthly") || $0.contains("per month") }) { return ["month", "月", "每月"] }
        if names.contains(where: { $0.hasPrefix("年薪") || $0.contains("annual") || $0.contains("yearly") || $0.contains("per year") }) {
            return ["year", "年", "每年"]
        }
        if names.contains(where: { $0.hasPrefix("周薪") || $0.contains("weekly") || $0.contains("per week") }) { return ["week", "周", "每周"] }
        // an hourly wage: "$25 an hour", 每小时
        if names.contains(where: { $0.contains("时薪") || $0.contains("hourly") || $0.contains("per hour") }) { return ["hour", "小时", "每小时"] }
        // an amount per person: "$300 per head", 人均3000
        if names.contains(where: { n in ["per capita", "per person", "per head", "人均"].contains { n.contains($0) } }) {
            return ["capita", "person", "head", "人"]
        }
        return []
    }

    /// Whether `word` (or `word` without a trailing 的: 5级的) is a column's unit.
    func isUnit(_ word: String) -> Bool { columns(of: word) != nil }

    func columns(of word: String) -> [String]? {
        if let columns = byWord[word] { return columns }
        return word.hasSuffix("的") ? byWord[String(word.reversed().drop { $0 == "的" }.reversed())] : nil
    }

    /// Whether `word` is part of `member`'s unit, or joins its parts.
    func isPart(_ word: String, of member: String) -> Bool {
        guard let unitWords = words[member] else { return false }
        let bare = word.hasSuffix("的") ? String(word.dropLast()) : word  // 美元的
        let unit = Self.currencies[bare] ?? Self.aliases[bare] ?? bare
        // 年 for a unit written "years" or "year"
        return Self.connectors.contains(bare) || unitWords.contains(unit)
            || (Self.aliases[bare] != nil && unit.hasSuffix("s") && unitWords.contains(String(unit.dropLast())))
    }

    /// `isPart`, also for a plural or a currency said another way (millions, dollars for "million USD").
    func saysPart(_ word: String, of member: String) -> Bool {
        guard let unitWords = words[member] else { return false }
        func canonical(_ w: String) -> String {
            let unit = Self.currencies[w] ?? Self.aliases[w] ?? w
            return unit.count > 3 && unit.hasSuffix("s") ? String(unit.dropLast()) : unit
        }
        let unit = canonical(word)
        return unitWords.contains { canonical($0) == unit }
    }

    /// Units said in words for the symbol or abbreviation a title writes: percent for %, millimetres for mm.
    static let aliases: [String: String] = [
        "percent": "%", "percentage": "%", "pct": "%", "百分比": "%", "millimeters": "mm", "millimetres": "mm", "毫米": "mm",
        "centimeters": "cm", "centimetres": "cm", "厘米": "cm", "kilograms": "kg", "kilos": "kg", "公斤": "kg", "千克": "kg",
        "grams": "g", "克": "g", "carats": "ct", "克拉": "ct", "lbs": "lbs", "inches": "in",
        // Chinese words for units a title writes in English: 工龄超过30年 for Years of Service (years).
        "年": "years", "岁": "years", "天": "days", "小时": "hours", "分钟": "minutes", "周": "weeks", "个月": "months",
        "英里": "miles", "公里": "km", "磅": "lbs", "pounds": "lbs", "英寸": "in",
        // 1000 square metres, 300 sq ft, 1000平方米 for a unit written m² or ft²
        "square": "²", "sq": "²", "平方米": "²", "平米": "²", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft",
        // a currency a title writes by its code: 3 million guilders for (NLG)
        "guilders": "nlg", "guilder": "nlg", "荷兰盾": "nlg", "yen": "jpy", "日元": "jpy",
    ]

    /// The ways an area unit a title writes is said: "Sales per m²" is "sales per square metre" and "sales per sqm".
    static let areaSpellings: [String: [String]] = [
        "m²": ["square metres", "square meters", "square metre", "square meter", "sq m", "sqm", "平方米"],
        "ft²": ["square feet", "square foot", "sq ft", "sqft"],
        "km²": ["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "平方公里"],
    ]
}
