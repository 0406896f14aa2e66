import SemanticModel
import Testing

@Suite("Calendar dates and Cube date ranges")
struct DateTests {
    let resolver = DateRangeResolver(today: CalendarDate(year: 2026, month: 11, day: 25))  // a Wednesday

    @Test("day arithmetic round-trips and knows weekdays")
    func arithmetic() {
        let d = CalendarDate(year: 2024, month: 2, day: 29)
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 1) == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(d.adding(months: 12) == CalendarDate(year: 2025, month: 2, day: 28))
        #expect(CalendarDate(year: 2026, month: 11, day: 25).weekday == 3)
        #expect(CalendarDate(year: 2026, month: 11, day: 25).start(of: .week) == CalendarDate(year: 2026, month: 11, day: 23))
        #expect(CalendarDate(iso: "2023-02-30") == nil)
    }

    @Test("relative ranges follow Cube's semantics", arguments: [
        ("today", "2026-11-25", "2026-11-25"),
        ("yesterday", "2026-11-24", "2026-11-24"),
        ("this week", "2026-11-23", "2026-11-29"),
        ("last week", "2026-11-16", "2026-11-22"),
        ("this month", "2026-11-01", "2026-11-30"),
        ("last month", "2026-10-01", "2026-10-31"),
        ("next month", "2026-12-01", "2026-12-31"),
        ("this quarter", "2026-10-01", "2026-12-31"),
        ("last quarter", "2026-07-01", "2026-09-30"),
        ("last year", "2025-01-01", "2025-12-31"),
        ("last 7 days", "2026-11-18", "2026-11-24"),
        ("last 6 months", "2026-05-01", "2026-10-31"),
        ("last 2 years", "2024-01-01", "2025-12-31"),
        ("from 2023-01-01 to 2023-03-31", "2023-01-01", "2023-03-31"),
        ("from 7 days ago to today", "2026-11-18", "2026-11-25"),
    ])
    func relative(_ text: String, _ from: String, _ to: String) throws {
        let (a, b) = try resolver.resolve(.relative(text))
        #expect(a == from + "T00:00:00.000")
        #expect(b == to + "T23:59:59.999")
    }

    @Test("absolute ranges pad a bare end date to the end of the day")
    func absolute() throws {
        let (a, b) = try resolver.resolve(.absolute(from: "2023-01-01", to: "2023-12-31"))
        #expect(a == "2023-01-01T00:00:00.000" && b == "2023-12-31T23:59:59.999")
        let (c, d) = try resolver.resolve(.absolute(from: "2023-01-01T08:30:00", to: "2023-01-01 09:00:00.5"))
        #expect(c == "2023-01-01T08:30:00.000" && d == "2023-01-01T09:00:00.500")
    }

    @Test("nonsense ranges are errors, huge counts included (no overflow)", arguments: [
        "someday", "last -3 days", "2023-13-01", "from x to y", "last 999999999999999999 years", "from 999999999999999999 years ago to today",
    ])
    func invalid(_ text: String) {
        #expect(throws: TextBIError.self) { try resolver.resolve(.relative(text)) }
    }
}
