import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: 'did we make' after a count is a light verb; bring on / brought in are hiring; their column beside listed rows")
struct LightVerbsTests {
    @Test("how many new hires did we make each month this year: a count by month, not the salary 'make' names")
    func lightVerbKeepsTheGrain() throws {
        let q = try requiredQuery(Fixtures.generator, "How many new hires did we make each month this year?")
        #expect(q.measures == ["employees.count"] && q.timeDimensions.first?.granularity == .month, "\(q)")
        #expect(q.timeDimensions.first?.dimension == "employees.hire_date", "\(q)")
    }

    @Test("what do we make in Finance: no count asked, so 'make' is still the salary, asked back")
    func makeWithoutCountIsAsked() {
        #expect(Fixtures.generator.generate("what do we make in Finance").interpretation == nil)
    }

    @Test("bring on, brought in: the sample model's hiring synonyms", arguments: [
        "How many people did we bring on in the first quarter of 2024?", "How many hires did we make last year?",
    ])
    func hiringWords(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.timeDimensions.first?.dimension == "employees.hire_date" && q.measures == ["employees.count"], "\(q)")
    }

    @Test("List the employees who left last month and their job titles: each row with its title, not a count by title", arguments: [
        "List the people who left the company last month and their job titles.", "which employees left last month and what were their job titles",
        "List the employees in Sales and their job titles",
    ])
    func theirColumnOfListedRows(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures.isEmpty && q.dimensions == ["employees.name", "employees.position"] && q.ungrouped == true, "\(q)")
    }

    @Test("how many employees … and their job titles: a count asked, so no list is made up")
    func countIsNoList() throws {
        let q = try requiredQuery(Fixtures.generator, "how many employees in Sales and their job titles")
        #expect(q.measures == ["employees.count"], "\(q)")
    }

    @Test("staff on the payroll right now, still with the company: the sample model's words for current staff, not the payroll", arguments: [
        "Which three cities have the most staff on the payroll right now?", "How many Customer Service folks are still on the payroll?",
        "How many women are still working in Marketing?",
    ])
    func onThePayroll(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["employees.count"] && memberFilter(q, "employees.status")?.values == ["在职"], "\(q)")
    }
}
