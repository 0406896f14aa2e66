import SemanticModel

/// A time restriction read from the question.
enum TimeConstraint: Equatable {
    case range(CalendarDate, CalendarDate)
    case before(CalendarDate)
    case onOrBefore(CalendarDate)
    /// Periods apart, each its own group (1970 compared with 1990): rows in any of them, grouped by their grain.
    case periods([DateSpan])
}

struct DateSpan: Equatable {
    let from: CalendarDate
    let to: CalendarDate
}

/// What the rules have read from a question so far; each rule reads unused tokens and records its findings.
struct ParseState {
    let tokens: [Token]
    var used: [Bool]
    let language: Language
    let today: CalendarDate
    let model: SemanticModel
    /// The model's column units, indexed once.
    let units: ColumnUnits
    let filteredMeasures: FilteredMeasureNames
    let quantityWords: QuantityWords

    var refusal: String?
    var measures: [String] = []
    var groupDimensions: [String] = []
    var filters: [MemberFilter] = []
    var segments: [String] = []
    var time: TimeConstraint?
    var timeLabel: String?
    /// The tokens the last period read spans (two periods widen to one range only across a range word).
    var timeTokens: Range<Int>?
    var granularity: Granularity?
    var trend = false
    var explicitTimeDimension: String?
    var impliedTimeDimensions: [String] = []
    var mentionedCubes: [String] = []
    /// Cubes named by a noun (员工, employees): the question is about their rows.
    var nounCubes: [String] = []
    var order: [OrderItem] = []
    var limit: Int?
    /// A ranked list of rows rather than an aggregate: (numeric dimension, descending).
    var listing: (dimension: String, descending: Bool)?
    /// A superlative about the main measure (`most`, `最高`): order by it, one row unless N is given.
    var superlative: (descending: Bool, count: Int?)?
    var sortDirection: Bool?
    /// "lowest first", "biggest first": a direction said outright, which wins over one implied (rank, by X).
    var statedDirection: Bool?
    /// Words that name the rows without asking for a member of theirs: after "of all" / "across all" (every value at
    /// once), or after a value that picks the rows (NASDAQ-listed stocks).
    var namesRowsOnly: Set<Int> = []
    /// One word standing for a longer value (papua for 'Pygoscelis papua', private for 'Private service-providing').
    var partialValues: [(word: String, value: String)] = []
    /// A numeric dimension a superlative ranks by (工资最高的…); becomes a listing or an average per group.
    var pendingRanking: (dimension: String, descending: Bool)?
    /// The words of a superlative on a column (职级最高), for a clarification when they qualify rows.
    var rankingWords: String?
    /// Where the superlative word and the period word (monthly, 每年) stand: "lowest monthly X" asks for one period,
    /// "monthly lowest X" / 每月最低 for every period's.
    var superlativeIndex: Int?
    var grainIndex: Int?
    /// "sorted by year": the rows go by their period, in this direction (descending when true).
    var sortByPeriod: Bool?
    /// Phrases a rule read but the query can't express: they stay unaccounted, so the user is asked.
    var unexpressed: [String] = []
    /// Words a rule read as a column though the lexicon holds no entry for them (taller, windiest): they mention the
    /// data as a member's name does.
    var modelWords: Set<Int> = []
    /// The ranking word names a quantity (most, 最多), so groups rank by the column's total, not its average.
    var rankByTotal = false
    /// An average word goes with the ranking ("the highest average", 平均…最高): groups rank by their average.
    var rankByAverage = false
    /// The ranked column came before its superlative (pays the most, 预算最少) rather than after it (the most rain).
    var rankedBeforeSuperlative = false
    /// 最新 / latest (true) or 最早 / oldest (false), with N if given: rows by a date; where the word stands, and
    /// whether it was a start's (longest-serving: only a start date reads it).
    var latestOrder: (newest: Bool, count: Int?, at: Int, tenure: Bool)?
    /// Date columns asked of the rows a question picks (when did employee 42 join, their start dates), with the words.
    var shownColumns: [(dimension: String, words: String)] = []
    /// Dimensions to order by, in the order asked.
    var sortDimensions: [(dimension: String, descending: Bool)] = []
    var asksWhichIndex: Int?
    /// which 3 departments: the N a superlative keeps; unaccounted for when no superlative uses it.
    var whichCount: Int?
    /// The question asks about a person (who / 谁).
    var asksWho = false
    var asksWhich = false
    var countRequested = false
    var pendingAggregation: Keyword?
    var requestedChart: String?
    /// The dates a period could bind to when no word of the question ties it to one, the one chosen first; more
    /// than one means the reading would change the number, so the question is clarified instead.
    var timeReadings: [String] = []
    /// Words that fit two measures giving different numbers (the average wage per trade, or per man), those measures.
    var measureReadings: (words: String, members: [String])?
    /// A word that is a value of two columns keeping different rows ("boat": a mode's code, or the setting of two
    /// modes), its readings, the one in the query first (`ValueTwins`).
    var valueReadings: (words: String, readings: [ValueTwins.Reading])?
    /// Tokens of bare category words that became groupings with no marker (部门人数, "the weather").
    var leftoverGroups: [Int] = []
    /// The measure is a default: nothing in the question names one or asks for a count.
    var defaultedMeasure = false
    /// The question lists a cube's rows (list the journals with …): the groups are their label and compared columns,
    /// one row each.
    var ungroupedRows = false
    /// A condition on an aggregate of an ungrouped query that no row condition can stand for: clarified.
    var ungroupedCondition: String?
    /// "硕士占比": the value whose share of the whole the question asks for.
    var shareOf: MemberFilter?
    /// A filtered count whose share of the plain count is the answer (Interpretation.shareOfMeasure).
    var shareOfMeasure: String?
    /// Two values whose figures' difference is the answer, first minus second (Interpretation.difference).
    var difference: MemberFilter?
    var notes: [String] = []
    /// Lowercased values of string dimensions the lexicon doesn't index (see `QueryGenerator`).
    var unindexedValues: [String: Set<String>] = [:]
    var valueTwins = ValueTwins()
    /// Cubes with one row per period of their date (see `PeriodKey`).
    var periodRows: [String: PeriodKey] = [:]
    /// Cubes with one row per label per period (a state's yearly results; see `PeriodKey.within`).
    var labelPeriodRows: [String: PeriodKey] = [:]
    /// A bare column was answered as the value of one such row (Utah's share in 2000), so its average is no word said.
    var keyedRowValue = false
    /// Columns whose only values are a yes and a no.
    var yesNo = YesNoColumns()
    /// Column names holding one of their own values (`Lexicon.ownValuePhrases`).
    var ownValuePhrases: [String: LexEntry] = [:]
    /// Each cube's count of its rows' noun (`countMeasure(of:in:)`), computed once per model.
    var countMeasures: [String: String] = [:]

    /// The measure that counts `cube`'s rows (see `countMeasure(of:in:)`), from the generator's table.
    func countMeasure(of cube: String) -> String? { countMeasures[cube] }

    init(tokens: [Token], language: Language, today: CalendarDate, model: SemanticModel, units: ColumnUnits, filteredMeasures: FilteredMeasureNames, quantityWords: QuantityWords) {
        self.units = units
        self.filteredMeasures = filteredMeasures
        self.quantityWords = quantityWords
        self.tokens = tokens
        self.used = Array(repeating: false, count: tokens.count)
        self.language = language
        self.today = today
        self.model = model
        // Read once: dimensions(i) is asked many times per question.
        self.measuredColumns = tokens.indices.map { i in Self.measuredBy(i, tokens, quantityWords, units) }
    }

    /// Per token, the column a quantity's adjective there measures (measuredBy).
    private let measuredColumns: [String?]

    func isFree(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !used[i] }

    /// The N of a ranking written at free token `i` (top 5, the 3 cheapest, 最贵的3辆): a whole number 1…1000.
    func rankCount(_ i: Int) -> Int? {
        guard isFree(i), let n = tokens[i].number, n >= 1, n == n.rounded(), n <= 1000 else { return nil }
        return Int(n)
    }

    func token(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    func keyword(_ i: Int, _ k: Keyword) -> Bool { isFree(i) && tokens[i].isKeyword(k) }

    mutating func use(_ indexes: Int...) { for i in indexes where i >= 0 && i < used.count { used[i] = true } }

    mutating func use(_ range: Range<Int>) { for i in range where i >= 0 && i < used.count { used[i] = true } }

    /// The dimensions (by full name) a token may name.
    func dimensions(_ i: Int) -> [String] {
        guard isFree(i) else { return [] }
        // how long, how old, how expensive: the quantity's column (length, age, price), as if it were named.
        if i > 0, tokens[i - 1].text == "how", tokens[i].entries.isEmpty, let word = quantityWords.words[tokens[i].text], word.high, !word.superlative {
            return [word.column]
        }
        if let column = measuredBy(i) { return [column] }
        return tokens[i].entries.compactMap { if case .dimension(let d) = $0 { return d } else { return nil } }
    }

    /// "how deep", "120 km deep": a quantity's adjective after how or after a number (and its unit) is the measured
    /// column, even where a value of another column has that name (the depth zone Deep).
    func measuredBy(_ i: Int) -> String? { measuredColumns.indices.contains(i) ? measuredColumns[i] : nil }

    private static func measuredBy(_ i: Int, _ tokens: [Token], _ quantityWords: QuantityWords, _ units: ColumnUnits) -> String? {
        guard i > 0, let word = quantityWords.words[tokens[i].text], !word.superlative,
            tokens[i].entries.allSatisfy({ if case .value = $0 { return true } else { return false } })
        else { return nil }
        let afterNumber = tokens[i - 1].number != nil || (i > 1 && tokens[i - 2].number != nil && units.isUnit(tokens[i - 1].text))
        return tokens[i - 1].text == "how" || afterNumber ? word.column : nil
    }

    func measures(_ i: Int) -> [String] {
        guard isFree(i) else { return [] }
        return tokens[i].entries.compactMap { if case .measure(let m) = $0 { return m } else { return nil } }
    }

    func cubes(_ i: Int) -> [String] {
        guard isFree(i) else { return [] }
        return tokens[i].entries.compactMap { if case .cube(let c) = $0 { return c } else { return nil } }
    }

    func values(_ i: Int) -> [(dimension: String, value: String)] {
        guard isFree(i) else { return [] }
        return tokens[i].entries.compactMap { if case .value(let d, let v) = $0 { return (d, v) } else { return nil } }
    }

    func dimensionKind(_ name: String) -> Dimension.Kind? {
        if case .dimension(_, let d, _)? = model.resolve(name) { return d.kind }
        return nil
    }

    /// A numeric dimension or a measure named at token `i`.
    /// A word naming number columns of several cubes ("earned": the wife's hourly earnings and the husband's
    /// wage) names the one of the rows the question names (wives); with none or both named, none.
    func numericMember(_ i: Int) -> String? {
        if let m = measures(i).first { return m }
        let numbers = dimensions(i).filter { dimensionKind($0) == .number }
        let cubes = Set(numbers.map { $0.prefix { $0 != "." } })
        guard cubes.count > 1 else { return numbers.first }
        let named = numbers.filter { d in tokens.contains { $0.entries.contains(.cube(String(d.prefix { $0 != "." }))) } }
        return named.count == 1 ? named[0] : nil
    }

    /// A cube's plain count measure (type count, no filters); for a cube whose rows are groups of people (its count
    /// says it counts rows or groups, and one plain sum counts people), that sum: "how many women" counts applicants.
    static func countMeasure(of cube: String, in model: SemanticModel) -> String? {
        guard let c = model.cube(named: cube), let m = c.measures.first(where: { $0.kind == .count && $0.filters.isEmpty && $0.isPublic })
        else { return nil }
        if let people = weightedCount(c, rows: m) { return "\(c.name).\(people.name)" }
        return "\(c.name).\(m.name)"
    }

    /// The plain sum that counts the people a row stands for (Applicants (people)), when the count says its rows are
    /// groups or records of them ("Group Rows: … rows (not applicants)").
    static func weightedCount(_ c: Cube, rows m: Measure) -> Measure? {
        // Read per question: the cheap test (a plain sum titled in people) first.
        let people = c.measures.filter { measure in
            guard measure.kind == .sum, measure.isPublic, measure.filters.isEmpty, measure.title.hasSuffix(")") else { return false }
            let unit = TitleUnit.split(measure.title)?.unit.lowercased() ?? ""
            return ["people", "persons", "person", "人"].contains(unit)
        }
        let said = (m.title + " " + (m.description ?? "")).lowercased().split(whereSeparator: { !$0.isLetter })
        if people.count == 1, said.contains(where: { ["rows", "row", "groups", "group"].contains($0) }) { return people[0] }
        return countedByName(c, rows: m)
    }

    /// "Car Insurance Claims" whose rows are rating cells (its count is titled "Rating Cells") and whose sum "Claims
    /// (count)" adds up the claims: the cube's noun is counted by that sum. Only when the count's title doesn't say
    /// the noun itself ("Claims Count" would make each row a claim) and exactly one plain sum is so named.
    /// Likewise "Christenings" whose rows are year-and-sex records ("Christening Records") and whose plain sum is
    /// "Total Christenings": the number of christenings is that sum, not the number of records.
    private static func countedByName(_ c: Cube, rows m: Measure) -> Measure? {
        guard let head = c.title.split(separator: " ").last?.lowercased(), head.count >= 3, !m.title.lowercased().contains(head)
        else { return nil }
        let named = c.measures.filter { measure in
            guard measure.kind == .sum, measure.isPublic, measure.filters.isEmpty else { return false }
            if c.title.lowercased() == head, measure.title.lowercased() == "total \(head)" { return true }
            guard let (name, unit) = TitleUnit.split(measure.title) else { return false }
            return name.lowercased() == head && ["count", "number"].contains(unit.lowercased())
        }
        return named.count == 1 ? named[0] : nil
    }

    mutating func mentionCube(_ name: String) {
        if !mentionedCubes.contains(name) { mentionedCubes.append(name) }
    }

    mutating func addFilter(_ filter: MemberFilter) {
        if let index = filters.firstIndex(where: { $0.member == filter.member && $0.op == filter.op && ($0.op == .equals || $0.op == .notEquals) }) {
            for v in filter.values where !filters[index].values.contains(v) { filters[index].values.append(v) }
        } else {
            filters.append(filter)
        }
        if let cube = filter.member.split(separator: ".").first { mentionCube(String(cube)) }
    }
}
