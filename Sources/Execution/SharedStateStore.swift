/// What replicas behind one load balancer share, so that any of them can serve the next request: each run's SSE
/// events (to resume a stream with Last-Event-ID on another replica), a cancel sent to any replica, and each
/// conversation's last understood question. PostgreSQL keeps it (`PostgresStateStore`); with SQLite nothing is
/// shared and the in-process stores do the work alone.
///
/// Owners are opaque keys (the caller's principal as canonical JSON): a run or conversation is only ever read
/// back for the same key.
public protocol SharedStateStore: Sendable {
    func createRun(_ runID: String, owner: String) async throws
    /// Stores events in sequence order; a sequence already stored is left as it is.
    func appendEvents(_ runID: String, _ events: [SharedEvent]) async throws
    func finishRun(_ runID: String) async throws
    /// The run's owner and whether it has finished; nil when no replica knows it (or it expired).
    func run(_ runID: String) async throws -> SharedRun?
    /// The run's events after `sequence`, and a mark that someone is following it (so the replica running it does not
    /// stop it as abandoned).
    func events(_ runID: String, after sequence: Int) async throws -> [SharedEvent]
    /// Asks the replica running the run to stop it; false when the run has already finished or is unknown.
    func requestCancel(_ runID: String) async throws -> Bool
    /// Which of these runs someone asked to cancel.
    func cancelRequests(among runIDs: [String]) async throws -> [String]
    /// Whether a replica read the run's events within `window`.
    func followed(_ runID: String, within window: Duration) async throws -> Bool
    /// A conversation's state, unless it has been idle for `idle`.
    func conversation(_ conversationID: String, owner: String, idle: Duration) async throws -> String?
    func remember(_ conversationID: String, owner: String, state: String) async throws
    /// Drops finished runs older than `retention` (and the oldest beyond `maximumRuns`) and idle conversations.
    func expire(retention: Duration, maximumRuns: Int, idle: Duration) async throws
    func close() async
}

/// One SSE message as sent on the wire, with its place in the run.
public struct SharedEvent: Sendable, Equatable {
    public let sequence: Int
    public let text: String

    public init(sequence: Int, text: String) {
        self.sequence = sequence
        self.text = text
    }
}

/// What any replica knows of a run.
public struct SharedRun: Sendable, Equatable {
    public let owner: String
    public let finished: Bool

    public init(owner: String, finished: Bool) {
        self.owner = owner
        self.finished = finished
    }
}
