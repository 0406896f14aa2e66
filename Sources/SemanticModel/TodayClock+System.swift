import Foundation

extension TodayClock {
    /// The real date in UTC (Cube's default time zone).
    public static let system = TodayClock {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
        return CalendarDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
