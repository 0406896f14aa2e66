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
            if let grain = grain(s.tokens[i]) {
                s.granularity = grain
                s.use(i)
            } else if s.tokens[i].isKeyword(.trend) {
                s.trend = true
                s.use(i)
            } else if let (constraint, length, label) = openOrRange(s, i) {
                set(&s, constraint, label)
                s.use(i..<(i + length))
                i += length
                continue
            } else if let p = period(s, i) {
                set(&s, .range(p.from, p.to), s.language == .zh ? p.label.zh : p.label.en)
                s.use(i..<(i + p.length))
                if s.keyword(i - 1, .during) { s.use(i - 1) }  // in / during / 于 2023
                i += p.length
                continue
            }
            i += 1
        }
    }

    private func set(_ s: inout ParseState, _ constraint: TimeConstraint, _ label: String) {
        if let existing = s.time, case .range(let a, _) = existing, case .range(_, let d) = constraint, s.timeLabel != nil {
            // Two periods ("2023年到2024年" read piecewise) widen to one range.
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

    private func year(_ s: ParseState, _ i: Int) -> Int? {
        guard s.isFree(i), let n = s.tokens[i].number?.exactInt, (1900...2100).contains(n), !s.tokens[i].hasPercent else { return nil }
        return n
    }

    /// A cube's noun or a unit after a number (2000 employees, 2000 lbs): the number counts or measures.
    private func isAmountWord(_ t: Token, _ s: ParseState) -> Bool {
        if t.entries.contains(where: { if case .cube = $0 { return true } else { return false } }) { return true }
        if QueryGenerator.isUnit(t.text) { return true }
        return s.units.isUnit(t.text)
    }

    /// "the start of" after since / before, "the end of" after until / after: the boundary the marker already
    /// takes (since the start of 2025 = since 2025); the number of words to skip, 0 if they aren't there.
    private func boundaryWords(_ s: ParseState, _ marker: Int) -> Int {
        var j = marker + 1
        if s.token(j)?.text == "the", s.isFree(j) { j += 1 }
        guard let word = s.token(j)?.text, s.isFree(j), s.token(j + 1)?.text == "of", s.isFree(j + 1) else { return 0 }
        let atStart = s.tokens[marker].isKeyword(.since) || s.tokens[marker].isKeyword(.before)
        let fits = atStart ? ["start", "beginning"].contains(word) : word == "end"
        return fits ? j + 2 - (marker + 1) : 0
    }

    /// A decade: the 1990s, 1980s, 90年代 (30–90 are the 1900s, 00–20 the 2000s).
    private func decade(_ s: ParseState, _ i: Int) -> Period? {
        guard s.isFree(i), let n = s.tokens[i].number?.exactInt, !s.tokens[i].hasPercent, n % 10 == 0 else { return nil }
        let start: Int, length: Int
        if (1900...2090).contains(n), s.isFree(i + 1), s.tokens.indices.contains(i + 1), s.tokens[i + 1].text == "s" {
            (start, length) = (n, 2)
        } else if (0...90).contains(n), s.tokens[i].text.count == 2, s.keyword(i + 1, .year), s.isFree(i + 2), s.token(i + 2)?.text == "代" {
            (start, length) = (n >= 30 ? 1900 + n : 2000 + n, 3)
        } else {
            return nil
        }
        return Period(from: CalendarDate(year: start, month: 1, day: 1), to: CalendarDate(year: start + 9, month: 12, day: 31),
                      length: length, label: ("\(start)年代", "the \(start)s"))
    }

    /// Open ranges (since / after / before / until a period) and year-to-year ranges.
    private func openOrRange(_ s: ParseState, _ i: Int) -> (TimeConstraint, Int, String)? {
        let zh = s.language == .zh
        // since|after|before|until|从 <period>
        if s.keyword(i, .since) || s.keyword(i, .after) || s.keyword(i, .before) || s.keyword(i, .until) {
            let skipped = boundaryWords(s, i)
            if let p = period(s, i + 1 + skipped) {
                var length = 1 + skipped + p.length
                if let unknown = s.token(i + length), unknown.text == "底" || unknown.text == "末" || unknown.text == "end" { length += 1 }
                return (constraint(s.tokens[i], p, s.today), length, label(s.tokens[i], p, zh: zh, prefix: true))
            }
        }
        // <period> 以来|之后|之前
        if let p = period(s, i) {
            let next = i + p.length
            if s.keyword(next, .since) || s.keyword(next, .after) || s.keyword(next, .before) {
                return (constraint(s.tokens[next], p, s.today), p.length + 1, label(s.tokens[next], p, zh: zh, prefix: false))
            }
            // <year> (年)? (到|至|-|and) <year> (年)? (之间)?
            if p.length <= 2, let y1 = year(s, i), s.isFree(next), s.tokens[next].isKeyword(.rangeTo) || s.tokens[next].isKeyword(.rangeAnd),
                let p2 = period(s, next + 1), let y2 = year(s, next + 1), y2 >= y1
            {
                var length = p.length + 1 + p2.length
                if s.keyword(i + length, .betweenEnd) { length += 1 }
                let l = zh ? "\(y1)年至\(y2)年" : "\(y1) to \(y2)"
                return (.range(p.from, p2.to), length, l)
            }
            // 2024年3月到8月: the year of the first month carries over.
            if p.from.day == 1, p.to == p.from.end(of: .month), s.keyword(next, .rangeTo),
                let m2 = s.token(next + 1)?.number?.exactInt, s.isFree(next + 1), (p.from.month...12).contains(m2), s.keyword(next + 2, .month)
            {
                let to = CalendarDate(year: p.from.year, month: m2, day: 1).end(of: .month)
                var length = p.length + 3
                if s.keyword(i + length, .betweenEnd) { length += 1 }
                let label = zh ? "\(p.from.year)年\(p.from.month)月至\(m2)月" : "\(Self.englishMonth(p.from.month)) to \(Self.englishMonth(m2)) \(p.from.year)"
                return (.range(p.from, to), length, label)
            }
            // <date> (到|至|to) <date> (之间)?: "and" alone joins two dates only after "between".
            if year(s, i) == nil, s.isFree(next), s.tokens[next].isKeyword(.rangeTo), let p2 = period(s, next + 1), p2.to >= p.from {
                var length = p.length + 1 + p2.length
                if s.keyword(i + length, .betweenEnd) { length += 1 }
                let l = zh ? "\(p.label.zh)至\(p2.label.zh)" : "\(p.label.en) to \(p2.label.en)"
                return (.range(p.from, p2.to), length, l)
            }
        }
        // (between|from)? March (and|to|through) August 2024: months of the year named after the second.
        let start = s.keyword(i, .between) || (s.isFree(i) && s.tokens[i].text == "from") ? i + 1 : i
        if s.isFree(start), case .unknown = s.tokens[start].kind, let m1 = Self.monthNames[s.tokens[start].text],
            let sep = s.token(start + 1), s.isFree(start + 1), sep.isKeyword(.rangeTo) || (start > i && sep.isKeyword(.rangeAnd)),
            let second = s.token(start + 2), case .unknown = second.kind, let m2 = Self.monthNames[second.text], m1 <= m2,
            let p2 = period(s, start + 2), p2.from.day == 1, p2.from.month == m2
        {
            let from = CalendarDate(year: p2.from.year, month: m1, day: 1)
            let label = zh ? "\(from.year)年\(m1)月至\(m2)月" : "\(Self.englishMonth(m1)) to \(Self.englishMonth(m2)) \(from.year)"
            return (.range(from, p2.to), start + 2 + p2.length - i, label)
        }
        // between|从|from <period> and|到 <period>
        if s.keyword(i, .between) || (s.isFree(i) && s.tokens[i].text == "from"), let p = period(s, i + 1) {
            let next = i + 1 + p.length
            if s.isFree(next), s.tokens[next].isKeyword(.rangeTo) || s.tokens[next].isKeyword(.rangeAnd), let p2 = period(s, next + 1), p2.to >= p.from {
                var length = 1 + p.length + 1 + p2.length
                if s.keyword(i + length, .betweenEnd) { length += 1 }
                let l = zh ? "\(p.label.zh)至\(p2.label.zh)" : "\(p.label.en) to \(p2.label.en)"
                return (.range(p.from, p2.to), length, l)
            }
        }
        return nil
    }

    private func constraint(_ marker: Token, _ p: Period, _ today: CalendarDate) -> TimeConstraint {
        if marker.isKeyword(.before) { return .before(p.from) }
        if marker.isKeyword(.until) { return .onOrBefore(p.to) }
        if marker.isKeyword(.after) { return .range(p.to.adding(days: 1), max(today, p.to.adding(days: 1))) }
        return .range(p.from, max(today, p.from))
    }

    private func label(_ marker: Token, _ p: Period, zh: Bool, prefix: Bool) -> String {
        if marker.isKeyword(.before) { return zh ? "\(p.label.zh)之前" : "before \(p.label.en)" }
        if marker.isKeyword(.until) { return zh ? "截至\(p.label.zh)末" : "through the end of \(p.label.en)" }
        if marker.isKeyword(.after) { return zh ? "\(p.label.zh)之后" : "after \(p.label.en)" }
        return zh ? "\(p.label.zh)以来" : "since \(p.label.en)"
    }

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
            // 2024年上半年
            if s.keyword(afterYear, .firstHalf) || s.keyword(afterYear, .secondHalf) {
                let first = s.tokens[afterYear].isKeyword(.firstHalf)
                let from = CalendarDate(year: y, month: first ? 1 : 7, day: 1)
                return Period(from: from, to: from.adding(months: 5).end(of: .month), length: afterYear + 1 - i,
                              label: ("\(y)年\(first ? "上" : "下")半年", "\(first ? "H1" : "H2") \(y)"))
            }
            // A bare year needs 年 after it, or must not look like an amount (no comparator or unit around it).
            let looksLikeAmount = (s.token(i - 1)?.keywords.contains { [.gt, .gte, .lt, .lte, .eq].contains($0) } ?? false)
                || (s.token(i + 1)?.keywords.contains { [.classifier, .gt, .gte, .lt, .lte].contains($0) } ?? false)
                || s.token(i + 1).map { isAmountWord($0, s) } == true
                // between 2000 and 3000 (lbs): a range whose end is no year is a range of amounts
                || (s.token(i - 1)?.isKeyword(.between) == true && s.token(i + 2)?.number.map { !(1900...2100).contains($0) } == true)
            if s.keyword(i + 1, .year) || !looksLikeAmount {
                let from = CalendarDate(year: y, month: 1, day: 1)
                return Period(from: from, to: from.end(of: .year), length: afterYear - i, label: ("\(y)年", "\(y)"))
            }
            return nil
        }
        // the first quarter of 2024, 2nd quarter 2024
        if s.keyword(i + 1, .quarter), let q = Self.quarterOrdinals[t.text] {
            var j = i + 2
            if s.token(j)?.text == "of", s.isFree(j) { j += 1 }
            if let y = year(s, j) {
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
        // 3 Mar 2024: a day number first, so the month name is looked up only after one.
        if t.number != nil, let next = s.token(i + 1), case .unknown = next.kind, let m = Self.monthNames[next.text], s.isFree(i + 1),
            let y = year(s, i + 2), let day = Self.day(s, i, year: y, month: m)
        {
            return Period(from: day, to: day, length: 3, label: (day.iso, day.iso))
        }
        if case .unknown = t.kind, let m = Self.monthNames[t.text] {
            // March 3, 2024 (the comma is not a token)
            if let y = year(s, i + 2), let day = Self.day(s, i + 1, year: y, month: m) {
                return Period(from: day, to: day, length: 3, label: (day.iso, day.iso))
            }
            // march 2024
            if let y = year(s, i + 1) {
                let first = CalendarDate(year: y, month: m, day: 1)
                return Period(from: first, to: first.end(of: .month), length: 2, label: ("\(y)年\(m)月", "\(Self.englishMonth(m)) \(y)"))
            }
        }
        return relative(s, i)
    }

    /// 今年, last month, 近三个月, past 2 years, YTD …
    private func relative(_ s: ParseState, _ i: Int) -> Period? {
        let t = s.tokens[i]
        let today = s.today
        func whole(_ unit: Granularity, _ offset: Int, _ zh: String, _ en: String) -> Period {
            let d = today.adding(offset, unit)
            return Period(from: d.start(of: unit), to: d.end(of: unit), length: 1, label: (zh, en))
        }
        if t.isKeyword(.thisYear) { return whole(.year, 0, "今年", "this year") }
        if t.isKeyword(.lastYear) { return whole(.year, -1, "去年", "last year") }
        if t.isKeyword(.yearBeforeLast) { return whole(.year, -2, "前年", "the year before last") }
        if t.isKeyword(.nextYear) { return whole(.year, 1, "明年", "next year") }
        if t.isKeyword(.thisMonth) { return whole(.month, 0, "本月", "this month") }
        if t.isKeyword(.lastMonth) { return whole(.month, -1, "上个月", "last month") }
        if t.isKeyword(.thisQuarter) { return whole(.quarter, 0, "本季度", "this quarter") }
        if t.isKeyword(.lastQuarter) { return whole(.quarter, -1, "上季度", "last quarter") }
        if t.isKeyword(.thisWeek) { return whole(.week, 0, "本周", "this week") }
        if t.isKeyword(.lastWeek) { return whole(.week, -1, "上周", "last week") }
        if t.isKeyword(.today) { return Period(from: today, to: today, length: 1, label: ("今天", "today")) }
        if t.isKeyword(.yesterday) {
            let d = today.adding(days: -1)
            return Period(from: d, to: d, length: 1, label: ("昨天", "yesterday"))
        }
        if t.isKeyword(.ytd) {
            return Period(from: today.start(of: .year), to: today, length: 1, label: ("年初至今", "year to date"))
        }
        if t.isKeyword(.recent) {
            // 最近三个月 / last 6 months / 近一年 / 近半年: Cube's "last N units", the current unit excluded.
            var j = i + 1
            var n = 1.0
            var half = false
            if let num = s.token(j)?.number, s.isFree(j) { n = num; j += 1 }
            else if s.token(j)?.text == "半" { half = true; j += 1 }
            if s.keyword(j, .classifier) { j += 1 }
            guard let unitToken = s.token(j), s.isFree(j), n >= 1, n == n.rounded(), n <= 120 else { return nil }
            var unit: Granularity
            if unitToken.isKeyword(.year) { unit = .year }
            else if unitToken.isKeyword(.quarter) { unit = .quarter }
            else if unitToken.isKeyword(.month) { unit = .month }
            else if unitToken.isKeyword(.week) { unit = .week }
            else if unitToken.isKeyword(.day) { unit = .day }
            else { return nil }
            var count = Int(n)
            if half, unit == .year { unit = .month; count = 6 }
            let end = today.start(of: unit).adding(days: -1)
            let start = today.start(of: unit).adding(-count, unit)
            let zhUnit = [Granularity.year: "年", .quarter: "个季度", .month: "个月", .week: "周", .day: "天"][unit] ?? ""
            let enUnit = unit.rawValue + (count == 1 ? "" : "s")
            return Period(from: start, to: end, length: j + 1 - i,
                          label: ("近\(count)\(zhUnit)（\(start.iso) 至 \(end.iso)）", "last \(count) \(enUnit) (\(start.iso) to \(end.iso))"))
        }
        return nil
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
