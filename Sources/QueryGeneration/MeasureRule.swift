import SemanticModel

/// Reads what to compute: measures named directly (平均工资, attrition rate), an aggregation word with a
/// numeric column (平均 + 职级 → avg of level), and counts (多少名员工, how many departments).
struct MeasureRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        let rowNouns = named(&s)
        aggregations(&s)
        counts(&s)
        nouns(&s)
        // "average wind on snowy days": the count's title names the rows another measure is computed over; it
        // is the answer only when nothing else is.
        if s.measures.isEmpty { for m in rowNouns where !s.measures.contains(m) { s.measures.append(m) } }
    }

    /// Adds the measures named directly; returns the plain counts named as the rows of a value (snowy days,
    /// 女员工) with no count word before them, which are added only if no other measure is asked for.
    private func named(_ s: inout ParseState) -> [String] {
        var rowNouns: [String] = []
        for i in 0..<s.tokens.count where s.isFree(i) {
            if let m = Self.sameTitleMeasure(&s, at: i), !Self.namesRowsOfPercent(m, at: i, s) {
                // "average max temperature": the average of the column the max measure reads (the daily highs).
                if let (other, words) = aggregateOfColumn(s, i, m) {
                    if !s.measures.contains(other) { s.measures.append(other) }
                    for k in words { s.use(k) }
                    s.use(i)
                    continue
                }
                // "total claims of policyholders under 25", 女性申请人的录取率: a sum titled as its people (Policyholders)
                // after another figure and of / among, or before 的 and another figure, names whom the figure is about:
                // over their rows or weighted by them is not said, so it is asked.
                if Self.isPeopleSum(m, s), (i > 0 && ["of", "among"].contains(s.tokens[i - 1].text) && !s.measures.isEmpty)
                    || (s.token(i + 1)?.text == "的" && !s.measures(i + 2).isEmpty)
                {
                    s.unexpressed.append(s.tokens[i].text)
                    s.use(i)
                    continue
                }
                // "average log wage of union records": a filtered count after "of" and another measure names the
                // rows the first is taken over, not a second figure beside it. Which rows is the count's own filter,
                // not a condition the query can state, so it is asked.
                if i > 0, ["of", "among"].contains(s.tokens[i - 1].text), !s.measures.isEmpty,
                    case .measure(_, let counted)? = s.model.resolve(m), counted.kind == .count, !counted.filters.isEmpty
                {
                    s.unexpressed.append(s.tokens[i].text)
                    s.use(i - 1, i)
                    continue
                }
                // "the oldest age among the respondents": after another figure, the rows' plain count named after
                // among / of (the) is the rows that figure is over, not a second figure.
                let before = ["the", "any", "all"].contains(s.token(i - 1)?.text ?? "") ? i - 2 : i - 1
                if !s.measures.isEmpty, s.token(before).map({ ["among", "of", "across", "for"].contains($0.text) }) == true, s.isFree(before),
                    m == s.countMeasure(of: String(m.prefix { $0 != "." })), s.measures.allSatisfy({ $0.hasPrefix(m.prefix { $0 != "." } + ".") })
                {
                    s.use(before..<(i + 1))
                    s.namesRowsOnly.insert(i)
                    continue
                }
                if let per = Self.perVariant(of: m, s), s.measureReadings == nil { s.measureReadings = (s.tokens[i].text, [m, per]) }
                if isRowNoun(s, i, m) {
                    rowNouns.append(m)
                } else if !s.measures.contains(m) {
                    s.measures.append(m)
                }
                s.use(i)
                // "total renewable generation", "average city mpg" (a synonym without its aggregation word): a word of
                // the measure's own aggregation right before it says what it is.
                // 公路资本总额: or right after it. "the average state unemployment rate": the rows' own noun between
                // them says what is averaged over (each state's figure), not a breakdown.
                if case .measure(let cube, let measure)? = s.model.resolve(m),
                    let k = [i - 1, i - 2, i + 1].first(where: { k in
                        // 合计 after it, or 所有州的…总额, asks for one total, which a breakdown is not: left to the ledger.
                        k >= 0 && k < s.tokens.count && s.isFree(k) && s.tokens[k].keywords.contains { Self.aggregationKinds[$0] == measure.kind }
                            && (k < i || !QueryGenerator.totalWords.contains(s.tokens[k].text) && !s.tokens.contains { QueryGenerator.togetherWords.contains($0.text) })
                    })
                {
                    if k != i - 2 || s.used[i - 1] {
                        s.use(k)
                    } else if s.isFree(i - 1), let noun = s.cubes(i - 1).first, (try? s.model.joinTree(for: [cube.name, noun]))?.root == cube.name {
                        s.use(k, i - 1)
                        s.namesRowsOnly.insert(i - 1)
                    }
                }
            }
        }
        return rowNouns
    }

    /// An average or total word right before a max/min measure, or an average word before a sum: the model's measure
    /// of that kind over the same column, with the indexes of the words that say it; nil if the model has none.
    private func aggregateOfColumn(_ s: ParseState, _ i: Int, _ m: String) -> (String, [Int])? {
        // "average employment", "average government employment" where employment is a sum: the model's average over
        // the same column (values may stand between); "the average number of ER visits", "the average annual
        // turnover" where the sum's own title says annual: so may "number of" and the sum's period word.
        // Not before "per year" (the average number of deaths per year): that averages the periods' totals.
        var k = i - 1
        var between: [Int] = []
        // read only where such a word stands before the measure (this runs for every measure word)
        let perPeriod = { s.tokens[(i + 1)...].contains { t in [Keyword.perYear, .perQuarter, .perMonth, .perWeek, .perDay].contains { t.isKeyword($0) } } }
        let titleSays = { (word: String) in
            guard case .measure(_, let measure)? = s.model.resolve(m) else { return false }
            return measure.title.lowercased().split(separator: " ").contains(Substring(word))
        }
        while k >= 0, k >= i - 3,
            (s.used[k] && s.tokens[k].namesValue)
                || (s.isFree(k) && ["number of", "amount of"].contains(s.tokens[k].text) && !perPeriod())
                || (s.tokens[k].isKeyword(.perYear) && titleSays(s.tokens[k].text) && !perPeriod())
        {
            if s.isFree(k) { between.append(k) }
            k -= 1
        }
        if k >= 0, s.isFree(k), s.keyword(k, .avg), let average = Self.average(ofSum: m, s.model) {
            return (average, [k] + between)
        }
        guard i > 0, s.isFree(i - 1), let kind = s.tokens[i - 1].keywords.lazy.compactMap({ Self.aggregationKinds[$0] }).first,
            [.avg, .sum].contains(kind), case .measure(let cube, let measure)? = s.model.resolve(m), [.max, .min].contains(measure.kind),
            let column = cube.numberColumn(of: measure),
            Self.names(column, s.tokens[i].text), let other = Self.measure(kind, over: "\(cube.name).\(column.name)", in: s.model)
        else { return nil }
        return (other, [i - 1])
    }

    /// "the highest average number of ER visits" where ER visits is a sum: the words between a ranking and the sum
    /// (average, number of) ask for the model's average over the same column; with the indexes of those words.
    static func averageOfSum(_ s: ParseState, _ m: String, between words: Range<Int>) -> (String, [Int])? {
        let free = words.filter { s.isFree($0) }
        guard free.contains(where: { s.keyword($0, .avg) }),
            free.allSatisfy({ s.keyword($0, .avg) || ["number of", "amount of", "the"].contains(s.tokens[$0].text) }),
            let average = Self.average(ofSum: m, s.model)
        else { return nil }
        return (average, free)
    }

    /// The model's plain average over the column a plain sum adds up (Total ER Visits → Average ER Visits), if any.
    static func average(ofSum m: String, _ model: SemanticModel) -> String? {
        guard case .measure(let cube, let measure)? = model.resolve(m), measure.kind == .sum, measure.filters.isEmpty, let sql = measure.sql,
            let average = cube.measures.first(where: { $0.kind == .avg && $0.sql == sql && $0.filters.isEmpty && $0.isPublic })
        else { return nil }
        return "\(cube.name).\(average.name)"
    }

    /// Whether `text` is one of the column's own names (its title without a bracketed unit, a synonym): the
    /// column itself holds maxima (temp_max, "Max Temperature (°C)"), so "average max temperature" averages it.
    static func names(_ column: Dimension, _ text: String) -> Bool {
        var names = [column.title] + column.meta.synonyms + [column.meta.titleZh].compactMap { $0 }
        if let (name, _) = TitleUnit.split(column.title) { names.append(name) }
        return names.contains { TextNormalizer.normalize($0).trimmingSpaces == text }
    }

    /// A measure's word right after a value that names the rows rather than a figure: a plain count (snowy days,
    /// 女员工), or a word that is also the measure's cube's own noun (leisure and hospitality jobs, where "jobs" is
    /// both the employment rows and the sum of jobs).
    private func isRowNoun(_ s: ParseState, _ i: Int, _ m: String) -> Bool {
        // how many of the deaths were homicides: a partitive "of (the)" makes the plain count the rows counted among;
        // so does the event's verb (how many died in homicides): it says what happened, not a second figure.
        // (the total population of all the counties: determiners between "of" and the noun change nothing.)
        var k = i - 1
        while k >= 0, ["the", "all", "these", "those", "our"].contains(s.tokens[k].text) { k -= 1 }
        if case .measure(_, let measure)? = s.model.resolve(m), measure.kind == .count, measure.filters.isEmpty,
            (k >= 0 && s.tokens[k].text == "of") || Self.eventVerbForms.contains(s.tokens[i].text)
        {
            return true
        }
        // average airport latitude: a word both the rows and their count, right before a measure or number column
        // of the same rows, says whose figure it is.
        if case .measure(let cube, let measure)? = s.model.resolve(m), measure.kind == .count, measure.filters.isEmpty,
            s.cubes(i).contains(cube.name), let next = s.token(i + 1),
            next.entries.contains(where: { entry in
                switch entry {
                case .measure(let other): return other != m && other.hasPrefix(cube.name + ".")
                case .dimension(let d): return d.hasPrefix(cube.name + ".") && s.dimensionKind(d) == .number
                default: return false
                }
            })
        {
            return true
        }
        // A value, or a yes/no column said as an adjective (married workers, non-union observations), before it.
        guard i > 0, case .measure(let cube, let measure)? = s.model.resolve(m),
            (measure.kind == .count && measure.filters.isEmpty) || s.cubes(i).contains(cube.name),
            s.tokens[i - 1].entries.contains(where: {
                switch $0 {
                case .value: return true
                case .dimension(let d): return s.yesNo.pairs[d] != nil
                default: return false
                }
            })
        else { return false }
        return !(max(0, i - 3)..<i).contains { s.tokens[$0].isKeyword(.count) }
    }

    static let eventVerbForms = Set(Lexicon.eventVerbs.values.joined())

    static let aggregationKinds: [Keyword: Measure.Kind] = [.avg: .avg, .sum: .sum, .max: .max, .min: .min]

    /// The model's measure of `kind` over the same column as `dimension`, if it has one.
    static func measure(_ kind: Measure.Kind, over dimension: String, in model: SemanticModel) -> String? {
        guard case .dimension(let cube, let d, _)? = model.resolve(dimension) else { return nil }
        let m = cube.measures.first { $0.kind == kind && $0.filters.isEmpty && $0.sql == d.sql && $0.isPublic }
            ?? cube.measures.first { $0.kind == kind && $0.filters.isEmpty && $0.sql == d.sql }
        return m.map { "\(cube.name).\($0.name)" }
    }

    private func aggregations(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            guard let kind = s.tokens[i].keywords.lazy.compactMap({ Self.aggregationKinds[$0] }).first else { continue }
            // "which city pays the most on average": the ranking already averages the column.
            if kind == .avg, s.pendingRanking != nil {
                s.rankByTotal = false  // "the most … on average": an average after all
                s.rankByAverage = true
                s.use(i)
                continue
            }
            // "which firm invested the most in total": the ranking sums the column.
            if kind == .sum, s.pendingRanking != nil, ["total", "in total"].contains(s.tokens[i].text) {
                s.rankByTotal = true
                s.rankByAverage = false
                s.use(i)
                if s.token(i - 1)?.text == "in" { s.use(i - 1) }
                continue
            }
            // "the average cigarette price" for an average measure named by its synonym "cigarette price": the word
            // says the measure's own aggregation again.
            if let k = [i + 1, i + 2].first(where: { k in
                s.tokens.indices.contains(k) && s.tokens[k].entries.contains { entry in
                    guard case .measure(let m) = entry, case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                    return measure.kind == kind && measure.filters.isEmpty
                }
            }), k != i + 2 || s.isFree(i + 1) && KeywordDictionary.stopwords.contains(s.tokens[i + 1].text) {
                s.use(i)
                continue
            }
            // "what do PhD holders earn on average": the column named right before "on average".
            let onAverage = kind == .avg && (s.token(i - 1)?.text == "on" || s.tokens[i].text == "on average")
            // "On average, what do our HRBPs earn per month?": said apart from the question, it averages the one
            // number column the question names, wherever it is.
            var window = [i + 1, i + 2, i - 1] + (onAverage ? [i - 2] : [])
            if onAverage {
                let named = s.tokens.indices.filter { k in !window.contains(k) && s.isFree(k) && s.dimensions(k).contains { s.dimensionKind($0) == .number } }
                if named.count == 1 { window += named }
            }
            for k in window {
                guard let d = s.dimensions(k).first(where: { s.dimensionKind($0) == .number }) else { continue }
                if k == i - 2 { s.use(i - 1) }
                if let m = Self.measure(kind, over: d, in: s.model) {
                    if !s.measures.contains(m) { s.measures.append(m) }
                    s.use(i, k)
                } else {
                    s.notes.append(s.language == .zh ? "模型里没有\(s.model.title(of: d, .zh))的这种汇总" : "The model has no such aggregate of \(s.model.title(of: d, .en))")
                }
                break
            }
        }
    }

    private func counts(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.keyword(i, .count) {
            s.use(i)
            // page count, citation counts: "count" after a quantity's noun is that quantity's name, not a count of rows.
            if ["count", "counts", "count of"].contains(s.tokens[i].text), i > 0, Self.namesQuantity(s, i - 1) { continue }
            // "the average number of medicines used": a number column averaged, said as a number of things; the rows
            // named after it (by people) are what it is averaged over, not counted.
            if i > 0, s.tokens[i - 1].isKeyword(.avg), s.token(i + 1)?.entries.contains(where: { entry in
                if case .dimension(let d) = entry { return s.dimensionKind(d) == .number } else { return false }
            }) == true {
                continue
            }
            // "the total number of doctor visits", "the total number of pregnancies": a number column's total, said
            // as a number of things, where the model sums that column.
            if s.tokens[i].text.hasPrefix("total "), s.isFree(i + 1),
                let d = s.dimensions(i + 1).first(where: { s.dimensionKind($0) == .number }), let m = Self.measure(.sum, over: d, in: s.model)
            {
                if !s.measures.contains(m) { s.measures.append(m) }
                s.use(i + 1)
                continue
            }
            s.countRequested = true
            // how many distinct individual penguins: a distinct count right after the count word is what is counted.
            if (i + 1...i + 2).contains(where: { k in
                s.tokens.indices.contains(k) && s.tokens[k].entries.contains { entry in
                    guard case .measure(let m) = entry, case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                    return [.countDistinct, .countDistinctApprox].contains(measure.kind)
                }
            }) {
                continue
            }
            let window = [i + 1, i + 2, i - 1, i - 2, i + 3]
            for k in window where !s.cubes(k).isEmpty {
                let cube = s.cubes(k)[0]
                // how many Ideal cut diamonds: a noun right after a value of its own cube names the value's kind; the
                // rows counted are the noun after it.
                if k > i, s.token(k - 1)?.entries.contains(where: { if case .value(let d, _) = $0 { return d.hasPrefix(cube + ".") } else { return false } }) == true,
                    ((k + 1)...(k + 2)).contains(where: { !s.cubes($0).isEmpty && s.cubes($0)[0] != cube })
                {
                    continue
                }
                s.mentionCube(cube)
                // 在职人数超过200的部门…各多少人: the rows are already counted by the count the condition is on.
                let conditionCount = s.filters.contains { f in
                    guard f.member.hasPrefix(cube + "."), s.measures.contains(f.member), case .measure(_, let m)? = s.model.resolve(f.member) else { return false }
                    return m.kind == .count
                }
                // 在职人数最少的三个部门…各有多少人: a count word after a count of the same rows already asked for (the
                // active headcount) asks that count again, not the count of every row beside it.
                let countedAlready = (0..<i).contains { j in
                    s.used[j] && s.tokens[j].entries.contains { entry in
                        guard case .measure(let m) = entry, s.measures.contains(m), m.hasPrefix(cube + "."),
                            case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                        return measure.kind == .count
                    }
                }
                if let m = s.countMeasure(of: cube), !s.measures.contains(m), !conditionCount, !countedAlready { s.measures.append(m) }
                s.use(k)
                // how many mammal species: a noun of the same rows right after it is the same noun, not a grouping.
                var next = k + 1
                while s.cubes(next).contains(cube) { s.use(next); next += 1 }
                if s.keyword(k - 1, .classifier) { s.use(k - 1) }
                break
            }
            if s.keyword(i + 1, .classifier) { s.use(i + 1) }
        }
    }

    /// Whether the word at `i` names a number column or an aggregate of one (pages, citations), not rows.
    static func namesQuantity(_ s: ParseState, _ i: Int) -> Bool {
        s.tokens[i].entries.contains { entry in
            switch entry {
            case .dimension(let d): return s.dimensionKind(d) == .number
            case .measure(let m):
                guard case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                return [.sum, .avg, .min, .max].contains(measure.kind)
            default: return false
            }
        }
    }

    /// Cube nouns (员工, employees) that are not also a category are the subject of the question.
    private func nouns(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            // A word naming both the rows and a column (species) right after their count (how many mammal species)
            // is the rows' noun again.
            let afterCount = i > 0 && s.used[i - 1] && s.tokens[i - 1].entries.contains { entry in
                guard case .measure(let m) = entry, let cube = s.cubes(i).first else { return false }
                return m == s.countMeasure(of: cube)
            }
            // 绩效优秀率: the head word of the cube's names (绩效考核, 绩效评估) right before one of its measures qualifies
            // that measure, though the word also names a column (绩效 the score).
            // 绩效评级为D: or one of its columns the question filters on.
            let next = s.token(i + 1)?.text == "的" ? i + 2 : i + 1
            let nextUsed = s.used.indices.contains(next) && s.used[next]
            let filtered = Set(s.filters.map(\.member))
            if let measureCube = s.token(next)?.entries.compactMap({ e -> String? in
                switch e {
                case .measure(let m) where nextUsed: return String(m.prefix { $0 != "." })
                case .dimension(let d) where nextUsed || filtered.contains(d): return String(d.prefix { $0 != "." })
                default: return nil
                }
            }).first, s.model.cube(named: measureCube)?.isChineseHead(s.tokens[i].text) == true {
                s.use(i..<next)
                s.namesRowsOnly.insert(i)
                continue
            }
            guard let cube = s.cubes(i).first, s.dimensions(i).isEmpty || afterCount else { continue }
            s.mentionCube(cube)
            if !QueryAssembler.isScope(s, i) { s.nounCubes.append(cube) }
            s.use(i)
            // 参加过考核, received a review: a verb of taking part before the rows' noun only says the rows exist.
            let verb = s.token(i - 1).map { ["a", "an"].contains($0.text) } == true ? i - 2 : i - 1
            if s.isFree(verb), Self.participationVerbs.contains(s.tokens[verb].text) { s.use(verb..<i) }
        }
    }

    /// Verbs of taking part in an event whose rows a cube holds (参加过考核, received a performance review).
    static let participationVerbs: Set<String> = ["参加过", "参加了", "参加", "接受过", "接受了", "有过", "received", "had", "got", "gotten", "undergone", "taken"]
}
