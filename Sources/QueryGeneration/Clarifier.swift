import SemanticModel

/// Builds the clarifying answer for a question with words no rule accounted for: what was understood, the words
/// that were not, and candidate queries (written back as questions) the user may have meant.
struct Clarifier {
    let model: SemanticModel
    let memberWords: MemberWords
    let filteredMeasures: FilteredMeasureNames

    static func clarification(
        question: String, language: Language, understood: String, unknown: [String], choices: [String]
    ) -> NotUnderstood {
        let message = language == .zh
            ? "我理解了「\(understood)」，但没有理解「\(unknown.joined(separator: "」「"))」。为了不给出错误的数字，没有运行查询。"
                + (choices.isEmpty ? "" : "你想问的是下面哪一个？")
            : "I understood “\(understood)” but not “\(unknown.joined(separator: "”, “"))”, so I didn't run a query rather than guess."
                + (choices.isEmpty ? "" : " Did you mean one of these?")
        var result = NotUnderstood(question: question, language: language, message: message, suggestions: choices)
        result.reason = .needsClarification
        result.understood = understood
        result.unknownWords = unknown
        return result
    }

    /// The clarification for one word that stands for a longer value.
    static func partialValueClarification(
        question: String, language: Language, understood: String, word: String, value: String, choices: [String]
    ) -> NotUnderstood {
        let message = language == .zh
            ? "「\(word)」只是取值「\(value)」的一部分，也可能指别的，所以没有运行查询。" + (choices.isEmpty ? "" : "你想问的是下面这个吗？")
            : "“\(word)” is only part of the value “\(value)” and may mean something else, so I didn't run a query."
                + (choices.isEmpty ? "" : " Did you mean one of these?")
        var result = NotUnderstood(question: question, language: language, message: message, suggestions: choices)
        result.reason = .needsClarification
        result.understood = understood
        result.unknownWords = [word]
        return result
    }

    /// The clarification for a condition on rows the counted ones hold many of over time (their reviews).
    static func repeatedRowsClarification(
        question: String, language: Language, understood: String, rows: String, choices: [String]
    ) -> NotUnderstood {
        let message = language == .zh
            ? "这个条件可以指任意一条\(rows)满足（至少一次），也可以只看最近一条\(rows)，答案不同，所以没有运行查询。请说明“至少一次”或指定时间段。"
            : "The condition could hold for any of their \(rows.lowercased()) (at least once) or only for the latest, and each gives a different number, so I didn't run a query. Say “at least once” or name a period."
        return overTime(question, language, message, understood, choices)
    }

    /// The clarification for one thing's level whose rows span periods: their average, or each period's value.
    static func entityOverTimeClarification(
        question: String, language: Language, understood: String, measure: String, choices: [String]
    ) -> NotUnderstood {
        let message = language == .zh
            ? "它的记录跨越多个时期：答案可以是所有时期的\(measure)，也可以是每一期的值，两者不同，所以没有运行查询。请说明“平均”或指定时间段。"
            : "Its rows span several periods: the answer could be the \(measure.lowercased()) over all of them or each period's value, so I didn't run a query. Say “average” or name a period."
        return overTime(question, language, message, understood, choices)
    }

    /// A question asked back about rows held over time: the message, what was understood and the choices.
    private static func overTime(_ question: String, _ language: Language, _ message: String, _ understood: String, _ choices: [String]) -> NotUnderstood {
        var result = NotUnderstood(question: question, language: language, message: message, suggestions: choices)
        result.reason = .needsClarification
        result.understood = understood
        return result
    }

    /// The clarification for words that more than one member could mean: a period (by which date) or a measure.
    static func readingsClarification(
        question: String, language: Language, understood: String, words: String, readings: [String], choices: [String]
    ) -> NotUnderstood {
        let message = language == .zh
            ? "「\(words)」可以指\(readings.joined(separator: "、"))，答案各不相同，所以没有运行查询。你想问的是下面哪一个？"
            : "“\(words)” could mean \(readings.map { $0.lowercased() }.joined(separator: ", ")), and each gives a different number, so I didn't run a query. Which did you mean?"
        var result = NotUnderstood(question: question, language: language, message: message, suggestions: choices)
        result.reason = .needsClarification
        result.understood = understood
        result.unknownWords = [words]
        return result
    }

    /// "by year", 按年: the words for a breakdown by period, where the question named no period.
    static func grainLabel(_ query: CubeQuery, _ language: Language) -> String {
        guard let grain = query.timeDimensions.first(where: { $0.granularity != nil })?.granularity else { return "" }
        let zh: [Granularity: String] = [.year: "年", .quarter: "季度", .month: "月", .week: "周", .day: "天"]
        return language == .zh ? "按\(zh[grain] ?? "")" : "by \(grain.rawValue)"
    }

    /// `query` with its time dimension `from` read as `to` (the date range and any date filter move with it).
    static func replacingTime(in query: CubeQuery, _ from: String, with to: String) -> CubeQuery {
        var q = query
        q.timeDimensions = q.timeDimensions.map { td in
            var td = td
            if td.dimension == from { td.dimension = to }
            return td
        }
        q.filters = q.filters.map { filter in
            guard case .member(var f) = filter, f.member == from else { return filter }
            f.member = to
            return .member(f)
        }
        return q
    }

    /// Queries the user may have meant, most likely first: a measure or category named like an unknown word, a
    /// measure of the same kind on the same cube, then the reading without the unknown words.
    func candidates(for query: CubeQuery, unknown: [String]) -> [CubeQuery] {
        var base = CubeQuery(
            measures: query.measures, dimensions: query.dimensions,
            filters: query.filters.filter { if case .member(let f) = $0 { return f.op == .equals } else { return false } })
        // A ranking of groups by its one measure (which model has the best …) stays a ranking in every choice, by
        // the choice's measure.
        let ranked = Self.ranking(query)
        if let ranked {
            base.order = [ranked]
            base.limit = query.limit
        }
        var out: [CubeQuery] = []
        func add(_ q: CubeQuery) {
            var q = q
            // 优秀次数 keeps its own ratings: a rating filter beside it is the other reading, not this one.
            for column in q.measures.compactMap({ filteredMeasures.columnOf[$0] }) {
                q.filters.removeAll { if case .member(let f) = $0 { return f.member == column } else { return false } }
            }
            if let ranked, let m = q.measures.first {
                // not "the highest lowest salary"
                if case .measure(_, let measure)? = model.resolve(m), measure.kind == (ranked.descending ? .min : .max) { return }
                q.order = [OrderItem(m, descending: ranked.descending)]
            }
            if !q.measures.isEmpty, !out.contains(q) { out.append(q) }
        }
        // The group holding the best single row, where the model has that measure: the other reading of a ranking
        // by the average.
        if let ranked, case .measure(let cube, let measure)? = model.resolve(ranked.member), measure.kind == .avg,
            let column = cube.numberColumn(of: measure),
            let extreme = MeasureRule.measure(ranked.descending ? .max : .min, over: "\(cube.name).\(column.name)", in: model)
        {
            add(base)
            var q = base
            q.measures = [extreme]
            add(q)
        }
        for word in unknown {
            for member in similarMembers(to: word) {
                var q = base
                switch model.resolve(member) {
                case .measure?: q.measures = [member]
                case .dimension(_, let d, _)? where d.kind == .string && !q.dimensions.contains(member): q.dimensions.append(member)
                default: continue
                }
                add(q)
            }
        }
        if let first = query.measures.first, case .measure(let cube, let measure)? = model.resolve(first) {
            for sibling in cube.measures where sibling.isPublic && sibling.kind == measure.kind && sibling.name != measure.name {
                var q = base
                q.measures = ["\(cube.name).\(sibling.name)"]
                add(q)
            }
        }
        add(base)
        return out
    }

    /// Public measures and string dimensions whose words share a meaningful part with `word`: two Chinese
    /// characters, or an English word of four letters or more (by its first four).
    private func similarMembers(to word: String) -> [String] {
        let (han, stems) = MemberWords.parts(of: word)
        var scored: [(String, Int)] = []
        for member in memberWords.members {
            let sharedHan = han.intersection(member.han).count
            let score = (sharedHan >= 2 ? sharedHan : 0) + 2 * stems.intersection(member.stems).count
            if score > 0 { scored.append((member.name, score)) }
        }
        return scored.sorted { $0.1 > $1.1 }.prefix(3).map(\.0)
    }

    /// The order of a query that ranks its groups by its one measure and keeps the top N.
    static func ranking(_ query: CubeQuery) -> OrderItem? {
        guard query.measures.count == 1, !query.dimensions.isEmpty, query.order.count == 1, query.order[0].member == query.measures[0],
            let limit = query.limit, limit <= 100
        else { return nil }
        return query.order[0]
    }

    /// A question that asks for `query`: measures, groupings, value filters and one dated period (said as
    /// `timeLabel`), or a ranking of one grouping by one measure. Nil when the query has more.
    /// `namingColumns` says each value with its column's title (Setting Boat), for a value two columns hold.
    func question(for query: CubeQuery, _ language: Language, timeLabel: String? = nil, namingColumns: Bool = false) -> String? {
        guard !query.measures.isEmpty, query.timeDimensions.count <= 1 else { return nil }
        if let ranked = Self.ranking(query) {
            guard query.dimensions.count == 1, query.filters.isEmpty, query.timeDimensions.isEmpty, let n = query.limit else { return nil }
            let measure = model.title(of: ranked.member, language)
            let group = model.title(of: query.dimensions[0], language)
            if language == .zh {
                return measure + (ranked.descending ? "最高" : "最低") + "的" + (n == 1 ? "" : "\(n)个") + group
            }
            // "the highest Highest Salary" says it once
            let named = ["highest", "lowest", "max", "min", "best", "worst", "largest", "smallest"].contains { measure.lowercased().hasPrefix($0) }
            let extreme = named ? "" : ranked.descending ? "highest " : "lowest "
            return n == 1
                ? "Which \(group.lowercased()) has the \(extreme)\(measure.lowercased())?"
                : "Which \(n) \(group.lowercased()) values have the \(extreme)\(measure.lowercased())?"
        }
        var values: [String] = []
        for filter in query.filters {
            guard case .member(let f) = filter, f.op == .equals else { return nil }
            values += namingColumns ? f.values.map { "\(model.title(of: f.member, language)) \($0)" } : f.values
        }
        var period: (label: String, date: String)?
        if let td = query.timeDimensions.first {
            guard td.granularity == nil, td.dateRange != nil, let timeLabel else { return nil }
            period = (timeLabel, model.title(of: td.dimension, language))
        }
        let measures = query.measures.map { model.title(of: $0, language) }
        let groups = query.dimensions.map { model.title(of: $0, language) }
        if language == .zh {
            let when = period.map { "\($0.date)在\($0.label)的" } ?? ""
            let scope = values.isEmpty ? "" : values.joined(separator: "和") + "的"
            let by = groups.isEmpty ? "" : "各" + groups.joined(separator: "和各") + "的"
            return when + scope + by + measures.joined(separator: "和")
        }
        var text = measures.joined(separator: " and ")
        if !groups.isEmpty { text += " by " + groups.map { $0.lowercased() }.joined(separator: " and ") }
        if !values.isEmpty { text += " in " + values.joined(separator: " and ") }
        if let period { text += " with \(period.date.lowercased()) in \(period.label)" }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// Each public measure's and string dimension's Chinese characters and English word stems (first four letters of
/// words of four or more), from its titles and synonyms, indexed once for the clarifier's choices.
struct MemberWords: Sendable {
    struct Member: Sendable {
        let name: String
        let han: Set<Unicode.Scalar>
        let stems: Set<String>
    }
    let members: [Member]
    /// The words of the titles and descriptions that say each member again (`QueryGenerator.restates`), computed once:
    /// "m:" + a measure (its own and its column's), "d:" + a dimension (its own and its measures'), "v:" + a dimension
    /// whose value is said (the column's and the cube's title), "o:" + a dimension whose values are verbs (Gained,
    /// Lost): the words of its description, where the verb's object is (lost weight).
    let restating: [String: Set<String>]

    init(model: SemanticModel) {
        func words(_ texts: [String?]) -> Set<String> {
            Set(texts.compactMap { $0 }.flatMap { TextNormalizer.units(of: TextNormalizer.normalize($0)).filter { $0.kind == .word }.map(\.text) })
        }
        var restating: [String: Set<String>] = [:]
        for cube in model.cubes {
            for measure in cube.measures {
                let columns = cube.dimensions.filter { $0.sql == measure.sql && measure.sql != nil }
                restating["m:\(cube.name).\(measure.name)"] = words([measure.title, measure.description] + columns.flatMap { [$0.title, $0.description] })
            }
            for dimension in cube.dimensions {
                let measures = cube.measures.filter { $0.sql != nil && $0.sql == dimension.sql }
                restating["d:\(cube.name).\(dimension.name)"] = words([dimension.title, dimension.description] + measures.flatMap { [$0.title, $0.description] })
                // "chose a charter boat" for the column Fishing Mode, also called "chosen mode": its names too, but
                // not a name that lists its values ("american or foreign": foreign is a value, not the column).
                let names = dimension.meta.synonyms.filter { name in !name.lowercased().split(separator: " ").contains { ["or", "and", "vs"].contains($0) } }
                restating["v:\(cube.name).\(dimension.name)"] = words([dimension.title, cube.title] + names)
                restating["o:\(cube.name).\(dimension.name)"] = words([dimension.description])
            }
        }
        self.restating = restating
        var members: [Member] = []
        for cube in model.cubes where cube.isPublic {
            let named = cube.measures.filter(\.isPublic).map { ($0.name, [$0.title, $0.title(.zh)] + $0.meta.synonyms) }
                + cube.dimensions.filter { $0.isPublic && $0.kind == .string }.map { ($0.name, [$0.title, $0.title(.zh)] + $0.meta.synonyms) }
            for (name, words) in named {
                let (han, stems) = Self.parts(of: words.joined(separator: " "))
                members.append(Member(name: "\(cube.name).\(name)", han: han, stems: stems))
            }
        }
        self.members = members
    }

    static func parts(of text: String) -> (han: Set<Unicode.Scalar>, stems: Set<String>) {
        let lower = text.lowercased()
        let han = Set(lower.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        let stems = Set(lower.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map { String($0.prefix(4)) })
        return (han, stems)
    }
}
