import Logging
import PostgresNIO
import SemanticModel

/// Runs and conversations shared by the replicas on one PostgreSQL database, in a schema of textbi's own
/// (`textbi_state`): the data's tables are never written. A pool of its own (writes allowed, unlike the query pool),
/// small, since every statement is a short keyed read or write.
public struct PostgresStateStore: SharedStateStore {
    public static let schema = "textbi_state"
    let client: PostgresClient
    private let logger: Logger
    private let runner = PoolRunner()

    public init(url: PostgresURL, logger: Logger = Logger(label: "textbi.state")) {
        self.logger = logger
        self.client = PostgresClient(configuration: url.clientConfiguration(maximumConnections: 4, readOnly: false), backgroundLogger: logger)
    }

    /// Starts the pool and creates the schema if it is missing (under an advisory lock, so replicas starting together
    /// don't race); throws if the role may not create it.
    public func start() async throws {
        runner.start(client)
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7392011)", logger: logger)
            for statement in Self.schemaStatements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    public func close() async { await runner.stop() }

    static let schemaStatements = [
        "CREATE SCHEMA IF NOT EXISTS \(schema)",
        """
        CREATE TABLE IF NOT EXISTS \(schema).runs (
            run_id TEXT PRIMARY KEY, owner TEXT NOT NULL, finished BOOLEAN NOT NULL DEFAULT false,
            cancel_requested BOOLEAN NOT NULL DEFAULT false, started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            finished_at TIMESTAMPTZ, followed_at TIMESTAMPTZ)
        """,
        """
        CREATE TABLE IF NOT EXISTS \(schema).run_events (
            run_id TEXT NOT NULL REFERENCES \(schema).runs ON DELETE CASCADE, sequence INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (run_id, sequence))
        """,
        """
        CREATE TABLE IF NOT EXISTS \(schema).conversations (
            conversation_id TEXT NOT NULL, owner TEXT NOT NULL, state TEXT NOT NULL, touched_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (conversation_id, owner))
        """,
        "CREATE INDEX IF NOT EXISTS runs_finished_at ON \(schema).runs (finished_at) WHERE finished",
    ]

    public func createRun(_ runID: String, owner: String) async throws {
        try await client.query("INSERT INTO textbi_state.runs (run_id, owner) VALUES (\(runID), \(owner)) ON CONFLICT DO NOTHING", logger: logger)
    }

    public func appendEvents(_ runID: String, _ events: [SharedEvent]) async throws {
        guard !events.isEmpty else { return }
        let sequences = events.map(\.sequence), texts = events.map(\.text)
        try await client.query(
            """
            INSERT INTO textbi_state.run_events (run_id, sequence, text)
            SELECT \(runID), s, t FROM unnest(\(sequences)::int8[], \(texts)::text[]) AS e(s, t) ON CONFLICT DO NOTHING
            """, logger: logger)
    }

    public func finishRun(_ runID: String) async throws {
        try await client.query("UPDATE textbi_state.runs SET finished = true, finished_at = now() WHERE run_id = \(runID)", logger: logger)
    }

    public func run(_ runID: String) async throws -> SharedRun? {
        let rows = try await client.query("SELECT owner, finished FROM textbi_state.runs WHERE run_id = \(runID)", logger: logger)
        for try await (owner, finished) in rows.decode((String, Bool).self) { return SharedRun(owner: owner, finished: finished) }
        return nil
    }

    public func events(_ runID: String, after sequence: Int) async throws -> [SharedEvent] {
        try await client.query("UPDATE textbi_state.runs SET followed_at = now() WHERE run_id = \(runID)", logger: logger)
        let rows = try await client.query(
            "SELECT sequence, text FROM textbi_state.run_events WHERE run_id = \(runID) AND sequence > \(sequence) ORDER BY sequence",
            logger: logger)
        var events: [SharedEvent] = []
        for try await (sequence, text) in rows.decode((Int, String).self) { events.append(SharedEvent(sequence: sequence, text: text)) }
        return events
    }

    public func requestCancel(_ runID: String) async throws -> Bool {
        let rows = try await client.query(
            "UPDATE textbi_state.runs SET cancel_requested = true WHERE run_id = \(runID) AND NOT finished RETURNING run_id", logger: logger)
        for try await _ in rows { return true }
        return false
    }

    public func cancelRequests(among runIDs: [String]) async throws -> [String] {
        guard !runIDs.isEmpty else { return [] }
        let rows = try await client.query(
            "SELECT run_id FROM textbi_state.runs WHERE cancel_requested AND NOT finished AND run_id = ANY(\(runIDs)::text[])", logger: logger)
        var ids: [String] = []
        for try await id in rows.decode(String.self) { ids.append(id) }
        return ids
    }

    public func followed(_ runID: String, within window: Duration) async throws -> Bool {
        let rows = try await client.query(
            """
            SELECT 1 FROM textbi_state.runs
            WHERE run_id = \(runID) AND followed_at > now() - make_interval(secs => \(window.seconds))
            """, logger: logger)
        for try await _ in rows { return true }
        return false
    }

    public func conversation(_ conversationID: String, owner: String, idle: Duration) async throws -> String? {
        let rows = try await client.query(
            """
            SELECT state FROM textbi_state.conversations
            WHERE conversation_id = \(conversationID) AND owner = \(owner) AND touched_at > now() - make_interval(secs => \(idle.seconds))
            """, logger: logger)
        for try await state in rows.decode(String.self) { return state }
        return nil
    }

    public func remember(_ conversationID: String, owner: String, state: String) async throws {
        try await client.query(
            """
            INSERT INTO textbi_state.conversations (conversation_id, owner, state, touched_at) VALUES (\(conversationID), \(owner), \(state), now())
            ON CONFLICT (conversation_id, owner) DO UPDATE SET state = excluded.state, touched_at = excluded.touched_at
            """, logger: logger)
    }

    public func expire(retention: Duration, maximumRuns: Int, idle: Duration) async throws {
        try await client.query(
            """
            DELETE FROM textbi_state.runs WHERE finished AND (finished_at < now() - make_interval(secs => \(retention.seconds))
                OR run_id IN (SELECT run_id FROM textbi_state.runs WHERE finished ORDER BY finished_at DESC OFFSET \(maximumRuns)))
            """, logger: logger)
        // A run whose replica died never finishes: it goes after an hour.
        try await client.query("DELETE FROM textbi_state.runs WHERE started_at < now() - interval '1 hour'", logger: logger)
        try await client.query(
            "DELETE FROM textbi_state.conversations WHERE touched_at < now() - make_interval(secs => \(idle.seconds))", logger: logger)
    }
}

extension Duration {
    /// Whole and fractional seconds, for PostgreSQL intervals.
    fileprivate var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
