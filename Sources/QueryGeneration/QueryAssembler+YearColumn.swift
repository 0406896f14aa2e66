import SemanticModel

extension QueryAssembler {
    /// "total cost in 1975", 1970年到1984年, "from 1980 to 1984" on a cube with no date but a number column of years
    /// (Year, 年份: one row per airline per year): whole years are conditions on that column, and "by year" groups
    /// by it. False (nothing read) when the period is not whole calendar years or no such column is reachable.
    func applyYearColumn(_ s: inout ParseState, _ query: inout CubeQuery, baseCube: String?) -> Bool {
        guard let base = baseCube, let year = Self.yearColumn(from: base, s.model) else { return false }
        func isFirst(_ d: CalendarDate) -> Bool { d.month == 1 && d.day == 1 }
        func isLast(_ d: CalendarDate) -> Bool { d.month == 12 && d.day == 31 }
        var conditions: [QueryFilter] = []
        switch s.time {
        case .range(let from, let to)?:
            guard isFirst(from), isLast(to) else { return false }
            if from.year == to.year {
                conditions = [.member(MemberFilter(member: year, op: .equals, values: [String(from.year)]))]
            } else {
                conditions = [.member(MemberFilter(member: year, op: .gte, values: [String(from.year)])),
                              .member(MemberFilter(member: year, op: .lte, values: [String(to.year)]))]
            }
        case .periods(let spans)?:
            guard spans.allSatisfy({ isFirst($0.from) && isLast($0.to) && $0.from.year == $0.to.year }) else { return false }
            conditions = [.member(MemberFilter(member: year, op: .equals, values: spans.map { String($0.from.year) }))]
            if !query.dimensions.contains(year) { query.dimensions.append(year) }
        case .before(let date)?:
            guard isFirst(date) else { return false }
            conditions = [.member(MemberFilter(member: year, op: .lt, values: [String(date.year)]))]
        case .onOrBefore(let date)?:
            guard isLast(date) else { return false }
            conditions = [.member(MemberFilter(member: year, op: .lte, values: [String(date.year)]))]
        case nil:
            break
        }
        if let granularity = s.granularity {
            guard granularity == .year else { return false }
            if !query.dimensions.contains(year) { query.dimensions.append(year) }
        }
        query.filters += conditions
        return !conditions.isEmpty || s.granularity != nil
    }

    /// The number column that holds a row's calendar year, in `cube` or a cube it joins many-to-one.
    static func yearColumn(from cube: String, _ model: SemanticModel) -> String? {
        let reachable = model.nonMultiplyingDistances(from: cube).sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        for name in [cube] + reachable.filter({ $0 != cube }) {
            guard let c = model.cube(named: name) else { continue }
            let years = c.dimensions.filter { d in
                d.kind == .number && d.isPublic
                    && (d.name.lowercased() == "year" || d.title.lowercased() == "year" || ["年份", "年度", "年"].contains(d.meta.titleZh ?? ""))
            }
            if years.count == 1 { return "\(name).\(years[0].name)" }
        }
        return nil
    }
}

extension QueryAssembler {
    /// "sorted by year": by the answer's period, a time dimension's buckets or the number column of years; with
    /// neither in the answer, the words are not accounted for.
    func orderByPeriod(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard let descending = s.sortByPeriod else { return }
        let period = query.timeDimensions.first(where: { $0.granularity != nil })?.dimension
            ?? query.dimensions.first { d in Self.yearColumn(from: String(d.prefix { $0 != "." }), s.model) == d }
        guard let period else {
            s.unexpressed.append(s.language == .zh ? "排序" : "sorted")
            return
        }
        query.order = [OrderItem(period, descending: descending)] + query.order.filter { $0.member != period }
    }
}

extension QueryAssembler {
    /// "How many players drew more than 100 walks in 1986" on a cube with no date whose members carry the year in
    /// their titles (Walks (1986), 1987 Salary): the year says the members' own period again. True when one whole
    /// calendar year is said, a member of the query names it, and none names another year.
    static func restatesTitleYear(_ s: ParseState, _ query: CubeQuery) -> Bool {
        guard case .range(let from, let to)? = s.time, from.year == to.year, from.month == 1, from.day == 1, to.month == 12, to.day == 31
        else { return false }
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member) + query.order.map(\.member)
        let titles = members.flatMap { [s.model.title(of: $0, .en), s.model.title(of: $0, .zh)] }
        let years = Set(titles.flatMap { title in
            title.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1800...2100).contains($0) }
        })
        return years == [from.year]
    }

    /// "wives who work 50 hours or more per week" with the column Weekly Hours Worked, 每月收入 with Monthly Income: a
    /// per-period word with no date to break down by, where a member of the answer is already that period's figure
    /// (its title says weekly, monthly …), says the column's period again.
    static func restatesTitlePeriod(_ s: ParseState, _ query: CubeQuery) -> Bool {
        guard s.time == nil, let grain = s.granularity else { return false }
        let adjectives: [Granularity: [String]] = [
            .week: ["weekly", "每周"], .month: ["monthly", "每月", "月"], .year: ["annual", "yearly", "每年", "年"], .day: ["daily", "每日", "每天"],
        ]
        guard let words = adjectives[grain] else { return false }
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member)
        return members.contains { member in
            let en = s.model.title(of: member, .en).lowercased().split(separator: " ").map(String.init)
            let zh = s.model.title(of: member, .zh)
            return words.contains { en.contains($0) || ($0.unicodeScalars.first.map { $0.value > 0x2E80 } == true && zh.hasPrefix($0)) }
        }
    }
}
