import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: July 1st this year, and a period after a condition's number or before 有多少人参加了绩效考核")
struct OrdinalDatesAndConditionPeriodsTests {
    @Test("since July 1st this year, since 1 July this year, on March 3rd 2024: a day with an ordinal or a relative year", arguments: [
        ("How many new hires have we had since July 1st this year?", "2026-07-01", "2026-11-25"),
        ("hires since 1 July this year", "2026-07-01", "2026-11-25"),
        ("how many people joined on March 3rd 2024", "2024-03-03", "2024-03-03"),
        ("hires on 3 March last year", "2025-03-03", "2025-03-03"),
    ])
    func ordinalDays(_ question: String, from: String, to: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let td = try #require(q.timeDimensions.first, "\(q)")
        #expect(td.dimension == "employees.hire_date" && td.dateRange == .absolute(from: from, to: to), "\(q)")
    }

    @Test("scored 4.5 or higher in Q3 2025, 去年第三季度有多少人参加了绩效考核: the review period, not asked", arguments: [
        "How many employees scored 4.5 or higher in the third quarter of 2025?", "去年第三季度有多少人参加了绩效考核？",
    ])
    func periodOfTheReviews(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let dated = q.timeDimensions.map(\.dimension) + q.filters.flatMap(\.memberFilters).filter { $0.op == .inDateRange }.map(\.member)
        #expect(dated.allSatisfy { $0.hasPrefix("performance_reviews.") } && !dated.isEmpty, "\(q)")
    }

    @Test("a condition on the employees' own column beside a period still asks which date")
    func ownColumnStillAsked() {
        let result = Fixtures.generator.generate("How many employees earn over 20000 in 2024")
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("since June 1st, since December 3 (no year): the last such day up to today, said in the label", arguments: [
        ("How many employees have left since June 1st?", "employees.termination_date", "2026-06-01"),
        ("hires since December 3", "employees.hire_date", "2025-12-03"),
    ])
    func sinceDayWithoutYear(_ question: String, dimension: String, from: String) throws {
        let result = Fixtures.generator.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.timeDimensions.first?.dimension == dimension && q.timeDimensions.first?.dateRange == .absolute(from: from, to: "2026-11-25"), "\(q)")
        #expect(result.interpretation?.understood.contains(from) == true, "\(String(describing: result.interpretation?.understood))")
    }
}
