import Analysis
import Execution
import Formatting
import Foundation
import QueryGeneration
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// "On average, how many people were hired each month in 2025?" answered end to end on the sample data: the
/// month counts averaged, checked against SQL written here, not textbi's.
@Suite("An average of per-period figures, answered")
struct PeriodAverageAnswerTests {
    @Test("the answer is the mean of the months with hires, stated first in the analysis", arguments: [
        "On average, how many people were hired each month in 2025?", "2025年平均每月入职多少人",
    ])
    func monthlyHires(_ question: String) async throws {
        _ = SampleDatabase.path
        let workflow = try await Engine.open(
            modelDirectory: SampleDatabase.root.appendingPathComponent("SampleData/model"), databasePath: SampleDatabase.path,
            clock: .fixed(CalendarDate(year: 2026, month: 11, day: 25)), configuration: Workflow.Configuration(limits: SampleDatabase.roomy))
        let answer = await workflow.answer(question)
        let row = try #require(answer.formatted?.data.first, "\(String(describing: answer.interpretation))")
        guard case .double(let got)? = row["employees.count.periodAverage"] else {
            Issue.record("no average in \(row)")
            return
        }
        let expected = try await SQLiteExecutor(path: SampleDatabase.path).execute(
            "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT substr(hire_date, 1, 7)) FROM employees WHERE hire_date BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'",
            parameters: [], limits: ExecutionLimits())
        let want = try #require(expected.rows.first?.first?.double)
        #expect(abs(got - want) < 1e-9, "\(got) vs \(want)")
        #expect(answer.formatted?.data.count == 1)
        #expect(answer.analysis?.insights.first?.kind == "answer")
    }
}
