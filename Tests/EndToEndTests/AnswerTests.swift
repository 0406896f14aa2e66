import Analysis
import Execution
import Formatting
import QueryGeneration
import Foundation
import SQLRendering
import SemanticModel
import Testing
import Workflow

@Suite("Questions answered end to end on the sample database")
struct AnswerTests {
    @Test("each answer equals the result of independent SQL", arguments: answerCases)
    func answer(_ c: AnswerCase) async throws {
        let workflow = try await SampleDatabase.workflow()
        let result = await workflow.answer(c.question)
        #expect(result.error == nil, "\(result.error?.message ?? "")")
        let queried = try #require(result.rows, "no rows for \(c.question)")
        // The share of one value (女员工占比) is the answer's value: the rows the answer shows, not the breakdown queried.
        // So is the number of a category's values (how many different job titles): one row.
        let rows = result.interpretation?.shareOf.flatMap { share in
            result.rendered.flatMap { workflow.formatter.share(of: share, in: queried, rendered: $0)?.0 }
        } ?? (result.interpretation?.countsGroups == true ? result.rendered.flatMap { workflow.formatter.groupCount(in: queried, rendered: $0)?.0 } : nil)
            ?? queried
        var got = rows.rows.map { $0.map(SampleDatabase.normalize) }
        var expected = try SampleDatabase.independent(c.sql)
        if !c.ordered {
            got.sort { $0.joined(separator: "|") < $1.joined(separator: "|") }
            expected.sort { $0.joined(separator: "|") < $1.joined(separator: "|") }
        }
        #expect(got == expected, "\(c.question)\nSQL: \(result.rendered?.sql ?? "")")
        #expect(result.analysis?.insights.isEmpty == false)
        #expect(result.formatted?.data.count == rows.rows.count)
    }

    @Test("at least 30 questions are checked this way")
    func enough() { #expect(answerCases.count >= 30) }
}
