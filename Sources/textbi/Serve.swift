import ArgumentParser
import Execution
import Foundation
import Logging
import SemanticModel
import Server
import Workflow

/// `textbi serve`: the HTTP service (SSE stream, query-sync JSON, health, web page).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the HTTP API and the web page.")

    @OptionGroup var options: CommonOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(name: .customLong("allow-origin"), help: "A CORS origin to allow (repeatable); '*' allows any.")
    var allowOrigins: [String] = ["*"]

    @Option(help: "Seconds of silence before a ': keep-alive' comment is sent on a stream.")
    var keepAliveSeconds: Double = 15

    @Option(help: "Seconds running streams get to finish on SIGINT/SIGTERM.")
    var shutdownGraceSeconds: Double = 10

    @Option(help: "Seconds a connection may send nothing (idle, or stalled in its request head) before it is closed.")
    var idleTimeoutSeconds: Double = 30

    @Option(help: "Seconds a run whose client disconnected keeps going, so a reconnect with Last-Event-ID continues it (0 stops it at once).")
    var detachedRunGraceSeconds: Double = 30

    @Option(help: "Queries that may run on the database at once; more wait in line.")
    var queryConcurrency: Int = 16

    @Option(help: "Queries that may wait for a turn; more are refused at once with 503 busy.")
    var queryQueueSize: Int = 256

    @Flag(help: "Turn the result cache off: every question runs its SQL.")
    var noCache = false

    @Flag(help: "On PostgreSQL, keep runs and conversations in this process instead of the database's textbi_state schema (replicas then don't share them).")
    var noSharedState = false

    @Flag(help: "Never answer from rollups (pre-aggregations): every query reads the raw tables.")
    var noPreAggregations = false

    @Flag(help: "Don't build or refresh rollups in the background (run `textbi refresh` instead).")
    var noBackgroundRefresh = false

    @Option(help: "Seconds between background checks of the rollups' refresh keys.")
    var refreshIntervalSeconds: Double = 10

    @Option(help: "The result cache's budget in MiB (least recently used answers go first).")
    var cacheMegabytes: Int = 64

    @Option(help: "Open connections served at once; more are closed at once (default: 1024, or less if the file limit is lower).")
    var maxConnections: Int?

    @Option(help: "HS256 secret for JWTs; defaults to $CUBEJS_API_SECRET. Without one, every endpoint is open (local use).")
    var apiSecret: String?

    @Option(name: .customLong("allow-remote-cube"), help: "A Cube server clients may name in cubejs_url: scheme, host, port and path prefix (repeatable); none when not given.")
    var remoteCubes: [String] = []

    @Option(help: "Least severe log lines written: trace, debug, info (one access-log line per request), notice, warning, error or critical.")
    var logLevel: String = "info"

    @Option(help: ArgumentHelp("Pause before each step, in milliseconds (a demo and test hook).", visibility: .hidden))
    var stepDelayMs: Int = 0

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard keepAliveSeconds.isFinite, keepAliveSeconds > 0 else { throw ValidationError("--keep-alive-seconds must be a positive number") }
        guard shutdownGraceSeconds.isFinite, shutdownGraceSeconds >= 0 else { throw ValidationError("--shutdown-grace-seconds must be zero or more") }
        guard idleTimeoutSeconds.isFinite, (0.1...3_600).contains(idleTimeoutSeconds) else {
            throw ValidationError("--idle-timeout-seconds must be between 0.1 and 3600")
        }
        guard detachedRunGraceSeconds.isFinite, (0...3_600).contains(detachedRunGraceSeconds) else {
            throw ValidationError("--detached-run-grace-seconds must be between 0 and 3600")
        }
        guard refreshIntervalSeconds.isFinite, (0.1...86_400).contains(refreshIntervalSeconds) else {
            throw ValidationError("--refresh-interval-seconds must be between 0.1 and 86400")
        }
        guard (1...65_536).contains(cacheMegabytes) else { throw ValidationError("--cache-megabytes must be between 1 and 65536") }
        guard (1...1_024).contains(queryConcurrency) else { throw ValidationError("--query-concurrency must be between 1 and 1024") }
        guard (0...100_000).contains(queryQueueSize) else { throw ValidationError("--query-queue-size must be between 0 and 100000") }
        if let maxConnections, !(1...1_000_000).contains(maxConnections) {
            throw ValidationError("--max-connections must be between 1 and 1000000")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
        guard (0...60_000).contains(stepDelayMs) else { throw ValidationError("--step-delay-ms must be between 0 and 60000") }
        for url in remoteCubes {
            do { _ = try RemoteCubeBackend.baseURL(from: url) } catch { throw ValidationError("--allow-remote-cube \(url): \(error.message)") }
        }
    }

    func run() async throws {
        // Log lines are written by a background thread, so a slow or stuck standard error never holds a request.
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in BackgroundLogHandler(label: label, level: level) }
        let logger = Logger(label: "textbi")
        var workflowOptions = options
        workflowOptions.stepDelayMs = stepDelayMs
        let workflow = try await open(
            workflowOptions, queryConcurrency: queryConcurrency, queryQueueSize: queryQueueSize,
            cacheBytes: noCache ? nil : cacheMegabytes * 1024 * 1024, preAggregations: !noPreAggregations)
        var configuration = ServerConfiguration(
            host: host, port: port, allowedOrigins: allowOrigins, keepAliveInterval: .milliseconds(Int(max(0.1, min(keepAliveSeconds, 86_400)) * 1000)),
            shutdownGracePeriod: .milliseconds(Int(max(0, min(shutdownGraceSeconds, 3_600)) * 1000)),
            apiSecret: apiSecret ?? ProcessInfo.processInfo.environment["CUBEJS_API_SECRET"],
            remoteCubeURLs: remoteCubes.isEmpty ? nil : remoteCubes,
            detachedRunGrace: .milliseconds(Int(detachedRunGraceSeconds * 1000)), idleTimeout: .milliseconds(Int(idleTimeoutSeconds * 1000)),
            maximumConnections: maxConnections ?? ServerConfiguration.defaultMaximumConnections)
        configuration.hardShutdownLimit = configuration.shutdownGracePeriod + .seconds(10)
        let server: TextBIServer
        do {
            let location = try DatabaseLocation(options.databaseLocation)
            server = try await TextBIServer(
                workflow: workflow, configuration: configuration, databasePath: location.description,
                shared: try await sharedState(location, logger: logger), logger: logger)
        } catch {
            Paths.fail(error)
        }
        if workflow.rollupRefresher == nil, workflow.model.cubes.contains(where: { !$0.preAggregations.isEmpty }) {
            logger.notice("pre_aggregations are built and matched on SQLite only for now: every query reads the raw tables")
        }
        for problem in workflow.rollupRefresher?.problems ?? [] { logger.warning("rollup not built: \(problem)") }
        // Rollups are built at start and kept fresh by their refresh keys, on a writer connection of their own.
        let refresh: Task<Void, Never>? = noPreAggregations || noBackgroundRefresh || workflow.rollupRefresher == nil ? nil : Task {
            while !Task.isCancelled {
                do {
                    let built = try await workflow.refreshRollups()
                    if !built.isEmpty {
                        let rows = built.reduce(0) { $0 + $1.rows }
                        logger.info("rollups refreshed: \(built.count) partition(s), \(rows) row(s)")
                    }
                } catch {
                    logger.warning("rollup refresh failed: \(error)")
                }
                try? await Task.sleep(for: .milliseconds(Int(refreshIntervalSeconds * 1000)))
            }
        }
        defer { refresh?.cancel() }
        try await server.run { port in
            // Said whatever the log level: scripts and tests wait for this line to learn the port.
            FileHandle.standardError.write(Data("textbi is serving \(server.databasePath) on http://\(host):\(port)\n".utf8))
        }
    }

    /// On PostgreSQL, the store replicas share (unless `--no-shared-state`); its schema is created here, and a role
    /// that may not create it stops the start with a message naming the flag.
    private func sharedState(_ location: DatabaseLocation, logger: Logger) async throws -> (any SharedStateStore)? {
        guard case .postgres(let url) = location, !noSharedState else { return nil }
        let store = PostgresStateStore(url: url, logger: logger)
        do {
            try await store.start()
        } catch {
            await store.close()
            throw TextBIError(
                .databaseUnavailable,
                "Can't keep runs and conversations in PostgreSQL's \(PostgresStateStore.schema) schema (\(String(reflecting: error))); "
                    + "grant the role CREATE on the database, or start with --no-shared-state")
        }
        return store
    }
}
