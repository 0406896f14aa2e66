import SemanticModel

/// Which date a question's period or grain applies to, and the other dates it could mean (asked back when they
/// differ).
extension QueryAssembler {
    func applyTime(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard s.time != nil || s.granularity != nil || s.trend || s.explicitTimeDimension != nil else {
            applyEventDates(&s, &query)
            return
        }
        // "rank the firms by capital stock in 1954": the sorted column's rows are the ones the period dates.
        let base = query.measures.first ?? s.listing?.dimension ?? s.sortDimensions.first?.dimension ?? query.dimensions.first
        // Nothing measured yet (a bare column asked back): the named cube that has a date.
        let baseCube = base.flatMap { $0.split(separator: ".").first.map(String.init) }
            ?? s.mentionedCubes.first { s.model.cube(named: $0)?.dimensions.contains { $0.kind == .time } == true }
        let tied = explicitTimeDimension(&s) ?? conditionDate(baseCube: baseCube, s) ?? s.impliedTimeDimensions.first
            ?? measureTimeDimension(query.measures, s.model)
        let own = tied
            ?? baseCube.flatMap { c in s.model.cube(named: c)?.meta.timeDimension.map { "\(c).\($0)" } }
            ?? baseCube.flatMap { c in s.model.cube(named: c)?.dimensions.first { $0.kind == .time }.map { "\(c).\($0.name)" } }
        // Countries (no date) with a life expectancy over 75 in 2007: the period dates the rows of the cube the
        // condition or grouping is on. With no such date the period can't be applied, and a query without it would
        // answer for all time: the words are reported as not understood instead.
        guard let timeDimension = own ?? otherDates(baseCube: baseCube, s).first ?? baseCube.flatMap({ inheritedDate(of: $0, s.model) }) else {
            if !applyYearColumn(&s, &query, baseCube: baseCube), !Self.restatesTitleYear(s, query), !Self.restatesTitlePeriod(s, query) {
                s.unexpressed.append(s.timeLabel ?? (s.language == .zh ? "时间" : "the period"))
            }
            return
        }
        // "How many patients died in each year": a breakdown by period with no date named is by which date, too,
        // unless the model declares the cube's default (meta time_dimension); the first date is no answer.
        let undeclared = baseCube.flatMap { s.model.cube(named: $0) }.map { $0.meta.timeDimension == nil } ?? false
        if tied == nil, s.time != nil || ((s.granularity != nil || s.trend) && undeclared) {
            s.timeReadings = timeReadings(chosen: timeDimension, baseCube: baseCube, s)
        }
        var granularity = s.granularity
        if granularity == nil, s.trend {
            if case .range(let a, let b)? = s.time, b.dayNumber - a.dayNumber <= 400 { granularity = .month } else { granularity = .year }
        }
        var td = TimeDimension(dimension: timeDimension, granularity: granularity)
        switch s.time {
        case .range(let from, let to)?: td.dateRange = .absolute(from: from.iso, to: to.iso)
        case .before(let date)?: query.filters.append(.member(MemberFilter(member: timeDimension, op: .beforeDate, values: [date.iso])))
        case .onOrBefore(let date)?: query.filters.append(.member(MemberFilter(member: timeDimension, op: .beforeOrOnDate, values: [date.iso])))
        case .periods(let spans)?:
            // 1970 compared with 1990: each year's rows, grouped by year; never the years between.
            if td.granularity == nil { td.granularity = .year }
            query.filters.append(.or(spans.map { .member(MemberFilter(member: timeDimension, op: .inDateRange, values: [$0.from.iso, $0.to.iso])) }))
        case nil: break
        }
        if td.granularity != nil || td.dateRange != nil { query.timeDimensions = [td] }
        // joined in 2021 … have since left: another event's date, with no period of its own, only happened.
        applyEventDates(&s, &query)
        let cubeName = timeDimension.split(separator: ".").first.map(String.init) ?? ""
        let isDefaultTime = s.model.cube(named: cubeName)?.meta.timeDimension.map { "\(cubeName).\($0)" } == timeDimension
        if td.granularity != nil, td.dateRange == nil, s.time == nil, !isDefaultTime {
            // A per-period breakdown of an optional date (termination) leaves out rows without one; a cube's
            // default time dimension is taken to be always set.
            query.filters.append(.member(MemberFilter(member: timeDimension, op: .set)))
        }
    }

    /// "How many PhDs have left the company", "orders that shipped": with no period, the verb of an optional date
    /// (termination, shipping; not the cube's default date, which every row has) says the event happened: the rows
    /// where that date is set.
    private func applyEventDates(_ s: inout ParseState, _ query: inout CubeQuery) {
        for i in s.tokens.indices where s.isFree(i) {
            // Without a declared default date (which every row has) any date may be optional: "were diagnosed" is the
            // rows where the diagnosis date is set, the same rows where it always is.
            guard let d = s.dimensions(i).first(where: { s.dimensionKind($0) == .time }),
                case .dimension(let cube, let dimension, nil)? = s.model.resolve(d), cube.meta.timeDimension != dimension.name
            else { continue }
            guard !query.timeDimensions.contains(where: { $0.dimension == d }) else { continue }
            if !query.filters.flatMap(\.memberFilters).contains(where: { $0.member == d }) {
                query.filters.append(.member(MemberFilter(member: d, op: .set)))
            }
            s.use(i)
            if i > 0, s.isFree(i - 1), s.tokens[i - 1].text == "since" { s.use(i - 1) }  // have since left
        }
    }

    /// "employees who received an S rating in 2025", 2025年考核为S的员工: a period said right after a condition on another
    /// cube's rows (or, in Chinese, right before it) dates those rows: the review period, not the hire date.
    private func conditionDate(baseCube: String?, _ s: ParseState) -> String? {
        guard let range = s.timeTokens else { return nil }
        var before = range.lowerBound - 1
        // "scored 4.5 or higher in Q3 2025": the condition's number and comparison stand between its column and the period.
        let compares = { (t: Token) in t.number != nil || [Keyword.gte, .lte, .gt, .lt].contains { t.isKeyword($0) } }
        // "got a D rating at least once in 2024": how often, too.
        while before >= 0, ["in", "during", "for", "在", "the"].contains(s.tokens[before].text) || (s.used[before] && compares(s.tokens[before]))
            || (s.used[before] && ["once", "at least"].contains(s.tokens[before].text)) { before -= 1 }
        let cubeOf = { (member: String) in String(member.prefix { $0 != "." }) }
        // 2025年第四季度拿到S的: a linking verb may stand between the period and the condition after it.
        var after = range.upperBound
        if s.tokens.indices.contains(after + 1), FilterRule.linkingVerbs.contains(s.tokens[after].text + s.tokens[after + 1].text) {
            after += 2
        } else if s.tokens.indices.contains(after), FilterRule.linkingVerbs.contains(s.tokens[after].text)
            || MeasureRule.participationVerbs.contains(s.tokens[after].text)
        {
            after += 1
        }
        // 去年第三季度有多少人参加了绩效考核: the count of the base rows and a participation verb may stand between;
        // 2025年每个季度参加考核的人数: so may the grain of a per-period breakdown.
        while s.language == .zh, s.tokens.indices.contains(after), ["有", "共有", "一共", "一共有", "总共有"].contains(s.tokens[after].text) || s.tokens[after].isKeyword(.count)
            || [Keyword.perYear, .perQuarter, .perMonth, .perWeek].contains(where: { s.tokens[after].isKeyword($0) })
            || s.tokens[after].isKeyword(.classifier) || MeasureRule.participationVerbs.contains(s.tokens[after].text)
            || (baseCube.map { s.tokens[after].entries.contains(.cube($0)) } ?? false)
        {
            after += 1
        }
        for k in s.language == .zh ? [before, after] : [before] where s.tokens.indices.contains(k) && s.used[k] {
            for entry in s.tokens[k].entries {
                let name: String
                switch entry {
                case .value(let d, _), .dimension(let d): name = cubeOf(d)
                case .cube(let c): name = c
                default: continue
                }
                // Only the rows of a cube that joins to the measured one many-to-one (its reviews, its orders) are
                // events the condition happened in; a condition on the measured rows' parent (the reviewed employee's
                // degree) dates nothing, and the period stays the measure's.
                // 2025年参加过考核的员工, employees who received a review in 2024: the joined cube's own noun beside the
                // period dates its rows as a condition on them would.
                let named: Bool
                if case .cube = entry { named = true } else { named = false }
                guard name != baseCube, named || s.filters.contains(where: { cubeOf($0.member) == name }), let cube = s.model.cube(named: name),
                    let baseCube, (try? s.model.joinTree(for: [baseCube, name]))?.root == name,
                    let t = Self.defaultDate(of: cube)
                else { continue }
                return "\(name).\(t)"
            }
        }
        return nil
    }

    /// The dates an untied period could mean, the chosen one first: the default date of each other cube the
    /// question names, then every public date of the base cube.
    private func timeReadings(chosen: String, baseCube: String?, _ s: ParseState) -> [String] {
        var readings = [chosen]
        for member in otherDates(baseCube: baseCube, s) where !readings.contains(member) { readings.append(member) }
        if let base = baseCube.flatMap({ s.model.cube(named: $0) }) {
            for d in base.dimensions where d.kind == .time && d.isPublic && !readings.contains("\(base.name).\(d.name)") {
                readings.append("\(base.name).\(d.name)")
            }
        }
        return readings
    }

    /// The default dates of the other cubes the question names or filters on, in that order.
    private func otherDates(baseCube: String?, _ s: ParseState) -> [String] {
        var readings: [String] = []
        func add(_ member: String) { if !readings.contains(member) { readings.append(member) } }
        // A cube that only lends a grouping to a measure asked for (2025年考核平均分最高的城市: the city of the
        // reviewed employee) dates nothing: the period is the measure's.
        let cubeOf = { (member: String) in String(member.prefix { $0 != "." }) }
        let groupOnly = s.defaultedMeasure || s.measures.isEmpty ? [] : Set(s.groupDimensions.map(cubeOf) + s.filters.filter { isParentValue($0, of: baseCube, s) }.map { cubeOf($0.member) })
            .subtracting(s.nounCubes).subtracting(s.filters.filter { !isParentValue($0, of: baseCube, s) }.map { cubeOf($0.member) })
        // Employees named as the reviewed rows' owners (the average score of employees in Beijing in 2023): with a
        // measure of the reviews asked for, their own date is no reading of the period either.
        let parents = Set((s.mentionedCubes + s.nounCubes).filter { name in
            guard let baseCube, name != baseCube, !s.defaultedMeasure, !s.measures.isEmpty else { return false }
            return (try? s.model.joinTree(for: [baseCube, name]))?.root == baseCube
        })
        for name in s.mentionedCubes + s.nounCubes where name != baseCube && !groupOnly.contains(name) && !parents.contains(name) {
            if let cube = s.model.cube(named: name), let t = cube.meta.timeDimension { add("\(name).\(t)") }
        }
        // A condition on another cube's rows (考核为良好的员工: a review's rating) makes its date a reading too; a value
        // of the measured rows' parent (the reviewed employee's gender or degree: men vs women, average score in 2024)
        // dates nothing, as a grouping by it doesn't.
        for filter in s.filters {
            guard let name = filter.member.split(separator: ".").first.map(String.init), name != baseCube, let cube = s.model.cube(named: name),
                !isParentValue(filter, of: baseCube, s)
            else { continue }
            if let t = Self.defaultDate(of: cube) { add("\(name).\(t)") }
        }
        return readings
    }

    /// Whether `filter` keeps values of a string column of a cube the measured rows belong to (many-to-one from the
    /// base cube: the reviewed employee's gender), with a measure asked for.
    private func isParentValue(_ filter: MemberFilter, of baseCube: String?, _ s: ParseState) -> Bool {
        guard let baseCube, !s.defaultedMeasure, !s.measures.isEmpty, filter.op == .equals, s.dimensionKind(filter.member) == .string else { return false }
        let name = String(filter.member.prefix { $0 != "." })
        return name != baseCube && (try? s.model.joinTree(for: [baseCube, name]))?.root == baseCube
    }

    /// A cube's date for a period said of its rows: its declared default, else its first public date.
    static func defaultDate(of cube: Cube) -> String? {
        cube.meta.timeDimension ?? cube.dimensions.first(where: { $0.kind == .time && $0.isPublic })?.name
    }

    /// A cube with no date of its own is dated by the one cube it belongs to (the nearest cube with a date through
    /// many_to_one joins, per the join graph): the computers listed in March 1994 are those whose month row is March
    /// 1994. None, two at the same distance, or one with several dates and no default: nil.
    private func inheritedDate(of base: String, _ model: SemanticModel) -> String? {
        guard let cube = model.cube(named: base), !cube.dimensions.contains(where: { $0.kind == .time }) else { return nil }
        let dated = model.nonMultiplyingDistances(from: base).compactMap { name, distance -> (cube: Cube, distance: Int)? in
            guard name != base, let c = model.cube(named: name), c.dimensions.contains(where: { $0.kind == .time && $0.isPublic }) else { return nil }
            return (c, distance)
        }
        guard let nearest = dated.map(\.distance).min() else { return nil }
        let candidates = dated.filter { $0.distance == nearest }
        guard candidates.count == 1, let parent = candidates.first?.cube else { return nil }
        let dates = parent.dimensions.filter { $0.kind == .time && $0.isPublic }
        return (parent.meta.timeDimension ?? (dates.count == 1 ? dates[0].name : nil)).map { "\(parent.name).\($0)" }
    }

    /// A measure may name the time it happens at (`离职人数` → termination date) in its meta.
    private func measureTimeDimension(_ measures: [String], _ model: SemanticModel) -> String? {
        for m in measures {
            if case .measure(let cube, let measure)? = model.resolve(m), let t = measure.meta.timeDimension { return "\(cube.name).\(t)" }
        }
        return nil
    }

    private func explicitTimeDimension(_ s: inout ParseState) -> String? {
        if let d = s.explicitTimeDimension { return d }
        for i in 0..<s.tokens.count where s.isFree(i) {
            if let d = s.dimensions(i).first(where: { s.dimensionKind($0) == .time }) {
                s.use(i)
                return d
            }
        }
        return nil
    }
}
