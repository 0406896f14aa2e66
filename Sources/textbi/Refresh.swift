import ArgumentParser
import Execution
import Foundation
import SQLRendering
import SemanticModel

/// `textbi refresh`: builds the model's rollups (pre-aggregations) into `textbi_rollup_…` tables: missing partitions,
/// partitions whose refresh key is due, or the ones asked for. Reads the model and writes the rollup tables only (no
/// query pipeline is opened, so it starts at once on a large database).
struct Refresh: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build or refresh the model's rollups (pre-aggregations).")

    @OptionGroup var options: CommonOptions

    @Option(help: "Only this rollup, as cube.name.")
    var rollup: String?

    @Option(help: "Rebuild only this partition (e.g. 2024, 2024-Q1, 2024-03, 2024-03-04, all, null).")
    var partition: String?

    @Flag(help: "Rebuild every partition, due or not.")
    var force = false

    func run() async throws {
        do {
            guard case .sqlite(let path) = try DatabaseLocation(options.databaseLocation) else {
                throw TextBIError(.unsupportedQuery, "Rollups are built on SQLite only for now; on PostgreSQL every query reads the raw tables")
            }
            let model: SemanticModel
            do {
                model = try ModelLoader().load(directory: try Paths.directory(options.model))
            } catch let error as ModelValidationError {
                throw error.asTextBIError
            }
            let refresher = try RollupRefresher(path: path, model: model)
            for problem in refresher.problems { print("can't build \(problem)") }
            guard !refresher.definitions.isEmpty else {
                print("The model declares no pre_aggregations.")
                return
            }
            if let rollup, !refresher.definitions.contains(where: { $0.id == rollup }) {
                throw TextBIError(.invalidInput, "No rollup '\(rollup)'; the model has \(refresher.definitions.map(\.id).joined(separator: ", "))")
            }
            var today = TodayClock.system.today()
            if let given = options.today {
                guard let date = CalendarDate(iso: given) else { throw TextBIError(.invalidInput, "--today must be YYYY-MM-DD") }
                today = date
            }
            let clock = ContinuousClock(), start = clock.now
            let built = try refresher.refresh(today: today, only: rollup, partition: partition, force: force)
            for b in built { print("built \(b.rollup) partition \(b.partition): \(b.rows) rows in \(String(format: "%.1f", b.milliseconds)) ms") }
            let ready = try RollupState.ready(path: path, definitions: refresher.definitions)
            for definition in refresher.definitions {
                print("\(definition.id) → \(definition.tableName): \(ready[definition.id] == nil ? "not ready" : "ready")")
            }
            print(String(format: "%d partition(s) built in %.1f ms", built.count, start.duration(to: clock.now).milliseconds))
        } catch {
            Paths.fail(error)
        }
    }
}
