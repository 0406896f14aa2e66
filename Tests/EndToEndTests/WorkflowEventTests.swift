import Execution
import Foundation
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// The real SQLite executor, counting the queries that reach it.
final class CountingExecutor: QueryExecutor, @unchecked Sendable {
    private let inner: SQLiteExecutor
    private let lock = NSLock()
    private var count = 0
    var executed: Int { lock.withLock { count } }

    init(path: String) throws { inner = try SQLiteExecutor(path: path) }

    func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult {
        lock.withLock { count += 1 }
        return try await inner.execute(sql, parameters: parameters, limits: limits)
    }
}

@Suite("Workflow events")
struct WorkflowEventTests {
    @Test("events come in order: started, then each step's start, content, output and completion, then completed")
    func order() async throws {
        let workflow = try await SampleDatabase.workflow()
        var names: [String] = []
        var steps: [WorkflowStep] = []
        var content = ""
        var final: WorkflowResult? = nil
        for await event in workflow.run("各部门员工人数") {
            names.append(event.name)
            switch event {
            case .stepStarted(let s): steps.append(s)
            case .runContent(_, let text): content += text
            case .workflowCompleted(let r): final = r
            default: break
            }
        }
        #expect(names.first == "WorkflowStarted" && names.last == "WorkflowCompleted")
        #expect(steps == WorkflowStep.allCases)
        // Per step: StepStarted, one or more RunContent, StepOutput, StepCompleted.
        let collapsed = names.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        let perStep: [String] = ["StepStarted", "RunContent", "StepOutput", "StepCompleted"]
        var expected: [String] = ["WorkflowStarted"]
        for _ in 0..<5 { expected += perStep }
        expected.append("WorkflowCompleted")
        #expect(collapsed == expected)
        #expect(final?.content == content)
        #expect(content.contains("```sql") && content.contains("| 部门 | 员工人数 |"))
    }

    @Test("with a slowed step, early events arrive long before the run ends")
    func streaming() async throws {
        let workflow = try await SampleDatabase.workflow(Workflow.Configuration(limits: SampleDatabase.roomy, stepDelay: .milliseconds(150)))
        let clock = ContinuousClock()
        let start = clock.now
        var firstStep: Duration? = nil
        var end: Duration? = nil
        for await event in workflow.run("统计员工总数") {
            if case .stepStarted(.generateQuery) = event { firstStep = start.duration(to: clock.now) }
            if case .workflowCompleted = event { end = start.duration(to: clock.now) }
        }
        let first = try #require(firstStep), last = try #require(end)
        #expect(last >= .milliseconds(750))
        #expect(first < last - .milliseconds(500))
    }

    @Test("when the consumer stops listening, the run stops: no query is sent afterwards")
    func consumerStops() async throws {
        let executor = try CountingExecutor(path: SampleDatabase.path)
        let base = try await SampleDatabase.workflow()
        let workflow = Workflow(
            model: base.model, values: [:], executor: executor, clock: .fixed(SampleDatabase.today),
            configuration: Workflow.Configuration(stepDelay: .milliseconds(200)))
        for await event in workflow.run("统计员工总数") {
            if case .stepStarted = event { break }
        }
        try await Task.sleep(for: .milliseconds(1_500))
        #expect(executor.executed == 0)
    }

    @Test("a question that is not understood ends with a step error and suggestions, and no SQL runs")
    func notUnderstood() async throws {
        let workflow = try await SampleDatabase.workflow()
        var error: (WorkflowStep, TextBIError, [String])? = nil
        var final: WorkflowResult? = nil
        for await event in workflow.run("今天天气怎么样") {
            if case .stepError(let s, let e, let suggestions) = event { error = (s, e, suggestions) }
            if case .workflowCompleted(let r) = event { final = r }
        }
        let (step, failure, suggestions) = try #require(error)
        #expect(step == .generateQuery)
        #expect(failure.code == .notUnderstood)
        #expect(suggestions.count == 3)
        #expect(final?.rendered == nil && final?.notUnderstood != nil)
    }

    @Test("a SQL failure is reported as a step error, not a crash")
    func timeoutIsAStepError() async throws {
        let workflow = try await SampleDatabase.workflow(Workflow.Configuration(limits: ExecutionLimits(timeout: .nanoseconds(1))))
        let result = await workflow.answer("各部门员工人数")
        #expect(result.error?.code == .timeout)
        #expect(result.content.contains("出错了"))
    }
}
