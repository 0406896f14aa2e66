import Analysis
import Formatting
import Foundation
import QueryGeneration
import SemanticModel
import Testing
import Workflow

/// "How many more …than …", 比…高多少: one value's figure minus another's, answered end to end on the sample database
/// and checked against SQL written here.
@Suite("Differences of two values, answered")
struct DifferenceAnswerTests {
    @Test("the difference is one row, the SQL's first figure minus its second", arguments: [
        ("硕士的平均工资比本科高多少？", "employees.avg_salary.difference",
         "SELECT (SELECT AVG(salary) FROM employees WHERE education = '硕士') - (SELECT AVG(salary) FROM employees WHERE education = '本科')"),
        ("本科的平均工资比硕士低多少？", "employees.avg_salary.difference",
         "SELECT (SELECT AVG(salary) FROM employees WHERE education = '硕士') - (SELECT AVG(salary) FROM employees WHERE education = '本科')"),
        ("How many more active employees does Shanghai have than Shenzhen?", "employees.count.difference",
         "SELECT (SELECT COUNT(*) FROM employees WHERE status = '在职' AND city = '上海') - (SELECT COUNT(*) FROM employees WHERE status = '在职' AND city = '深圳')"),
        ("How many fewer men than women work in HR right now?", "employees.count.difference",
         "SELECT SUM(e.gender = '女') - SUM(e.gender = '男') FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name_en = 'Human Resources' AND e.status = '在职'"),
    ])
    func difference(_ question: String, key: String, sql: String) async throws {
        let answer = try await SampleDatabase.workflow().answer(question)
        let row = try #require(answer.formatted?.data.first, "\(String(describing: answer.error))")
        let got: Double
        switch row[key] {
        case .double(let d)?: got = d
        case .int(let i)?: got = Double(i)
        default: Issue.record("no \(key) in \(row)"); return
        }
        let want = try #require(Double(SampleDatabase.independent(sql)[0][0]))
        #expect(abs(got - want) < 1e-6, "\(got) vs \(want)")
        #expect(answer.formatted?.data.count == 1)
        #expect(answer.analysis?.insights.first?.kind == "difference")
        #expect(answer.interpretation?.difference != nil)
    }

    @Test("a comparative not asked as an amount, or values of two columns, is asked, not subtracted", arguments: [
        "Do women earn more than men?", "How many more women in Beijing than men in Shanghai?", "北京在职员工的平均工资比上海高吗？",
    ])
    func notADifference(_ question: String) async throws {
        let answer = try await SampleDatabase.workflow().answer(question)
        #expect(answer.formatted == nil, "\(String(describing: answer.interpretation))")
    }
}
