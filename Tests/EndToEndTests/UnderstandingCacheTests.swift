import Execution
import Foundation
import QueryGeneration
import SemanticModel
import Synchronization
import Testing
import Workflow

/// A day tests can move.
final class MovableDay: Sendable {
    private let day: Mutex<CalendarDate>
    init(_ day: CalendarDate) { self.day = Mutex(day) }
    var clock: TodayClock { TodayClock { self.day.withLock { $0 } } }
    func move(to day: CalendarDate) { self.day.withLock { $0 = day } }
}

@Suite("The understanding cache")
struct UnderstandingCacheTests {
    func workflow(_ day: MovableDay) async throws -> Workflow {
        _ = SampleDatabase.path
        return try await Engine.open(
            modelDirectory: SampleDatabase.root.appendingPathComponent("SampleData/model"), databasePath: SampleDatabase.path, clock: day.clock)
    }

    @Test("a repeated question is answered alike, and its relative period follows the day the cache is asked on")
    func followsTheDay() async throws {
        let day = MovableDay(CalendarDate(year: 2026, month: 11, day: 25))
        let workflow = try await workflow(day)
        let first = await workflow.answer("去年入职了多少人")
        let again = await workflow.answer("去年入职了多少人")
        #expect(first.interpretation?.query == again.interpretation?.query)
        #expect(first.interpretation?.query.timeDimensions.first?.dateRange == .absolute(from: "2025-01-01", to: "2025-12-31"))
        #expect(first.rows?.rows == again.rows?.rows)
        day.move(to: CalendarDate(year: 2027, month: 1, day: 5))
        let nextYear = await workflow.answer("去年入职了多少人")
        #expect(nextYear.interpretation?.query.timeDimensions.first?.dateRange == .absolute(from: "2026-01-01", to: "2026-12-31"))
    }

    @Test("a follow-up is understood against its previous answer, never from the cache")
    func followUps() async throws {
        let workflow = try await workflow(MovableDay(CalendarDate(year: 2026, month: 11, day: 25)))
        _ = await workflow.answer("那上海呢")
        let base = await workflow.answer("北京有多少员工")
        let followUp = await workflow.answer("那上海呢", previous: base.interpretation)
        let values = followUp.interpretation?.query.filters.flatMap(\.memberFilters).flatMap(\.values) ?? []
        #expect(values.contains("上海"), "\(String(describing: followUp.interpretation?.query))")
    }
}
