import Foundation
import Logging
import Metrics
import PostgresNIO
import SQLRendering
import SemanticModel
import Synchronization

/// Executes queries on PostgreSQL through a `PostgresClient` pool: each in a read-only transaction with a
/// `statement_timeout` for its time limit (the client can't cancel a running statement, the server can), and the
/// same bounded queue and row cap as `SQLiteExecutor`. The pool only works while `run()` runs.
///
/// There is no result cache here: SQLite's cache keys on SQLite's data version, which PostgreSQL has no cheap match for.
public struct PostgresExecutor: QueryExecutor {
    public let url: PostgresURL
    public let queue: QueryQueue
    let client: PostgresClient
    private let logger: Logger
    private let lastPing = PingMemo()
    private let runner = PoolRunner()

    /// A pool of at most `concurrency` connections, each defaulting to read-only transactions.
    public init(url: PostgresURL, concurrency: Int = 16, maximumWaiting: Int = 256, logger: Logger = Logger(label: "textbi.postgres")) {
        self.url = url
        self.queue = QueryQueue(concurrency: concurrency, maximumWaiting: maximumWaiting)
        self.logger = logger
        self.client = PostgresClient(
            configuration: url.clientConfiguration(maximumConnections: concurrency, readOnly: true), backgroundLogger: logger)
    }

    /// Starts the pool: `PostgresClient.run` (a ServiceLifecycle service) in a task of its own, which `close()` ends.
    /// The pool must run before the value catalog is read, which is before the HTTP service group exists.
    public func start() { runner.start(client) }

    public func close() async { await runner.stop() }

    public var queryQueue: QueryQueue? { queue }

    /// Throws `databaseUnavailable` unless a connection of its own (not the pool's) opens within `timeout`.
    public func checkReachable(timeout: Duration = .seconds(3)) async throws {
        try await Self.checkReachable(url, timeout: timeout, logger: logger)
    }

    static func checkReachable(_ url: PostgresURL, timeout: Duration, logger: Logger) async throws {
        let reached: Bool = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    let connection = try await PostgresConnection.connect(configuration: try url.connectionConfiguration(), id: 0, logger: logger)
                    try? await connection.close()
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            return await group.next() ?? false
        }
        guard reached else {
            throw TextBIError(
                .databaseUnavailable, "PostgreSQL at \(url.host):\(url.port) can't be reached",
                context: ["retry_after_seconds": "1"])
        }
    }

    /// The number of tables in the current schema, read at most once a second.
    public func ping() async throws -> Int {
        if let (tables, at) = lastPing.value.withLock({ $0 }), at.duration(to: .now) < .seconds(1) { return tables }
        do {
            let result = try await execute(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
                parameters: [], limits: ExecutionLimits(timeout: .seconds(2)), queued: false)
            let tables = Int(result.rows.first?.first?.double ?? 0)
            lastPing.value.withLock { $0 = (tables, .now) }
            return tables
        } catch {
            lastPing.value.withLock { $0 = nil }
            throw error
        }
    }

    public func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult {
        try await execute(sql, parameters: parameters, limits: limits, queued: true)
    }

    /// Health checks skip the queue, so they never wait behind queries.
    private func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits, queued: Bool) async throws -> QueryResult {
        let client = self.client, queue = self.queue, logger = self.logger, url = self.url
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + limits.timeout
        do {
            let fetched: Fetched = try await withThrowingTaskGroup(of: Fetched.self) { group in
                group.addTask {
                    let work: @Sendable () async throws -> Fetched = {
                        // The time limit counts the wait for a slot too: the statement gets what is left.
                        let left = max(1, Int(clock.now.duration(to: deadline).milliseconds))
                        return try await client.withConnection { connection in
                            try await Self.fetch(connection, sql: sql, parameters: parameters, cap: limits.rowCap, timeoutMilliseconds: left, logger: logger)
                        }
                    }
                    return queued ? try await queue.run(work) : try await work()
                }
                group.addTask {
                    // The pool waits and retries while the server is down; a query that has no answer after a short
                    // while asks the server directly, so an outage is a prompt 503, not a time-out at the limit.
                    let probeAt = min(deadline, start + .milliseconds(750))
                    try await Task.sleep(until: probeAt, clock: clock)
                    if probeAt < deadline {
                        try await Self.checkReachable(url, timeout: min(.seconds(1), clock.now.duration(to: deadline)), logger: logger)
                        try await Task.sleep(until: deadline, clock: clock)
                    }
                    throw TimedOut()
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw CancellationError() }
                return first
            }
            return QueryResult.finished(
                columns: fetched.columns, rows: fetched.rows, truncated: fetched.truncated, since: start, refreshedAt: Date())
        } catch {
            throw await classify(error, limits: limits)
        }
    }

    /// A PostgreSQL error as textbi's: a time limit is `timeout`, a write `readOnly`; a lost or refused connection, or
    /// a time-out while the server can't be reached, is `databaseUnavailable` (503), the rest `databaseError`.
    private func classify(_ error: any Error, limits: ExecutionLimits) async -> any Error {
        if error is CancellationError || error is TextBIError { return error }
        let timedOut = TextBIError(
            .timeout, "The query took longer than \(limits.timeout.spoken) and was stopped",
            context: ["timeout_ms": String(Int(limits.timeout.milliseconds))])
        if let error = error as? PSQLError, error.code == .server, let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? "error"
            switch state {
            case "25006": return TextBIError(.readOnly, "The query path is read-only: \(message)")
            case "57014": return timedOut
            case _ where state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300":
                return TextBIError(.databaseUnavailable, "PostgreSQL is unavailable: \(message)", context: ["retry_after_seconds": "1"])
            default:
                return TextBIError(.databaseError, "PostgreSQL error \(state): \(message)", context: ["sqlstate": state])
            }
        }
        // Anything else (a closed connection, the pool failing to connect, our own time limit): ask the server directly.
        do {
            try await Self.checkReachable(url, timeout: .seconds(2), logger: logger)
        } catch {
            return error
        }
        if error is TimedOut { return timedOut }
        return TextBIError(.databaseError, "PostgreSQL error: \(String(reflecting: error))")
    }

    private struct TimedOut: Error {}

    private struct Fetched: Sendable {
        let columns: [String]
        let rows: [[SQLValue]]
        let truncated: Bool
    }

    /// One statement in a read-only transaction that ends with it.
    private static func fetch(
        _ connection: PostgresConnection, sql: String, parameters: [SQLValue], cap: Int, timeoutMilliseconds: Int, logger: Logger
    ) async throws -> Fetched {
        try await connection.query("BEGIN READ ONLY", logger: logger)
        do {
            // The time limit, and no nested loops: the planner guesses 1 row for sub-queries joined on their group keys
            // and loops over them (11 s where hash joins take 0.8 s); textbi's statements are whole-table aggregates.
            try await connection.query(
                "SELECT set_config('statement_timeout', \(String(timeoutMilliseconds)), true), set_config('enable_nestloop', 'off', true)",
                logger: logger)
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: PostgresValues.bindings(parameters)), logger: logger)
            var columns: [String] = []
            var out: [[SQLValue]] = []
            var truncated = false
            for try await row in rows {
                if columns.isEmpty { columns = row.map(\.columnName) }
                if out.count >= cap {
                    truncated = true
                    break
                }
                out.append(try row.map(PostgresValues.value))
            }
            try await connection.query("COMMIT", logger: logger)
            return Fetched(columns: columns, rows: out, truncated: truncated)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}

/// The last health reading, shared by copies of the executor.
private final class PingMemo: Sendable {
    let value = Mutex<(Int, ContinuousClock.Instant)?>(nil)
}

/// The task that runs a pool, shared by copies of the value that owns it.
final class PoolRunner: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func start(_ client: PostgresClient) {
        task.withLock { task in
            guard task == nil else { return }
            task = Task { await client.run() }
        }
    }

    func stop() async {
        let running = task.withLock { task in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }
}
