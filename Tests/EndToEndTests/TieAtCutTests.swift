import Execution
import Formatting
import Foundation
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// A limit that cuts through a tie: the answer says how many more rows share the last shown value, counted by SQL
/// written here, not textbi's.
@Suite("A tie at a top-N cut is said")
struct TieAtCutTests {
    static func open() async throws -> Workflow {
        _ = SampleDatabase.path
        return try await Engine.open(
            modelDirectory: SampleDatabase.root.appendingPathComponent("SampleData/model"), databasePath: SampleDatabase.path,
            clock: .fixed(CalendarDate(year: 2026, month: 11, day: 25)), configuration: Workflow.Configuration(limits: SampleDatabase.roomy))
    }

    /// The N where the Nth highest salary is shared with rows after it, and how many of those are cut off.
    static func cutThroughTie() async throws -> (n: Int, hidden: Int, value: Int) {
        let rows = try await SQLiteExecutor(path: SampleDatabase.path).execute(
            "SELECT salary FROM employees WHERE salary IS NOT NULL ORDER BY salary DESC LIMIT 200", parameters: [], limits: ExecutionLimits(timeout: .seconds(60), rowCap: 1000))
        let salaries = rows.rows.compactMap { $0.first?.double }
        for n in 1..<salaries.count where salaries[n - 1] == salaries[n] {
            let hidden = salaries[n...].prefix { $0 == salaries[n - 1] }.count
            return (n, hidden, Int(salaries[n - 1]))
        }
        throw CancellationError()
    }

    @Test("the top N earners where the Nth shares its salary: the hidden rows are counted", arguments: ["top %d employees by salary", "工资最高的%d个员工"])
    func tie(_ template: String) async throws {
        let (n, hidden, value) = try await Self.cutThroughTie()
        let workflow = try await Self.open()
        let answer = await workflow.answer(String(format: template, n))
        #expect(answer.formatted?.data.count == n)
        #expect(answer.content.contains("\(hidden) more row") || answer.content.contains("还有 \(hidden) 行"), "\(answer.content)")
        #expect(answer.content.contains(String(value)))
        await workflow.queries.close()
    }

    @Test("the one lowest, where several share it: every tied row is the answer (counted by SQL written here)")
    func singleExtremeTie() async throws {
        // The department whose lowest salary is shared by the most people, and how many share it.
        let rows = try await SQLiteExecutor(path: SampleDatabase.path).execute(
            """
            SELECT d.name_en, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id
            WHERE e.salary = (SELECT MIN(salary) FROM employees e2 WHERE e2.department_id = e.department_id)
            GROUP BY d.name_en ORDER BY COUNT(*) DESC, d.name_en LIMIT 1
            """, parameters: [], limits: ExecutionLimits(timeout: .seconds(60), rowCap: 10))
        guard case .text(let department)? = rows.rows.first?.first, let tied = rows.rows.first?.last?.double, tied > 1 else {
            Issue.record("the sample data has no department whose lowest salary is shared")
            return
        }
        let workflow = try await Self.open()
        let answer = await workflow.answer("Which \(department) employees have the lowest salary?")
        #expect(answer.formatted?.data.count == Int(tied), "\(answer.content)")
        #expect(answer.content.contains("shown too"), "\(answer.content)")
        await workflow.queries.close()
    }

    @Test("no tie at the cut, no note")
    func noTie() async throws {
        let workflow = try await Self.open()
        let answer = await workflow.answer("top 3 departments by headcount")
        #expect(answer.formatted?.data.count == 3)
        #expect(!answer.content.contains("tie with row"), "\(answer.content)")
        await workflow.queries.close()
    }
}
