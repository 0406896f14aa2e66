import SemanticModel

/// Turns what the rules read into a Cube query: defaults (a count when nothing is measured; a bare numeric
/// column is asked back), the time dimension, order and limit.
struct QueryAssembler {
    func assemble(_ s: inout ParseState) -> CubeQuery {
        resolveLatest(&s)
        rankOwnRowsByColumn(&s)
        resolvePendingRanking(&s)
        defaultMeasures(&s)
        var query = CubeQuery()
        query.measures = s.measures
        query.segments = s.segments
        query.filters = s.filters.map { .member($0) }

        if let listing = s.listing {
            // A ranked list of rows: the entity's name, the ranking column, the groups asked for.
            var dims: [String] = []
            if let nameDim = Self.labelByPeriodKey(of: listing.dimension, s) ?? Self.labelDimension(of: listing.dimension, in: s.model) {
                dims.append(nameDim)
            }
            dims += s.groupDimensions.map { localized($0, s) }
            dims.append(listing.dimension)
            query.dimensions = Self.unique(dims)
            query.measures = []
            query.ungrouped = true
            query.order = [OrderItem(listing.dimension, descending: listing.descending)]
            query.limit = s.superlative?.count ?? (s.superlative != nil ? 1 : nil)
        } else {
            query.dimensions = Self.unique(s.groupDimensions.map { localized($0, s) })
            query.order = s.order
            rank(s, &query)
        }
        for (dimension, descending) in s.sortDimensions {
            let d = localized(dimension, s)
            if !query.dimensions.contains(d) {
                if query.measures.isEmpty {
                    // Nothing to aggregate: a list of rows sorted by the column.
                    if let label = (Self.labelByPeriodKey(of: d, s) ?? Self.labelDimension(of: d, in: s.model)).map({ localized($0, s) }),
                        !query.dimensions.contains(label)
                    {
                        query.dimensions.insert(label, at: 0)
                    }
                    query.ungrouped = true
                }
                query.dimensions.append(d)
            }
            query.order.append(OrderItem(d, descending: descending))
            if query.ungrouped == true, let n = s.superlative?.count { query.limit = n }
        }
        if let direction = s.sortDirection, query.order.isEmpty, let first = query.measures.first {
            query.order = [OrderItem(first, descending: direction)]
        }
        // rank the companies by their highest price, lowest first: the stated direction orders the measure.
        if let stated = s.statedDirection, query.order.count == 1, query.measures.contains(query.order[0].member) {
            query.order[0].descending = stated
        }
        if s.ungroupedRows, query.measures.isEmpty { query.ungrouped = true }
        applyTime(&s, &query)
        applyNounCubes(&s, &query)
        askPerNoun(&s, query)
        applyUngroupedConditions(&s, &query)
        applyRowValues(s, &query)
        applyKeyedRow(s, &query)
        applyShownColumns(&s, &query)
        showWhoOfKeyedRow(s, &query)
        showAskedValuesOfKeyedRow(s, &query)
        dropRestatedRateConditions(&s, &query)
        dropRestatedRateBase(&s, &query)
        orderByPeriod(&s, &query)
        askAggregateOfOneRowPerGroup(&s, query)
        askCountPerOwnRow(&s, query)
        askWhichValueHolds(&s, query)
        // "countries with income under $300, lowest first": listed rows go by their one number column.
        if let direction = s.sortDirection, query.order.isEmpty, query.measures.isEmpty, query.ungrouped == true {
            let numbers = query.dimensions.filter { s.dimensionKind($0) == .number }
            if numbers.count == 1 { query.order = [OrderItem(numbers[0], descending: direction)] }
        }
        // A direction with nothing it could order is a word not accounted for.
        if s.sortDirection != nil, query.order.isEmpty,
            let word = s.tokens.first(where: { $0.text.hasSuffix(" first") || $0.isKeyword(.desc) || $0.isKeyword(.asc) })?.text
        {
            s.unexpressed.append(word)
        }
        if let sup = s.superlative, sup.count == nil, s.listing == nil, query.dimensions.isEmpty, query.measures.count == 1,
            query.timeDimensions.allSatisfy({ $0.granularity == nil })
        {
            extremeOfOneRow(&s, &query, descending: sup.descending)
        }
        Self.requireRankedValue(s.model, &query)
        Self.askSuperlativeOfOneRow(&s, query)
        Self.namePeriodRows(s, &query)
        Self.askSuperlativeTitleRanking(&s, query)
        Self.rankJudgement(&s, &query)
        Self.joinAlternatives(&s, &query)
        Self.orderMeasuresAsAsked(s, &query)
        return query
    }

    /// A superlative over groups: the groups ordered by the first measure, as many as it asks (one by default).
    func rank(_ s: ParseState, _ query: inout CubeQuery, byNoun: Bool = false) {
        guard let sup = s.superlative, !query.measures.isEmpty, !query.dimensions.isEmpty || s.granularity != nil else { return }
        if query.order.isEmpty { query.order = [OrderItem(query.measures[0], descending: sup.descending)] }
        // which month had the most: one period; a per-period breakdown with a superlative keeps every period.
        let onePeriod = s.groupDimensions.isEmpty && s.granularity != nil
            && (s.superlativeIndex ?? .max) < (s.grainIndex ?? .min)
        let grouped = (!s.groupDimensions.isEmpty || byNoun) && s.granularity == nil
        query.limit = sup.count ?? (s.asksWhichIndex != nil || grouped || onePeriod ? 1 : nil)
    }


    /// The label a cube's noun groups by when a ranking or "which" names the cube itself (which 3 countries, top 5
    /// countries): only for a cube without number columns of its own, whose rows are ranked by another cube's
    /// measure. A cube with its own numbers (employees by salary) lists its rows instead, since two rows may share
    /// a label and grouping would merge them.
    static func groupingLabel(ofNoun cube: String, _ model: SemanticModel) -> String? {
        guard let c = model.cube(named: cube), !c.dimensions.contains(where: { $0.kind == .number && $0.isPublic && !$0.primaryKey }) else { return nil }
        return label(of: cube, model)
    }

    /// The column's average (or total) when the question picks one row of its cube by the cube's label (财务部的预算)
    /// or groups by that label (各部门的预算), with no period: every aggregate of one row is its value.
    static func valueOfOneRow(_ s: ParseState, column: String) -> String? {
        let cube = String(column.prefix { $0 != "." })
        guard s.granularity == nil, s.time == nil, let label = label(of: cube, s.model),
            case .dimension(_, let labelDimension, _)? = s.model.resolve(label)
        else { return nil }
        func isLabel(_ member: String) -> Bool {
            member == label || labelDimension.meta.localized.values.contains(member)
        }
        // 财务部的预算, employee 1500's salary (one row, by its label or its key), or 各部门的预算 (one row per group)
        func isKey(_ member: String) -> Bool {
            guard member.hasPrefix(cube + "."), case .dimension(_, let d, _)? = s.model.resolve(member) else { return false }
            return d.primaryKey
        }
        let oneRow = s.groupDimensions.isEmpty && s.filters.contains { $0.op == .equals && $0.values.count == 1 && (isLabel($0.member) || isKey($0.member)) }
        let rowPerGroup = !s.groupDimensions.isEmpty && s.groupDimensions.allSatisfy(isLabel)
        guard oneRow || rowPerGroup else { return nil }
        return MeasureRule.measure(.avg, over: column, in: s.model) ?? MeasureRule.measure(.sum, over: column, in: s.model)
    }

    /// `departments.name` becomes `departments.name_en` in an English question, as the model's meta says.
    func localized(_ dimension: String, _ s: ParseState) -> String {
        guard case .dimension(_, let d, _)? = s.model.resolve(dimension), let other = d.meta.localized[s.language.rawValue] else {
            return dimension
        }
        return other
    }

    private func resolvePendingRanking(_ s: inout ParseState) {
        // "who has the highest salary" / 谁的工资最高: a person, so rank people rather than aggregate.
        if s.asksWho, s.groupDimensions.isEmpty, s.measures.count == 1, s.pendingRanking == nil,
            case .measure(let cube, let m)? = s.model.resolve(s.measures[0]), m.kind == .max || m.kind == .min,
            let column = cube.numberColumn(of: m)
        {
            s.pendingRanking = ("\(cube.name).\(column.name)", m.kind == .max)
            s.measures = []
            if s.superlative == nil { s.superlative = (m.kind == .max, 1) }
        }
        guard let (dimension, descending) = s.pendingRanking else { return }
        // "maximum wind speed per year", 每年最高气温: per period, the extreme itself, not a ranking of averages;
        // "the highest horsepower for each country" likewise per group ("each" keeps every group).
        let perGroup = s.granularity == nil && !s.groupDimensions.isEmpty && QueryGenerator.saysEach(s.tokens)
        if s.granularity != nil && s.groupDimensions.isEmpty || perGroup, s.asksWhichIndex == nil, s.superlative?.count == nil,
            let extreme = MeasureRule.measure(descending ? .max : .min, over: dimension, in: s.model)
        {
            if !s.measures.contains(extreme) { s.measures.insert(extreme, at: 0) }
            s.superlative = nil
            s.pendingRanking = nil
            return
        }
        if !s.groupDimensions.isEmpty || s.granularity != nil || s.asksWhichIndex != nil {
            // 工资最高的部门: rank the groups by the average of the column; 降水最多的月份 by its total.
            let total = s.rankByTotal ? MeasureRule.measure(.sum, over: dimension, in: s.model) : nil
            // "which department pays the most": by its total or by its average? Both exist, and they rank apart,
            // unless each group is one row of the column's own cube (预算最少的部门). "The most precipitation" names a
            // quantity: its total.
            let ownRows = s.granularity == nil && !s.groupDimensions.isEmpty && s.groupDimensions.allSatisfy { group in
                let cube = String(group.prefix { $0 != "." })
                return cube == dimension.prefix { $0 != "." } && Self.label(of: cube, s.model) == group
            }
            if total != nil, s.rankByTotal, s.rankedBeforeSuperlative, !ownRows, MeasureRule.measure(.avg, over: dimension, in: s.model) != nil {
                s.unexpressed.append(s.rankingWords ?? s.model.title(of: dimension, s.language))
            }
            // "which model has the best city mpg", 工资最高的部门: the group with the best average, or the one holding
            // the best single row? They rank apart (whether or not the model has a measure for the second), so it is
            // asked back, unless an average word says which.
            if !s.rankByTotal, !s.rankByAverage, !ownRows, MeasureRule.measure(.avg, over: dimension, in: s.model) != nil {
                s.unexpressed.append(s.rankingWords ?? s.model.title(of: dimension, s.language))
            }
            if let ranked = total ?? MeasureRule.measure(.avg, over: dimension, in: s.model) {
                if !s.measures.contains(ranked) { s.measures.insert(ranked, at: 0) }
                s.order = [OrderItem(ranked, descending: descending)]
                s.notes.append(s.language == .zh
                    ? "按各组的\(s.model.title(of: ranked, .zh))排名"
                    : "Ranked by each group's \(s.model.title(of: ranked, .en).lowercased())")
            }
        } else if !s.asksWho, s.superlative?.count == nil, !s.measures.isEmpty {
            // 职级最高的在职员工里，平均月薪是多少: the superlative picks the rows (those at the top level) for another
            // measure, which one query can't say: ask rather than answer both numbers side by side.
            s.unexpressed.append(s.rankingWords ?? s.model.title(of: dimension, s.language))
            s.superlative = nil
        } else if !s.asksWho, s.superlative?.count == nil,
            !nounCubes(s).contains(where: { dimension.hasPrefix($0 + ".") })
                || (Self.rowsHaveNoName(of: dimension, s.model) && s.tokens.contains { ["any", "anyone", "anybody", "任何"].contains($0.text) }),
            let aggregate = MeasureRule.measure(descending ? .max : .min, over: dimension, in: s.model)
        {
            // 最低的职级是多少: no rows were asked for, so it is the column's minimum. "The highest review score anyone
            // got": the value over any of the rows, which have no name to show, so it is the column's maximum too.
            // 病例数最多的饮酒量分组是哪个 asks which group (another cube's rows) ranks first: not a maximum; asked.
            if !nounCubes(s).isEmpty, s.tokens.contains(where: { QueryGenerator.whichWords.contains($0.text) || $0.text == "哪些" }) {
                s.unexpressed.append(s.rankingWords ?? s.model.title(of: dimension, s.language))
            } else if !s.measures.contains(aggregate) {
                s.measures.append(aggregate)
            }
            s.superlative = nil
        } else {
            s.listing = (dimension, descending)
        }
    }

    /// Cubes the question names by a noun, whichever rule saw the word.
    private func nounCubes(_ s: ParseState) -> [String] {
        var cubes = s.nounCubes
        for i in s.tokens.indices where s.isFree(i) && !Self.isScope(s, i) {
            if let cube = s.cubes(i).first, s.dimensions(i).isEmpty { cubes.append(cube) }
        }
        return cubes
    }

    private func defaultMeasures(_ s: inout ParseState) {
        guard s.listing == nil else { return }
        // A numeric column named without an aggregation (销售部的工资是多少, life expectancy since 1990): its average,
        // its total and its values per period are all readings that give different numbers, so it is asked back
        // with those as the choices.
        var bareColumn = false
        // Measures added as one row's values: "the weight and quarter-mile time of the Lotus Europa" asks two.
        var rowValues = 0
        var listedWho = false
        for i in 0..<s.tokens.count where s.isFree(i) {
            guard let d = s.dimensions(i).first(where: { s.dimensionKind($0) == .number }) else { continue }
            // 财务部的预算 (one department is one row), the gas price in 1974 (one row a year): every aggregate of one
            // row is its value.
            if s.measures.count == rowValues,
                let (value, why, keyed) = Self.valueOfOneRow(s, column: d).map({ ($0, ("每组只有一行", "Each answer is one row"), false) })
                    ?? Self.valueOfOnePeriod(s, column: d).map({ ($0, ("数据每个时段只有一行", "The data has one row per period"), false) })
                    ?? Self.valueOfLabelPeriod(s, column: d).map({ ($0, ("数据每个对象每个时段只有一行", "The data has one row per label and period"), true) })
            {
                s.keyedRowValue = s.keyedRowValue || keyed
                s.measures.append(value)
                rowValues += 1
                s.notes.append(s.language == .zh
                    ? "\(why.0)，所以这就是该行的\(s.model.title(of: d, .zh))"
                    : "\(why.1), so this is that row's \(s.model.title(of: d, .en).lowercased())")
                s.use(i)
                continue
            }
            // the combined budget, 预算加起来一共: a total word makes the column's sum the answer.
            let saysTotal = QueryGenerator.saysTotal(s.tokens) || s.tokens.contains { ["一共", "总共", "in total"].contains($0.text) }
            if s.measures.isEmpty, !saysTotal, let (label, nouns) = Self.rowsNamed(s, column: d) {
                s.groupDimensions.append(label)
                if let value = Self.valueOfOneRow(s, column: d) {
                    s.measures.append(value)
                    rowValues += 1
                    nouns.forEach { s.use($0) }
                    s.use(i)
                    continue
                }
                s.groupDimensions.removeLast()
            }
            if s.measures.isEmpty, saysTotal, s.granularity == nil, let sum = MeasureRule.measure(.sum, over: d, in: s.model) {
                s.measures.append(sum)
                s.use(i)
                continue
            }
            // 现任的运营总监都有谁？月薪分别多少？ who, asked with conditions, lists the rows by their label, with the
            // column asked for beside each.
            if s.measures.isEmpty, s.asksWho, !s.filters.isEmpty || s.time != nil, let label = Self.label(of: String(d.prefix { $0 != "." }), s.model) {
                s.groupDimensions = Self.unique(s.groupDimensions + [label, d])
                s.ungroupedRows = true
                s.use(i)
                listedWho = true
                continue
            }
            if s.measures.isEmpty {
                s.unexpressed.append(s.tokens[i].text)
                s.mentionCube(String(d.prefix { $0 != "." }))  // its rows are what a period dates
                bareColumn = true
            }
            s.use(i)
        }
        if bareColumn || listedWho { return }
        // Time words (入职, hired) say whose rows are counted.
        for i in 0..<s.tokens.count where s.isFree(i) {
            for d in s.dimensions(i) where s.dimensionKind(d) == .time {
                if let cube = d.split(separator: ".").first { s.mentionCube(String(cube)) }
            }
        }
        // "department budgets from largest to smallest": sorted by a column, the rows are listed; a grouping by the
        // sorted column's own label (each group one row) lists them too.
        // "rank the firms by capital stock in 1954": a firm's one row of a year is labelled by the firm.
        let labels = Set(s.sortDimensions.flatMap { [Self.labelDimension(of: $0.dimension, in: s.model), Self.labelByPeriodKey(of: $0.dimension, s)].compactMap { $0 } })
        if s.measures.isEmpty, !s.countRequested, !s.sortDimensions.isEmpty, s.groupDimensions.allSatisfy(labels.contains) { return }
        // 预算超过1000万的部门有哪些, which departments have a budget over 10M: the rows that qualify, with the column
        // they qualified on, not a count of one per row.
        if s.measures.isEmpty, !s.countRequested, s.ungroupedRows || listsRows(&s) || listsNamedRows(&s) || listsPeopleAskedFor(&s) || listsLabelsAskedFor(&s)
            || listsValuesAskedFor(&s) { return }
        if s.measures.isEmpty, let cube = subjectCube(s), let count = s.countMeasure(of: cube) {
            s.measures.append(count)
            s.defaultedMeasure = !s.countRequested
        }
    }

    /// A superlative on a measure with nothing to rank (最高就业人数, the highest employment): over a sum, the model's
    /// max or min of the same column is meant (the peak); on anything else it picks nothing, so it is asked back.
    private func extremeOfOneRow(_ s: inout ParseState, _ query: inout CubeQuery, descending: Bool) {
        guard case .measure(let cube, let measure)? = s.model.resolve(query.measures[0]), ![.max, .min].contains(measure.kind) else { return }
        let kind: Measure.Kind = descending ? .max : .min
        if measure.kind == .sum, measure.filters.isEmpty, let sql = measure.sql,
            let extreme = cube.measures.first(where: { $0.kind == kind && $0.sql == sql && $0.filters.isEmpty && $0.isPublic })
        {
            query.measures = ["\(cube.name).\(extreme.name)"]
            query.order = []
        } else if let i = s.superlativeIndex {
            s.unexpressed.append(s.tokens[i].text)
        }
    }

    /// The cube whose rows the question counts: a named cube, else the one that reaches every mentioned
    /// cube through many-to-one joins in the fewest hops (employees for a department filter).
    func subjectCube(_ s: ParseState) -> String? {
        let mentioned = s.mentionedCubes + s.groupDimensions.compactMap { $0.split(separator: ".").first.map(String.init) }
        if let named = s.mentionedCubes.first(where: { c in s.countMeasure(of: c) != nil && isFact(c, for: mentioned, s.model) && !isLookupByValue(c, s) }) {
            return named
        }
        // "How many women are in the data?", "What share of the sample is foreign?": a value of a lookup (Sex, with
        // two rows) names no rows of its own; the rows counted are the one cube that joins to it.
        if let lookup = s.mentionedCubes.first(where: { isLookupByValue($0, s) }) {
            let referrers = s.model.cubes.filter { c in
                c.name != lookup && s.countMeasure(of: c.name) != nil && c.joins.contains { $0.name == lookup && $0.relationship == .manyToOne }
                    && isFact(c.name, for: mentioned, s.model)
            }
            if referrers.count == 1 { return referrers[0].name }
        }
        // Fewest hops wins; on a tie, the cube with more members (the one people ask about most).
        var best: (name: String, hops: Int, size: Int)? = nil
        for cube in s.model.cubes where s.countMeasure(of: cube.name) != nil {
            guard let hops = manyToOneHops(from: cube.name, to: Set(mentioned), s.model) else { continue }
            let size = cube.measures.count + cube.dimensions.count
            if best == nil || hops < best!.hops || (hops == best!.hops && size > best!.size) { best = (cube.name, hops, size) }
        }
        return best?.name ?? s.model.cubes.first?.name
    }

    private func isFact(_ cube: String, for mentioned: [String], _ model: SemanticModel) -> Bool {
        manyToOneHops(from: cube, to: Set(mentioned), model) != nil
    }

    /// Total hops from `root` to each target without fan-out, or nil when one can't be reached that way.
    private func manyToOneHops(from root: String, to targets: Set<String>, _ model: SemanticModel) -> Int? {
        let distance = model.nonMultiplyingDistances(from: root)
        var total = 0
        for t in targets {
            guard let d = distance[t] else { return nil }
            total += d
        }
        return total
    }

    /// The string dimension that names a row of `dimension`'s cube (`employees.name`), for ranked lists.
    static func labelDimension(of dimension: String, in model: SemanticModel) -> String? {
        guard let cubeName = dimension.split(separator: ".").first else { return nil }
        return label(of: String(cubeName), model)
    }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
