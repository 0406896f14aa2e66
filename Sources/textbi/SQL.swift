import SQLRendering
import ArgumentParser
import Foundation
import QueryGeneration
import SemanticModel
import Workflow

/// `textbi sql "question"`: prints the SQL and parameters a question turns into, without running it.
struct SQL: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the SQL and parameters for a question.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The question, in Chinese or English.")
    var question: String

    @Flag(help: "First print how each word was read: the tokens and the model meanings each may have.")
    var tokens = false

    func run() async throws {
        let workflow = try await open(options)
        if tokens {
            for token in workflow.generator.tokenize(question) {
                let meanings = token.entries.map { String(describing: $0) }
                print("-- \(token.text): " + (meanings.isEmpty ? String(describing: token.kind) : meanings.joined(separator: ", ")))
            }
        }
        switch workflow.generator.generate(question) {
        case .notUnderstood(let nu):
            print(nu.message)
            for s in nu.suggestions { print("  - \(s)") }
            throw ExitCode(2)
        case .understood(let interpretation):
            do {
                // Through the backend, so a query a built rollup answers shows the rollup's SQL, as `ask` runs it.
                let rendered = try await workflow.backend.render(interpretation.query, today: workflow.clock.today(), securityContext: .open)
                if let rollup = rendered.preAggregation { print("-- from pre-aggregation \(rollup.id) (\(rollup.tableName))") }
                print(rendered.sql)
                print("-- parameters: " + JSONValue.array(rendered.parameters.map(ResultJSON.json)).jsonString())
            } catch {
                Paths.fail(error)
            }
        }
    }
}
