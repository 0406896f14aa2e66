import Testing
import SemanticModel
@testable import QueryGeneration

/// One column per year's earnings, as wide survey data has them.
private let trainees = modelGenerator(yaml: """
    cubes:
      - name: participants
        sql_table: participants
        title: Participants
        measures:
          - {name: count, type: count, title: Number of Participants}
          - {name: avg_earnings_1975, type: avg, sql: earnings_1975, title: Average Earnings 1975 ($)}
          - {name: avg_earnings_1978, type: avg, sql: earnings_1978, title: Average Earnings 1978 ($)}
          - {name: total_earnings_1978, type: sum, sql: earnings_1978, title: Total Earnings 1978 ($)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: married, sql: married, type: boolean, title: Married}
    """, values: [:])

@Suite("Understanding: a year in a member's title, said anywhere in its words")
struct YearPlacementTests {
    @Test("the year before the noun, before the whole title, or after in", arguments: [
        "average 1978 earnings", "the 1978 average earnings", "average earnings in 1978", "mean 1978 earnings",
        "average earnings 1978",
    ])
    func average1978(_ question: String) throws {
        #expect(try requiredQuery(trainees, question).measures == ["participants.avg_earnings_1978"])
    }

    @Test("the total's year moves the same way")
    func total() throws {
        #expect(try requiredQuery(trainees, "total 1978 earnings").measures == ["participants.total_earnings_1978"])
    }

    @Test("a year no title holds is still not accounted for")
    func otherYear() {
        #expect(trainees.generate("average 1976 earnings").interpretation == nil)
    }
}
