import SemanticModel

/// The coverage ledger's pieces: which words are function words, which findings must show in the query, and the
/// small vocabularies (list, total and unit words) whose accounting depends on the answer's shape.
extension QueryGenerator {
    static let listWords: Set<String> = ["哪些", "有哪些", "哪几个", "哪几", "谁", "who", "whom"]
    /// Superlatives that judge rather than measure (best, worst, 最好): with no measure named there is nothing to rank by.
    static let judgementWords: Set<String> = ["best", "worst", "strongest", "weakest", "最好", "最差", "最佳"]
    /// Superlatives of a level (highest, 最低, biggest): said of groups whose rows are only counted (哪个部门最高, a
    /// count of departments per department), they name no measure either. A quantity's superlative (most, 最多) counts.
    static let levelWords: Set<String> = ["highest", "lowest", "最高", "最低", "biggest", "largest", "smallest", "最大", "最小"]

    /// The list word of "list the journals", "show all employees", "which occupations pay more than $15,000": a list
    /// or which word, then (the, all) the noun of a cube's rows.
    static func rowsListedBy(_ s: borrowing ParseState) -> (word: String, cube: String)? {
        for i in s.tokens.indices where s.tokens[i].isKeyword(.list) || (s.tokens[i].isKeyword(.which) && s.tokens[i].text != "what") {
            var k = i + 1
            // list the New England states: a value the question filters on may stand before the rows' noun.
            while let t = s.token(k), ["the", "all", "me", "every"].contains(t.text) || (s.used[k] && t.entries.contains { entry in
                if case .value(let d, let v) = entry { return s.filters.contains { $0.member == d && $0.values.contains(v) } } else { return false }
            }) { k += 1 }
            guard k < s.tokens.count else { continue }
            let entries = s.tokens[k].entries
            let cube = entries.lazy.compactMap { entry -> String? in if case .cube(let c) = entry { return c } else { return nil } }.first
            let namesMember = entries.contains { entry in
                switch entry {
                case .measure, .dimension: return true
                default: return false
                }
            }
            if let cube, !namesMember { return (s.tokens[i].text, cube) }
        }
        return nil
    }

    /// Words asking which group or period, or for each (which, 哪个, 各): accounted for by an answer that names groups.
    static let whichWords: Set<String> = ["哪个", "哪一个", "哪一种", "哪种", "哪一款", "哪款", "哪", "which", "各", "each", "分别", "respectively"]
    /// Words asking for a count of distinct things (different manufacturers): accounted for by a distinct count.
    static let distinctWords: Set<String> = ["different", "distinct", "unique", "不同的", "不同"]
    /// Words asking how something is going (情况, 怎么样, how … doing): no number is named, so a default count would
    /// answer a question nobody asked.
    static let vagueWords: Set<String> = ["情况", "怎么样", "如何", "怎样", "表现", "概况", "状况", "how", "doing", "overview", "situation"]
    /// A vague word, alone or inside a run of Chinese (的情况).
    static func isVague(_ token: Token) -> Bool {
        vagueWords.contains(token.text) || (token.text.unicodeScalars.first.map { $0.value >= 0x4E00 } == true && vagueWords.contains { token.text.contains($0) })
    }
    /// Words asking for every group (each variety, 每个品种).
    static let eachWords: Set<String> = ["每个", "每一个", "每", "各", "各个", "each", "every", "per"]

    /// "compare horsepower between manual and automatic cars": "between" right before one of two or more values of a
    /// member the answer is broken down by says what is compared, as "for" would.
    func introducesComparedValues(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        guard tokens[i].text == "between", i + 1 < tokens.count else { return false }
        let compared = Set(query.filters.flatMap(\.memberFilters).filter { $0.op == .equals && $0.values.count >= 2 && query.dimensions.contains($0.member) }.map(\.member))
        let next = tokens[i + 1].text == "the" && i + 2 < tokens.count ? i + 2 : i + 1
        return tokens[next].entries.contains { if case .value(let d, _) = $0 { return compared.contains(d) } else { return false } }
    }

    /// "what share of the cars have 8 cylinders, in percent?": the unit of a share the answer is.
    static func unitOfShare(_ tokens: [Token], _ i: Int, _ asksShare: Bool) -> Bool {
        asksShare && ["percent", "percentage", "per cent", "百分比", "百分数"].contains(tokens[i].text)
    }

    /// Whether a word of `tokens` asks for every group (each, 每个), alone or inside a phrase token ("for each").
    static func saysEach(_ tokens: [Token]) -> Bool {
        tokens.contains { t in eachWords.contains(t.text) || (t.text.contains(" ") && t.text.split(separator: " ").contains { eachWords.contains(String($0)) }) }
    }
    /// Words that say values listed with "and" are taken together (or one of them), not each on its own.
    static let togetherWords: Set<String> = ["together", "all", "across", "一共", "总共", "所有", "全部", "合计", "总计", "加起来"]
    /// The Chinese ones as UTF-8, searched in the question's bytes (they may sit inside a longer token).
    static let chineseTogetherWords = togetherWords.filter { $0.unicodeScalars.first.map { $0.value >= 0x4E00 } == true }.map { Array($0.utf8) }

    /// Whether `text` holds one of the UTF-8 `patterns` (a plain byte search: String's own is generic and slow).
    static func containsAny(_ text: String, _ patterns: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            patterns.contains { pattern in
                guard !pattern.isEmpty, pattern.count <= bytes.count else { return false }
                return (0...(bytes.count - pattern.count)).contains { start in
                    bytes[start] == pattern[0] && pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] }
                }
            }
        }
    }
    static let orWords: Set<String> = ["or", "或", "或者", "或是"]
    static let units: Set<String> = [
        "g", "kg", "mg", "mm", "cm", "m", "km", "degree", "degrees", "°c", "℃", "celsius", "percent",
        "克", "千克", "公斤", "毫米", "厘米", "米", "公里", "度", "摄氏度", "分", "元", "块", "万元",
    ]


    /// "less than 120 km deep", "how deep was the deepest quake": a quantity's adjective after a number or how is
    /// accounted for by its column, when the query reads that column.
    static func quantityAdjectives(_ s: borrowing ParseState, _ query: CubeQuery) -> Set<String> {
        let measured = s.tokens.indices.filter { s.measuredBy($0) != nil }
        guard !measured.isEmpty else { return [] }
        let members = members(of: query)
        return Set(measured.filter { s.measuredBy($0).map(members.contains) == true }.map { s.tokens[$0].text })
    }

    /// 绩效等级分布（人次）: 人次 / 次 is the unit of a count of events (考核次数), when the answer is that count.
    func eventCountUnits(_ query: CubeQuery, in unused: [String]) -> Set<String> {
        guard unused.contains(where: { $0 == "人次" || $0 == "次" }) else { return [] }
        let counts = query.measures.contains { m in
            guard case .measure(_, let measure)? = model.resolve(m) else { return false }
            return measure.kind == .count && measure.meta.titleZh?.hasSuffix("次数") == true
        }
        return counts ? ["人次", "次"] : []
    }

    /// "the heaviest weight anyone reported" where the model has a Reported Weight beside the measured one: a verb of
    /// observation is a function word only where no member of the model is named with it.
    func ownsReportWord(_ word: String) -> Bool {
        guard Self.reportWords.contains(word) else { return false }
        return model.cubes.contains { cube in
            (cube.measures.map { [$0.title] + $0.meta.synonyms } + cube.dimensions.map { [$0.title] + $0.meta.synonyms }).joined().contains { name in
                name.lowercased().split { !$0.isLetter }.contains { $0 == word }
            }
        }
    }
    static let reportWords: Set<String> = ["reported", "report", "reports", "stated", "recorded", "measured"]

    /// 车重超过2000公斤 where the weight is in pounds: a metric unit's Chinese name that is the unit of no column the
    /// query reads.
    func foreignUnit(_ word: String, _ query: CubeQuery) -> Bool {
        guard ColumnUnits.chineseUnitWords.contains(word) else { return false }
        return !Self.members(of: query).contains { member in
            switch model.resolve(member) {
            case .dimension?: return units.columns(of: word)?.contains(member) == true
            case .measure(let cube, let m)?: return cube.numberColumn(of: m).map { units.columns(of: word)?.contains("\(cube.name).\($0.name)") == true } ?? false
            default: return false
            }
        }
    }

    /// 薪资超过200万美元 against a column in thousands (1987 Salary (thousand USD)): an amount said with its own
    /// magnitude (万, 亿, 千, or a scale word other than the column's) is in units, the column in thousands; rather
    /// than compare 2,000,000 with thousands, the amount is asked.
    func scaledAmount(_ token: Token, _ query: CubeQuery) -> Bool {
        // A plain number (2024, 30000) says no magnitude: the common case, decided without reading words.
        guard token.text.unicodeScalars.contains(where: { !(48...57).contains($0.value) && $0 != "." && $0 != "," }), token.number != nil else { return false }
        let text = token.text.lowercased()
        let magnitudes = ["万", "亿", "千", "million", "billion", "thousand"]
        guard let said = magnitudes.first(where: { text.contains($0) }) else { return false }
        return comparedMembers(token, query).contains { member in
            let title: String
            switch model.resolve(member) {
            case .dimension(_, let d, _)?: title = d.title
            case .measure(let cube, let m)?: title = cube.numberColumn(of: m)?.title ?? m.title
            default: return false
            }
            guard let unit = TitleUnit.split(title)?.unit, let scale = ColumnUnits.scale(ofUnit: unit) else { return false }
            return said != scale.word
        }
    }

    /// Whether the token and a neighbour form a two-word function phrase (in the data set), claimed or not.
    static func inStopPhrase(_ tokens: [Token], _ i: Int) -> Bool {
        (i > 0 && KeywordDictionary.stopwords.contains(tokens[i - 1].text + " " + tokens[i].text))
            || (i + 1 < tokens.count && KeywordDictionary.stopwords.contains(tokens[i].text + " " + tokens[i + 1].text))
    }

    /// Every member a query names anywhere.
    static func members(of query: CubeQuery) -> Set<String> {
        Set(query.measures + query.dimensions + query.segments + query.timeDimensions.map(\.dimension)
            + query.filters.flatMap(\.memberFilters).map(\.member) + query.order.map(\.member))
    }

    /// Whether one of the token's model meanings is among the query's `members` (a dimension also through its
    /// localized twin, or through a measure over the same column; a cube through any of its members).
    static func shows(_ token: Token, among members: Set<String>, _ model: SemanticModel) -> Bool {
        let meanings = token.entries.filter { if case .keyword = $0 { return false } else { return true } }
        guard !meanings.isEmpty else { return true }
        func involves(_ dimension: String) -> Bool {
            if members.contains(dimension) { return true }
            guard case .dimension(let cube, let d, _)? = model.resolve(dimension) else { return false }
            let twins = Set(d.meta.localized.values) .union(cube.dimensions.filter { $0.meta.localized.values.contains(dimension) }.map { "\(cube.name).\($0.name)" })
            if !twins.isDisjoint(with: members) { return true }
            return cube.measures.contains { $0.sql == d.sql && members.contains("\(cube.name).\($0.name)") }
        }
        for meaning in meanings {
            switch meaning {
            case .measure(let m):
                if members.contains(m) { return true }
                // A ranked list reads the measure's column itself (who has the highest salary).
                if case .measure(let cube, let measure)? = model.resolve(m),
                    cube.dimensions.contains(where: { $0.sql == measure.sql && members.contains("\(cube.name).\($0.name)") })
                { return true }
                // "average employment", 最高就业人数: a sum named with an aggregation word, read as the model's average, max
                // or min of the same column.
                if case .measure(let cube, let measure)? = model.resolve(m), measure.kind == .sum, measure.filters.isEmpty, let sql = measure.sql,
                    cube.measures.contains(where: {
                        [.avg, .max, .min].contains($0.kind) && $0.sql == sql && $0.filters.isEmpty && members.contains("\(cube.name).\($0.name)")
                    })
                { return true }
                // "average max temperature": a max/min measure named as its column, averaged by another measure.
                if case .measure(let cube, let measure)? = model.resolve(m), [.max, .min].contains(measure.kind), measure.sql != nil,
                    cube.measures.contains(where: { $0.sql == measure.sql && $0.filters.isEmpty && members.contains("\(cube.name).\($0.name)") }),
                    cube.dimensions.contains(where: { $0.sql == measure.sql && MeasureRule.names($0, token.text) })
                { return true }
            case .dimension(let d): if involves(d) { return true }
            case .value(let d, _): if involves(d) { return true }
            case .segment(let name): if members.contains(name) { return true }
            case .cube(let c): if members.contains(where: { $0.hasPrefix(c + ".") }) { return true }
            case .keyword: break
            }
        }
        return false
    }

    /// Whether the token is a plain count's title naming the rows of the value before it (snowy days) in a
    /// query over that cube: it says what the other measure is computed over.
    static func namesRows(_ tokens: [Token], _ i: Int, among members: Set<String>, _ model: SemanticModel) -> Bool {
        guard i > 0, tokens[i - 1].namesValue else { return false }
        return tokens[i].entries.contains { entry in
            guard case .measure(let m) = entry, case .measure(let cube, let measure)? = model.resolve(m), measure.kind == .count,
                measure.filters.isEmpty
            else { return false }
            return members.contains { $0.hasPrefix(cube.name + ".") }
        }
    }

    /// The numeric members `number` is compared with in the query.
    func comparedMembers(_ number: Token, _ query: CubeQuery) -> [String] {
        guard let n = number.number else { return [] }
        return query.filters.flatMap(\.memberFilters).filter { $0.values.contains { Double($0) == n } }.map(\.member)
    }

    /// Whether token `i` ends a unit written after a compared number ("above 50 bushels per acre", "over $2 a
    /// gallon", "10,000 thousand MWh"): every word from the number to it belongs to that member's unit, and it is
    /// not a bare connector. Words of another column's unit are not accounted for.
    func continuesUnit(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        guard !ColumnUnits.connectors.contains(tokens[i].text) else { return false }
        if saysShownUnit(tokens, i, query) { return true }
        var k = i - 1
        while k >= 0, k >= i - 4, tokens[k].number == nil { k -= 1 }
        guard k >= 0, used[k], tokens[k].number != nil else { return false }
        return comparedMembers(tokens[k], query).contains { member in
            ((k + 1)...i).allSatisfy { self.units.isPart(tokens[$0].text, of: member) }
        }
    }

    /// Whether token `i` says the unit of the member named right before it (average depth percentage, the total value
    /// in dollars, 平均重量（克拉）): it restates the member.
    func namesMemberUnit(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        guard !ColumnUnits.connectors.contains(tokens[i].text) else { return false }
        var k = i - 1
        if k >= 0, ["in", "of", "(", "（"].contains(tokens[k].text) { k -= 1 }
        guard k >= 0, used[k] else { return false }
        let members = Set(query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member))
        // 平均工作经验是多少年: the unit of the figure asked, after the word that asks it.
        if ["多少", "几"].contains(tokens[k].text), k > 0, !tokens[k - 1].isKeyword(.count) {
            return query.measures.contains { member in
                guard case .measure(let cube, let measure)? = model.resolve(member), measure.kind != .count else { return false }
                return units.isPart(tokens[i].text, of: member) || cube.numberColumn(of: measure).map { units.isPart(tokens[i].text, of: "\(cube.name).\($0.name)") } == true
            }
        }
        return tokens[k].entries.contains { entry in
            switch entry {
            case .measure(let m), .dimension(let m):
                if members.contains(m) && units.isPart(tokens[i].text, of: m) { return true }
                // "the average work experience in years": the column a shown measure aggregates, in its unit.
                return members.contains { member in
                    guard case .measure(let cube, let measure)? = model.resolve(member), let column = cube.numberColumn(of: measure) else { return false }
                    return "\(cube.name).\(column.name)" == m && (units.isPart(tokens[i].text, of: member) || units.isPart(tokens[i].text, of: m))
                }
            default: return false
            }
        }
    }

    /// "the total length of all segments in miles", ", in millions of dollars": "in" and words of the unit of a member
    /// the answer shows (or of the column its measure reads) restate that unit, wherever they stand.
    func saysShownUnit(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        var members = query.measures + query.dimensions
        for m in query.measures {
            if case .measure(let cube, let measure)? = model.resolve(m), let column = cube.numberColumn(of: measure) { members.append("\(cube.name).\(column.name)") }
        }
        guard let member = members.first(where: { units.saysPart(tokens[i].text, of: $0) }) else { return false }
        var k = i - 1
        while k >= 0, tokens[k].text == "of" || ColumnUnits.scales.contains(tokens[k].text) || units.saysPart(tokens[k].text, of: member) { k -= 1 }
        return k >= 0 && tokens[k].text == "in"
    }

    /// Whether a number written with a currency sign ($2) is compared with a member whose unit names another
    /// currency (Salary (yuan)): the amounts differ, so it is not accounted for.
    /// How many states had double-digit unemployment: a count of one cube's rows beside a filtered measure of another
    /// counts every row, not those the other measure's condition picks. The two readings differ, so the counted
    /// noun is not accounted for (its title is returned).
    func countBesideCondition(_ query: CubeQuery, _ language: Language) -> String? {
        let resolved = query.measures.compactMap { member -> (cube: Cube, measure: Measure)? in
            if case .measure(let cube, let measure)? = model.resolve(member) { return (cube, measure) } else { return nil }
        }
        for counted in resolved where counted.measure.kind == .count && counted.measure.filters.isEmpty {
            if resolved.contains(where: { $0.cube.name != counted.cube.name && !$0.measure.filters.isEmpty }) {
                return counted.cube.title(language)
            }
        }
        return nil
    }

    func foreignCurrency(_ number: Token, _ query: CubeQuery) -> Bool {
        guard number.number != nil, let sign = number.text.first.map(String.init), Tokenizer.currencySigns.contains(sign) else { return false }
        return comparedMembers(number, query).contains { member in
            let currencies = Set((self.units.words[member] ?? []).filter { Tokenizer.currencySigns.contains($0) })
            return !currencies.isEmpty && !currencies.contains(sign)
        }
    }

    /// Whether `number` is the value of a comparison with a numeric column or a non-count measure.
    func comparesAmount(_ number: Token, _ query: CubeQuery) -> Bool {
        guard let n = number.number else { return false }
        return query.filters.flatMap(\.memberFilters).contains { f in
            guard f.values.contains(where: { Double($0) == n }) else { return false }
            switch model.resolve(f.member) {
            case .dimension(_, let d, _)?: return d.kind == .number
            case .measure(_, let m)?: return ![.count, .countDistinct, .countDistinctApprox].contains(m.kind)
            default: return false
            }
        }
    }

    /// A unit of measure, alone or followed by filler (克的).
    static func isUnit(_ word: String) -> Bool {
        if units.contains(word) { return true }
        let trimmed = String(word.reversed().drop { "的了".contains($0) }.reversed())
        return trimmed != word && units.contains(trimmed)
    }

    /// The words that carry meaning: not function words, alone or as a two-word phrase (what about).
    static func contentWords(_ words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, KeywordDictionary.stopwords.contains(words[i] + " " + words[i + 1]) { i += 2; continue }
            if !KeywordDictionary.stopwords.contains(words[i]) && !isStopPhrase(words[i]) { out.append(words[i]) }
            i += 1
        }
        return out
    }

    /// Unknown Chinese runs made only of filler characters (的, 是, 有多少…) are not worth reporting.
    static func isStopPhrase(_ text: String) -> Bool {
        let filler: Set<Character> = ["的", "了", "吗", "呢", "是", "有", "在", "和", "与", "请", "帮", "我", "给", "看", "一", "下",
                                      "统", "计", "查", "询", "共", "都", "多", "少", "么", "这", "那", "些", "公", "司", "前", "所", "全", "部", "情", "况",
                                      "们", "总", "告", "诉", "问", "咱", "呀", "啊", "吧", "嘛", "啦"]
        return text.allSatisfy { filler.contains($0) }
    }
}
