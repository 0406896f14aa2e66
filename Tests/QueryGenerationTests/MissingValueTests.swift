import QueryGeneration
import SemanticModel
import Testing

/// From the msleep and wheat refusals: conditions on whether a column holds anything (Cube's set / notSet).
@Suite("No termination date, a known diet, 离职日期为空: conditions on a column being empty or not")
struct MissingValueTests {
    @Test("no / without / missing a column's name is notSet; known / a … measurement is set; in both languages")
    func emptyOrNot() throws {
        let cases: [(String, FilterOperator)] = [
            ("how many employees have no termination date", .notSet),
            ("employees without a termination date by department", .notSet),
            ("没有离职日期的员工有多少", .notSet),
            ("离职日期为空的员工有多少", .notSet),
            ("how many employees have a known termination date", .set),
        ]
        for (question, op) in cases {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(memberFilter(query, "employees.termination_date")?.op == op, "\(question): \(query.filters)")
        }
    }

    @Test("'no' before a value is not this condition (the value rule negates it, or the question is asked back)")
    func valueAfterNo() {
        let query = Fixtures.generator.generate("how many employees in no Beijing office").interpretation?.query
        #expect(query.map { memberFilter($0, "employees.city")?.op != .notSet } ?? true)
    }
}
