import SemanticModel

/// Reads time from the question: absolute periods (2023年, 2024年3月, Q3 2024, 2023-05), relative periods
/// against today (去年, last month, 近三个月, YTD), open ranges (2022年以来, before 2020), year ranges, and
/// time grains (每月, yearly, 趋势).
struct TimeRule: InterpretationRule {
    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// A period read at some token: its first and last day, how many tokens it spans, and a label.
    struct Period {
        var from: CalendarDate
        var to: CalendarDate
        var length: Int
        var label: (zh: String, en: String)
    }

    func apply(_ s: inout ParseState) {
        var i = 0
        while i < s.tokens.count {
            guard s.isFree(i) else { i += 1; continue }
            if let grain = grain(s.tokens[i]), Self.restatedMeasure(s, after: i, grain) != nil {
                // the monthly payroll where the payroll is a monthly figure (月薪总额): the word restates the measure,
                // which the measure rule reads.
                s.use(i)
            } else if let grain = grain(s.tokens[i]), Self.restatesColumnPeriod(s, at: i, grain) {
                // more than 20000 per month, 月薪每月超过3万: the period of a monthly amount, not a breakdown by month.
                s.use(i)
            } else if let grain = grain(s.tokens[i]), Self.namesAnotherPeriod(s, at: i, grain) {
                // the yearly payroll where the pay is monthly: twelve times it, or a breakdown by year? Asked.
                s.unexpressed.append(s.tokens[i].text)
                s.use(i)
            } else if let grain = grain(s.tokens[i]) {
                s.granularity = grain
                s.grainIndex = i
                s.use(i)
            } else if s.tokens[i].isKeyword(.allTime) {
                // over the whole period, of all time: every date, which is what no date range means.
                s.use(i)
            } else if s.tokens[i].isKeyword(.trend) {
                s.trend = true
                s.use(i)
            } else if let length = yearList(&s, i) {
                i += length
                continue
            } else if let (constraint, length, label) = openOrRange(s, i) {
                set(&s, constraint, label, at: i..<(i + length))
                s.use(i..<(i + length))
                claimSpan(&s, before: i, after: i + length)
                i += length
                continue
            } else if let length = Self.rollingYear(s, i) {
                // "in the past year", 近一年: the last calendar year, or the twelve months up to today? They count
                // apart, so it is asked back ("last year" and "the last 12 months" each say one).
                s.unexpressed.append(s.tokens[i..<(i + length)].map(\.text).joined(separator: s.language == .zh ? "" : " "))
                s.use(i..<(i + length))
                i += length
                continue
            } else if let p = period(s, i) {
                // "the past six months", 最近三个月: the complete months before this one (Cube's "last 6 months"), or
                // the six months up to today? Readers differ and so do the counts, so the period is read (the rest of
                // the question binds to it) and asked back, as "the past year" is; "last 90 days", "last month" and
                // "since May 25" each say one.
                if Self.isRollingUnits(s, i, length: p.length) {
                    s.unexpressed.append(s.tokens[i..<(i + p.length)].map(\.text).joined(separator: s.language == .zh ? "" : " "))
                }
                set(&s, .range(p.from, p.to), s.language == .zh ? p.label.zh : p.label.en, at: i..<(i + p.length))
                s.use(i..<(i + p.length))
                if s.keyword(i - 1, .during) { s.use(i - 1) }  // in / during / 于 2023
                claimSpan(&s, before: i, after: i + p.length)
                i += p.length
                continue
            }
            i += 1
        }
    }

    /// over / across / throughout (the) last 3 years, over the whole 1970-1986 period: words of the span of the period
    /// itself, before it (`before` is its first token) and after it (`after` is the first token past it).
    private func claimSpan(_ s: inout ParseState, before first: Int, after end: Int) {
        var k = first - 1
        if let t = s.token(k), s.isFree(k), ["whole", "entire"].contains(t.text) { k -= 1 }
        if s.token(k)?.text == "the" { k -= 1 }
        guard s.isFree(k), ["over", "across", "throughout"].contains(s.tokens[k].text) else { return }
        s.use(k..<first)
        if let t = s.token(end), s.isFree(end), ["period", "span"].contains(t.text) { s.use(end) }
    }

    /// 2024年和2025年, 2024 and 2025, 1931 vs 1932, 2025 compared with 2024, "in 1970 with 1990" after compare (no
    /// "between", no 之间): years listed, each its own row. Consecutive years are one range read per year; years apart
    /// are those years only, each a group (never the years between). Returns the tokens read.
    private func yearList(_ s: inout ParseState, _ i: Int) -> Int? {
        guard !s.keyword(i - 1, .between), let y1 = year(s, i), let p1 = period(s, i), p1.length <= 2 else { return nil }
        let comparing = s.tokens[..<i].contains { $0.isKeyword(.compare) }
        var spans = [DateSpan(from: p1.from, to: p1.to)]
        var years = [y1]
        var end = i + p1.length
        // 1931 vs 1932, 2024年和2025年对比: years compared are listed too. "2020, 2022 and 2024": the commas are gone
        // by now, so a year right after a year is listed when the list ends with a word (and, vs).
        var joinedByWord = false
        while let next = s.token(end), s.isFree(end) {
            let bare = next.number != nil
            guard bare || next.isKeyword(.rangeAnd) || next.isKeyword(.compare) || ["、", ","].contains(next.text)
                || (comparing && next.text == "with")  // not "to": "compare … from 2020 to 2022" is a range
            else { break }
            let k = bare ? end : end + 1
            guard let y = year(s, k), let p = period(s, k), p.length <= 2, !years.contains(y), !s.keyword(k + p.length, .betweenEnd) else { break }
            if !bare { joinedByWord = true }
            years.append(y)
            spans.append(DateSpan(from: p.from, to: p.to))
            end = k + p.length
        }
        guard years.count > 1, joinedByWord else { return nil }
        let length = end - i
        let zh = s.language == .zh
        let listed = years.map(String.init)
        let label = zh ? listed.map { "\($0)年" }.joined(separator: "和") : listed.dropLast().joined(separator: ", ") + " and " + listed.last!
        s.use(i..<end)
        let sorted = spans.sorted { $0.from < $1.from }
        if zip(years.sorted(), years.sorted().dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
            set(&s, .range(sorted.first!.from, sorted.last!.to), label, at: i..<end)
        } else {
            set(&s, .periods(sorted), label, at: i..<end)
        }
        if s.granularity == nil { s.granularity = .year }
        return length
    }

    private func set(_ s: inout ParseState, _ constraint: TimeConstraint, _ label: String, at tokens: Range<Int>) {
        defer { s.timeTokens = tokens }
        if let existing = s.time {
            // Two periods joined by a range word ("2023年到2024年" read piecewise) widen to one range. Two periods
            // side by side otherwise (1931 compared with 1932, 2024年的…2025年的) are not one range: the second
            // is reported, so the question is asked back rather than summed over both (or the first one dropped).
            let between = (s.timeTokens?.upperBound ?? tokens.lowerBound)..<tokens.lowerBound
            guard case .range(let a, _) = existing, case .range(_, let d) = constraint, s.timeLabel != nil,
                !between.isEmpty, between.allSatisfy({ s.keyword($0, .rangeTo) })
            else {
                s.unexpressed.append(label)
                return
            }
            s.time = .range(min(a, d), max(a, d))
            s.timeLabel = (s.timeLabel ?? "") + (s.language == .zh ? "至" : " to ") + label
            return
        }
        s.time = constraint
        s.timeLabel = label
    }

    private func grain(_ t: Token) -> Granularity? {
        if t.isKeyword(.perYear) { return .year }
        if t.isKeyword(.perQuarter) { return .quarter }
        if t.isKeyword(.perMonth) { return .month }
        if t.isKeyword(.perWeek) { return .week }
        if t.isKeyword(.perDay) { return .day }
        return nil
    }

    /// A day of `month` written at token `i` (1…31, and within the month), as a date.
    static func day(_ s: ParseState, _ i: Int, year: Int, month: Int) -> CalendarDate? {
        guard s.isFree(i), let d = s.tokens[i].number?.exactInt, !s.tokens[i].hasPercent,
            (1...CalendarDate.daysIn(year: year, month: month)).contains(d)
        else { return nil }
        return CalendarDate(year: year, month: month, day: d)
    }

    /// The st / nd / rd / th the tokenizer splits from a day number (July 1st).
    static func ordinalSuffix(_ s: ParseState, _ i: Int) -> Bool {
        guard let t = s.token(i), s.isFree(i), i > 0, s.tokens[i - 1].number != nil else { return false }
        return ["st", "nd", "rd", "th"].contains(t.text)
    }

    func year(_ s: ParseState, _ i: Int) -> Int? {
        guard s.isFree(i), let n = s.tokens[i].number?.exactInt, !s.tokens[i].hasPercent else { return nil }
        // "employee 1999", 员工1999: right after a singular noun of rows with a number key, the number is that key.
        if let before = s.token(i - 1), !s.keyword(i + 1, .year), s.language == .zh || !before.text.hasSuffix("s"),
            before.entries.contains(where: { entry in
                guard case .cube(let c) = entry, let key = s.model.cube(named: c)?.primaryKey else { return false }
                return key.kind == .number
            })
        {
            return nil
        }
        if (1900...2100).contains(n) { return n }
        // An older year (1855, 1931 is already one) needs a word that makes it one: 1855年, in 1855, October 1854, or
        // a year listed before it (1854 vs 1855); alone, 1500 is an amount.
        guard (1000...1899).contains(n) else { return nil }
        if s.keyword(i + 1, .year) { return n }
        guard let before = s.token(i - 1)?.text else { return nil }
        if Self.yearPrepositions.contains(before) || Self.monthNames[before] != nil { return n }
        if i >= 2, let earlier = s.tokens[i - 2].number?.exactInt, (1000...2100).contains(earlier), s.tokens[i - 2].text.count == 4,
            s.keyword(i - 1, .rangeAnd) || s.keyword(i - 1, .rangeTo) || s.keyword(i - 1, .compare) || ["、", ","].contains(before)
        {
            return n
        }
        return nil
    }

    /// Words after which a four-digit number before 1900 is a year: in 1855, during 1854.
    static let yearPrepositions: Set<String> = ["in", "during", "of", "since", "before", "after", "from", "until", "till", "for", "在", "于"]

    /// A closed period starting at token `i`.
    func period(_ s: ParseState, _ i: Int) -> Period? {
        guard s.isFree(i) else { return nil }
        let t = s.tokens[i]
        if case .date(let y, let m, let d) = t.kind {
            if let d {
                let day = CalendarDate(year: y, month: m, day: min(d, CalendarDate.daysIn(year: y, month: m)))
                return Period(from: day, to: day, length: 1, label: (day.iso, day.iso))
            }
            let first = CalendarDate(year: y, month: m, day: 1)
            return Period(from: first, to: first.end(of: .month), length: 1, label: ("\(y)年\(m)月", "\(Self.englishMonth(m)) \(y)"))
        }
        if let decade = decade(s, i) { return decade }
        if let y = year(s, i) {
            let afterYear = s.keyword(i + 1, .year) ? i + 2 : i + 1
            // 2024年3月3日 / 2024年3月3号
            if s.keyword(i + 1, .year), let m = s.token(afterYear)?.number?.exactInt, s.isFree(afterYear), (1...12).contains(m),
                s.keyword(afterYear + 1, .month), let day = Self.day(s, afterYear + 2, year: y, month: m), s.keyword(afterYear + 3, .day)
            {
                return Period(from: day, to: day, length: afterYear + 4 - i, label: (day.iso, day.iso))
            }
            // 2024年3月
            if s.keyword(i + 1, .year), let m = s.token(afterYear)?.number?.exactInt, s.isFree(afterYear), (1...12).contains(m), s.keyword(afterYear + 1, .month) {
                let first = CalendarDate(year: y, month: m, day: 1)
                return Period(from: first, to: first.end(of: .month), length: 4, label: ("\(y)年\(m)月", "\(Self.englishMonth(m)) \(y)"))
            }
            // 2024年第三季度, 2024年3季度
            let qStart = s.keyword(afterYear, .ordinal) ? afterYear + 1 : afterYear
            if let q = s.token(qStart)?.number?.exactInt, s.isFree(qStart), (1...4).contains(q), s.keyword(qStart + 1, .quarter) {
                let first = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
                return Period(from: first, to: first.end(of: .quarter), length: qStart + 2 - i, label: ("\(y)年第\(q)季度", "Q\(q) \(y)"))
            }
            // 2024 q3, 2024年q3
            if let q = Self.quarterWord(s.token(afterYear)), s.isFree(afterYear) {
                let first = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
                return Period(from: first, to: first.end(of: .quarter), length: afterYear + 1 - i, label: ("\(y)年第\(q)季度", "Q\(q) \(y)"))
            }
            // 2026年前三个季度, 2026年前6个月
            if var leading = Self.leadingUnits(s, afterYear, year: y) {
                leading.length += afterYear - i
                return leading
            }
            // 2024年上半年
            if s.keyword(afterYear, .firstHalf) || s.keyword(afterYear, .secondHalf) {
                return Self.half(first: s.tokens[afterYear].isKeyword(.firstHalf), of: y, length: afterYear + 1 - i)
            }
            // A bare year needs 年 after it, or must not look like an amount (no comparator or unit around it).
            // over 1970-1986 starts a span of years: "over" is its preposition (FilterRule.comparator says the same).
            let startsSpan = s.keyword(i + 1, .rangeTo) && year(s, i + 2) != nil
            let looksLikeAmount = (!startsSpan && s.token(i - 1)?.keywords.contains { [.gt, .gte, .lt, .lte, .eq].contains($0) } ?? false)
                || (s.token(i + 1)?.keywords.contains { [.classifier, .gt, .gte, .lt, .lte].contains($0) } ?? false)
                || (s.token(i + 1).map { isAmountWord($0, s) } == true && !Self.qualifiesRows(s, year: i))
                // between 2000 and 3000 (lbs): a range whose end is no year is a range of amounts
                || (s.token(i - 1)?.isKeyword(.between) == true && s.token(i + 2)?.number.map { !(1900...2100).contains($0) } == true)
            if s.keyword(i + 1, .year) || !looksLikeAmount {
                let from = CalendarDate(year: y, month: 1, day: 1)
                return Period(from: from, to: from.end(of: .year), length: afterYear - i, label: ("\(y)年", "\(y)"))
            }
            return nil
        }
        // the second half of 2025, H1 2024
        if t.isKeyword(.firstHalf) || t.isKeyword(.secondHalf) {
            let j = s.token(i + 1)?.text == "of" && s.isFree(i + 1) ? i + 2 : i + 1
            if let y = year(s, j) ?? Self.relativeYear(s, j) {
                return Self.half(first: t.isKeyword(.firstHalf), of: y, length: j + (s.keyword(j + 1, .year) ? 2 : 1) - i)
            }
        }
        // the first three quarters of 2026, the first 6 months of 2026
        if t.text == "first", let units = Self.leadingUnitCount(s, i), s.token(i + units.length)?.text == "of" || year(s, i + units.length) != nil {
            let j = s.token(i + units.length)?.text == "of" && s.isFree(i + units.length) ? i + units.length + 1 : i + units.length
            if let y = year(s, j) ?? Self.relativeYear(s, j), var leading = Self.leadingUnits(s, i, year: y) {
                leading.length = j + (s.keyword(j + 1, .year) ? 2 : 1) - i
                return leading
            }
        }
        // the first quarter of 2024, 2nd quarter 2024
        if s.keyword(i + 1, .quarter), let q = Self.quarterOrdinals[t.text] {
            var j = i + 2
            if s.token(j)?.text == "of", s.isFree(j) { j += 1 }
            if let y = year(s, j) ?? Self.relativeYear(s, j) {
                let first = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
                let length = j + (s.keyword(j + 1, .year) ? 2 : 1) - i
                return Period(from: first, to: first.end(of: .quarter), length: length, label: ("\(y)年第\(q)季度", "Q\(q) \(y)"))
            }
        }
        // q3 2024
        if let q = Self.quarterWord(t), let y = year(s, i + 1) {
            let first = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
            let length = s.keyword(i + 2, .year) ? 3 : 2
            return Period(from: first, to: first.end(of: .quarter), length: length, label: ("\(y)年第\(q)季度", "Q\(q) \(y)"))
        }
        // 3 Mar 2024, 1 July this year: a day number first, so the month name is looked up only after one.
        let suffix = Self.ordinalSuffix(s, i + 1) ? 1 : 0
        if t.number != nil, let next = s.token(i + 1 + suffix), case .unknown = next.kind, let m = Self.monthNames[next.text], s.isFree(i + 1 + suffix),
            let y = year(s, i + 2 + suffix) ?? Self.relativeYear(s, i + 2 + suffix), let day = Self.day(s, i, year: y, month: m)
        {
            return Period(from: day, to: day, length: 3 + suffix, label: (day.iso, day.iso))
        }
        if case .unknown = t.kind, let m = Self.monthNames[t.text] {
            // March 3, 2024 (the comma is not a token), July 1st this year
            let suffix = Self.ordinalSuffix(s, i + 2) ? 1 : 0
            if let y = year(s, i + 2 + suffix) ?? Self.relativeYear(s, i + 2 + suffix), let day = Self.day(s, i + 1, year: y, month: m) {
                return Period(from: day, to: day, length: 3 + suffix, label: (day.iso, day.iso))
            }
            // "since June 1st": with no year, the last such day up to today (the label says which).
            if s.token(i - 1)?.text == "since", s.token(i + 1)?.number != nil, year(s, i + 2 + suffix) == nil,
                let day = Self.day(s, i + 1, year: s.today.year, month: m) ?? Self.day(s, i + 1, year: s.today.year - 1, month: m)
            {
                let last = day.dayNumber <= s.today.dayNumber ? day : Self.day(s, i + 1, year: s.today.year - 1, month: m) ?? day
                return Period(from: last, to: last, length: 2 + suffix, label: (last.iso, last.iso))
            }
            // march 2024
            if let y = year(s, i + 1) {
                let first = CalendarDate(year: y, month: m, day: 1)
                return Period(from: first, to: first.end(of: .month), length: 2, label: ("\(y)年\(m)月", "\(Self.englishMonth(m)) \(y)"))
            }
        }
        return relative(s, i)
    }

    /// Whether the period at `i` is a number of weeks, months, quarters or years back from today (last 6 months,
    /// 近三个月, 近半年), which reads as complete periods or as a span up to today.
    static func isRollingUnits(_ s: ParseState, _ i: Int, length: Int) -> Bool {
        guard s.tokens[i].isKeyword(.recent), length >= 2, let unit = s.token(i + length - 1) else { return false }
        return [Keyword.week, .month, .quarter, .year].contains { unit.isKeyword($0) }
    }


    /// 前三个季度 / first 3 quarters / 前6个月 at token `i` (前 or first): the count and its unit, and the tokens read.
    static func leadingUnitCount(_ s: ParseState, _ i: Int) -> (count: Int, unit: Granularity, length: Int)? {
        guard s.keyword(i, .top), s.isFree(i), let n = s.token(i + 1)?.number?.exactInt, s.isFree(i + 1) else { return nil }
        let unitAt = s.keyword(i + 2, .classifier) ? i + 3 : i + 2
        guard let unit = s.token(unitAt), s.isFree(unitAt) else { return nil }
        if unit.isKeyword(.quarter), (1...4).contains(n) { return (n, .quarter, unitAt + 1 - i) }
        if unit.isKeyword(.month), (1...12).contains(n) { return (n, .month, unitAt + 1 - i) }
        return nil
    }

    /// The first `n` quarters or months of year `y`, as one period (its length counts only the 前/first phrase).
    static func leadingUnits(_ s: ParseState, _ i: Int, year y: Int) -> Period? {
        guard let (n, unit, length) = leadingUnitCount(s, i) else { return nil }
        let from = CalendarDate(year: y, month: 1, day: 1)
        let to = from.adding(months: (unit == .quarter ? 3 : 1) * n - 1).end(of: .month)
        let zh = unit == .quarter ? "\(y)年前\(n)个季度" : "\(y)年前\(n)个月"
        let en = "the first \(n) \(unit.rawValue)\(n == 1 ? "" : "s") of \(y)"
        return Period(from: from, to: to, length: length, label: (zh, en))
    }

    static let quarterOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    static func quarterWord(_ t: Token?) -> Int? {
        guard let t, t.text.count == 2, t.text.hasPrefix("q"), let q = Int(t.text.dropFirst()), (1...4).contains(q) else { return nil }
        return q
    }

    static func englishMonth(_ m: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
    }
}
