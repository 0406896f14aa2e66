import QueryGeneration
import SemanticModel
import Testing

/// "Which city pays its current employees the most on average?": a superlative after the verb's object (the rows)
/// is the verb's, ranked by the column the verb names; before the rows noun it still counts them.
@Suite("Understanding: a superlative after the verb's object")
struct VerbObjectSuperlativeTests {
    @Test("pays its current employees the most ranks by pay, among current employees", arguments: [
        ("Which city pays its current employees the most on average?", "employees.city", 1),
        ("Which three departments pay their current employees the most on average?", "departments.name_en", 3),
    ])
    func verbSuperlative(_ question: String, _ group: String, _ limit: Int) throws {
        let q = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(q.measures == ["employees.avg_salary"] && q.dimensions == [group] && q.limit == limit, "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "employees.status" && $0.values == ["在职"] }, "\(q)")
    }

    @Test("the most before the rows noun counts the rows")
    func mostRows() throws {
        let q = try #require(Fixtures.generator.generate("Which department has the most employees?").interpretation?.query)
        #expect(q.measures == ["employees.count"] && q.limit == 1, "\(q)")
    }
}
