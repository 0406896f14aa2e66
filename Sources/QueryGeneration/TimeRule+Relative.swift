import SemanticModel

extension TimeRule {
    /// 今年, last month, 近三个月, past 2 years, YTD …
    func relative(_ s: ParseState, _ i: Int) -> Period? {
        let t = s.tokens[i]
        let today = s.today
        func whole(_ unit: Granularity, _ offset: Int, _ zh: String, _ en: String) -> Period {
            let d = today.adding(offset, unit)
            return Period(from: d.start(of: unit), to: d.end(of: unit), length: 1, label: (zh, en))
        }
        // 今年上半年, 去年下半年: a half of the year said relatively.
        if let offset = t.isKeyword(.thisYear) ? 0 : t.isKeyword(.lastYear) ? -1 : nil, s.isFree(i + 1),
            let half = s.token(i + 1), half.isKeyword(.firstHalf) || half.isKeyword(.secondHalf)
        {
            return Self.half(first: half.isKeyword(.firstHalf), of: today.year + offset, length: 2)
        }
        // 今年第三季度, 去年3月: a quarter or a month of a year said relatively.
        if let offset = t.isKeyword(.thisYear) ? 0 : t.isKeyword(.lastYear) ? -1 : t.isKeyword(.yearBeforeLast) ? -2 : nil {
            let y = today.year + offset
            let k = s.keyword(i + 1, .ordinal) && s.isFree(i + 1) ? i + 2 : i + 1
            if let n = s.token(k)?.number?.exactInt, s.isFree(k), s.isFree(k + 1) {
                if (1...4).contains(n), s.keyword(k + 1, .quarter) {
                    let first = CalendarDate(year: y, month: (n - 1) * 3 + 1, day: 1)
                    return Period(from: first, to: first.end(of: .quarter), length: k + 2 - i, label: ("\(t.text)第\(n)季度", "Q\(n) \(y)"))
                }
                if k == i + 1, (1...12).contains(n), s.keyword(k + 1, .month) {
                    let first = CalendarDate(year: y, month: n, day: 1)
                    return Period(from: first, to: first.end(of: .month), length: 3, label: ("\(t.text)\(n)月", "\(Self.englishMonth(n)) \(y)"))
                }
            }
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
}
