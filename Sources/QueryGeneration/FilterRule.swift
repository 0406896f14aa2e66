import SemanticModel

/// Reads conditions: numeric comparisons (工资超过2万, 7级及以上, between 10000 and 20000), value filters by
/// name or alias in either language (北京 / Beijing), negation (不在北京, excluding Sales, 除销售部以外) and segments.
struct FilterRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        keys(&s)
        atLeastOne(&s)
        comparisons(&s)
        bareBounds(&s)
        signs(&s)
        yesNoPredicates(&s)
        yesNo(&s)
        yesNoAdjectives(&s)
        missing(&s)
        values(&s)
        segments(&s)
    }

    /// 40岁以上, 3万以下: a bare 以上 / 以下 after a number is read with the number (the dictionary's sense) and without
    /// it (over 40, as people say of ages) alike; the two differ at the bound, so it is asked. 及以上, 或以下, 超过 and
    /// 不超过 each say which.
    private func bareBounds(_ s: inout ParseState) {
        for i in s.tokens.indices where s.used[i] && ["以上", "以下"].contains(s.tokens[i].text) && i > 0 {
            let afterNumber = s.tokens[i - 1].number != nil || (i > 1 && s.tokens[i - 2].number != nil && s.units.isUnit(s.tokens[i - 1].text))
                || (i > 1 && s.tokens[i - 2].number != nil && ["岁", "级", "分", "元", "人"].contains(s.tokens[i - 1].text))
            if afterNumber, s.filters.contains(where: { $0.op == .gte || $0.op == .lte }) { s.unexpressed.append(s.tokens[i].text) }
        }
    }

    private func values(_ s: inout ParseState) {
        var lastValue: (index: Int, negated: Bool)?
        for i in 0..<s.tokens.count where s.isFree(i) && s.measuredBy(i) == nil {
            let candidates = s.values(i)
            guard let first = candidates.first else { continue }
            // Prefer the dimension the question groups by or already filters on, then the one a value coordinated
            // with it names ("Information and Financial Activities": both industries, not a code and a name); else
            // the first meaning.
            let next = ((i + 1)..<min(s.tokens.count, i + 4)).first { !s.values($0).isEmpty && Self.onlyConjunctions(s, between: i, and: $0) }
            let coordinated = Set(next.map { s.values($0).map(\.dimension) } ?? [])
            let preferred = candidates.first { c in s.filters.contains { $0.member == c.dimension } }
                ?? candidates.first { coordinated.contains($0.dimension) } ?? candidates.first { c in namesColumn(s, near: i, c.dimension) }
                ?? yearNamed(s, candidates.map(\.dimension)).flatMap { d in candidates.first { $0.dimension == d } }
            let chosen = preferred ?? first
            // "boat": the code of private boats, or the setting Boat of private and charter boats. Readings in two
            // columns that keep different rows are asked back; twins (Crew the class and the category) are one.
            let differing = candidates.filter { c in
                !s.valueTwins.same(.init(dimension: c.dimension, value: c.value), .init(dimension: chosen.dimension, value: chosen.value))
            }
            if preferred == nil, !differing.isEmpty {
                let readings = [chosen] + differing.filter { c in c.dimension != chosen.dimension }
                if s.valueReadings == nil, readings.count > 1 {
                    s.valueReadings = (s.tokens[i].text, readings.map { ValueTwins.Reading(dimension: $0.dimension, value: $0.value) })
                } else {
                    s.unexpressed.append(s.tokens[i].text)
                }
            }
            // New York the state, or the city of that name (a dimension too large to index): the two pick different
            // rows, so the value is asked back unless its dimension or cube is named beside it (New York state).
            let other = s.unindexedValues.contains { $0.key != chosen.dimension && $0.value.contains(chosen.value.lowercased()) }
            if other, !namesColumn(s, near: i, chosen.dimension) { s.unexpressed.append(s.tokens[i].text) }
            // 优秀 the value A, where the model's 优秀次数 / "excellent reviews" counts S or A: the same word keeps
            // different rows in two places of the model, so it is asked back.
            if s.filteredMeasures.conflict(word: s.tokens[i].text, dimension: chosen.dimension, value: chosen.value) {
                s.unexpressed.append(s.tokens[i].text)
            }
            // A token that also names a time dimension (离职) implies it when the question has a time.
            for d in s.dimensions(i) where s.dimensionKind(d) == .time { s.impliedTimeDimensions.append(d) }
            var negated = isNegated(s, i)
            // A value coordinated with a negated one is excluded too: excluding Finance and HR, 除了财务部和人力资源部.
            if !negated.negated, let last = lastValue, last.negated, Self.onlyConjunctions(s, between: last.index, and: i) {
                negated.negated = true
            }
            lastValue = (i, negated.negated)
            // One word of a longer value (papua for 'Pygoscelis papua'): a reading to confirm, not to run.
            let word = s.tokens[i].text
            // The value's words as the lexicon splits them, so "long" is one word of 'Long-nosed armadillo' too.
            let valueUnits = TextNormalizer.units(of: TextNormalizer.normalize(chosen.value))
            let spoken = TextNormalizer.key(valueUnits[...])  // '65+' is said "65 or more"
            if word.count < spoken.count, spoken != word,  // Kellogg's said whole
                valueUnits.contains(where: { $0.kind == .word && $0.text == word })
            {
                s.partialValues.append((word, chosen.value))
            }
            // An ordered value with a comparator (本科及以上, "a master's or higher", at least level P5): the values
            // at or past it in the model's declared order.
            if !negated.negated, let (values, markers) = orderedRange(s, i, dimension: chosen.dimension, value: chosen.value) {
                s.addFilter(MemberFilter(member: chosen.dimension, op: .equals, values: values))
                s.use(i)
                for m in markers { s.use(m) }
                continue
            }
            s.addFilter(MemberFilter(member: chosen.dimension, op: negated.negated ? .notEquals : .equals, values: [chosen.value]))
            s.use(i)
            // 拿到S, 考核为D, got an A, rated good: a verb that links the rows to the value says nothing more.
            if !negated.negated {
                if i >= 2, s.isFree(i - 2), s.isFree(i - 1), Self.linkingVerbs.contains(s.tokens[i - 2].text + s.tokens[i - 1].text) {
                    s.use(i - 2, i - 1)
                } else if i >= 1, s.isFree(i - 1), Self.linkingVerbs.contains(s.tokens[i - 1].text) {
                    s.use(i - 1)
                } else if i >= 2, s.isFree(i - 2), ["a", "an"].contains(s.tokens[i - 1].text), Self.linkingVerbs.contains(s.tokens[i - 2].text) {
                    s.use(i - 2, i - 1)
                }
                // NASDAQ-listed, Japan-made, 上海上市的: a participle after the value links it the same way.
                if let next = s.token(i + 1), s.isFree(i + 1), Self.linkingParticiples.contains(next.text) { s.use(i + 1) }
                // a manual transmission (Transmission Type), 手动变速箱: a word of the column's own name after its value
                // says which column, nothing more.
                if let next = s.token(i + 1), s.isFree(i + 1), Self.namesColumn(next.text, chosen.dimension, s.model) {
                    s.use(i + 1)
                    s.namesRowsOnly.insert(i + 1)
                }
            }
            for n in negated.markers { s.use(n) }
            if !differing.isEmpty {
                let others = differing.map { s.model.title(of: $0.dimension, s.language) }
                s.notes.append(s.language == .zh
                    ? "「\(s.tokens[i].text)」也可能指\(others.joined(separator: "、"))，按\(s.model.title(of: chosen.dimension, .zh))理解"
                    : "'\(s.tokens[i].text)' could also mean \(others.joined(separator: ", ")); read as \(s.model.title(of: chosen.dimension, .en))")
            }
        }
    }

    /// The one of `dimensions` whose title or cube's title holds a year the question says ("the American League in
    /// 1986": the 1986 team's league, not the 1987 team's); nil when none or several do.
    private func yearNamed(_ s: ParseState, _ dimensions: [String]) -> String? {
        // Plain loops: a closure over these sets crashed the 6.3.1 optimizer in release builds.
        var years: [String] = []
        for token in s.tokens {
            guard let n = token.number, n >= 1000, n <= 9999, n == n.rounded() else { continue }
            years.append(String(Int(n)))
        }
        guard !years.isEmpty else { return nil }
        var named: [String] = []
        for d in dimensions where !named.contains(d) {
            let cube = String(d.prefix { $0 != "." })
            let titles = s.model.title(of: d, .en) + " " + (s.model.cube(named: cube)?.title ?? "")
            var holds = false
            for year in years where titles.contains(year) { holds = true }
            if holds { named.append(d) }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether a word beside token `i` names `dimension` or its cube (New York state, boat setting).
    private func namesColumn(_ s: ParseState, near i: Int, _ dimension: String) -> Bool {
        [i - 2, i - 1, i + 1, i + 2].contains { k in
            s.dimensions(k).contains(dimension) || s.cubes(k).contains(String(dimension.prefix { $0 != "." }))
        }
    }

    /// The values a comparator next to an ordered value selects, and the tokens that say it: `value (dimension)?
    /// comparator (dimension)?` or `comparator (a)? value`. Nil when the dimension declares no order (`meta.order`),
    /// so the comparator stays unclaimed and the question is not answered by a guess.
    private func orderedRange(_ s: ParseState, _ i: Int, dimension: String, value: String) -> ([String], [Int])? {
        guard case .dimension(_, let d, _)? = s.model.resolve(dimension), let at = d.meta.order.firstIndex(of: value) else { return nil }
        let order = d.meta.order
        // Bare 以上/以下 after a category is read both inclusively and exclusively: only 及以上, or higher, ... say which.
        func select(_ op: FilterOperator, _ j: Int) -> [String]? {
            guard !["以上", "以下"].contains(s.tokens[j].text) else { return nil }
            switch op {
            case .gte: return Array(order[at...])
            case .gt: return at + 1 < order.count ? Array(order[(at + 1)...]) : nil
            case .lte: return Array(order[...at])
            case .lt: return at > 0 ? Array(order[..<at]) : nil
            default: return nil
            }
        }
        func namesDimension(_ j: Int) -> Bool { s.isFree(j) && s.dimensions(j).contains(dimension) }
        var markers: [Int] = []
        var j = i + 1
        if namesDimension(j) { markers.append(j); j += 1 }
        if let op = comparator(s, j), let values = select(op, j) {
            markers.append(j)
            if namesDimension(j + 1) { markers.append(j + 1) }
            return (values, markers)
        }
        j = i - 1
        if j >= 0, ["a", "an"].contains(s.tokens[j].text) { j -= 1 }
        if j >= 0, let op = comparator(s, j), let values = select(op, j) { return (values, [j]) }
        return nil
    }

    /// Whether `word` is the column's title in Chinese or one of its English title's or synonyms' words (four
    /// letters or more).
    static func namesColumn(_ word: String, _ dimension: String, _ model: SemanticModel) -> Bool {
        guard case .dimension(_, let d, _)? = model.resolve(dimension) else { return false }
        if let zh = d.meta.titleZh, TextNormalizer.normalize(zh).trimmingSpaces == word { return true }
        guard word.count >= 4 else { return false }
        let names = [TitleUnit.split(d.title)?.name ?? d.title] + d.meta.synonyms
        return names.contains { TextNormalizer.normalize($0).split(separator: " ").contains(Substring(word)) }
    }

    static let linkingVerbs: Set<String> = [
        "拿到", "拿过", "拿了", "拿到了", "拿到过", "拿", "得过", "得到过", "获得过", "获得", "获得了", "得到", "得到了", "得了", "评为", "被评为", "评了", "为", "是",
        "rated", "got", "get", "received", "receive", "earned", "given", "listedon", "tradedon", "basedin", "locatedin",
        // anglers who went pier fishing, chose a charter boat, picked the beach: the value chosen is the rows' own.
        "went", "chose", "chosen", "picked", "selected",
    ]
    static let linkingParticiples: Set<String> = ["listed", "traded", "based", "made", "built", "上市", "上市的"]

    /// Whether only conjunctions (and, or, 和, 与, 及, 、, ,) stand between two tokens.
    static func onlyConjunctions(_ s: ParseState, between a: Int, and b: Int) -> Bool {
        let conjunctions: Set<String> = ["and", "or", "nor", "和", "与", "及", "以及", "或", "或者", "、", ",", "，"]
        guard b > a + 1 else { return true }
        return ((a + 1)..<b).allSatisfy { conjunctions.contains(s.tokens[$0].text) }
    }

    /// A negation right before the value (不在北京, not in Sales, 除销售部), or 以外/之外 right after it.
    private func isNegated(_ s: ParseState, _ i: Int) -> (negated: Bool, markers: [Int]) {
        var j = i - 1
        var markers: [Int] = []
        while j >= 0, j >= i - 3 {
            if s.keyword(j, .not) {
                markers.append(j)
                if s.keyword(i + 1, .exceptSuffix) { markers.append(i + 1) }
                return (true, markers)
            }
            // Stop at another model word: "不在北京的销售部" negates only 北京.
            let isModelWord = s.tokens[j].entries.contains { if case .keyword = $0 { return false } else { return true } }
            if isModelWord { break }
            j -= 1
        }
        if s.keyword(i + 1, .exceptSuffix) { return (true, [i + 1]) }
        return (false, [])
    }

    private func segments(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            for entry in s.tokens[i].entries {
                if case .segment(let name) = entry, s.measures(i).isEmpty, s.values(i).isEmpty {
                    if !s.segments.contains(name) { s.segments.append(name) }
                    if let cube = name.split(separator: ".").first { s.mentionCube(String(cube)) }
                    s.use(i)
                    break
                }
            }
        }
    }

}
