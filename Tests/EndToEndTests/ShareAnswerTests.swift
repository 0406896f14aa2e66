import Analysis
import Execution
import Formatting
import Foundation
import QueryGeneration
import SemanticModel
import Testing
import Workflow

/// Shares computed from the rows, answered end to end on the sample database and checked against SQL written
/// here: a bound on a number (salary over 30000), and a filtered count with no ratio in the model over the plain
/// count of the same rows.
@Suite("Shares of a bound and of a filtered count, answered")
struct ShareAnswerTests {
    /// The sample employees with a plain count and a filtered count of high earners, and no ratio of them.
    static func earnersWorkflow(_ configuration: Workflow.Configuration = Workflow.Configuration()) async throws -> Workflow {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-earners-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            cubes:
              - name: staff
                sql_table: employees
                title: Staff
                meta: {title_zh: 员工}
                measures:
                  - {name: count, type: count, title: Number of Staff, meta: {title_zh: 员工人数}}
                  - {name: high_earners, type: count, title: High Earners, filters: [{sql: "{CUBE}.salary > 30000"}], meta: {title_zh: 高薪员工人数}}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: city, sql: city, type: string, title: City, meta: {title_zh: 城市}}
                  - {name: salary, sql: salary, type: number, title: Salary, meta: {title_zh: 月薪}}
            """.write(to: folder.appendingPathComponent("staff.yml"), atomically: true, encoding: .utf8)
        return try await Engine.open(modelDirectory: folder, databasePath: SampleDatabase.path, clock: .fixed(SampleDatabase.today), configuration: configuration)
    }

    static func share(_ answer: WorkflowResult, _ key: String) throws -> Double {
        let row = try #require(answer.formatted?.data.first, "\(String(describing: answer.error)) \(String(describing: answer.interpretation))")
        guard case .double(let got)? = row[key] else { throw ShareMissing(row: "\(row)") }
        return got
    }

    struct ShareMissing: Error { let row: String }

    @Test("the share of a bound on a number is one row, the SQL's ratio", arguments: [
        "What percentage of employees earn more than 30000 a month?", "月薪超过3万的员工占比",
    ])
    func boundShare(_ question: String) async throws {
        let answer = try await SampleDatabase.workflow().answer(question)
        let got = try Self.share(answer, "employees.count.share")
        let want = try #require(Double(SampleDatabase.independent("SELECT 100.0 * SUM(salary > 30000) / COUNT(*) FROM employees")[0][0]))
        #expect(abs(got - want) < 1e-6, "\(got) vs \(want)")
        #expect(answer.formatted?.data.count == 1)
        #expect(answer.analysis?.insights.first?.kind == "share")
    }

    @Test("a filtered count's share of the plain count, overall and per city", arguments: [
        ("What percentage of staff are high earners?", false), ("What percentage of staff are high earners in each city?", true),
    ])
    func filteredCountShare(_ question: String, perCity: Bool) async throws {
        let answer = try await Self.earnersWorkflow().answer(question)
        #expect(answer.interpretation?.shareOfMeasure == "staff.high_earners", "\(String(describing: answer.interpretation))")
        let data = try #require(answer.formatted?.data)
        let expected = try SampleDatabase.independent(
            perCity ? "SELECT city, 100.0 * SUM(salary > 30000) / COUNT(*) FROM employees GROUP BY city"
                : "SELECT '', 100.0 * SUM(salary > 30000) / COUNT(*) FROM employees")
        #expect(data.count == expected.count)
        for row in expected {
            let match = data.first { !perCity || $0["staff.city"] == .string(row[0]) }
            guard case .double(let got)? = match?["staff.high_earners.share"], let want = Double(row[1]) else {
                Issue.record("no share for \(row) in \(data)")
                continue
            }
            #expect(abs(got - want) < 1e-6, "\(row[0]): \(got) vs \(want)")
        }
    }

    @Test("a share whose breakdown the row cap cut off is refused, not computed from part of the rows")
    func cutOffShareRefused() async throws {
        let capped = Workflow.Configuration(limits: ExecutionLimits(timeout: SampleDatabase.roomy.timeout, rowCap: 5))
        let answer = try await SampleDatabase.workflow(capped).answer("What percentage of employees earn more than 30000 a month?")
        #expect(answer.error?.code == .unsupportedQuery, "\(String(describing: answer.error))")
        #expect(answer.formatted == nil)
    }
}
