import Testing
import SemanticModel
@testable import QueryGeneration

/// From grunfeld-23 and its like: "in how many years was …" counts the periods that have such rows.
@Suite("In how many years / months: the periods with such rows, counted")
struct CountedPeriodsTests {
    @Test("in how many months / quarters of a year: the period breakdown, its groups counted", arguments: [
        ("In how many months of 2025 were more than 30 people hired?", Granularity.month),
        ("In how many quarters of 2024 were more than 50 people hired?", .quarter),
    ])
    func periods(_ question: String, granularity: Granularity) throws {
        let result = Fixtures.generator.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(result.interpretation?.countsGroups == true)
        #expect(q.timeDimensions.map(\.granularity) == [granularity] && q.dimensions.isEmpty, "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "employees.count" && $0.op == .gt })
    }

    @Test("how many years without in / during is a duration or a column, never a count of periods", arguments: [
        "How many years has employee 1500 worked here?", "How many years did the longest-serving Finance employee work?",
    ])
    func notPeriods(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation?.countsGroups != true)
    }
}
