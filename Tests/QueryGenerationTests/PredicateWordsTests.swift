import Testing
import SemanticModel
@testable import QueryGeneration

/// Survey rows with a filtered count titled as a participle, yes/no columns titled as predicates, count and
/// measurement columns.
private let wives = modelGenerator(yaml: """
    cubes:
      - name: wives
        sql_table: wives
        title: Wives
        measures:
          - {name: count, type: count, title: Number of Wives}
          - {name: working_count, type: count, title: Working Wives, filters: [{sql: "{CUBE}.hours > 0"}]}
          - {name: working_rate, type: number, sql: "100.0 * {working_count} / {count}", title: Share Working (%), format: percent}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: hours, sql: hours, type: number, title: Weekly Hours Worked (hours)}
          - {name: covered_by_husband, sql: covered_by_husband, type: string, title: Covered by Husband's Insurance}
          - {name: kids_under_6, sql: kids_under_6, type: number, title: Children Under 6}
          - {name: iq, sql: iq, type: number, title: IQ Score}
    """, values: ["wives.covered_by_husband": ["yes", "no"]])

@Suite("Understanding: words that restate a member's own title")
struct PredicateWordsTests {
    @Test("'are working' is the filtered count Working Wives; its share is the model's ratio", arguments: [
        ("How many wives are working?", "wives.working_count"), ("What share of wives are working?", "wives.working_rate"),
    ])
    func participle(_ question: String, _ measure: String) throws {
        #expect(try requiredQuery(wives, question).measures == [measure])
    }

    @Test("a possessive inside a predicate title: 'covered by their husband's insurance'")
    func possessive() throws {
        let q = try requiredQuery(wives, "How many wives are covered by their husband's insurance?")
        #expect(q.filters.flatMap(\.memberFilters) == [MemberFilter(member: "wives.covered_by_husband", op: .equals, values: ["yes"])], "\(q)")
    }

    @Test("'work 50 hours or more per week' restates Weekly Hours Worked: its verb and its period")
    func verbAndPeriod() throws {
        let q = try requiredQuery(wives, "How many wives work 50 hours or more per week?")
        #expect(q.filters.flatMap(\.memberFilters) == [MemberFilter(member: "wives.hours", op: .gte, values: ["50"])], "\(q)")
        #expect(q.timeDimensions.isEmpty, "\(q)")
    }

    @Test("no children is zero of a counted thing; no IQ score on record is a blank; a bare 'no income'-like measurement is asked")
    func noneOf() throws {
        let zero = try requiredQuery(wives, "How many wives have no children under 6?")
        #expect(zero.filters.flatMap(\.memberFilters) == [MemberFilter(member: "wives.kids_under_6", op: .equals, values: ["0"])], "\(zero)")
        let blank = try requiredQuery(wives, "How many wives have no IQ score on record?")
        #expect(blank.filters.flatMap(\.memberFilters) == [MemberFilter(member: "wives.iq", op: .notSet, values: [])], "\(blank)")
        #expect(wives.generate("How many wives have no IQ score?").interpretation == nil)
    }
}
