import SemanticModel

/// Open and closed ranges of periods: since / before / until a period (since the start of 2025), year to year,
/// date to date, month to month (between March and August 2024, 2024年3月到8月), and decades (the 1990s, 90年代).
extension TimeRule {
    /// A cube's noun or a unit after a number (2000 employees, 2000 lbs): the number counts or measures.
    func isAmountWord(_ t: Token, _ s: ParseState) -> Bool {
        if t.namesCube { return true }
        if QueryGenerator.isUnit(t.text) { return true }
        return s.units.isUnit(t.text)
    }

    /// "the start of" after since / before, "the end of" after until / after: the boundary the marker already
    /// takes (since the start of 2025 = since 2025); the number of words to skip, 0 if they aren't there.
    func boundaryWords(_ s: ParseState, _ marker: Int) -> Int {
        var j = marker + 1
        if s.token(j)?.text == "the", s.isFree(j) { j += 1 }
        guard let word = s.token(j)?.text, s.isFree(j), s.token(j + 1)?.text == "of", s.isFree(j + 1) else { return 0 }
        let atStart = s.tokens[marker].isKeyword(.since) || s.tokens[marker].isKeyword(.before)
        let fits = atStart ? ["start", "beginning"].contains(word) : word == "end"
        return fits ? j + 2 - (marker + 1) : 0
    }

    /// A decade: the 1990s, the 1630s, 1980s, 90年代 (30–90 are the 1900s, 00–20 the 2000s), 1680年代, 20世纪80年代, 上世纪90年代.
    func decade(_ s: ParseState, _ i: Int) -> Period? {
        // 20世纪 / 上世纪 before a decade names its century.
        if s.isFree(i), s.isFree(i + 1), s.token(i + 1)?.text == "世纪",
            let century = s.tokens[i].text == "上" ? 20 : s.tokens[i].number?.exactInt, (19...21).contains(century),
            let inner = decade(s, i + 2), s.tokens[i + 2].text.count == 2, let n = s.tokens[i + 2].number?.exactInt
        {
            let start = (century - 1) * 100 + n
            return Period(from: CalendarDate(year: start, month: 1, day: 1), to: CalendarDate(year: start + 9, month: 12, day: 31),
                          length: 2 + inner.length, label: ("\(start)年代", "the \(start)s"))
        }
        if s.isFree(i), s.tokens[i].text == "上世纪", let inner = decade(s, i + 1), inner.from.year >= 1900, inner.from.year < 2000 {
            return Period(from: inner.from, to: inner.to, length: 1 + inner.length, label: inner.label)
        }
        guard s.isFree(i), let n = s.tokens[i].number?.exactInt, !s.tokens[i].hasPercent, n % 10 == 0 else { return nil }
        let start: Int, length: Int
        if (1000...2990).contains(n), s.isFree(i + 1), s.tokens.indices.contains(i + 1), s.tokens[i + 1].text == "s" {
            (start, length) = (n, 2)
        } else if (1000...2990).contains(n), s.tokens[i].text.count == 4, s.keyword(i + 1, .year), s.isFree(i + 2),
            ["代", "代的"].contains(s.token(i + 2)?.text ?? "")
        {
            // 1680年代: a four-digit decade names its own century.
            (start, length) = (n, 3)
        } else if (0...90).contains(n), s.tokens[i].text.count == 2, s.keyword(i + 1, .year), s.isFree(i + 2), s.token(i + 2)?.text == "代" {
            (start, length) = (n >= 30 ? 1900 + n : 2000 + n, 3)
        } else {
            return nil
        }
        return Period(from: CalendarDate(year: start, month: 1, day: 1), to: CalendarDate(year: start + 9, month: 12, day: 31),
                      length: length, label: ("\(start)年代", "the \(start)s"))
    }

    /// Open ranges (since / after / before / until a period) and year-to-year ranges.
    func openOrRange(_ s: ParseState, _ i: Int) -> (TimeConstraint, Int, String)? {
        let zh = s.language == .zh
        // in or before 2018, in or after 2018: the period itself and everything before (or after) it.
        if s.isFree(i), s.tokens[i].text == "in", s.token(i + 1)?.text == "or", s.isFree(i + 1), s.keyword(i + 2, .before) || s.keyword(i + 2, .after),
            let p = period(s, i + 3)
        {
            let before = s.tokens[i + 2].isKeyword(.before)
            return (before ? .onOrBefore(p.to) : .range(p.from, max(s.today, p.to)), 3 + p.length,
                    zh ? (before ? "\(p.label.zh)及以前" : "\(p.label.zh)及以后") : (before ? "\(p.label.en) or earlier" : "\(p.label.en) or later"))
        }
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
            // born in 2000 or later, 2020 or earlier: the period itself and everything after (or before) it.
            if s.token(next)?.text == "or", s.isFree(next), s.isFree(next + 1), let word = s.token(next + 1)?.text {
                if ["later", "after"].contains(word) {
                    return (.range(p.from, max(s.today, p.to)), p.length + 2, zh ? "\(p.label.zh)及以后" : "\(p.label.en) or later")
                }
                if ["earlier", "before"].contains(word) {
                    return (.onOrBefore(p.to), p.length + 2, zh ? "\(p.label.zh)及以前" : "\(p.label.en) or earlier")
                }
            }
            // <year> (年)? (到|至|-) <year> (年)? (之间)?, and <year> 和 <year> 之间 (without 之间 they are a list).
            if p.length <= 2, let y1 = year(s, i), s.isFree(next), s.tokens[next].isKeyword(.rangeTo) || s.tokens[next].isKeyword(.rangeAnd),
                let p2 = period(s, next + 1), let y2 = year(s, next + 1), y2 >= y1,
                !s.tokens[next].isKeyword(.rangeAnd) || s.keyword(next + 1 + p2.length, .betweenEnd)
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
        // (from|between)? April 29 (to|through|-|and) May 3, 1992: a day without its year takes the second day's year.
        if s.isFree(start), case .unknown = s.tokens[start].kind, let m1 = Self.monthNames[s.tokens[start].text],
            s.isFree(start + 1), let d1 = s.token(start + 1)?.number?.exactInt, (1...31).contains(d1),
            let sep = s.token(start + 2), s.isFree(start + 2), sep.isKeyword(.rangeTo) || (start > i && sep.isKeyword(.rangeAnd)),
            let p2 = period(s, start + 3), p2.from == p2.to, d1 <= CalendarDate.daysIn(year: p2.from.year, month: m1),
            case let from = CalendarDate(year: p2.from.year, month: m1, day: d1), from <= p2.from
        {
            let label = zh ? "\(from.iso)至\(p2.to.iso)" : "\(from.iso) to \(p2.to.iso)"
            return (.range(from, p2.to), start + 3 + p2.length - i, label)
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

    func constraint(_ marker: Token, _ p: Period, _ today: CalendarDate) -> TimeConstraint {
        if marker.isKeyword(.before) { return .before(p.from) }
        if marker.isKeyword(.until) { return .onOrBefore(p.to) }
        if marker.isKeyword(.after) { return .range(p.to.adding(days: 1), max(today, p.to.adding(days: 1))) }
        return .range(p.from, max(today, p.from))
    }

    func label(_ marker: Token, _ p: Period, zh: Bool, prefix: Bool) -> String {
        if marker.isKeyword(.before) { return zh ? "\(p.label.zh)之前" : "before \(p.label.en)" }
        if marker.isKeyword(.until) { return zh ? "截至\(p.label.zh)末" : "through the end of \(p.label.en)" }
        if marker.isKeyword(.after) { return zh ? "\(p.label.zh)之后" : "after \(p.label.en)" }
        return zh ? "\(p.label.zh)以来" : "since \(p.label.en)"
    }

    /// The first or second half of year `y`.
    static func half(first: Bool, of y: Int, length: Int) -> Period {
        let from = CalendarDate(year: y, month: first ? 1 : 7, day: 1)
        return Period(from: from, to: from.adding(months: 5).end(of: .month), length: length,
                      label: ("\(y)年\(first ? "上" : "下")半年", "\(first ? "H1" : "H2") \(y)"))
    }
}
