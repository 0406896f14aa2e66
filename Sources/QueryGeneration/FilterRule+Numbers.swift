import SemanticModel

/// Numeric conditions: comparisons with a number (工资超过3万, 7级及以上, over 20k), ranges (5到7级, between 10000 and
/// 20000), numbers with a column's noun or unit (8 cylinders, 7级), and counts of rows (more than 300 active employees).
extension FilterRule {
    static let comparators: [Keyword: FilterOperator] = [.gt: .gt, .gte: .gte, .lt: .lt, .lte: .lte]

    func comparator(_ s: ParseState, _ i: Int) -> FilterOperator? {
        guard s.isFree(i) else { return nil }
        for k in s.tokens[i].keywords { if let op = Self.comparators[k] { return startsYearSpan(s, i) ? nil : op } }
        return nil
    }

    /// over 1970-1986: a span of years, not a comparison with the first.
    private func startsYearSpan(_ s: ParseState, _ i: Int) -> Bool {
        s.keyword(i + 2, .rangeTo) && TimeRule().year(s, i + 1) != nil && TimeRule().year(s, i + 3) != nil
    }

    /// The numeric member a number at `numberIndex` talks about: a unit right after it (7级), else the nearest
    /// numeric member before (工资超过…), else the nearest after (over 20k salary); `人`/`名` after a number means a count.
    func target(_ s: ParseState, numberIndex: Int, searchFrom start: Int) -> (member: String, tokenIndex: Int?)? {
        // 3.5 cm where four columns are in cm (sepal and petal, length and width): the unit picks a column only
        // when it is the unit of one column; otherwise the column named nearby decides, and with none it is not
        // guessed.
        let unitColumns = s.isFree(numberIndex + 1) ? s.token(numberIndex + 1).flatMap { s.units.columns(of: $0.text) } ?? [] : []
        if unitColumns.count > 1 {
            let near = Array(stride(from: start - 1, through: max(0, start - 6), by: -1)) + Array((numberIndex + 2)..<min(s.tokens.count, numberIndex + 5))
            for j in near {
                guard let m = s.numericMember(j) else { continue }
                if unitColumns.contains(m) { return (m, j) }
                // "an average sugar content above 10 g": the measure over one of those columns is the one compared.
                if case .measure(let cube, let measure)? = s.model.resolve(m), let column = cube.numberColumn(of: measure),
                    unitColumns.contains("\(cube.name).\(column.name)")
                {
                    return (m, j)
                }
            }
            return nil
        }
        if let member = unitColumns.first, case .dimension(let cube, let d, _)? = s.model.resolve(member) {
            // "an average body mass above 4000 g": the unit is the column's, the comparison the measure's.
            for j in stride(from: start - 1, through: max(0, start - 6), by: -1) {
                if let m = s.measures(j).first, case .measure(let mc, let measure)? = s.model.resolve(m), mc.name == cube.name,
                    measure.sql != nil, measure.sql == d.sql
                {
                    return (m, numberIndex + 1)
                }
                // "ozone above 100 ppb": the column named before is the one the unit picks; the caller claims the
                // unit too (ownUnit).
                if s.isFree(j), s.dimensions(j).contains(member) { return (member, j) }
            }
            return (member, numberIndex + 1)
        }
        // more than 20 years of service: a number column named right after the number is the one compared.
        if let d = s.dimensions(numberIndex + 1).first(where: { s.dimensionKind($0) == .number }) { return (d, numberIndex + 1) }
        // "cells with fewer than 10 policyholders": a sum's noun after the number, with the rows it adds up named
        // before it (their plain count), compares each row's own column.
        if let m = s.measures(numberIndex + 1).first, case .measure(let cube, let measure)? = s.model.resolve(m), measure.kind == .sum,
            measure.filters.isEmpty, let column = cube.numberColumn(of: measure),
            (max(0, start - 3)..<start).contains(where: { j in s.measures(j).contains { rows in
                guard case .measure(let c, let count)? = s.model.resolve(rows) else { return false }
                return c.name == cube.name && count.kind == .count && count.filters.isEmpty
            } })
        {
            return ("\(cube.name).\(column.name)", numberIndex + 1)
        }
        var j = start - 1
        while j >= 0, j >= start - 6 {
            if let m = s.numericMember(j) { return (m, j) }
            j -= 1
        }
        j = numberIndex + 1
        while j < s.tokens.count, j <= numberIndex + 4 {
            if let m = s.numericMember(j) { return (m, j) }
            j += 1
        }
        return nil
    }

    /// The unit right after the number at `numberIndex` when it is `member`'s own (100 ppb): claimed with the
    /// comparison when `target` found the column by its name before.
    func ownUnit(_ s: ParseState, _ member: String, after numberIndex: Int) -> Int? {
        guard s.isFree(numberIndex + 1), let t = s.token(numberIndex + 1), s.units.columns(of: t.text)?.contains(member) == true else { return nil }
        return numberIndex + 1
    }

    /// `between A (unit)? and B (之间)?` starting at `i`, or `A (unit)? 到 B unit`: the bounds, B's index and the end
    /// (the unit after B is left to `target`, which claims it).
    func numericRange(_ s: ParseState, _ i: Int) -> (a: Double, b: Double, aIndex: Int, bIndex: Int, end: Int)? {
        let marked = s.keyword(i, .between)
        let aIndex = marked ? i + 1 : i
        guard let a = s.token(aIndex)?.number, s.isFree(aIndex) else { return nil }
        var sepIndex = aIndex + 1
        let unitAfterA = s.isFree(sepIndex) && s.token(sepIndex).map { s.units.isUnit($0.text) } == true
        if unitAfterA { sepIndex += 1 }
        guard let sep = s.token(sepIndex), s.isFree(sepIndex), sep.isKeyword(.rangeAnd) || sep.isKeyword(.rangeTo),
            let b = s.token(sepIndex + 1)?.number, s.isFree(sepIndex + 1)
        else { return nil }
        // Unmarked, only 到/to with a unit after B (5到7级), or right after a number column's name (levels 3 through
        // 5), reads as a range; not "top 5 to 7".
        if !marked {
            let unitAfter = s.token(sepIndex + 2).map { s.units.isUnit($0.text) } == true
            let columnBefore = aIndex > 0 && s.isFree(aIndex - 1) && s.dimensions(aIndex - 1).contains { d in
                if case .dimension(_, let c, _)? = s.model.resolve(d) { return c.kind == .number && !c.primaryKey } else { return false }
            }
            guard sep.isKeyword(.rangeTo), unitAfter || columnBefore else { return nil }
        }
        var end = sepIndex + 2
        if s.keyword(end, .betweenEnd) { end += 1 }
        if s.token(end).map({ _ in true }) == true, s.isFree(end + 1), s.keyword(end + 1, .betweenEnd) {
            // 5级到7级之间: the unit after B, then 之间
            end += 2
        }
        return (a, b, aIndex, sepIndex + 1, end)
    }

    /// A numeric column named by a noun that can follow a number (cylinders), not one measured in units.
    func countedColumn(_ s: ParseState, _ i: Int) -> String? {
        for d in s.dimensions(i) {
            if case .dimension(_, let dimension, _)? = s.model.resolve(d), dimension.kind == .number, !s.units.members.contains(d),
                !dimension.primaryKey
            {
                return d
            }
        }
        return nil
    }

    /// The words written after a number of this column: `meta.unit(s)`, and a short unit in brackets at the end
    /// of a numeric column's title ("Precipitation (mm)" → mm).
    static func units(of d: Dimension) -> [String] {
        guard d.kind == .number, let (_, bracketed) = TitleUnit.split(d.title) else { return d.meta.units }
        let unit = TextNormalizer.normalize(bracketed).trimmingSpaces
        return unit.isEmpty || unit.count > 5 || unit.contains("/") ? d.meta.units : d.meta.units + [unit]
    }

    /// The member a condition compares, named at token `j`: the aggregate an aggregation word before a column asks
    /// for (claiming that word), or the column itself where the question counts the rows a measure aggregates.
    func compared(_ s: inout ParseState, _ member: String, at j: Int?) -> String {
        guard let j else { return member }
        if let (measure, word) = aggregated(s, member, at: j) {
            s.use(word)
            return measure
        }
        return rowColumn(s, member, at: j) ?? member
    }

    /// "an average current salary above 20k": an aggregation word before the compared column, with at most a value
    /// or segment word between, makes the condition one on the cube's measure of that aggregation over the column
    /// (a HAVING). The measure and the aggregation word's index; nil without such a measure.
    func aggregated(_ s: ParseState, _ member: String, at j: Int) -> (String, Int)? {
        guard case .dimension(let cube, let d, _)? = s.model.resolve(member), d.kind == .number else { return nil }
        let kinds: [Keyword: Measure.Kind] = [.avg: .avg, .sum: .sum, .max: .max, .min: .min]
        var k = j - 1
        while k >= 0, k >= j - 2, s.isFree(k), s.tokens[k].keywords.isEmpty,
            !s.values(k).isEmpty || s.tokens[k].entries.contains(where: { if case .segment = $0 { return true } else { return false } })
        {
            k -= 1
        }
        // "the most senior staff (level 7 and up)": most / least rank rows, they aggregate no column.
        guard k >= 0, s.isFree(k), !["most", "least", "fewest", "最多", "最少"].contains(s.tokens[k].text),
            let kind = s.tokens[k].keywords.lazy.compactMap({ kinds[$0] }).first,
            let measure = cube.measures.first(where: { $0.isPublic && $0.kind == kind && $0.filters.isEmpty && $0.sql != nil && $0.sql == d.sql })
        else { return nil }
        return ("\(cube.name).\(measure.name)", k)
    }

    /// "how many counties have a poverty rate above 20%", where "poverty rate" names both the average measure and
    /// the column it averages: counting the cube's own rows, the condition is each row's, on the column.
    func rowColumn(_ s: ParseState, _ member: String, at j: Int) -> String? {
        guard case .measure(let cube, let measure)? = s.model.resolve(member), [.avg, .min, .max, .sum].contains(measure.kind),
            let column = cube.numberColumn(of: measure), s.tokens[j].entries.contains(.dimension("\(cube.name).\(column.name)"))
        else { return nil }
        let countsRows = s.tokens.indices.contains { k in
            s.tokens[k].isKeyword(.count) && (k + 1...k + 2).contains { n in
                s.tokens.indices.contains(n) && (s.tokens[n].entries.contains(.cube(cube.name))
                    || s.tokens[n].entries.contains { if case .measure(let m) = $0 { return m == s.countMeasure(of: cube.name) } else { return false } })
            }
        }
        return countsRows ? "\(cube.name).\(column.name)" : nil
    }

    /// A condition on a measure (平均工资超过2万的部门) is a HAVING, and the measure is what the answer shows.
    func showMeasure(_ s: inout ParseState, _ member: String) {
        if case .measure? = s.model.resolve(member), !s.measures.contains(member) { s.measures.append(member) }
    }

    func comparisons(_ s: inout ParseState) {
        var i = 0
        while i < s.tokens.count {
            guard s.isFree(i) else { i += 1; continue }
            if let end = quantityComparison(&s, at: i) {
                i = end
                continue
            }
            // between|在|介于 A (unit)? (and|到|-) B (unit)? (之间), or A 到 B unit: an inclusive range of a column.
            if let range = numericRange(s, i), let (member, unit) = target(s, numberIndex: range.bIndex, searchFrom: i) {
                // "between $1 billion and $5 billion" in a column of $ millions: each bound in the column's scale.
                let a = inColumnScale(&s, member, range.a, at: range.aIndex), b = inColumnScale(&s, member, range.b, at: range.bIndex)
                s.addFilter(MemberFilter(member: member, op: .gte, values: [JSONValue.format(double: min(a, b))]))
                s.addFilter(MemberFilter(member: member, op: .lte, values: [JSONValue.format(double: max(a, b))]))
                s.use(i..<range.end)
                if let unit { s.use(unit) }
                let bUnit = ownUnit(s, member, after: range.bIndex)
                if let bUnit { s.use(bUnit) }
                i = claimInclusive(&s, from: max(range.end, (unit ?? 0) + 1, (bUnit ?? 0) + 1), a: min(a, b), b: max(a, b))
                continue
            }
            // <op> column N (below level 3, over age 60): the column named between the comparator and its number.
            if let op = comparator(s, i), s.isFree(i + 1), s.isFree(i + 2), let n = s.token(i + 2)?.number,
                let member = s.dimensions(i + 1).first(where: { s.dimensionKind($0) == .number }), s.measures(i + 1).isEmpty
            {
                s.addFilter(MemberFilter(member: member, op: op, values: [JSONValue.format(double: inColumnScale(&s, member, n, at: i + 2))]))
                s.use(i, i + 1, i + 2)
                var end = i + 3
                if let unit = ownUnit(s, member, after: i + 2) { s.use(unit); end = unit + 1 }
                i = end
                continue
            }
            // <op> N  |  N <unit>? <op>  (超过3万, 3万以上, 7级及以上, over 20k)
            if let op = comparator(s, i), let n = s.token(i + 1)?.number, s.isFree(i + 1) {
                // "more than 20 cars": a cube's noun right after the number counts its rows, unless the member before
                // already counts them (离职人数超过40人: the resigned count, 人 its unit).
                if let (count, qualifier, end) = countMeasure(s, after: i + 1), !countsSameRows(s, before: i, as: count) {
                    addCount(&s, count, op, n, qualifier: qualifier, before: i)
                    s.use(i..<end)
                    i = end
                    continue
                }
                if case (var member, let unit)? = target(s, numberIndex: i + 1, searchFrom: i) {
                    let named = unit != i + 2 ? ownUnit(s, member, after: i + 1) : nil
                    member = compared(&s, member, at: unit)
                    var end = i + 2
                    if let unit { s.use(unit); if unit == i + 2 { end = unit + 1 } }
                    if let named { s.use(named); end = named + 1 }
                    // "20 mm of precipitation": the column named again after its unit.
                    if unit == i + 2, s.token(end)?.text == "of", s.isFree(end + 1), s.dimensions(end + 1).contains(member) {
                        s.use(end, end + 1)
                        end += 2
                    }
                    if s.keyword(end, .classifier) { s.use(end) }
                    let value = inColumnScale(&s, member, n, at: i + 1)
                    s.addFilter(MemberFilter(member: member, op: op, values: [JSONValue.format(double: value)]))
                    showMeasure(&s, member)
                    s.use(i, i + 1)
                    i = end
                    continue
                }
            }
            // 8 cylinders, 4-cylinder cars: a count of something each row has, said as a number and the column's noun.
            if let n = s.tokens[i].number, !s.used[i], n == n.rounded(), s.isFree(i + 1), s.token(i + 1)?.keywords.isEmpty == true,
                !GroupRule.ranksAfterWhich(s, i), let d = countedColumn(s, i + 1),
                !(s.token(i - 1)?.keywords.contains { Self.comparators[$0] != nil || $0 == .top || $0 == .bottom } ?? false)
            {
                s.addFilter(MemberFilter(member: d, op: .equals, values: [JSONValue.format(double: n)]))
                s.use(i, i + 1)
                i += 2
                continue
            }
            // level 3 staff, at level 5: a whole number right after an integer column's name, with no comparator
            // around or range after it, is that value.
            // 最低饮酒年龄为21, level equal to 3: a word saying equality may stand between.
            let linked = i > 1 && s.isFree(i - 1) && s.keyword(i - 1, .eq) ? 1 : 0
            if let n = s.tokens[i].number, !s.used[i], n == n.rounded(), !s.tokens[i].hasPercent, i > linked, s.isFree(i - 1 - linked),
                let d = s.dimensions(i - 1 - linked).first(where: { s.dimensionKind($0) == .number }),
                comparator(s, i + 1) == nil, comparator(s, i - 2 - linked) == nil, !s.keyword(i + 1, .rangeTo), !s.keyword(i + 1, .rangeAnd),
                !s.keyword(i - 2 - linked, .between), target(s, numberIndex: i, searchFrom: i).map({ $0.tokenIndex == i + 1 || ownUnit(s, $0.member, after: i) != nil }) != true
            {
                s.addFilter(MemberFilter(member: d, op: .equals, values: [JSONValue.format(double: n)]))
                s.use((i - 1 - linked)..<(i + 1))
                i += 1
                continue
            }
            // 7级员工: a number with its column's unit and no comparator is that value.
            if let n = s.tokens[i].number, !s.used[i], s.isFree(i + 1), !GroupRule.ranksAfterWhich(s, i), let (member, unit) = target(s, numberIndex: i, searchFrom: i),
                unit == i + 1 || ownUnit(s, member, after: i) != nil, comparator(s, i + 2) == nil, comparator(s, i - 1) == nil, !s.keyword(i + 2, .between), !s.keyword(i - 1, .between),
                !s.keyword(i + 2, .rangeTo), !s.keyword(i + 2, .rangeAnd), case .dimension(_, let column, _)? = s.model.resolve(member),
                // "the 3 states", "all 47 states" where States is the key's name: a count of rows, never the row with that key.
                !column.primaryKey
            {
                s.addFilter(MemberFilter(member: member, op: .equals, values: [JSONValue.format(double: n)]))
                s.use(i, i + 1)
                if let unit { s.use(unit) }
                if s.isFree(i - 1), s.keyword(i - 1, .eq) { s.use(i - 1) }
                i += 2
                continue
            }
            // "5 cases or fewer", "20 employees or more": the inclusive bound after the counted rows' noun.
            if let n = s.tokens[i].number, !s.used[i], !s.tokens[i].hasPercent, s.language == .en,
                !s.dimensions(i - 1).contains(where: { s.dimensionKind($0) == .number }), s.measures(i - 1).isEmpty,
                let (count, qualifier, end) = countMeasure(s, after: i), s.isFree(end), let op = comparator(s, end), [.gte, .lte].contains(op),
                !countsSameRows(s, before: i - 1, as: count)
            {
                addCount(&s, count, op, n, qualifier: qualifier, before: i)
                s.use(i..<(end + 1))
                i = end + 1
                continue
            }
            // "10 or more journals", 300人以上 said as 300 or more employees: the comparison after the number.
            // Not after a number column's name: "level 8+ employees" is the level.
            if let n = s.tokens[i].number, !s.used[i], let op = comparator(s, i + 1), !s.tokens[i].hasPercent,
                !s.dimensions(i - 1).contains(where: { s.dimensionKind($0) == .number }), s.measures(i - 1).isEmpty,
                let (count, qualifier, end) = countMeasure(s, after: i + 1), !countsSameRows(s, before: i - 1, as: count)
            {
                addCount(&s, count, op, n, qualifier: qualifier, before: i)
                s.use(i..<end)
                i = end
                continue
            }
            if let n = s.tokens[i].number, !s.used[i] {
                var k = i + 1
                var unit: Int? = nil
                if let (m, u) = target(s, numberIndex: i, searchFrom: i), let u = u == i + 1 ? u : ownUnit(s, m, after: i) { unit = u; k = u + 1 }
                if s.keyword(k, .classifier) { k += 1 }
                if let op = comparator(s, k), case (var member, let memberIndex)? = target(s, numberIndex: i, searchFrom: i) {
                    member = compared(&s, member, at: memberIndex)
                    let value = inColumnScale(&s, member, n, at: i)
                    s.addFilter(MemberFilter(member: member, op: op, values: [JSONValue.format(double: value)]))
                    showMeasure(&s, member)
                    s.use(i..<(k + 1))
                    if let unit { s.use(unit) }
                    if let memberIndex { s.use(memberIndex) }
                    i = k + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// A condition on a count of rows ("more than 20 cars"), with the groups a distinct count before it names and
    /// the value or segment that qualifies the counted rows.
    func addCount(_ s: inout ParseState, _ count: String, _ op: FilterOperator, _ n: Double, qualifier: Int?, before i: Int) {
        s.addFilter(MemberFilter(member: count, op: op, values: [JSONValue.format(double: n)]))
        showMeasure(&s, count)
        // "manufacturers with more than 20 cars": a distinct count's title before it names the groups.
        if let j = (0..<i).last(where: { j in s.isFree(j) && s.measures(j).first.flatMap { RankingRule.distinctColumn($0, s.model) } != nil }),
            let d = s.measures(j).first.flatMap({ RankingRule.distinctColumn($0, s.model) }), !s.groupDimensions.contains(d)
        {
            s.groupDimensions.append(d)
            s.use(j)
        }
        // "more than 300 active employees": the counted rows are the active ones.
        if let q = qualifier {
            if let v = s.values(q).first {
                s.addFilter(MemberFilter(member: v.dimension, op: .equals, values: [v.value]))
            } else if let segment = s.tokens[q].entries.lazy.compactMap({ e -> String? in if case .segment(let n) = e { return n } else { return nil } }).first,
                !s.segments.contains(segment)
            {
                s.segments.append(segment)
            }
        }
    }

    /// "超过300人的部门", "more than 200 employees": a number followed by a cube's noun (人, employees) and no
    /// numeric member means that cube's count.
    /// Whether the numeric member the comparison at `i` would take is a count (plain or filtered) of the rows `count` counts.
    func countsSameRows(_ s: ParseState, before i: Int, as count: String) -> Bool {
        guard let (member, _) = target(s, numberIndex: i + 1, searchFrom: i), case .measure(let cube, let m)? = s.model.resolve(member) else { return false }
        return m.kind == .count && count.hasPrefix(cube.name + ".")
    }

    /// The count, the index of a value or segment word that qualifies the counted rows (active), and the index
    /// after the cube's noun.
    func countMeasure(_ s: ParseState, after number: Int) -> (String, Int?, Int)? {
        // "300 employees", "300 active employees" with a value or segment word between, 200名在职员工.
        let i = s.keyword(number + 1, .classifier) ? number + 1 : number
        let between = s.isFree(i + 1) && s.tokens[i + 1].entries.contains { entry in
            if case .value = entry { return true }
            if case .segment = entry { return true }
            return false
        }
        // A segment that names its cube's rows (在职员工) is both the qualifier and the noun.
        if s.isFree(i + 1), s.cubes(i + 1).isEmpty, let segment = s.tokens[i + 1].entries.lazy.compactMap({ e -> String? in
            if case .segment(let n) = e { return n } else { return nil }
        }).first, let cube = segment.split(separator: ".").first, let count = s.countMeasure(of: String(cube)),
            s.tokens[i + 1].text.count > 2, s.model.cube(named: String(cube)).map({ c in [c.meta.nounZh, c.title, c.meta.titleZh].compactMap { $0 }.contains { s.tokens[i + 1].text.hasSuffix($0) } }) == true
        {
            return (count, i + 1, i + 2)
        }
        let k = between ? i + 2 : i + 1
        guard s.isFree(k), let cube = s.cubes(k).first, s.dimensions(k).isEmpty, s.measures(k).isEmpty,
            let count = s.countMeasure(of: cube)
        else { return nil }
        // The qualifier must belong to the counted cube (or one it reaches), else it is not the rows' property.
        if between, let v = s.values(i + 1).first, !v.dimension.hasPrefix(cube + "."), (try? s.model.joinTree(for: [cube, String(v.dimension.prefix { $0 != "." })])) == nil {
            return nil
        }
        return (count, between ? i + 1 : nil, k + 1)
    }
}
