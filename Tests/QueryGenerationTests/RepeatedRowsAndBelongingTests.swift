import Testing
import SemanticModel
@testable import QueryGeneration

/// From hr44's first run (and hr8's, psid_wages's older wrong answers): "How many employees scored below 3?" counted
/// everyone with any review under 3, where the latest review gives another number; "people on staff" counted former
/// employees too; "the excellent-review rate" was the count of excellent reviews per rating; "below level 3" was refused.
@Suite("Conditions on rows held over time, belonging said with on, and a filtered count's rate")
struct RepeatedRowsAndBelongingTests {
    @Test("a condition on reviews (one a quarter) with nothing saying any or the latest is asked, with the at-least-once choice", arguments: [
        "How many employees got an A?", "How many employees scored below 3?", "S级员工有多少",
    ])
    func repeatedRowsAreAsked(_ question: String) throws {
        let asked = try #require(Fixtures.generator.generate(question).notUnderstood)
        #expect(asked.reason == .needsClarification)
        let choice = try #require(asked.suggestions.first)
        #expect(choice.contains("at least once") || choice.hasPrefix("曾经"))
        let answered = try requiredQuery(Fixtures.generator, choice)
        #expect(answered.filters.flatMap(\.memberFilters).contains { $0.member.hasPrefix("performance_reviews.") })
    }

    @Test("ever, at least once, different, 过 / 曾经 / 至少一次, or the reviews' own period say which, and are answered", arguments: [
        "How many employees have ever got an A?", "How many employees got an A at least once?", "How many different employees got an A?",
        "How many employees got an A in 2024?", "有多少员工拿过S", "曾经S级员工有多少", "S级员工有多少（至少一次）",
        "How many employees got at least one S rating?",
    ])
    func saidWhich(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["employees.count"])
    }

    @Test("on + the rows' noun is the value whose synonyms say on the payroll; staying unsaid it is asked", arguments: [
        "How many people on staff earn 30,000 or more a month?", "Which three departments have the most people on staff right now?",
    ])
    func onStaff(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let status = try #require(memberFilter(q, "employees.status"))
        #expect(status.values == ["在职"])
    }

    @Test("on before a second noun of the rows, in a model with no such value, is asked back")
    func onNounWithoutValue() {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: players
                sql_table: players
                title: Players
                meta: {synonyms: [roster]}
                measures:
                  - {name: count, type: count, title: Number of Players}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: salary, sql: salary, type: number, title: Salary}
            """, values: [:])
        #expect(generator.generate("How many players on the roster earn over 1000?").interpretation == nil)
        #expect(generator.generate("How many players earn over 1000?").interpretation != nil)
    }

    @Test("a filtered count's name and rate is the ratio measure computed from it", arguments: [
        "What was the excellent-review rate in each quarter of 2024?", "excellent reviews rate by department",
    ])
    func rateOfCount(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["performance_reviews.excellent_rate"])
        #expect(q.dimensions.isEmpty || q.dimensions == ["departments.name_en"])
    }

    @Test("a comparator, the number column, then its number: below level 3, above level 5", arguments: [
        ("How many current employees are below level 3?", FilterOperator.lt, "3"), ("How many employees are above level 5?", .gt, "5"),
    ])
    func comparatorColumnNumber(_ question: String, op: FilterOperator, value: String) throws {
        let level = try #require(memberFilter(try requiredQuery(Fixtures.generator, question), "employees.level"))
        #expect(level.op == op && level.values == [value])
    }
}
