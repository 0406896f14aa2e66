/// Turns Cube date ranges (pairs, single dates and relative strings) into concrete timestamp bounds.
public struct DateRangeResolver: Sendable {
    public let today: CalendarDate

    public init(today: CalendarDate) { self.today = today }

    /// `[from, to]` as `YYYY-MM-DDTHH:mm:ss.SSS`, inclusive, or an `invalid_query` error.
    public func resolve(_ range: DateRange) throws(TextBIError) -> (from: String, to: String) {
        switch range {
        case .absolute(let from, let to):
            return (try Self.timestamp(from, endOfDay: false), try Self.timestamp(to, endOfDay: true))
        case .relative(let text):
            let (from, to) = try days(text)
            return (from.startTimestamp, to.endTimestamp)
        }
    }

    /// The first and last day a relative range string covers.
    public func days(_ text: String) throws(TextBIError) -> (CalendarDate, CalendarDate) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
        if let date = CalendarDate(iso: text), text.count == 10 { return (date, date) }
        if words.first == "from", let toIndex = words.firstIndex(of: "to") {
            let a = try point(Array(words[1..<toIndex]), text)
            let b = try point(Array(words[(toIndex + 1)...]), text)
            return (a, b)
        }
        switch words.count {
        case 1:
            let day = try point(words, text)
            return (day, day)
        case 2:
            guard let unit = Self.unit(words[1]) else { break }
            switch words[0] {
            case "this": return (today.start(of: unit), today.end(of: unit))
            case "last":
                let d = today.adding(-1, unit)
                return (d.start(of: unit), d.end(of: unit))
            case "next":
                let d = today.adding(1, unit)
                return (d.start(of: unit), d.end(of: unit))
            default: break
            }
        case 3:
            guard let n = Int(words[1]), n > 0, n <= Self.maximumCount, let unit = Self.unit(words[2]) else { break }
            if words[0] == "last" {
                // Cube: the N whole periods before the current one, so today is excluded.
                let end = today.start(of: unit).adding(days: -1)
                return (today.start(of: unit).adding(-n, unit), end)
            }
            if words[0] == "next" {
                let start = today.end(of: unit).adding(days: 1)
                return (start, start.adding(n, unit).adding(days: -1))
            }
        default: break
        }
        throw TextBIError(.invalidQuery, "Can't parse date range '\(text)'", context: ["dateRange": text])
    }

    private func point(_ words: [String], _ text: String) throws(TextBIError) -> CalendarDate {
        if words.count == 1 {
            switch words[0] {
            case "today", "now": return today
            case "yesterday": return today.adding(days: -1)
            case "tomorrow": return today.adding(days: 1)
            default: if let d = CalendarDate(iso: words[0]) { return d }
            }
        }
        if words.count == 3, let n = Int(words[0]), abs(n) <= Self.maximumCount, let unit = Self.unit(words[1]) {
            if words[2] == "ago" { return today.adding(-n, unit) }
            if words[2] == "later" { return today.adding(n, unit) }
        }
        if words.count == 4, let n = Int(words[0]), abs(n) <= Self.maximumCount, let unit = Self.unit(words[1]), words[2] == "from", words[3] == "now" {
            return today.adding(n, unit)
        }
        throw TextBIError(.invalidQuery, "Can't parse date range '\(text)'", context: ["dateRange": text])
    }

    /// The most periods a relative range may count ("last 100000 days"); more is an error, not an overflow.
    static let maximumCount = 100_000

    static func unit(_ word: String) -> Granularity? {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        switch singular {
        case "day": return .day
        case "week": return .week
        case "month": return .month
        case "quarter": return .quarter
        case "year": return .year
        default: return nil
        }
    }

    /// Normalises a date or timestamp to `YYYY-MM-DDTHH:mm:ss.SSS`; a bare end date is padded to the day's end.
    public static func timestamp(_ text: String, endOfDay: Bool) throws(TextBIError) -> String {
        guard let date = CalendarDate(iso: text) else {
            throw TextBIError(.invalidQuery, "Invalid date '\(text)' (expected YYYY-MM-DD)", context: ["date": text])
        }
        let rest = text.dropFirst(10)
        if rest.isEmpty { return endOfDay ? date.endTimestamp : date.startTimestamp }
        let time = rest.drop { $0 == "T" || $0 == " " }.prefix { $0 != "Z" && $0 != "+" }
        let pieces = time.split(separator: ":")
        guard pieces.count >= 2, pieces.count <= 3, let h = Int(pieces[0]), let m = Int(pieces[1]), (0..<24).contains(h),
            (0..<60).contains(m)
        else {
            throw TextBIError(.invalidQuery, "Invalid timestamp '\(text)'", context: ["date": text])
        }
        var seconds = 0.0
        if pieces.count == 3 {
            guard let s = Double(pieces[2]), s >= 0, s < 61 else {
                throw TextBIError(.invalidQuery, "Invalid timestamp '\(text)'", context: ["date": text])
            }
            seconds = s
        }
        let whole = Int(seconds), millis = Int(((seconds - Double(whole)) * 1000).rounded())
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(min(millis, 999))"
        return "\(date.iso)T\(two(h)):\(two(m)):\(two(whole)).\(ms)"
    }
}
