import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: people listed with what they belong to, and 各 that says each")
struct ListedPeopleTests {
    @Test("a list word, the rows' noun and a who clause list those rows; their department is shown beside each", arguments: [
        "List everyone who left in September 2026 along with their department.", "Who left in September 2026, with their department?",
        "List the employees who left in September 2026 and their departments",
    ])
    func listed(_ question: String) throws {
        let q = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(q.measures.isEmpty, "\(q)")
        #expect(q.ungrouped == true, "\(q)")
        #expect(q.dimensions.first == "employees.name", "\(q)")
        #expect(q.dimensions.contains("departments.name_en"), "\(q)")
    }

    @Test("without a department named, the list is the names")
    func namesOnly() throws {
        let q = try #require(Fixtures.generator.generate("List the employees who left in September 2026").interpretation?.query)
        #expect(q.dimensions == ["employees.name"], "\(q)")
    }

    @Test("每个部门各招了多少人: after a breakdown, 各 before the hire verb is 'each', not a breakdown by hire date")
    func distributive() throws {
        let q = try #require(Fixtures.generator.generate("去年每个部门各招了多少人？").interpretation?.query)
        #expect(q.dimensions == ["departments.name"], "\(q)")
        #expect(q.timeDimensions.allSatisfy { $0.granularity == nil }, "\(q)")
        #expect(q.timeDimensions.first?.dimension == "employees.hire_date", "\(q)")
    }
}
