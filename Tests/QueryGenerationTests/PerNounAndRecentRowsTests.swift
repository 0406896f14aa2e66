import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: a figure per a cube's rows, and a figure over the newest rows, are asked, not guessed")
struct PerNounAndRecentRowsTests {
    @Test("budget per employee, total salary per employee, 每个员工的薪资总额: a ratio no query says is asked", arguments: [
        "What is Finance's budget per current employee?", "What is Finance's budget per employee?",
        "total salary per employee", "salary cost per current employee in Finance", "每个员工的薪资总额",
    ])
    func perNounIsAsked(_ question: String) {
        let result = Fixtures.generator.generate(question)
        #expect(result.interpretation == nil, "\(result)")
        #expect(result.notUnderstood?.unknownWords.contains { $0.contains("employee") || $0.contains("员工") } == true, "\(result)")
    }

    @Test("per with a breakdown by the noun's cube, or an average over its own rows, is answered", arguments: [
        ("headcount per department", ["departments.name_en"], "employees.count"),
        ("reviews per employee", ["employees.name"], "performance_reviews.count"),
        ("average salary per current employee", [], "employees.avg_salary"),
        ("每个部门的人数", ["departments.name"], "employees.count"),
    ])
    func perNounAnswered(_ question: String, dimensions: [String], measure: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions == dimensions && q.measures == [measure], "\(q)")
    }

    @Test("the average pay of our recent hires, 最近入职员工的平均工资: a figure over rows cut by recency nobody said", arguments: [
        "What's the average pay of our recent hires?", "average salary of the 5 most recent hires", "最近入职员工的平均工资",
    ])
    func figureOverNewestRowsIsAsked(_ question: String) {
        let result = Fixtures.generator.generate(question)
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("the most recent hires, the newest employee: still the rows, newest first")
    func newestRowsListed() throws {
        for question in ["the most recent hires", "the newest employee"] {
            let q = try requiredQuery(Fixtures.generator, question)
            #expect(q.order.first?.member == "employees.hire_date" && q.order.first?.descending == true && q.measures.isEmpty, "\(q)")
        }
    }
}
