import SemanticModel

/// Reads ranking: top/bottom N (前5名, top 3, 后三名), superlatives (最高, most, least) and sort directions
/// (按入职日期降序, sorted by salary ascending).
struct RankingRule: InterpretationRule {
    /// Top/bottom N and superlatives; runs before grouping so "by salary" after "top 5" ranks rather than groups.
    func apply(_ s: inout ParseState) { applyRanking(&s) }

    func applyRanking(_ s: inout ParseState) {
        orderedFirst(&s)
        topN(&s)
        countedExtremes(&s)
        quantitySuperlatives(&s)
        superlatives(&s)
        latest(&s)
    }

    /// "highest paid first", "most cited first": a superlative, the column it ranks and "first" are a sort of the
    /// rows by that column, not the one highest row.
    private func orderedFirst(_ s: inout ParseState) {
        // "sorted by average height, tallest first": a quantity's superlative and first state the direction.
        for i in 0..<max(0, s.tokens.count - 1) where s.isFree(i) && s.isFree(i + 1) && s.tokens[i + 1].text == "first" && i > 0 && s.tokens[i - 1].text != "the" {
            guard let (_, high, alone) = s.quantityWords.words[s.tokens[i].text], alone else { continue }
            s.statedDirection = high
            s.modelWords.insert(i)
            s.use(i, i + 1)
        }
        for i in 0..<max(0, s.tokens.count - 2) where s.isFree(i) && s.isFree(i + 1) && s.isFree(i + 2) && s.tokens[i + 2].text == "first" {
            let descending: Bool
            if s.keyword(i, .max) { descending = true } else if s.keyword(i, .min) { descending = false } else { continue }
            if let m = s.measures(i + 1).first {
                if !s.measures.contains(m) { s.measures.append(m) }
                s.order.append(OrderItem(m, descending: descending))
            } else if let d = s.dimensions(i + 1).first, s.dimensionKind(d) == .number {
                s.sortDimensions.append((d, descending))
            } else {
                continue
            }
            s.statedDirection = descending
            s.use(i, i + 1, i + 2)
        }
    }

    /// Sort directions; runs after grouping, so "by department" is already a grouping.
    func applySorting(_ s: inout ParseState) {
        sorting(&s)
    }

    /// the most expensive, the 3 cheapest, 最贵的: a ranking by the model's price (weight, age …) column.
    private func quantitySuperlatives(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            guard let (column, high, alone) = s.quantityWords.words[s.tokens[i].text] else { continue }
            var descending = high
            var first = i
            if !alone {
                // expensive alone (expensive cars) compares with nothing said: left to the ledger.
                guard i > 0, s.isFree(i - 1), ["most", "least"].contains(s.tokens[i - 1].text) else { continue }
                if s.tokens[i - 1].text == "least" { descending.toggle() }
                first = i - 1
            }
            var count = s.superlative?.count ?? s.whichCount
            var after = i + 1
            if s.token(after)?.text == "的", s.isFree(after) { after += 1 }
            if let n = s.rankCount(first - 1) {
                count = n  // the 3 cheapest
                s.use(first - 1)
            } else if let n = s.rankCount(after) {
                count = n  // 最贵的3辆
                s.use(after)
                if s.keyword(after + 1, .classifier) { s.use(after + 1) }
            }
            s.superlative = (descending, count)
            s.pendingRanking = (column, descending)
            s.rankingWords = (first...i).map { s.tokens[$0].text }.joined(separator: s.language == .zh ? "" : " ")
            if s.superlativeIndex == nil { s.superlativeIndex = first }
            s.use(first..<(i + 1))
            s.modelWords.insert(i)
        }
    }

    /// 前5名 / top 5 / 后三 / bottom 3 → a limit, descending for top, ascending for bottom.
    private func topN(_ s: inout ParseState) {
        // which 3 departments / 哪三个部门: how many of the groups a superlative keeps.
        for i in 0..<s.tokens.count where s.tokens[i].isKeyword(.which) {
            // 哪家公司, 哪位员工: the classifier after 哪 counts one.
            if s.keyword(i + 1, .classifier), s.isFree(i + 1) { s.use(i + 1) }
            guard let n = s.rankCount(i + 1) else { continue }
            s.whichCount = n
            s.use(i + 1)
            if s.keyword(i + 2, .classifier) { s.use(i + 2) }
        }
        for i in 0..<s.tokens.count where s.keyword(i, .top) || s.keyword(i, .bottom) {
            guard let n = s.rankCount(i + 1) else { continue }
            let descending = s.tokens[i].isKeyword(.top)
            s.superlative = (descending, n)
            s.use(i, i + 1)
            var k = i + 2
            if s.keyword(k, .classifier) { s.use(k); k += 1 }
            // top 3 years: the periods are what is ranked.
            // top 5 years, where "years" also names the time dimension (Year): that date, by year.
            // (By a number column of rows that are one a period, the rows themselves are listed instead.)
            let dates = s.dimensions(k)
            let byMeasure = s.token(k + 1)?.text == "by" && !s.measures(k + 2).isEmpty
            if s.isFree(k), let grain = GroupRule.grainWord(s.tokens[k]), dates.allSatisfy({ s.dimensionKind($0) == .time }), dates.isEmpty || (dates.count == 1 && byMeasure) {
                if s.granularity == nil { s.granularity = grain }
                if let d = dates.first, s.explicitTimeDimension == nil { s.explicitTimeDimension = d }
                s.use(k)
            }
            rankedGroups(&s, at: k)
        }
        // rank the companies by …: what is ranked right after the sort word.
        for i in 0..<s.tokens.count where s.keyword(i, .sort) {
            rankedGroups(&s, at: s.token(i + 1)?.text == "the" ? i + 2 : i + 1)
        }
    }

    /// top 5 manufacturers, rank the companies: what follows a ranking word is what is ranked, not a count of it. A
    /// distinct count's title there names the column it counts; a word naming both a cube and a distinct count (the
    /// companies, and Companies = count of distinct company ids) names the cube's rows, grouped by its label.
    private func rankedGroups(_ s: inout ParseState, at k: Int) {
        // top 5 countries, where the word names only the cube: its rows, by their label.
        if s.isFree(k), s.dimensions(k).isEmpty, s.measures(k).isEmpty, let cube = s.cubes(k).first,
            let label = QueryAssembler.groupingLabel(ofNoun: cube, s.model)
        {
            if !s.groupDimensions.contains(label) { s.groupDimensions.append(label) }
            s.mentionCube(cube)
            s.use(k)
            return
        }
        guard s.isFree(k), let m = s.measures(k).first,
            case .measure(_, let measure)? = s.model.resolve(m), [.countDistinct, .countDistinctApprox].contains(measure.kind)
        else { return }
        let cubeLabel = s.cubes(k).first.flatMap { QueryAssembler.label(of: $0, s.model) }
        guard let d = cubeLabel ?? Self.distinctColumn(m, s.model), !s.groupDimensions.contains(d) else { return }
        s.groupDimensions.append(d)
        s.mentionCube(String(d.prefix { $0 != "." }))
        s.use(k)
    }

    /// Whether the superlative at `i` is the first word of the title of the number column or measure named right
    /// after it (Minimum Legal Drinking Age, Max Temperature).
    static func beginsTitle(_ s: ParseState, _ i: Int) -> Bool {
        let word = s.tokens[i].text
        guard word.allSatisfy({ $0.isASCII }), let next = s.token(i + 1), s.isFree(i + 1) else { return false }
        let members = next.entries.compactMap { entry -> String? in
            switch entry {
            case .dimension(let d) where s.dimensionKind(d) == .number: return d
            case .measure(let m): return m
            default: return nil
            }
        }
        return members.contains { TextNormalizer.normalize(s.model.title(of: $0, .en)).split(separator: " ").first.map(String.init) == word }
    }

    /// The string column a distinct count counts (Manufacturers → cars.manufacturer), if the cube exposes it.
    static func distinctColumn(_ measure: String, _ model: SemanticModel) -> String? {
        guard case .measure(let cube, let m)? = model.resolve(measure), [.countDistinct, .countDistinctApprox].contains(m.kind), m.sql != nil,
            let d = cube.dimensions.first(where: { $0.kind == .string && $0.sql == m.sql && $0.isPublic })
        else { return nil }
        return "\(cube.name).\(d.name)"
    }

    /// 最高/最多/most/highest: with a number after it (最高的5名) it sets N; with an entity it ranks that entity.
    private func superlatives(_ s: inout ParseState) {
        superlativeMeasureName(&s)
        for i in 0..<s.tokens.count where s.keyword(i, .max) || s.keyword(i, .min) {
            // the average minimum drinking age, where the column is "Minimum Legal Drinking Age": the word begins the
            // column's own name, it ranks nothing.
            if Self.beginsTitle(s, i) {
                s.use(i)
                continue
            }
            let descending = s.tokens[i].isKeyword(.max)
            if s.superlativeIndex == nil { s.superlativeIndex = i }
            var count = s.superlative?.count ?? s.whichCount
            // the 3 lowest-paid: the number before the superlative
            if let n = s.rankCount(i - 1) {
                count = n
                s.use(i - 1)
            }
            var j = i + 1
            while let t = s.token(j), s.isFree(j), case .unknown = t.kind, j <= i + 2 { j += 1 }  // 的
            if let n = s.rankCount(j) {
                count = n
                s.use(j)
                if s.keyword(j + 1, .classifier) { s.use(j + 1) }
            }
            // The member ranked: a measure or numeric dimension next to the superlative, before or after it.
            var neighbours = [i - 1, i + 1, i - 2, i + 2, i + 3]
            // "which city pays its current employees the most": after the verb's object (the rows), the superlative
            // is the verb's, whose measure came before the object.
            let object = s.token(i - 1)?.text == "the" ? i - 2 : i - 1
            if object > 0, !s.cubes(object).isEmpty, s.measures(object).isEmpty, s.measures(i + 1).isEmpty,
                let k = stride(from: object - 1, through: max(0, object - 4), by: -1).first(where: {
                    s.isFree($0) && (s.measures($0).first != nil || s.numericMember($0) != nil)
                })
            {
                neighbours.insert(k, at: 0)
            }
            if let k = neighbours.first(where: { s.measures($0).first != nil }) {
                var measure = s.measures(k)[0]
                if k > i + 1, let (average, words) = MeasureRule.averageOfSum(s, measure, between: (i + 1)..<k) {
                    measure = average
                    for j in words { s.use(j) }
                }
                if !s.measures.contains(measure) { s.measures.append(measure) }
                s.use(k)
                // the best average highway mpg, where the measure's synonym (highway mpg) is already an average: the
                // word of its own aggregation between them says it again.
                if case .measure(_, let m)? = s.model.resolve(measure) {
                    for j in (min(i, k) + 1)..<max(i, k) where s.isFree(j) && s.tokens[j].keywords.contains(where: { MeasureRule.aggregationKinds[$0] == m.kind }) {
                        s.use(j)
                    }
                }
                // "the highest horsepower for each country": a max measure per group, where "each" keeps every
                // group; ranking them would keep one.
                let perGroup = count == nil && QueryGenerator.saysEach(s.tokens) && !s.tokens.contains { $0.isKeyword(.which) }
                if perGroup, case .measure(_, let m)? = s.model.resolve(measure), m.kind == (descending ? .max : .min) {
                    s.use(i)
                    continue
                }
                s.superlative = (descending, count)
                s.order = [OrderItem(measure, descending: descending)]
            } else if let cube = Self.rowsNamedAfter(s, i), ["most", "fewest", "最多", "最少"].contains(s.tokens[i].text),
                let rows = s.countMeasure(of: cube)
            {
                // the most senior staff (a segment's rows), 最多的高级别员工: those rows counted, not a column further on.
                s.mentionCube(cube)
                if !s.measures.contains(rows) { s.measures.append(rows) }
                s.order = [OrderItem(rows, descending: descending)]
                s.superlative = (descending, count)
            } else if !["most common", "least common", "most popular", "least popular"].contains(s.tokens[i].text),  // how often, never how large
                let k = neighbours.first(where: { s.numericMember($0) != nil }), let dim = s.numericMember(k)
            {
                s.use(k)
                s.superlative = (descending, count)
                s.pendingRanking = (dim, descending)
                s.rankingWords = [min(k, i), max(k, i)].map { s.tokens[$0].text }.joined(separator: s.language == .zh ? "" : " ")
                // "the most precipitation", 最多: a quantity is a total; "the highest salary" is a level, an average.
                s.rankByTotal = ["most", "least", "fewest", "最多", "最少"].contains(s.tokens[i].text)
                s.rankedBeforeSuperlative = k < i
            } else if let k = neighbours.first(where: { !s.cubes($0).isEmpty }), QueryAssembler.frequencyWords.contains(s.tokens[i].text),
                let label = s.dimensions(k).first ?? QueryAssembler.label(of: s.cubes(k)[0], s.model) ?? Self.onlyString(of: s.cubes(k)[0], s.model)
            {
                // "the two most popular fishing modes": the groups ranked by how often, not a count of the groups
                if s.dimensions(k).isEmpty {
                    if !s.groupDimensions.contains(label) { s.groupDimensions.append(label) }
                    s.mentionCube(s.cubes(k)[0])
                    s.use(k)
                }
                s.superlative = (descending, count)
            } else if let k = neighbours.first(where: { !s.cubes($0).isEmpty }) {
                // "the most employees" → rank by that cube's count
                let cube = s.cubes(k)[0]
                s.mentionCube(cube)
                if let count = s.countMeasure(of: cube), !s.measures.contains(count) {
                    s.measures.append(count)
                    s.order = [OrderItem(count, descending: descending)]
                    s.use(k)
                }
                s.superlative = (descending, count)
            } else {
                s.superlative = (descending, count)
            }
            s.use(i)
        }
    }

    /// A cube's one public string column (a lookup's label), if it has exactly one.
    static func onlyString(of cube: String, _ model: SemanticModel) -> String? {
        let strings = model.cube(named: cube)?.dimensions.filter { $0.kind == .string && $0.isPublic && !$0.primaryKey } ?? []
        return strings.count == 1 ? "\(cube).\(strings[0].name)" : nil
    }

    /// The cube whose rows a segment right after the superlative names (the most senior staff).
    static func rowsNamedAfter(_ s: ParseState, _ i: Int) -> String? {
        guard let t = s.token(i + 1) else { return nil }
        for case .segment(let name) in t.entries { return name.split(separator: ".").first.map(String.init) }
        return nil
    }

    /// Which department has the lowest salary, which country had the lowest life expectancy: when a max or min
    /// measure's own name carries the superlative (lowest salary, 最低工资) and the question asks which group, the
    /// superlative also ranks the groups by that measure. Without "which" (the lowest salary in each department) it
    /// stays the measure.
    private func superlativeMeasureName(_ s: inout ParseState) {
        // "List the 3 occupations with the lowest prestige scores" asks for the same rows as "which 3 occupations".
        func asksRows(_ t: Token) -> Bool { (t.isKeyword(.which) && !["who", "谁", "whom"].contains(t.text)) || t.isKeyword(.list) }
        // "what's the highest horsepower for each country": every group's own extreme, nothing ranked.
        guard s.tokens.contains(where: asksRows), !(QueryGenerator.saysEach(s.tokens) && s.whichCount == nil && !s.tokens.contains { $0.isKeyword(.which) && $0.text != "what" }),
            !s.tokens.indices.contains(where: { s.isFree($0) && (s.keyword($0, .max) || s.keyword($0, .min)) })
        else { return }
        for k in s.tokens.indices where s.isFree(k) {
            guard let m = s.measures(k).first, case .measure(let cube, let measure)? = s.model.resolve(m), [.max, .min].contains(measure.kind),
                Self.startsWithSuperlative(s.tokens[k].text)
            else { continue }
            let descending = measure.kind == .max
            // which 3 employees have the highest salary: the measure's own rows, ranked by its column and listed.
            if let w = s.tokens.indices.first(where: { asksRows(s.tokens[$0]) }),
                let n = ((w + 1)...(w + 3)).first(where: { s.isFree($0) && s.cubes($0).first == cube.name && s.dimensions($0).isEmpty }),
                let column = cube.numberColumn(of: measure)
            {
                s.pendingRanking = ("\(cube.name).\(column.name)", descending)
                s.superlative = (descending, s.whichCount ?? 1)
                s.rankingWords = s.tokens[k].text
                s.mentionCube(cube.name)
                s.use(w, n, k)
                return
            }
            if !s.measures.contains(m) { s.measures.append(m) }
            s.superlative = (descending, s.whichCount)
            s.order = [OrderItem(m, descending: descending)]
            s.superlativeIndex = k
            s.use(k)
            return
        }
    }

    /// Whether a phrase begins with a superlative word: 最低工资, lowest salary, "Max Salary".
    static func startsWithSuperlative(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("最") { return true }
        let first = lower.split(separator: " ").first.map(String.init) ?? lower
        return superlativeWords.contains(first)
    }

    private static let superlativeWords: Set<String> = [
        "highest", "lowest", "max", "min", "maximum", "minimum", "largest", "smallest", "biggest", "most", "least",
        "longest", "shortest", "top", "peak",
    ]

    /// 降序/升序/desc/asc and 排序/sort: order by the member named just before (按入职日期降序).
    private func sorting(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.keyword(i, .desc) || s.keyword(i, .asc) || s.keyword(i, .sort) {
            var descending = s.tokens[i].isKeyword(.desc) || s.tokens[i].text == "排名" || s.tokens[i].text.hasPrefix("rank")
            if s.tokens[i].isKeyword(.asc) { descending = false }
            // 平均月薪排前三: a bare sort word beside a top or bottom N goes the N's way.
            let isBare = !s.tokens[i].isKeyword(.desc) && !s.tokens[i].isKeyword(.asc)
            if isBare, let superlative = s.superlative { descending = superlative.descending }
            s.use(i)
            // "biggest first", "lowest first" name a magnitude: the answer's measure, not the member before them.
            if s.tokens[i].text.hasSuffix(" first") {
                s.sortDirection = descending
                s.statedDirection = descending
                continue
            }
            /// A direction word right after the sorted member ("by salary descending", "budgets sorted from high
            /// to low") wins.
            func direction(after k: Int) {
                for d in [k + 1, k + 2, k + 3] {
                    if s.keyword(d, .desc) { descending = true; s.use(d); return }
                    if s.keyword(d, .asc) { descending = false; s.use(d); return }
                    guard d == k + 1 || s.keyword(d, .sort) || ["from", "in", ",", "，"].contains(s.token(d)?.text ?? "") else { return }
                }
            }
            if s.keyword(i + 1, .desc) || s.keyword(i + 1, .asc) { direction(after: i) }
            var found = false
            // A bare "sort"/排序 looks back (人数排序) or at "by X" after it; a direction word also looks ahead.
            let isBareSort = !s.tokens[i].isKeyword(.desc) && !s.tokens[i].isKeyword(.asc)
            if isBareSort, !s.order.isEmpty || !s.sortDimensions.isEmpty { continue }
            // "fuel price by year, sorted by year", 按年份排序: sorted by the period the answer is broken down by.
            if isBareSort, let next = s.token(i + 1), next.text.hasPrefix("by ") || next.text.hasPrefix("按"),
                [Keyword.perYear, .perQuarter, .perMonth, .perWeek, .perDay].contains(where: next.isKeyword)
            {
                direction(after: i + 1)
                s.sortByPeriod = descending
                s.use(i + 1)
                continue
            }
            // "sorted by X" names X after its "by"; a bare sort word otherwise looks back.
            // "rank the firms by capital stock": the "by" may come a few words later.
            let by = ((i + 1)...(i + 4)).first { k in ["by", "按", "按照"].contains(s.token(k)?.text ?? "") && s.isFree(k) }
            let candidates = isBareSort ? (by.map { [$0 + 1, i - 1, i - 2] } ?? [i - 1, i - 2]) : [i - 1, i - 2, i + 1, i + 2, i + 3]
            for k in candidates {
                if let m = s.measures(k).first {
                    direction(after: k)
                    if !s.measures.contains(m) { s.measures.append(m) }
                    s.order.append(OrderItem(m, descending: descending))
                    s.use(k)
                    if s.keyword(k - 1, .group) { s.use(k - 1) }
                    found = true
                    break
                }
                if let d = s.dimensions(k).first {
                    direction(after: k)
                    s.sortDimensions.append((d, descending))
                    s.use(k)
                    if s.keyword(k - 1, .group) { s.use(k - 1) }
                    found = true
                    break
                }
            }
            if !found { s.sortDirection = descending }
        }
    }
}
