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

/// A ratio of two of the model's figures, titled after the first.
private let grants = modelGenerator(yaml: """
    cubes:
      - name: finances
        sql_table: finances
        title: Finances
        measures:
          - {name: total_research_grants, type: sum, sql: research_grants, title: Research Grants (GBP thousand), meta: {title_zh: 科研经费}}
          - {name: total_student_fees, type: sum, sql: student_fees, title: Student Fees (GBP thousand)}
          - {name: grants_per_fee, type: number, sql: "{total_research_grants} / {total_student_fees}", title: Research Grants per GBP of Student Fees (ratio), meta: {title_zh: 科研经费与学费之比}}
          - {name: avg_wage, type: avg, sql: wage, title: Average Weekly Wage}
          - {name: avg_wage_per_man, type: number, sql: "{avg_wage}", title: Average Weekly Wage per Man}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
    """, values: [:])

@Suite("Understanding: a figure per another figure is a ratio, not the first taken another way")
struct PerOtherQuantityTests {
    @Test("research grants: the grants, in both languages", arguments: ["total research grants", "科研经费总额是多少"])
    func ratioOfTwoFigures(_ question: String) throws {
        #expect(try requiredQuery(grants, question).measures == ["finances.total_research_grants"])
    }

    @Test("the average weekly wage beside a per-man variant is still asked")
    func perRowVariant() {
        #expect(grants.generate("What is the average weekly wage?").interpretation == nil)
    }
}
