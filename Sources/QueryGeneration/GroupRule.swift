import SemanticModel

/// Reads grouping: 各部门, 按城市, by department, per city, 哪个部门 / which city, 学历分布, and (last) any
/// category word left over (部门人数, department headcount).
struct GroupRule {
    /// 哪个/which + dimension: group by it; a superlative then keeps one row.
    func applyWhich(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.keyword(i, .which) {
            if ["who", "谁", "whom"].contains(s.tokens[i].text) {
                // the people who died, homeowners who …: after the rows' noun (or a yes/no column's people, read as its
                // yes side) "who" relates, it asks nothing.
                let relative = s.tokens[i].text != "谁" && i > 0 && (!s.cubes(i - 1).isEmpty || (s.used[i - 1] && s.tokens[i - 1].entries.contains { e in
                    if case .dimension(let d) = e { return s.yesNo.pairs[d] != nil && s.filters.contains { $0.member == d } } else { return false }
                }))
                if !relative { s.asksWho = true }
                // "List everyone who left in September", "show the employees who …": a listing word before the rows'
                // noun asks for those rows, as "who left" does, unless something is counted or measured.
                if relative, let l = [i - 2, i - 3, i - 4].first(where: { $0 >= 0 && s.tokens[$0].isKeyword(.list) }),
                    (l + 1..<(i - 1)).allSatisfy({ ["the", "all"].contains(s.tokens[$0].text) }),
                    !s.tokens.contains(where: { $0.isKeyword(.count) || $0.namesMeasure }) && s.measures.isEmpty
                {
                    s.asksWho = true
                    s.use(l)
                }
                s.use(i)
                continue
            }
            // "What's the pH for oats", "what was the average", "what do new hires make": what before a copula or an
            // auxiliary asks for a value, not which group.
            if s.tokens[i].text == "what", let next = s.token(i + 1), ["is", "'s", "s", "was", "are", "were", "do", "does", "did"].contains(next.text) { continue }
            // which month / which years: the periods are the groups.
            if let next = s.token(i + 1), s.isFree(i + 1), let grain = Self.grainWord(next) {
                if s.granularity == nil { s.granularity = grain }
                s.asksWhichIndex = i
                s.use(i, i + 1)
                continue
            }
            // which 3 years, 哪三年: the count is left to the ranking, the periods are the groups.
            if let n = s.token(i + 1)?.number, s.isFree(i + 1), n >= 1, n == n.rounded() {
                let k = s.keyword(i + 2, .classifier) ? i + 3 : i + 2
                if let next = s.token(k), s.isFree(k), let grain = Self.grainWord(next) {
                    if s.granularity == nil { s.granularity = grain }
                    s.asksWhichIndex = i
                    s.use(i, k)
                    continue
                }
            }
            // which 3 departments, 哪3个部门: a count (and its classifier) may stand between.
            // which 3 countries, where "countries" names the cube and no dimension: its rows, by their label.
            var grouped = false
            for k in [i + 1, i + 2, i + 3] where k < i + 3 || s.token(i + 1)?.number != nil {
                // "On average, what job level are the women in Engineering": what asks a number column's value,
                // averaged, not each of its values ("which age earned the most on average" averages the earnings).
                if let d = groupable(s, k), s.dimensionKind(d) == .number, let avg = s.tokens.indices.first(where: { s.isFree($0) && s.keyword($0, .avg) }),
                    !s.tokens.indices.contains(where: { j in j != k && (!s.measures(j).isEmpty || s.dimensions(j).contains { $0 != d && s.dimensionKind($0) == .number }) }),
                    let m = MeasureRule.measure(.avg, over: d, in: s.model)
                {
                    if !s.measures.contains(m) { s.measures.append(m) }
                    s.use(i, k, avg)
                    grouped = true
                    break
                }
                if let d = groupable(s, k) ?? s.cubes(k).first.flatMap({ QueryAssembler.groupingLabel(ofNoun: $0, s.model) }) {
                    add(&s, d, at: k)
                    s.asksWhichIndex = i
                    s.use(i)
                    grouped = true
                    break
                }
                // which employees left: the rows' own noun ends the search; the verb after it is no grouping.
                if !s.cubes(k).isEmpty { break }
            }
            // "Which employees left last month?", 上个月离职的员工有哪些: which right before (or 哪些 right after) the
            // rows' own noun, with nothing to count, asks for those rows, as who does.
            if !grouped, Self.asksForRows(s, i) {
                s.asksWho = true
                s.use(i)
            }
        }
    }


    /// "the four years with the fewest miles", "the three departments with the highest average salary", "List 3
    /// cities with the most employees": N periods or groups before a superlative are how many it keeps, as "which 4
    /// years" would be. "Name the two sites …" asks for a list: its "name" is not the name column.
    func applyCountedGroups(_ s: inout ParseState) {
        if s.tokens.count > 2, s.isFree(0), s.tokens[0].text == "name", s.tokens[1].text == "the" {
            s.use(0)
            s.namesRowsOnly.insert(0)  // a verb here: the name column need not show in the query
        }
        guard s.whichCount == nil else { return }
        for i in 0..<s.tokens.count where s.isFree(i) {
            let before = s.token(i - 1)
            // the 3 …, which five states …
            guard i == 0 || before?.text == "the" || before?.isKeyword(.list) == true || before?.isKeyword(.which) == true || (i == 1 && s.used[0]),
                let n = s.tokens[i].number, n >= 2, n == n.rounded(), n <= 1000, let next = s.token(i + 1), s.isFree(i + 1),
                s.tokens[(i + 2)...].contains(where: { $0.isKeyword(.max) || $0.isKeyword(.min) || Self.namesExtreme($0, s.model) })
            else { continue }
            if next.text.hasSuffix("s"), let grain = Self.grainWord(next) {
                if s.granularity == nil { s.granularity = grain }
                s.asksWhichIndex = i
                s.use(i + 1)
            } else if groupable(s, i + 1).map({ s.dimensionKind($0) != .number }) != true, s.cubes(i + 1).isEmpty,
                !(Self.ranksAfterWhich(s, i) && groupable(s, i + 1) != nil)
            {
                continue
            }
            s.whichCount = Int(n)
            s.use(i)
            return
        }
    }

    /// 各/按/每个/by/per + dimension, and dimension + 分布.
    func applyMarkers(_ s: inout ParseState) {
        scopesOfAll(&s)
        for i in 0..<s.tokens.count where s.keyword(i, .group) {
            // "sorted by salary", 排序按: the sort's own "by" names what is sorted, left to the sorting rule.
            if ["by", "按", "按照"].contains(s.tokens[i].text), s.token(i - 1)?.isKeyword(.sort) == true { continue }
            // "rank the firms by capital stock": a sort word a few words before, and a number to sort by after.
            if s.tokens[i].text == "by", (max(0, i - 4)..<i).contains(where: { s.tokens[$0].isKeyword(.sort) }),
                !s.measures(i + 1).isEmpty || s.dimensions(i + 1).contains(where: { s.dimensionKind($0) == .number })
            {
                continue
            }
            var k = i + 1
            if Self.spreadOverDistinctCount(&s, i) { continue }
            // across all years, across all departments: one figure over all of them, not a breakdown.
            if ["across", "among"].contains(s.tokens[i].text), let t = s.token(k), ["all", "every"].contains(t.text), s.isFree(k + 1),
                let next = s.token(k + 1), Self.grainWord(next) != nil || !s.dimensions(k + 1).isEmpty || !s.cubes(k + 1).isEmpty
            {
                s.use(i, k, k + 1)
                s.namesRowsOnly.insert(k + 1)
                continue
            }
            if let t = s.token(k), case .unknown = t.kind { k += 1 }  // 按照员工的 → skip one unknown word
            // by number of cylinders: a numeric column's values are the groups.
            // by number of women aboard: the count word of a sum of things (Women Aboard) is that sum.
            if s.keyword(k, .count), s.dimensions(k + 1).contains(where: { s.dimensionKind($0) == .number })
                || s.measures(k + 1).contains(where: { m in if case .measure(_, let measure)? = s.model.resolve(m) { measure.kind == .sum } else { false } })
            {
                s.use(k)
                k += 1
            }
            // for each quarter, 各季度: the periods are the groups.
            if let g = s.token(k), s.isFree(k), let grain = Self.grainWord(g), s.dimensions(k).isEmpty {
                if s.granularity == nil { s.granularity = grain }
                s.use(i, k)
                continue
            }
            // 按在职员工平均月薪排: the rows a segment or value picks may stand before the measure sorted by.
            if s.measures(k).isEmpty, !s.measures(k + 1).isEmpty, s.token(k).map({ t in t.entries.contains { if case .segment = $0 { true } else if case .value = $0 { true } else { false } } }) == true, s.used[k] { k += 1 }
            if let m = s.measures(k).first, ["by", "按", "按照"].contains(s.tokens[i].text) {
                // "top 3 departments by headcount", 前5个岗位按人数: order by the measure
                if !s.measures.contains(m) { s.measures.append(m) }
                if s.order.isEmpty { s.order = [OrderItem(m, descending: s.superlative?.descending ?? true)] }
                s.use(i, k)
                continue
            }
            // 按入职日期降序: a sort key, left for the sorting rule.
            let measured = s.tokens.indices.contains { !s.measures($0).isEmpty || s.keyword($0, .count) }
            if s.keyword(k + 1, .desc) || s.keyword(k + 1, .asc) || (s.keyword(k + 1, .sort) && !measured) { continue }
            if let d = groupable(s, k), s.superlative != nil, s.dimensionKind(d) == .number, s.pendingRanking == nil {
                // "top 5 employees by salary": rank rows by the column rather than group by its values
                s.pendingRanking = (d, s.superlative?.descending ?? true)
                s.use(i, k)
            } else if let d = groupable(s, k), s.pendingRanking?.dimension == d {
                // "the 3 cheapest cars by price": the column already ranked, said again.
                s.use(i, k)
            } else if let d = groupable(s, k), let (j, owned) = Self.possessed(s, after: k, label: d) {
                // by manufacturer's country, 按制造商的国家: the rows' label names whose column; the column is the grouping.
                s.use(i, k)
                s.namesRowsOnly.insert(k)
                add(&s, owned, at: j)
            } else if let d = groupable(s, k), ["per", "每"].contains(s.tokens[i].text), Self.averagesOwnRows(s, noun: k, grouping: d) {
                // "the average output per firm" of firms: the rows the average is over, one figure (not each firm's value).
                s.use(i, k)
                s.namesRowsOnly.insert(k)
            } else if let d = groupable(s, k), s.tokens[i].text == "各", Self.averagesOwnRows(s, noun: k, grouping: d) {
                // 各州的平均袭击逮捕率 of states: each state's own value, or the average over them? Asked.
                s.use(i, k)
                s.unexpressed.append(s.tokens[i].text + s.tokens[k].text)
                continue
            } else if let d = groupable(s, k), ["per", "每"].contains(s.tokens[i].text), Self.isSummedQuantity(d, s.model) {
                // price per citation, 每页字数: a quantity another measure adds up is a ratio's divisor, not a
                // breakdown by each of its values. Neither is guessed: the user is asked.
                s.use(i)
                s.unexpressed.append(s.tokens[i].text + " " + s.tokens[k].text)
                continue
            } else if s.tokens[i].text == "各", !s.groupDimensions.isEmpty, let d = groupable(s, k), s.dimensionKind(d) == .time {
                // 每个部门各招了多少人: after a breakdown, 各 before a date's verb says "each", not a breakdown by date.
                s.use(i)
            } else if let d = groupable(s, k) {
                add(&s, d, at: k)
                s.use(i)
                // for each rank within each discipline: "within" joins a second breakdown, the outer one, so it comes first.
                if s.isFree(i - 1), s.tokens[i - 1].text == "within", s.tokens[i].text != "by" {
                    s.use(i - 1)
                    if let index = s.groupDimensions.lastIndex(of: d), index > 0 { s.groupDimensions.insert(s.groupDimensions.remove(at: index), at: 0) }
                }
                // 按入职年份, by hire month: the period word after a date says the grain.
                if s.dimensionKind(d) == .time, let next = s.token(k + 1), s.isFree(k + 1), let grain = Self.grainWord(next) {
                    if s.granularity == nil { s.granularity = grain }
                    s.use(k + 1)
                }
                // by department and year, 按部门和年份, by origin and cylinders: the second grouping after "and".
                if let c = s.token(k + 1), s.isFree(k + 1), ["and", "和", "与", "及", "、"].contains(c.text), s.isFree(k + 2) {
                    if s.granularity == nil, let grain = Self.grainWord(s.tokens[k + 2]), s.dimensions(k + 2).isEmpty {
                        s.granularity = grain
                        s.use(k + 1, k + 2)
                    } else if s.values(k + 2).isEmpty, let second = groupable(s, k + 2) {
                        add(&s, second, at: k + 2)
                        s.use(k + 1)
                    }
                }
            } else if Self.distributionWords.contains(s.tokens[i].text), let d = groupable(s, i - 1), s.dimensionKind(d) != .number {
                add(&s, d, at: i - 1)
                s.use(i)
                // how were ratings distributed: the how asks for the distribution.
                if let how = (max(0, i - 4)..<(i - 1)).first(where: { s.isFree($0) && s.tokens[$0].text == "how" }) { s.use(how) }
            } else if Self.distributionWords.contains(s.tokens[i].text), i > 0, s.used[i - 1], s.tokens[i - 1].entries.contains(where: { entry in
                if case .dimension(let d) = entry { return s.groupDimensions.contains(d) } else { return false }
            }) {
                // 按学历分布: the grouping 按 already read; 分布 says it again.
                s.use(i)
            } else if Self.distributionWords.contains(s.tokens[i].text), i > 0, s.used[i - 1], let filter = s.filters.first(where: { f in
                f.op == .equals && f.values.count >= 2
                    && s.tokens[i - 1].entries.contains { if case .value(let d, let v) = $0 { d == f.member && f.values.contains(v) } else { false } }
            }) {
                // the male/female split, 男女分布: the values just listed, a row each.
                if !s.groupDimensions.contains(filter.member) { s.groupDimensions.append(filter.member) }
                s.use(i)
            } else if ["各", "each", "分别", "respectively"].contains(s.tokens[i].text),
                let filter = s.filters.first(where: { $0.op == .equals && $0.values.count >= 2 })
            {
                // 技术部和产品部各有多少人, Beijing and Shanghai each: one row per value named.
                if !s.groupDimensions.contains(filter.member) { s.groupDimensions.append(filter.member) }
                s.use(i)
            }
        }
    }

    /// 对比 / vs: values compared side by side (北京和上海对比, Beijing vs Shanghai) become a grouping over them;
    /// 占比 / share of one value (硕士占比) groups by its dimension so the answer can give the value's share;
    /// 同比 / 环比 ask for a yearly or monthly series.
    func applyComparisonsSharesAndGrowth(_ s: inout ParseState) {
        eachOfListedValues(&s)
        if let i = s.tokens.indices.first(where: { s.keyword($0, .compare) }) {
            // 男的多还是女的多: 还是 only between two values of one column, each said with its comparative.
            if s.tokens[i].text == "还是", !Self.whichOfTwo(&s, 还是: i) { return }
            s.use(i)
            for filter in s.filters where filter.op == .equals && filter.values.count >= 2 && !s.groupDimensions.contains(filter.member) {
                s.groupDimensions.append(filter.member)
            }
        } else {
            _ = Self.whichOfTwoEnglish(&s)
        }
        let explicitRatio = s.measures.contains { m in
            if case .measure(_, let measure)? = s.model.resolve(m) { return measure.format == "percent" }
            return false
        }
        // With several conditions, which is the share and which the base ("percentage of active Engineering
        // employees at level 7 or above") is not read: the share word stays unaccounted, and the user is asked;
        // unless a copula or 中 splits two of them ("what share of current employees are women", 在职员工中女性的占比).
        // "the average urban population percentage": the share word right after a column counted in percent is its
        // unit, not the share of a value.
        if let i = s.tokens.indices.first(where: { s.keyword($0, .share) }), i > 0, Self.isPercentColumn(s, i - 1) {
            s.use(i)
            return
        }
        let asksShare = s.tokens.contains { $0.isKeyword(.share) }
        let split = asksShare ? Self.shareSplit(s) : nil
        // "what percentage of Engineering employees have left": an optional date's verb is a condition too (the rows
        // where it is set, added when the query is assembled), so Engineering is the base, not the share.
        func events() -> Int {
            s.tokens.indices.filter { i in
                s.isFree(i) && s.dimensions(i).contains { d in
                    guard case .dimension(let cube, let dimension, _)? = s.model.resolve(d), dimension.kind == .time else { return false }
                    return cube.meta.timeDimension != nil && cube.meta.timeDimension != dimension.name
                }
            }.count
        }
        if let i = s.tokens.indices.first(where: { s.keyword($0, .share) }), explicitRatio || s.filters.count + events() <= 1 || split != nil,
            !Self.ratioOfTwo(s, i)
        {
            if explicitRatio {
                s.use(i)
            } else if split == nil, Self.measureAfterCopula(&s, share: i) {
                // settled: the model's ratio over the value's rows, or asked
            } else if let (part, separator) = split, let index = s.filters.firstIndex(of: part) {
                s.use(i, separator)
                s.filters.remove(at: index)
                s.shareOf = part
                if !s.groupDimensions.contains(part.member) { s.groupDimensions.append(part.member) }
            } else if let index = s.filters.firstIndex(where: {
                // The share of several values together (rated S or A) is their combined share, when nothing else
                // groups the answer; with a breakdown beside it (S or A in each year) it is not read.
                $0.op == .equals && ($0.values.count == 1 || (s.groupDimensions.isEmpty && s.granularity == nil))
            }) {
                s.use(i)
                let filter = s.filters.remove(at: index)
                s.shareOf = filter
                if !s.groupDimensions.contains(filter.member) { s.groupDimensions.append(filter.member) }
            }
        }
        // "what share of women are current employees": the model's share of women, but a condition after the copula
        // makes the women the base, the reverse of that measure: asked.
        if explicitRatio, let r = s.tokens.indices.first(where: { i in
            s.used[i] && s.tokens[i].entries.contains { if case .measure(let m) = $0 { return s.measures.contains(m) } else { return false } }
        }), let k = ((r + 1)..<s.tokens.count).first(where: { s.isFree($0) && ["are", "is", "were", "was"].contains(s.tokens[$0].text) }),
            s.filters.contains(where: { f in Self.position(of: f, s).map { $0 > k } ?? false })
        {
            s.unexpressed.append(s.tokens[k].text)
        }
        for i in s.tokens.indices where s.keyword(i, .yearOverYear) || s.keyword(i, .periodOverPeriod) {
            if s.granularity == nil { s.granularity = s.tokens[i].isKeyword(.yearOverYear) ? .year : .month }
            s.trend = true
            s.use(i)
        }
    }

    /// Value conditions split by a copula (… employees are women) or by 中 / 里 (在职员工中女性): the one after the split
    /// is the share, the ones before it the base (current Engineering staff). Nil unless every condition is an
    /// equality, the base's on one value each, and exactly one comes after the split.
    static func shareSplit(_ s: ParseState) -> (part: MemberFilter, separator: Int)? {
        // The base may compare a number too (current level 7+ staff); the part is values of a category.
        guard s.filters.count >= 2, s.filters.allSatisfy({ [.equals, .gt, .gte, .lt, .lte].contains($0.op) }) else { return nil }
        let placed = s.filters.compactMap { f in position(of: f, s).map { (filter: f, at: $0) } }.sorted { $0.at < $1.at }
        guard placed.count == s.filters.count, let part = placed.last, part.filter.op == .equals else { return nil }
        let base = placed.dropLast()
        // "what share of current employees have a master's or a PhD": the part may be several values together.
        guard let lastBase = base.last, lastBase.at < part.at, base.allSatisfy({ $0.filter.values.count == 1 }) else { return nil }
        let separators: Set<String> = ["are", "is", "were", "was", "have", "has", "had", "hold", "holds", "held", "中", "里", "当中", "之中", "里面"]
        guard let k = ((lastBase.at + 1)..<part.at).first(where: { s.isFree($0) && separators.contains(s.tokens[$0].text) }) else { return nil }
        return (part.filter, k)
    }

    /// Where the question names a condition's (first) value.
    static func position(of f: MemberFilter, _ s: ParseState) -> Int? {
        guard let value = f.values.first else { return nil }
        // A comparison stands where its number is (level 7 and above).
        if f.op != .equals, let n = Double(value) { return s.tokens.indices.first { s.used[$0] && s.tokens[$0].number == n } }
        // A yes/no column's side is said by the column's name (are diabetic).
        return s.tokens.indices.first { i in s.used[i] && s.tokens[i].entries.contains(.value(dimension: f.member, value: value)) }
            ?? (s.yesNo.pairs[f.member] != nil ? s.tokens.indices.first { s.used[$0] && s.tokens[$0].entries.contains(.dimension(f.member)) } : nil)
    }

    /// Words after a category that ask for its groups: 学历分布, the gender split, how were ratings distributed.
    static let distributionWords: Set<String> = ["分布", "distribution", "split", "breakdown", "distributed", "mix"]

    /// month / months / 月 → month, year / years / 年 → year, quarter → quarter, week → week, day → day.
    static func grainWord(_ t: Token) -> Granularity? {
        if t.isKeyword(.month) { return .month }
        if t.isKeyword(.year) { return .year }
        if t.isKeyword(.quarter) { return .quarter }
        return nil
    }

    func groupable(_ s: ParseState, _ i: Int) -> String? {
        let dims = s.dimensions(i)
        return dims.first { s.dimensionKind($0) != .time } ?? dims.first
    }

    func add(_ s: inout ParseState, _ dimension: String, at i: Int) {
        s.use(i)
        if s.dimensionKind(dimension) == .time {
            s.explicitTimeDimension = dimension
            if s.granularity == nil { s.granularity = .year }
            return
        }
        if !s.groupDimensions.contains(dimension) { s.groupDimensions.append(dimension) }
        if let cube = dimension.split(separator: ".").first { s.mentionCube(String(cube)) }
    }
}
