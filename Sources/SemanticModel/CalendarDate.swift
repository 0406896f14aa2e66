/// A calendar day (proleptic Gregorian, no time zone), with the arithmetic date ranges need.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (anything after the day, such as a time, is ignored).
    public init?(iso: some StringProtocol) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// The start of this day as Cube writes timestamps: `YYYY-MM-DDT00:00:00.000`.
    public var startTimestamp: String { iso + "T00:00:00.000" }
    /// The last millisecond of this day: `YYYY-MM-DDT23:59:59.999`.
    public var endTimestamp: String { iso + "T23:59:59.999" }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the target month's length.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(year: y, month: m)))
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The first day of the period of `unit` that contains this day (weeks start on Monday).
    public func start(of unit: Granularity) -> CalendarDate {
        switch unit {
        case .year: return CalendarDate(year: year, month: 1, day: 1)
        case .quarter: return CalendarDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        case .month: return CalendarDate(year: year, month: month, day: 1)
        case .week: return adding(days: 1 - weekday)
        default: return self
        }
    }

    /// The last day of the period of `unit` that contains this day.
    public func end(of unit: Granularity) -> CalendarDate {
        switch unit {
        case .year: return CalendarDate(year: year, month: 12, day: 31)
        case .quarter: return start(of: .quarter).adding(months: 3).adding(days: -1)
        case .month: return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(year: year, month: month))
        case .week: return start(of: .week).adding(days: 6)
        default: return self
        }
    }

    /// Moves by `count` whole periods of `unit`.
    public func adding(_ count: Int, _ unit: Granularity) -> CalendarDate {
        switch unit {
        case .year: return adding(months: 12 * count)
        case .quarter: return adding(months: 3 * count)
        case .month: return adding(months: count)
        case .week: return adding(days: 7 * count)
        default: return adding(days: count)
        }
    }
}

/// Where "today" comes from: the real date in the service, a fixed date in tests.
public struct TodayClock: Sendable {
    private let provider: @Sendable () -> CalendarDate

    public init(_ provider: @Sendable @escaping () -> CalendarDate) { self.provider = provider }

    public func today() -> CalendarDate { provider() }

    /// A clock that always says `date`.
    public static func fixed(_ date: CalendarDate) -> TodayClock { TodayClock { date } }
}
