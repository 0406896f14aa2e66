import Execution
import Foundation
import SemanticModel

/// Opens everything a workflow needs from a model directory and a database file.
public enum Engine {
    public static func open(
        modelDirectory: URL, databasePath: String, clock: TodayClock = .system,
        configuration: Workflow.Configuration = Workflow.Configuration()
    ) async throws -> Workflow {
        let model: SemanticModel
        do {
            model = try ModelLoader().load(directory: modelDirectory)
        } catch let error as ModelValidationError {
            throw error.asTextBIError
        }
        let executor = try SQLiteExecutor(
            path: databasePath, concurrency: configuration.queryConcurrency, maximumWaiting: configuration.queryQueueSize,
            cache: configuration.cacheBytes.map { ResultCache(maximumBytes: $0) })
        let values = try await ValueCatalog.load(model: model, executor: executor, today: clock.today())
        return Workflow(model: model, values: values, executor: executor, clock: clock, configuration: configuration)
    }
}
