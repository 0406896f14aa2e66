import SemanticModel

/// Words the lexicon derives from an ordinary model, each only where the lexicon has no entry of its own: event
/// verbs, a person's sex, people, Chinese event and head nouns, passive forms of participle measures.
extension Lexicon {
    /// Event nouns whose verb is not a regular inflection: a model that counts deaths is asked how many died.
    static let eventVerbs: [String: [String]] = [
        "death": ["died", "die", "dies", "dying"], "sale": ["sold", "sell", "sells"], "birth": ["born"],
        "loss": ["lost"], "payment": ["paid"], "purchase": ["bought", "purchased"], "shipment": ["shipped"],
        "delivery": ["delivered"], "arrival": ["arrived"], "departure": ["departed"], "injury": ["injured"],
        "registration": ["registered"], "cancellation": ["cancelled", "canceled"], "killing": ["killed"],
        "fatality": ["killed", "died"], "refund": ["refunded"], "return": ["returned"],
        "citation": ["cited", "cite", "cites"], "price": ["cost", "costs"],
        "investment": ["invest", "invests", "invested", "investing"], "spending": ["spend", "spends", "spent"],
        "expenditure": ["spend", "spends", "spent"],
        // A column of pay is what people earn and are paid: "professors who earn more than $150,000", "the highest-paid".
        "salary": ["earn", "earns", "earned", "earning", "paid", "pay", "pays", "paying"], "wage": ["earn", "earns", "earned", "earning", "paid", "pay", "pays", "paying"],
        "pay": ["earn", "earns", "earned", "earning", "paid", "pays", "paying"], "income": ["earn", "earns", "earned", "earning"],
        "earning": ["earn", "earns", "earned", "earning"],
        // People who left or quit are the people a company lost: "which city lost the most people", "people leaving".
        "christening": ["christened", "christen"], "baptism": ["baptized", "baptised"], "burial": ["buried"],
        "admission": ["admitted"], "enrollment": ["enrolled"], "enrolment": ["enrolled"], "booking": ["booked"],
        "left": ["leave", "leaves", "leaving", "lost", "lose", "loses", "losing"], "quit": ["quits", "quitting", "leave", "leaves", "leaving"],
    ]

    /// The words that say a column's amount is per period (Weekly Wage, Annual Sales).
    static let periodAdjectives: Set<String> = ["weekly", "monthly", "annual", "yearly", "daily", "hourly"]

    /// Annual Sales (NLG), Monthly Income: a number column said with its period is said without it too ("stores
    /// whose sales are below …"), where no model word is that noun; a noun two such columns share stays unknown.
    static func withoutPeriodAdjective(_ terms: [(String, LexEntry)]) -> [(String, LexEntry)] {
        let found: [(String, LexEntry)] = terms.compactMap { term, entry in
            guard case .dimension = entry else { return nil }
            let words = TextNormalizer.normalize(withoutUnit(term) ?? term).trimmingSpaces.split(separator: " ")
            guard (2...3).contains(words.count), periodAdjectives.contains(String(words[0])),
                words.dropFirst().allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } })
            else { return nil }
            return (words.dropFirst().joined(separator: " "), entry)
        }
        let entries = Dictionary(grouping: found, by: \.0).mapValues { Set($0.map(\.1)) }
        return found.filter { entries[$0.0]?.count == 1 }
    }

    /// Sales per m² is said "sales per square metre", "sales per sqm", 每平方米销售额 (see `ColumnUnits.areaSpellings`).
    static func withAreaSpelled(_ terms: [(String, LexEntry)]) -> [(String, LexEntry)] {
        terms.flatMap { term, entry in
            let text = TextNormalizer.normalize(withoutUnit(term) ?? term).trimmingSpaces
            return ColumnUnits.areaSpellings.flatMap { unit, spellings in
                text.contains(unit) ? spellings.map { (text.replacing(unit, with: $0), entry) } : []
            }
        }
    }

    static let chinesePayNouns = ["薪", "工资", "薪资", "薪水", "收入", "薪酬"]

    /// The verbs of a one-word event noun the model uses (Deaths → died, Sales → sold), where the lexicon has no
    /// entry of its own for them.
    mutating func addEventVerbs(of terms: [(String, LexEntry)]) {
        for (term, entry) in terms {
            var word = TextNormalizer.normalize(term).trimmingSpaces
            if let name = Self.withoutUnit(word) { word = TextNormalizer.normalize(name).trimmingSpaces }
            // Weekly Wage, Annual Income: a column of pay said with its period is still what people earn and are paid.
            let words = word.split(separator: " ")
            if words.count == 2, case .dimension = entry, Self.periodAdjectives.contains(String(words[0])),
                ["salary", "wage", "pay", "income", "earnings"].contains(words[1])
            {
                word = String(words[1])
            }
            // 月薪, 工资: a column of pay is what people 拿 / 挣 / 赚 (各拿多少); only with 多少, as 拿了 / 拿到 link a value (拿了D).
            if case .dimension = entry, word.unicodeScalars.first.map({ $0.value >= 0x4E00 }) == true, Self.chinesePayNouns.contains(where: word.hasSuffix) {
                for verb in ["拿", "挣", "赚"] { addInflection(verb + "多少", entry); addInflection(verb + "多少钱", entry) }
            }
            guard word.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
            for verb in Self.eventVerbs[singular] ?? [] { addInflection(verb, entry) }
        }
    }

    /// The everyday words for a person's sex, for a column whose values are exactly male / female (or M / F,
    /// 男 / 女): "how many women" filters on it as 女性 does; and for a person's age group, child / adult.
    static let personWords: [String: [String]] = [
        "female": ["women", "woman", "female", "females", "女性", "女"],
        "male": ["men", "man", "male", "males", "男性", "男"],
        "child": ["children", "child", "kids", "儿童", "孩子", "小孩"],
        "adult": ["adults", "adult", "grown-ups", "成年人", "成人", "成年"],
    ]

    mutating func addPersonWords(_ values: [(String, LexEntry)]) {
        var byDimension: [String: [(String, LexEntry)]] = [:]
        for (value, entry) in values {
            if case .value(let dimension, _) = entry { byDimension[dimension, default: []].append((value, entry)) }
        }
        // The same for a column whose values are exactly child / adult (儿童 / 成人): "how many children".
        let names: [String: String] = [
            "female": "female", "f": "female", "女": "female", "男": "male", "male": "male", "m": "male",
            "child": "child", "children": "child", "儿童": "child", "adult": "adult", "adults": "adult", "成人": "adult",
        ]
        for (_, list) in byDimension.sorted(by: { $0.key < $1.key }) {
            let kinds = list.compactMap { names[$0.0.lowercased()] }
            guard kinds.count == list.count, [["female", "male"], ["child", "adult"]].contains(Set(kinds)) else { continue }
            for (value, entry) in list {
                for word in Self.personWords[names[value.lowercased()]!] ?? [] { addIfAbsent(word, entry) }
            }
        }
        // Small / Medium / Large said in Chinese (小型门店): a column holding two or more of them.
        for (_, list) in byDimension.sorted(by: { $0.key < $1.key }) where list.filter({ Self.chineseSizeWords[$0.0.lowercased()] != nil }).count >= 2 {
            for (value, entry) in list { Self.chineseSizeWords[value.lowercased()]?.forEach { addIfAbsent($0, entry) } }
        }
    }

    static let chineseSizeWords: [String: [String]] = ["small": ["小型"], "medium": ["中型"], "large": ["大型"]]

    /// "How many people died": when exactly one cube says its rows are people (its title, description or synonyms
    /// speak of people or persons), the everyday words for people name that cube's rows.
    mutating func addPeopleNouns() {
        let markers = ["people", "person", "persons", "individuals", "人员"]
        // Each public cube's words: whether its rows are people, or each row has one person ("the reference person").
        let said = model.cubes.filter(\.isPublic).map { cube -> (cube: Cube, people: Bool, onePerson: Bool) in
            let text = ([cube.title, cube.description ?? "", cube.meta.titleZh ?? ""] + cube.meta.synonyms).joined(separator: " ").lowercased()
            let sequence = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // "one row per person" says the rows are people; "the age of the reference person" says each row (a
            // household) has one: a singular person counts for people only after per / each / every / one / a.
            let words = Set(sequence.indices.filter { k in
                sequence[k] != "person" || (k > 0 && ["per", "each", "every", "one", "a"].contains(sequence[k - 1]))
            }.map { sequence[$0] })
            // 教授人数: a plain count titled as a number of people says the rows are people.
            let countsPeople = cube.measures.contains { $0.kind == .count && $0.filters.isEmpty && $0.meta.titleZh?.hasSuffix("人数") == true }
            // Lifeboats with People Aboard (persons): rows that sum people are not themselves people.
            let sumsPeople = cube.measures.contains { m in m.kind == .sum && TitleUnit.split(m.title).map { ["persons", "people"].contains($0.unit.lowercased()) } == true }
            let people = !sumsPeople && (countsPeople || markers.contains { words.contains($0) || ($0.unicodeScalars.first.map { $0.value > 0x2E80 } == true && text.contains($0)) })
            return (cube, people, sequence.contains("person"))
        }
        let peopleCubes = said.filter(\.people)
        guard peopleCubes.count <= 1 else { return }
        guard let cube = peopleCubes.first?.cube else {
            // A household's reference person: "person" names the household's one person, so its rows; "people" (how
            // many people live in them) does not.
            let onePerson = said.filter(\.onePerson)
            if onePerson.count == 1 { addIfAbsent("person", .cube(onePerson[0].cube.name)) }
            return
        }
        for word in ["people", "persons", "person", "individuals", "workforce", "personnel", "folks", "everyone", "everybody", "人"] { addIfAbsent(word, .cube(cube.name)) }
        // headcount, 总人数: the plain count of those people.
        if let count = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty && $0.isPublic }) {
            for word in ["headcount", "head count", "headcounts"] { addIfAbsent(word, .measure("\(cube.name).\(count.name)")) }
        }
    }

    /// "How many mothers were over 40" for births whose columns are Mother's Age, Mother's Weight, 母亲年龄, 母亲体重:
    /// the owner two or more of a cube's column titles name (in English X's, in Chinese their first two characters)
    /// is the one person of each row, so the word names the cube's rows, where it means nothing else.
    mutating func addPossessiveHeads() {
        for cube in model.cubes where cube.isPublic {
            let members = cube.dimensions.filter(\.isPublic).map { ($0.title, $0.meta.titleZh) } + cube.measures.filter(\.isPublic).map { ($0.title, $0.meta.titleZh) }
            var english: [String: Int] = [:]
            var chinese: [String: Int] = [:]
            for (title, zh) in members {
                for word in TextNormalizer.normalize(title).split(separator: " ") where word.hasSuffix("'s") {
                    let head = String(word.dropLast(2))
                    if head.count >= 3, head.allSatisfy({ $0.isASCII && $0.isLetter }) { english[head, default: 0] += 1 }
                }
                if let zh, zh.count >= 4, zh.unicodeScalars.allSatisfy({ $0.value > 0x2E80 }) { chinese[String(zh.prefix(2)), default: 0] += 1 }
            }
            for (head, n) in english where n >= 2 { [head, head + "s"].forEach { addIfAbsent($0, .cube(cube.name)) } }
            // "the average age of mothers": the rest of Mother's Age names the column, where no other column says it.
            let titles = cube.dimensions.filter(\.isPublic).map { (name: $0.name, words: TextNormalizer.normalize(Self.withoutUnit($0.title) ?? $0.title).split(separator: " ").map(String.init)) }
            for (name, words) in titles where words.count == 2 && words[0].hasSuffix("'s") && (english[String(words[0].dropLast(2))] ?? 0) >= 2 {
                let rest = words[1]
                guard rest.count >= 3, titles.filter({ $0.words.contains(rest) }).count == 1 else { continue }
                addIfAbsent(rest, .dimension("\(cube.name).\(name)"))
            }
            for (head, n) in chinese where n >= 2 && Self.personHeads.contains(head) {
                addIfAbsent(head, .cube(cube.name))
                // 母亲的平均年龄: the rest of 母亲年龄 names the column, where no other column's Chinese title has it.
                let zhTitles = cube.dimensions.filter(\.isPublic).compactMap { d in d.meta.titleZh.map { (d.name, $0) } }
                for (name, zh) in zhTitles where zh.hasPrefix(head) && zh.count >= head.count + 2 {
                    let rest = String(zh.dropFirst(head.count))
                    if zhTitles.filter({ $0.1.contains(rest) }).count == 1 { addIfAbsent(rest, .dimension("\(cube.name).\(name)")) }
                }
            }
        }
    }

    /// Chinese heads of column titles that are a person (母亲年龄): a shared first word like 出生 (出生体重, 出生日期) is not.
    static let personHeads: Set<String> = ["母亲", "父亲", "孩子", "婴儿", "患者", "病人", "学生", "员工", "客户", "司机", "乘客", "户主", "教师", "老师"]

    /// 死亡人数 → 死亡: a plain count's Chinese title "X人数 / X次数 / X数量" names its rows X (有多少人死亡), when the
    /// lexicon has no entry of its own for X.
    mutating func addChineseEventNouns() {
        for cube in model.cubes where cube.isPublic {
            for measure in cube.measures where measure.isPublic && measure.kind == .count && measure.filters.isEmpty {
                guard let title = measure.meta.titleZh else { continue }
                for suffix in ["人数", "次数", "数量", "个数"] where title.hasSuffix(suffix) && title.count >= suffix.count + 2 {
                    addIfAbsent(String(title.dropLast(suffix.count)), .cube(cube.name))
                }
                // 工人数 → 工人, 学生数 → 学生: a noun of two characters and 数 (a person in X人 keeps its 人).
                if title.count == 3, title.hasSuffix("数") { addIfAbsent(String(title.dropLast()), .cube(cube.name)) }
            }
            // 幸存人数 → 幸存 (有多少人幸存): a filtered count, or a filtered sum of people, names its measure by the event.
            for measure in cube.measures where measure.isPublic && !measure.filters.isEmpty
                && (measure.kind == .count || (measure.kind == .sum && ["persons", "people", "人"].contains(TitleUnit.split(measure.title)?.unit.lowercased() ?? "")))
            {
                guard let title = measure.meta.titleZh, title.hasSuffix("人数"), title.count >= 4 else { continue }
                addIfAbsent(String(title.dropLast(2)), .measure("\(cube.name).\(measure.name)"))
            }
        }
    }

    /// 绩效优秀率 → 绩效: where two or more of a cube's Chinese names start with the same word (绩效考核, 绩效评估,
    /// 绩效记录), that word alone names the cube, when the lexicon has no entry of its own for it.
    mutating func addChineseCubeHeads() {
        let chineseNames = Dictionary(grouping: entries.filter { key, list in
            key.count >= 2 && key.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF } && list.count == 1
        }.compactMap { key, list in if case .cube(let c) = list[0] { (c, key) } else { nil } }, by: \.0).mapValues { $0.map(\.1) }
        var tails: [String: Set<String>] = [:]
        for cube in model.cubes where cube.isPublic {
            for head in cube.chineseHeads { addIfAbsent(head, .cube(cube.name)) }
            // 男装店 and 门店 → 店 (哪家店), 绩效记录 and 考核记录 → 记录: the ending two of the cube's Chinese names share,
            // shorter than both.
            let names = Set(chineseNames[cube.name] ?? []).sorted()
            for (k, a) in names.enumerated() {
                for b in names[(k + 1)...] {
                    let tail = String(zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.map(\.0).reversed())
                    if !tail.isEmpty, tail.count < min(a.count, b.count) { tails[tail, default: []].insert(cube.name) }
                }
            }
        }
        for (tail, cubes) in tails.sorted(by: { $0.key < $1.key }) where cubes.count == 1 { addIfAbsent(tail, .cube(cubes.first!)) }
        // 门店规模 → 规模 (各规模门店): the rest of a column's Chinese title after a cube's Chinese name, where no other
        // column's Chinese title has it.
        let zhTitles = model.cubes.filter(\.isPublic).flatMap { cube in
            cube.dimensions.filter(\.isPublic).compactMap { d in d.meta.titleZh.map { ("\(cube.name).\(d.name)", $0) } }
        }
        let cubeWords = chineseNames.values.joined()
        for (member, zh) in zhTitles {
            for word in cubeWords where zh.hasPrefix(word) && zh.count >= word.count + 2 {
                let rest = String(zh.dropFirst(word.count))
                if zhTitles.filter({ $0.1.contains(rest) }).count == 1 { addIfAbsent(rest, .dimension(member)) }
            }
        }
    }

    /// Period nouns a time column's title ends with: what comes before them names the event it dates.
    static let periodNouns: Set<String> = ["year", "date", "day", "month", "time", "week"]
    static let chinesePeriodNouns = ["年份", "日期", "时间", "年度", "月份"]
    /// Verbs English says for an event noun besides its own inflections (a film is released: it came out).
    static let phrasalEvents: [String: [String]] = ["release": ["came out", "come out", "comes out", "coming out"]]

    /// "films released in 2004", "how many came out in 2000", 2005年上映了多少部: the event a time column dates
    /// (Release Year, Hire Date, 上映年份) said as a verb names that column, where the words mean nothing else.
    mutating func addTimeEvents() {
        for cube in model.cubes where cube.isPublic {
            for d in cube.dimensions where d.isPublic && d.kind == .time {
                let entry = LexEntry.dimension("\(cube.name).\(d.name)")
                let words = TextNormalizer.normalize(d.title).trimmingSpaces.split(separator: " ").map(String.init)
                if words.count == 2, Self.periodNouns.contains(words[1]), words[0].count >= 4, words[0].allSatisfy({ $0.isASCII && $0.isLetter }) {
                    let event = words[0]
                    // hire in Hire Date may already mean something else of the model's; then none of its forms is added.
                    let stem = event.hasSuffix("e") ? String(event.dropLast()) : event
                    let forms = [event, event + "s", stem + "ed", stem + "ing"] + (Self.phrasalEvents[event] ?? [])
                    if entries[event].map({ $0.contains(entry) }) ?? true { forms.forEach { addIfAbsent($0, entry) } }
                }
                // Year of Job Loss, Date of Death: the event's verb (lost, died) names the column, and "lost their
                // job(s)" says it with its object.
                if words.count >= 3, Self.periodNouns.contains(words[0]), words[1] == "of", let verbs = Self.eventVerbs[words[words.count - 1]] {
                    let objects = words.count == 4 ? [words[2], words[2] + "s"] : []
                    for verb in verbs {
                        addIfAbsent(verb, entry)
                        for object in objects { ["their", "his", "her", "a", "the"].forEach { addIfAbsent("\(verb) \($0) \(object)", entry) }; addIfAbsent("\(verb) \(object)", entry) }
                    }
                }
                // joined → join, joins, joining; started → start: a synonym in the past tense is said in the present too.
                for synonym in d.meta.synonyms {
                    guard let stem = Self.presentTense(of: synonym) else { continue }
                    [stem, stem + "s", stem + "ing"].forEach { addIfAbsent($0, entry) }
                }
                if let zh = d.meta.titleZh, let noun = Self.chinesePeriodNouns.first(where: { zh.hasSuffix($0) }), zh.count - noun.count >= 2 {
                    let event = String(zh.dropLast(noun.count))
                    // 离职 in 离职日期 is also a status value: the words stay that value's.
                    if entries[event] == nil { [event, event + "了", event + "的"].forEach { addIfAbsent($0, entry) } }
                }
            }
        }
    }

    /// The present tense of a one-word regular past (joined → join, started → start), where dropping "ed" leaves a
    /// whole word for sure: two consonants (start) or two vowels before the last letter (join); hired, closed are left.
    static func presentTense(of word: String) -> String? {
        let w = word.lowercased()
        guard w.hasSuffix("ed"), w.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let stem = Array(w.dropLast(2))
        guard stem.count >= 4 else { return nil }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let (a, b, c) = (stem[stem.count - 3], stem[stem.count - 2], stem[stem.count - 1])
        let consonants = !vowels.contains(b) && !vowels.contains(c) && b != c
        return consonants || (vowels.contains(a) && vowels.contains(b) && !vowels.contains(c)) ? String(stem) : nil
    }

    /// "How many results …" for the cube State Election Results: the last word of an English cube title in the
    /// plural names its rows, where it means nothing else.
    mutating func addEnglishCubeHeads() {
        let heads = model.cubes.filter(\.isPublic).compactMap { cube -> (String, String)? in
            guard let head = TextNormalizer.normalize(cube.title).split(separator: " ").last.map(String.init),
                head.count >= 4, head.hasSuffix("s"), head.allSatisfy(\.isLetter), KeywordDictionary.entries[head] == nil,
                !KeywordDictionary.stopwords.contains(head)
            else { return nil }
            return (head, cube.name)
        }
        // Age Groups, Alcohol Groups: a head two cubes share names neither.
        let owners = Dictionary(grouping: heads, by: \.0)
        for (head, cube) in heads where owners[head]?.count == 1 { addIfAbsent(head, .cube(cube)) }
        // "the Australian AIDS data", "AIDS diagnoses" for AIDS Patients: an acronym in a cube's title names its rows'
        // domain, where it means nothing else.
        for cube in model.cubes where cube.isPublic {
            for word in cube.title.split(separator: " ") where word.count >= 2 && word.count <= 6 && word.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                addIfAbsent(word.lowercased(), .cube(cube.name))
            }
        }
    }

    /// "claims per 100 policyholders" for Claim Rate (claims per 100 policyholders): a measure's unit that is itself
    /// a ratio ("… per …") says the measure, where it means nothing else.
    mutating func addRateUnits() {
        for cube in model.cubes where cube.isPublic {
            // Only a calculated ratio: "bushels per acre" is the unit of a yield's sum, said after a number.
            for measure in cube.measures where measure.isPublic && measure.kind == .number {
                guard let (_, unit) = TitleUnit.split(measure.title), unit.split(separator: " ").count >= 3,
                    unit.split(separator: " ").contains("per")
                else { continue }
                addIfAbsent(unit, .measure("\(cube.name).\(measure.name)"))
            }
        }
    }

    /// "people on staff" for 在职, whose synonyms say "on the payroll": a value said as on + a noun is the rows'
    /// belonging, and on + any noun of the value's own cube (staff, the team) says the same.
    mutating func addBelongingPhrases() {
        for cube in model.cubes where cube.isPublic {
            let nouns = ([cube.title] + cube.meta.synonyms).map { $0.lowercased() }.filter { $0.allSatisfy(\.isASCII) }
            for dimension in cube.dimensions where dimension.isPublic && dimension.kind == .string {
                for (value, synonyms) in dimension.meta.valueSynonyms.sorted(by: { $0.key < $1.key })
                where synonyms.contains(where: { $0.lowercased().hasPrefix("on ") }) {
                    for noun in nouns {
                        for phrase in ["on \(noun)", "on the \(noun)"] { addIfAbsent(phrase, .value(dimension: "\(cube.name).\(dimension.name)", value: value)) }
                    }
                    // on the payroll is said "on the books" too
                    if synonyms.contains(where: { $0.lowercased() == "on the payroll" }) {
                        addIfAbsent("on the books", .value(dimension: "\(cube.name).\(dimension.name)", value: value))
                    }
                }
            }
        }
    }

    /// "How many PhDs do we employ?": the verb of a cube of employees names its rows, as its noun does.
    mutating func addEmployVerbs() {
        for cube in model.cubes where cube.isPublic && ([cube.name, cube.title] + cube.meta.synonyms).contains(where: { $0.lowercased() == "employees" }) {
            for verb in ["employ", "employs", "employing"] { addIfAbsent(verb, .cube(cube.name)) }
        }
    }

    /// "the excellent-review rate" for Excellent Rate (100 * {excellent_count} / {count}): a filtered count's name
    /// and "rate" is the ratio measure computed from that count, where one ratio of the cube is.
    mutating func addRatesOfCounts() {
        for cube in model.cubes where cube.isPublic {
            let ratios = cube.measures.filter { $0.isPublic && $0.kind == .number && HeadNounRule.isRate($0.title) }
            for count in cube.measures where count.isPublic && count.kind == .count && !count.filters.isEmpty {
                let of = ratios.filter { $0.sql?.contains("{\(count.name)}") == true }
                guard of.count == 1, let ratio = of.first else { continue }
                for term in [count.title] + count.meta.synonyms where term.allSatisfy(\.isASCII) {
                    let lower = term.lowercased()
                    for name in [lower, lower.hasSuffix("s") ? String(lower.dropLast()) : lower] {
                        addIfAbsent(name + " rate", .measure("\(cube.name).\(ratio.name)"))
                    }
                }
            }
        }
    }

    /// "employees were reviewed" for the measure Reviewed Employees: a two-word English name that is a participle
    /// and a noun is said the other way round too; "had an affair" for the filtered count Respondents With an Affair.
    mutating func addPassiveForms() {
        for cube in model.cubes where cube.isPublic {
            for measure in cube.measures where measure.isPublic {
                for term in [measure.title] + measure.meta.synonyms {
                    let words = term.lowercased().split(separator: " ").map(String.init)
                    // Respondents With an Affair, a filtered count: the rows that had / have / has an affair.
                    if measure.kind == .count, !measure.filters.isEmpty, let with = words.firstIndex(of: "with"), with > 0, with < words.count - 1 {
                        let rest = words[(with + 1)...].joined(separator: " ")
                        for verb in ["had", "have", "has"] { addIfAbsent("\(verb) \(rest)", .measure("\(cube.name).\(measure.name)")) }
                    }
                    guard words.count == 2, words[0].hasSuffix("ed"), words.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } }) else { continue }
                    for form in ["\(words[1]) were \(words[0])", "\(words[1]) was \(words[0])", "\(words[1]) \(words[0])"] {
                        addIfAbsent(form, .measure("\(cube.name).\(measure.name)"))
                    }
                }
            }
        }
    }
}
