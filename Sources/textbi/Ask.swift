import ArgumentParser
import Execution
import Foundation
import SemanticModel
import Workflow

/// `textbi ask "question"`: runs the five steps, printing each as it happens (or the result as JSON).
struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer a question; exit 0 answered, 2 not understood, 1 error.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Print the final result object as JSON instead of the steps.")
    var json = false

    @Argument(help: "The question, in Chinese or English.")
    var question: String

    func run() async throws {
        let workflow = try await open(options)
        var final: WorkflowResult? = nil
        for await event in workflow.run(question) {
            switch event {
            case .runContent(_, let text) where !json:
                FileHandle.standardOutput.write(Data(text.utf8))
            case .workflowCompleted(let result):
                final = result
            default: break
            }
        }
        guard let final else { throw ExitCode(1) }
        if json { print(ResultJSON.make(final).jsonString(pretty: true)) }
        if final.notUnderstood != nil { throw ExitCode(2) }
        if let error = final.error {
            FileHandle.standardError.write(Data("error: \(error.code): \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Opens the workflow for a subcommand, turning setup failures into a message and exit code 1.
func open(
    _ options: CommonOptions, queryConcurrency: Int = 16, queryQueueSize: Int = 256, cacheBytes: Int? = nil,
    preAggregations: Bool = true
) async throws -> Workflow {
    do {
        var clock = TodayClock.system
        if let today = options.today {
            guard let date = CalendarDate(iso: today) else { throw TextBIError(.invalidInput, "--today must be YYYY-MM-DD") }
            clock = .fixed(date)
        }
        let limits = ExecutionLimits(timeout: .milliseconds(options.timeoutMs))
        var configuration = Workflow.Configuration(
            limits: limits, stepDelay: .milliseconds(options.stepDelayMs), queryConcurrency: queryConcurrency,
            queryQueueSize: queryQueueSize, cacheBytes: cacheBytes)
        configuration.preAggregations = preAggregations
        return try await Engine.open(
            modelDirectory: try Paths.directory(options.model), databasePath: options.databaseLocation, clock: clock,
            configuration: configuration)
    } catch {
        Paths.fail(error)
    }
}
