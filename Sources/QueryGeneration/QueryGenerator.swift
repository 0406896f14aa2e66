import SemanticModel

/// Step 1: turns a question in Chinese or English into a Cube query, by rules over the model's lexicon.
/// An immutable class: everything in it is read-only after start-up, and a copy (a closure, a task) is one retain
/// rather than one per table it holds.
public final class QueryGenerator: Sendable {
    public let model: SemanticModel
    public let lexicon: Lexicon
    public let clock: TodayClock
    private let tokenizer: Tokenizer
    let units: ColumnUnits
    let filteredMeasures: FilteredMeasureNames
    let memberWords: MemberWords
    let quantityWords: QuantityWords
    let yesNo: YesNoColumns
    /// The suggestions a refusal offers, built once from the model.
    let refusalSuggestions: [Language: [String]]

    /// Values of string dimensions too many to match words against (cities of 3,000 airports), lowercased: a value
    /// matched in another dimension that one of these also holds is asked back (New York the state or the city).
    private let unindexedValues: [String: Set<String>]
    /// Readings of one word in two columns that pick the same rows (found in the data at start-up).
    private let valueTwins: ValueTwins
    /// Cubes with one row per period of their date (found in the data at start-up; see `PeriodKey`).
    let periodRows: [String: PeriodKey]
    /// Cubes with one row per label per period (`PeriodKey.within`).
    let labelPeriodRows: [String: PeriodKey]
    /// The granularity each time dimension's values are recorded at (monthly rows: month), read at start-up.
    let dataGrains: [String: Granularity]
    /// Each cube's count of its rows' noun (`ParseState.countMeasure(of:in:)`): read per question by many rules.
    let countMeasures: [String: String]

    /// `values` holds the distinct values of string dimensions (read from the database at start-up).
    public init(
        model: SemanticModel, values: [String: [String]] = [:], unindexedValues: [String: Set<String>] = [:],
        valueTwins: ValueTwins = ValueTwins(), periodRows: [String: PeriodKey] = [:], dataGrains: [String: Granularity] = [:], clock: TodayClock = .system
    ) {
        self.dataGrains = dataGrains
        self.model = model
        self.unindexedValues = unindexedValues
        self.valueTwins = valueTwins
        self.periodRows = periodRows.filter { $0.value.within == nil }
        self.labelPeriodRows = periodRows.filter { $0.value.within != nil }
        self.lexicon = Lexicon(model: model, values: values)
        self.tokenizer = Tokenizer(lexicon: lexicon)
        self.units = ColumnUnits(model: model)
        self.filteredMeasures = FilteredMeasureNames(model: model)
        self.memberWords = MemberWords(model: model)
        self.quantityWords = QuantityWords(model: model)
        self.yesNo = lexicon.yesNo
        self.countMeasures = Dictionary(uniqueKeysWithValues: model.cubes.compactMap { cube in
            ParseState.countMeasure(of: cube.name, in: model).map { (cube.name, $0) }
        })
        let suggestions = Suggestions(model: model)
        self.refusalSuggestions = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, suggestions.examples($0)) })
        self.clock = clock
    }

    public func tokenize(_ question: String) -> [Token] { tokenizer.tokenize(question) }

    private static let rules = OrderedRules()

    public func generate(_ question: String) -> GenerationResult {
        generate(question, followingUp: nil)
    }

    /// Understands `question`; with the conversation's `previous` answer, a partial question (那上海呢?, and last
    /// year?, 只看前三, 换成平均工资) refines that answer's query instead of standing alone.
    public func generate(_ question: String, followingUp previous: Interpretation?) -> GenerationResult {
        generate(question, followingUp: previous, offeringChoices: true)
    }

    /// `offeringChoices` is false while a clarification's own choices are checked, so checking never recurses.
    func generate(_ question: String, followingUp previous: Interpretation?, offeringChoices: Bool) -> GenerationResult {
        let language = Language.detect(question)
        var (tokens, corrections) = tokenizer.tokenizeCorrecting(question)
        if let shorter = withoutUnitOfColumn(question, tokens) { (tokens, corrections) = tokenizer.tokenizeCorrecting(shorter) }
        var s = ParseState(tokens: tokens, language: language, today: clock.today(), model: model, units: units, filteredMeasures: filteredMeasures, quantityWords: quantityWords)
        s.unindexedValues = unindexedValues
        s.valueTwins = valueTwins
        s.periodRows = periodRows
        s.labelPeriodRows = labelPeriodRows
        s.yesNo = yesNo
        s.ownValuePhrases = lexicon.ownValuePhrases
        s.countMeasures = countMeasures
        for (from, to) in corrections {
            s.notes.append(language == .zh ? "「\(from)」按「\(to)」理解" : "Read '\(from)' as '\(to)'")
        }

        if let refusal = SafetyRule().check(s) { return .notUnderstood(notUnderstood(question, language, refusal)) }
        Self.useLightVerbs(&s)
        Self.rules.apply(&s)
        MeasureRule.dropCountedNouns(&s)

        let slots = FollowUp.Slots(s)
        var query = QueryAssembler().assemble(&s)
        if let shaped = filteredCountAsRows(query, &s) { query = shaped }
        if let (shaped, condition) = shareOfCondition(tokens, s.used, query, s) {
            query = shaped
            s.shareOf = condition
            for i in tokens.indices where !s.used[i] && tokens[i].isKeyword(.share) { s.use(i) }
        }
        if let (shaped, pair, word) = difference(tokens, s.used, query) { (query, s.difference) = (shaped, pair); s.use(word) }
        let shownColumns = Set(query.dimensions + query.measures)
        // "the price of the most expensive diamond" asks the top value, which a ranked row beside its name is not;
        // "the most expensive journals and their prices" names the ranked column again after the ranking.
        let asksValueOfTop = { (i: Int) in query.ungrouped == true && query.limit != nil && i < (s.superlativeIndex ?? s.latestOrder?.at ?? Int.max) }
        // A unit right after a number compared with a column or an amount (5000 g, 30度, 20 mm) belongs to it.
        let unclaimed = tokens.indices.filter { i in
            !s.used[i] && !(i > 0 && s.used[i - 1] && Self.isUnit(tokens[i].text) && comparesAmount(tokens[i - 1], query))
                && !continuesUnit(tokens, i, s.used, query) && !countsPeriodRows(tokens, i, query) && !restatesColumnPeriod(tokens, i, query) && !namesMemberUnit(tokens, i, s.used, query)
                && !Self.inStopPhrase(tokens, i) && !introducesComparedValues(tokens, i, query) && !Self.unitOfShare(tokens, i, s.shareOf != nil)
                && !restatesWholeBase(tokens, i, query, shared: s.shareOf != nil || s.shareOfMeasure != nil) && !namesTopicOfValue(tokens, i, s.used, query)
                && !rowsWhen(tokens, i, s.used, query) && !Self.pointsWithClassifier(tokens, i) && !Self.restatesValue(tokens, i, s.used)
                && !restatesAnswer(tokens, i, s.used, query)
                && !((tokens[i].entries.isEmpty || Self.isOnAverage(tokens, i)) && !KeywordDictionary.stopwords.contains(tokens[i].text) && restatesNearby(tokens, i, s.used))
                && !(Self.namesShownColumn(tokens[i], shownColumns) && !asksValueOfTop(i))
        }
        var unused = Self.contentWords(unclaimed.map { tokens[$0].text })
        // A model word a rule used must show in the query: a finding the assembler dropped is not accounted for.
        let members = Self.members(of: query)
        for i in tokens.indices where s.used[i] && !Self.shows(tokens[i], among: members, model) && !unused.contains(tokens[i].text) && !showsAnyway(tokens, i, s, query) {
            unused.append(tokens[i].text)
        }
        if let condition = s.ungroupedCondition { unused.append(model.title(of: condition, language)) }
        if let part = s.shareOfMeasure, !Self.holdsShare(of: part, query) { unused.append(model.title(of: part, language)) }
        for measure in summedLevels(query, time: s.time) where !unused.contains(model.title(of: measure, language)) {
            unused.append(model.title(of: measure, language))
            s.notes.append(language == .zh ? "\(model.title(of: measure, language))是每期的水平，不能跨期相加" : "\(model.title(of: measure, language)) is a level per period and can't be added up across periods")
        }
        unused += tokens.indices.filter { (s.used[$0] && (foreignCurrency(tokens[$0], query) || foreignUnit(tokens[$0].text, query) || scaledAmount(tokens[$0], query))) || (!s.used[$0] && ownsReportWord(tokens[$0].text)) }.map { tokens[$0].text }
        for title in contradictions(in: query, language, tokens, shareOf: s.shareOf, shareOfMeasure: s.shareOfMeasure) where !unused.contains(title) { unused.append(title) }
        for name in unsaidTwins(query, tokens, language) where !unused.contains(name) { unused.append(name) }
        if unused.contains(where: { ["they", "them"].contains($0) }), tokens.indices.contains(where: { !s.used[$0] && pronounOfRows(tokens, $0, query) }) {
            unused.removeAll { ["they", "them"].contains($0) }
        }
        unused = unused.filter { word in !s.unexpressed.contains { $0 != word && $0.contains(word) } }
            + s.unexpressed.filter { !unused.contains($0) }
        if let n = s.whichCount, query.limit != n { unused.append(String(n)) }
        // top 5 that limits nothing (one total): the 5 is not accounted for.
        if let n = s.superlative?.count, s.whichCount == nil, s.latestOrder == nil, query.limit != n, !unused.contains(String(n)) {
            unused.append(String(n))
        }
        if let word = oneOfOppositeExtremes(tokens, query), !unused.contains(word) { unused.append(word) }
        // Nothing asked for a number and nothing asked for a breakdown ("how was the weather?"): a default count
        // by a bare category word would answer a question nobody asked.
        // "the most common city" asks how many rows each has.
        if s.defaultedMeasure, !s.leftoverGroups.isEmpty, s.leftoverGroups.count == query.dimensions.count, query.filters.isEmpty,
            query.segments.isEmpty, query.timeDimensions.isEmpty, !tokens.contains(where: { QueryAssembler.frequencyWords.contains($0.text) })
        {
            unused += s.leftoverGroups.map { tokens[$0].text }.filter { !unused.contains($0) }
        }
        // Only a cube's noun, no word asking for a number ("how are the cars?"): a count would answer a question
        // nobody asked.
        if s.defaultedMeasure, query.dimensions.isEmpty, query.filters.isEmpty, query.segments.isEmpty, query.timeDimensions.isEmpty,
            query.ungrouped != true, query.limit == nil
        {
            let nouns = tokens.indices.filter { s.used[$0] && tokens[$0].namesCube }
            unused += nouns.map { tokens[$0].text }.filter { !unused.contains($0) }
        }
        unused += (nounOfRecords(tokens, s, query) + belongingNouns(tokens)).filter { !unused.contains($0) }
        // "how are ratings distributed" asks for the count per group, which a distribution word says.
        let asksDistribution = tokens.indices.contains { s.used[$0] && GroupRule.distributionWords.contains(tokens[$0].text) }
        // "how much does employee 777 earn", "how old is patient 57": how much or how and a quantity's adjective, asked
        // of a row whose number column is shown, is that number.
        let asksShownNumber = tokens.indices.contains { i in
            tokens[i].text == "how" && i + 1 < tokens.count && (tokens[i + 1].text == "much" || quantityWords.words[tokens[i + 1].text]?.high == true)
                && query.ungrouped == true
                && query.dimensions.contains { s.dimensionKind($0) == .number }
        }
        if s.defaultedMeasure, !asksDistribution, !asksShownNumber, let vague = tokens.first(where: Self.isVague), !unused.contains(vague.text) {
            unused.append(vague.text)
        }
        // 各能源的发电量是多少, 销售额: a cube's noun of amount (…量, …额) names a quantity, not rows to count; so does
        // a noun of number (死亡人数) when the cube's rows carry a sum of that number.
        for i in tokens.indices where s.used[i] && !unused.contains(tokens[i].text) {
            let text = tokens[i].text
            guard text.hasSuffix("量") || text.hasSuffix("额") || text.hasSuffix("数") else { continue }
            for case .cube(let cube) in tokens[i].entries {
                let sums = model.cube(named: cube)?.measures.contains { $0.kind == .sum } == true
                guard text.hasSuffix("量") || text.hasSuffix("额") || sums else { continue }
                if let count = countMeasures[cube], query.measures.contains(count) { unused.append(text) }
            }
        }
        // "the best performance reviews": a count of the rows nobody asked for (no count word) is no measure of good
        // or bad either.
        let onlyNamedCounts = !s.countRequested && !query.measures.isEmpty && query.measures.allSatisfy { m in
            if case .measure(_, let measure)? = model.resolve(m) { return measure.kind == .count && measure.filters.isEmpty } else { return false }
        }
        if let i = s.superlativeIndex, onlyNamedCounts, Self.judgementWords.contains(tokens[i].text), !unused.contains(tokens[i].text) {
            unused.append(tokens[i].text)
        }
        if s.defaultedMeasure {
            // "Which year was the best?", 哪个部门最高 (a count of departments per department): a judgement, or a level
            // of rows only counted by their own group, says nothing about what to rank by.
            let cubeOf = { (member: String) in member.prefix { $0 != "." } }
            let countsOwnGroups = query.measures.count == 1 && !query.dimensions.isEmpty
                && query.dimensions.allSatisfy { cubeOf($0) == cubeOf(query.measures[0]) }
            if let i = s.superlativeIndex, !unused.contains(tokens[i].text),
                Self.judgementWords.contains(tokens[i].text) || (Self.levelWords.contains(tokens[i].text) && countsOwnGroups)
            {
                unused.append(tokens[i].text)
            }
            if countsOwnGroups, let word = countOfOwnRows(tokens, query, language), !unused.contains(word) { unused.append(word) }
        }
        // "the biggest flowers": a level of the counted rows themselves is their size, not their number (the most
        // flowers is their number).
        if let i = s.superlativeIndex, i + 1 < tokens.count, Self.levelWords.contains(tokens[i].text), !unused.contains(tokens[i].text),
            query.measures.count == 1, case .measure(let cube, let measure)? = model.resolve(query.measures[0]), measure.kind == .count,
            tokens[i + 1].entries.contains(.cube(cube.name))
        {
            unused.append(tokens[i].text)
        }
        // 每个品种最高的产量, the highest yield for each variety: "each" asks for every group, a bare superlative for
        // one; which of the two is meant is asked.
        if let i = s.superlativeIndex, s.superlative?.count == nil, query.limit == 1, tokens.contains(where: { Self.eachWords.contains($0.text) }),
            !unused.contains(tokens[i].text)
        {
            unused.append(tokens[i].text)
        }
        // A member both equal to a value and unequal to it (renewable versus non-renewable): no row passes, and an
        // empty answer would say there is nothing; it is asked back.
        for case .member(let f) in query.filters where f.op == .equals {
            if query.filters.contains(where: { if case .member(let g) = $0 { return g.member == f.member && g.op == .notEquals && !Set(g.values).isDisjoint(with: f.values) } else { return false } }) {
                let title = model.title(of: f.member, language)
                if !unused.contains(title) { unused.append(title) }
            }
        }
        // Words asking for one total (combined, 加起来) are accounted for only by an answer that is one total.
        // "combined", 合计: one total of something that adds up (a count or a sum), not an average of it.
        let additive = query.measures.allSatisfy { member in
            guard case .measure(_, let m)? = model.resolve(member) else { return false }
            return [.count, .sum, .countDistinct, .countDistinctApprox].contains(m.kind)
        }
        // "in total" arrives as two words when "total" is also the sum keyword.
        let inTotal = tokens.indices.contains { $0 > 0 && tokens[$0].text == "total" && tokens[$0 - 1].text == "in" && !s.used[$0] }
        let addsUp = Self.addsUp(tokens)
        unused.removeAll(where: secondSumWords(tokens, s.used, query).union(intentionWords(in: unused)).union(Self.quantityAdjectives(s, query)).union(eventCountUnits(query, in: unused)).contains)
        if query.dimensions.isEmpty, additive {
            unused.removeAll { Self.totalWords.contains($0) || (inTotal && $0 == "total") || (addsUp && ["add", "adds", "added", "up", "up to"].contains($0)) }
        }
        // Values listed with "and" (wounds and disease, 北京和上海) that nothing groups by: one figure over them all, or
        // one for each? The two differ, so it is asked, unless a word says one total (combined, 合计) or one of them
        // (or, 或).
        let saysTotal = inTotal || tokens.contains { Self.totalWords.contains($0.text) || Self.togetherWords.contains($0.text) }
            || (language == .zh && Self.containsAny(question, Self.chineseTogetherWords))
        let listsWithAnd = tokens.contains { $0.isKeyword(.rangeAnd) || $0.text == "、" } && !tokens.contains { Self.orWords.contains($0.text) }
        if !saysTotal, listsWithAnd {
            for case .member(let f) in query.filters where f.op == .equals && f.values.count >= 2 && !query.dimensions.contains(f.member) {
                let list = f.values.joined(separator: language == .zh ? "和" : " and ")
                if !unused.contains(list) { unused.append(list) }
            }
        }
        // Words asking for a list (who, 哪些) are accounted for only by an answer that lists rows or groups.
        let listsRows = query.ungrouped == true || query.timeDimensions.contains { $0.granularity != nil } || query.dimensions.contains { d in
            if case .dimension(_, let dimension, _)? = model.resolve(d) { return dimension.kind != .number || dimension.primaryKey }
            return false
        }
        if listsRows {
            unused.removeAll { Self.listWords.contains($0) }
            // "Who are our five highest-paid employees, and what do they earn?": with the rows themselves listed,
            // they / them are those rows.
            if query.ungrouped == true { unused.removeAll { ["they", "them"].contains($0) } }
        } else if let word = tokens.indices.first(where: {
            // A relative who counts as a clause only where the question asks for a number (how many, an average).
            Self.listWords.contains(tokens[$0].text)
                && !(Self.isRelativeWho(tokens, $0, filtered: Set(s.filters.map(\.member).filter { s.yesNo.pairs[$0] != nil }), rowCounts: filteredMeasures.plainCounts)
                    && !s.defaultedMeasure && !query.measures.isEmpty)
        }).map({ tokens[$0] }),
            !unused.contains(word.text)
        {
            // Claimed or not (哪些 grouped by a salary column), a list word the answer doesn't list is unaccounted.
            unused.append(word.text)
        }
        // "List the journals with more than 5,000 citations (and their citation counts)", "list the New England
        // states by population": a list word before the rows' noun asks for those rows; one figure for all of them
        // (a count nobody asked for, the total of their column) does not list them.
        if !listsRows, let word = Self.rowsListedBy(s)?.word, !unused.contains(word) {
            unused.append(word)
        }
        if listsRows || !query.dimensions.isEmpty { unused.removeAll { Self.whichWords.contains($0) } }
        // "how many different manufacturers": a distinct count says it.
        let countsDistinct = query.measures.contains { m in
            if case .measure(_, let measure)? = model.resolve(m) { return [.countDistinct, .countDistinctApprox].contains(measure.kind) }
            return false
        }
        if countsDistinct || countsDistinctRows(tokens, query) { unused.removeAll { Self.distinctWords.contains($0) } }
        // 有多少个不同的城市, how many different cities: a count of distinct values, which a breakdown by them with
        // another count is not (不同 also reads as "by", as in 不同城市的平均工资).
        let countsRows = !query.measures.isEmpty && query.measures.allSatisfy { member in
            if case .measure(_, let m)? = model.resolve(member) { return m.kind == .count } else { return false }
        }
        // With the breakdown by that one category and nothing else asked of it, the answer is the number of its groups,
        // counted from the rows (Interpretation.countsGroups).
        var countsGroups = false
        if !countsDistinct, countsRows, tokens.contains(where: { $0.isKeyword(.count) }) {
            // 几种岗位, 多少种职位: the classifier 种 after a count word asks for kinds, as "different" does.
            let kinds = tokens.indices.filter { i in ["种", "类"].contains(tokens[i].text) && i > 0 && tokens[i - 1].isKeyword(.count) }
            for i in tokens.indices where Self.distinctWords.contains(tokens[i].text) || kinds.contains(i) {
                let k = i + 1 < tokens.count && tokens[i + 1].text == "的" ? i + 2 : i + 1
                guard k < tokens.count else { continue }
                let named = tokens[k].entries.compactMap { entry -> String? in
                    if case .dimension(let d) = entry, query.dimensions.contains(d) { return d } else { return nil }
                }
                guard let d = named.first else { continue }
                if query.dimensions == [d], s.dimensionKind(d) == .string, query.limit == nil, s.shareOf == nil, s.superlative == nil,
                    query.timeDimensions.allSatisfy({ $0.granularity == nil }), query.measures.count == 1
                {
                    countsGroups = true
                    unused.removeAll { $0 == tokens[i].text }
                } else if !unused.contains(tokens[i].text) {
                    unused.append(tokens[i].text)
                }
            }
        }
        if !countsGroups, let (shaped, word) = countedPeriods(tokens, query, unused: unused) {
            query = shaped
            countsGroups = true
            // "in how many months were more than 10 people hired": a condition on a measure is now each period's.
            unused.removeAll { $0 == word || $0 == s.ungroupedCondition.map { model.title(of: $0, language) } }
        }
        if s.countRequested, let counted = countBesideCondition(query, language), !unused.contains(counted) { unused.append(counted) }
        for word in weightedTableWords(tokens, query, countsGroups: countsGroups) where !unused.contains(word) { unused.append(word) }
        let averagesPeriods = self.averagesPeriods(tokens, s.used, query, asksShare: s.shareOf != nil || countsGroups)
        if averagesPeriods { unused.removeAll { Self.averageWords.contains($0) } }
        // The ledger: every content word must be accounted for by a rule. A word no rule claimed may change the
        // number (通勤时间, "excluding", 及以上), so no query is run; the user picks what they meant.
        let mapped = !s.modelWords.isEmpty || tokens.indices.contains { i in
            s.used[i] && tokens[i].entries.contains { if case .keyword = $0 { return false } else { return true } }
        }
        if mapped, !unused.isEmpty, !query.measures.isEmpty || !query.dimensions.isEmpty || !query.filters.isEmpty || !query.timeDimensions.isEmpty {
            let understood = Explainer(model: model).explain(query, s)
            let candidates = Clarifier(model: model, memberWords: memberWords, filteredMeasures: filteredMeasures).candidates(for: query, unknown: unused)
            let choices = offeringChoices ? clarificationChoices(candidates, language: language) : []
            return .notUnderstood(Clarifier.clarification(
                question: question, language: language, understood: understood, unknown: unused, choices: choices))
        }
        // One word of a longer value may be that value, or mean something else ("private sector" is more than
        // 'Private service-providing'): offer the full value instead of running it.
        if mapped, let (word, value) = s.partialValues.first {
            let understood = Explainer(model: model).explain(query, s)
            let choices = offeringChoices ? clarificationChoices([query], language: language) : []
            return .notUnderstood(Clarifier.partialValueClarification(
                question: question, language: language, understood: understood, word: word, value: value, choices: choices))
        }
        // Two readings give two numbers (hired in 2024, or reviewed in 2024; a wage per trade or per man): ask which.
        if mapped, let (words, readings, titles) = readings(of: query, s, language) {
            let choices = offeringChoices ? clarificationChoices(readings, language: language, label: s.timeLabel) : []
            return .notUnderstood(Clarifier.readingsClarification(
                question: question, language: language, understood: Explainer(model: model).explain(query, s), words: words, readings: titles, choices: choices))
        }
        // "How many employees got an A?": any of their reviews, or the latest? "the crime rate in county 63": the
        // average of its years, or each year's? Asked unless the question says.
        if mapped, previous == nil, let asked = askedOverTime(question, language, query, tokens, s, offeringChoices: offeringChoices) {
            return .notUnderstood(asked)
        }
        if let previous, FollowUp.isFollowUp(question, slots: slots) {
            return .understood(followUpInterpretation(question, language, previous: previous, query: query, slots: slots, s, unused: unused))
        }
        guard mapped, !query.measures.isEmpty || !query.dimensions.isEmpty else {
            let message = language == .zh
                ? "抱歉，没能理解这个问题：它没有提到数据里的任何指标、维度或取值。"
                : "Sorry, I couldn't understand that: it doesn't mention any measure, dimension or value in the data."
            return .notUnderstood(notUnderstood(question, language, message))
        }
        // Members of cubes no join connects can't be answered together (a count of species per island when
        // only penguins join both): say so instead of failing later or answering half of it. A model read from a
        // remote Cube's /v1/meta has no joins (the remote server knows them), so it is not checked here.
        let cubes = Set(members.compactMap { $0.split(separator: ".").first.map(String.init) })
        if cubes.count > 1, model.cubes.contains(where: { !$0.joins.isEmpty }), (try? model.joinTree(for: cubes.sorted())) == nil {
            let names = cubes.sorted().map { model.cube(named: $0)?.title(language) ?? $0 }
            let message = language == .zh
                ? "「\(names.joined(separator: "」「"))」在模型里没有连接（没有声明的关联能把它们连起来），所以没有运行查询。"
                : "\(names.joined(separator: " and ")) aren't connected in the model (no declared join links them), so I didn't run a query."
            return .notUnderstood(notUnderstood(question, language, message))
        }
        var understood = Explainer(model: model).explain(query, s)
        if countsGroups, let d = query.dimensions.first {
            let title = model.title(of: d, language)
            understood += language == .zh ? " · 不同\(title)的个数" : " · number of different \(title.lowercased()) values"
        } else if countsGroups, let g = query.timeDimensions.first?.granularity {
            understood += language == .zh ? " · \(g.chineseName)数" : " · number of \(g.rawValue)s"
        }
        if averagesPeriods, let g = query.timeDimensions.first?.granularity {
            understood += language == .zh ? " · 每\(g.chineseName)平均" : " · averaged per \(g.rawValue)"
        }
        var interpretation = Interpretation(
            question: question, language: language, query: query, understood: understood, unusedWords: unused,
            notes: s.notes, requestedChart: s.requestedChart)
        interpretation.timeLabel = s.timeLabel
        interpretation.shareOf = s.shareOf
        interpretation.shareOfMeasure = s.shareOfMeasure
        interpretation.difference = s.difference
        interpretation.countsGroups = countsGroups
        interpretation.averagesPeriods = averagesPeriods
        return .understood(interpretation)
    }
}
