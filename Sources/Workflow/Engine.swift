import Execution
import Foundation
import SQLRendering
import SemanticModel

/// Opens everything a workflow needs from a model directory and a database: a SQLite file path, or a
/// `postgres://user@host:port/database` URL.
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
        let executor: any QueryExecutor
        let dialect: any SQLDialect
        switch try DatabaseLocation(databasePath) {
        case .sqlite(let path):
            executor = try SQLiteExecutor(
                path: path, concurrency: configuration.queryConcurrency, maximumWaiting: configuration.queryQueueSize,
                cache: configuration.cacheBytes.map { ResultCache(maximumBytes: $0) })
            dialect = SQLiteDialect()
        case .postgres(let url):
            // No result cache: it is keyed on SQLite's data version (see PostgresExecutor).
            let postgres = PostgresExecutor(url: url, concurrency: configuration.queryConcurrency, maximumWaiting: configuration.queryQueueSize)
            try await postgres.checkReachable()
            postgres.start()
            executor = postgres
            dialect = PostgresDialect()
        }
        // Rollups are built and read on SQLite only; on PostgreSQL every query reads the raw tables.
        var rollups: RollupRegistry?
        var refresher: RollupRefresher?
        if case .sqlite(let path) = try DatabaseLocation(databasePath), model.cubes.contains(where: { !$0.preAggregations.isEmpty }) {
            let registry = RollupRegistry(enabled: configuration.preAggregations)
            let built = try RollupRefresher(path: path, model: model)
            registry.replace((try? RollupState.ready(path: path, definitions: built.definitions)) ?? [:])
            rollups = registry
            refresher = built
        }
        let backend = LocalBackend(renderer: SQLRenderer(model: model, dialect: dialect), executor: executor, rollups: rollups)
        do {
            let (values, unindexed) = try await ValueCatalog.load(model: model, backend: backend, today: clock.today())
            let periodRows = await PeriodRows.load(model: model, backend: backend, today: clock.today())
            let dataGrains = await DataGrains.load(model: model, backend: backend, today: clock.today())
            let twins = await ValueTwinProbe.load(model: model, values: values, backend: backend, today: clock.today())
            return Workflow(
                model: model, values: values, unindexedValues: unindexed, valueTwins: twins, periodRows: periodRows, dataGrains: dataGrains,
                executor: executor,
                dialect: dialect, clock: clock,
                configuration: configuration, rollups: rollups, rollupRefresher: refresher)
        } catch {
            await executor.close()
            throw error
        }
    }
}
