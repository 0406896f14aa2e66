import Execution
import Foundation
import QueryGeneration
import SemanticModel
import Workflow

/// Runs in flight and recently finished, with every SSE event they sent, so a client can resume with
/// Last-Event-ID. Bounded in count and bytes; finished runs expire after the retention time.
///
/// With a shared store (PostgreSQL), replicas share their runs: each run's events are also written there, a run
/// another replica started is followed from there, a cancel for it is passed on there, and the replica running it
/// checks for such cancels every `cancelPollInterval`.
public actor RunRegistry {
    /// One SSE message as sent on the wire (`id:` and `data:` lines and the blank line).
    public typealias StoredEvent = SharedEvent

    /// Consecutive events framed together, written to a client in one write.
    public struct Chunk: Sendable {
        public let text: String
        public let lastSequence: Int

        /// An SSE comment sent when nothing else went out for a while, so proxies keep the stream open.
        static let keepAlive = Chunk(text: ": keep-alive\n\n", lastSequence: -1)
    }

    /// A subscriber's chunks, and the stream's feed, through which its route adds keep-alives.
    public typealias Subscription = (id: UUID, events: AsyncStream<Chunk>, feed: AsyncStream<Chunk>.Continuation)

    /// A chunk is sent as the run starts, before the query step (so a slow query shows as running), at the end of the
    /// run (see `WorkflowEvent.sendsPending`), or when this much is waiting.
    static let chunkBytes = 16 * 1024

    /// Why a run was stopped before it finished.
    public enum StopReason: String, Sendable {
        case cancelled, clientClosed = "client_closed", shutdown

        var message: String {
            switch self {
            case .cancelled: return "The run was cancelled"
            case .clientClosed: return "The client disconnected"
            case .shutdown: return "The server is shutting down"
            }
        }
    }

    /// Where a run stands.
    public enum Status: String, Sendable { case running, finished, cancelled }

    struct Record {
        let runID: String
        /// Who started the run; only the same caller may follow, resume or cancel it.
        let owner: SecurityContext
        var log = EventLog()
        var finished = false
        var stopReason: StopReason?
        var task: Task<Void, Never>?
        var subscribers: [UUID: AsyncStream<Chunk>.Continuation] = [:]
    }

    private var records: [String: Record] = [:]
    /// Finished runs in the order they finished, oldest from `finishedHead` on: eviction reads from the front
    /// instead of sorting every record on every start.
    private var finishedOrder: [(runID: String, at: ContinuousClock.Instant)] = []
    private var finishedHead = 0
    private var totalBytes = 0
    let configuration: ServerConfiguration
    private let clock = ContinuousClock()
    let shared: (any SharedStateStore)?
    static let cancelPollInterval = Duration.milliseconds(200)
    static let followPollInterval = Duration.milliseconds(100)

    public init(configuration: ServerConfiguration, shared: (any SharedStateStore)? = nil) {
        self.configuration = configuration
        self.shared = shared
        guard shared != nil else { return }
        // Holds the registry only while it polls, so the loop ends when the registry goes.
        Task { [weak self] in
            var lastExpiry = ContinuousClock.now
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.cancelPollInterval)
                guard let registry = self else { return }
                await registry.pollSharedStore(lastExpiry: &lastExpiry)
            }
        }
    }

    /// Starts `question` on `workflow`; events are stored and fanned out as they come.
    /// `onEnded` gets every payload the run sent (all but `[DONE]`) and its result when it ended by itself (nil when
    /// it was stopped), exactly once, before `[DONE]`.
    public func start(
        _ question: String, on workflow: Workflow, securityContext: SecurityContext = .open, previous: Interpretation? = nil,
        onUnderstood: (@Sendable (Interpretation) async -> Void)? = nil,
        onEnded: (@Sendable ([String], WorkflowResult?) async -> Void)? = nil
    ) async -> String {
        evict()
        let runID = Self.newRunID()
        records[runID] = Record(runID: runID, owner: securityContext)
        let stream = workflow.run(question, runID: runID, securityContext: securityContext, previous: previous)
        let shared = self.shared, owner = securityContext.ownerKey, everyStep = workflow.configuration.stepDelay > .zero
        // Known to every replica before its id is: a cancel or resume may reach another replica at once.
        if let shared { await Self.uncancelled { try await shared.createRun(runID, owner: owner) } }
        records[runID]?.task = Task { [weak self] in
            var mapper = SSEMapper()
            var pending: [String] = []
            var pendingBytes = 0
            var sent: [String] = []
            var completed: WorkflowResult?
            for await event in stream {
                if case .stepOutput(_, .query(let interpretation)) = event { await onUnderstood?(interpretation) }
                for payload in mapper.payloads(for: event) {
                    let data = payload.jsonString()
                    pending.append(data)
                    pendingBytes += data.utf8.count
                    if onEnded != nil { sent.append(data) }
                }
                if case .workflowCompleted(let result) = event { completed = result }
                guard event.sendsPending(everyStep: everyStep) || pendingBytes >= Self.chunkBytes else { continue }
                let stored = await self?.append(runID, pending) ?? []
                if let shared { await Self.uncancelled { try await shared.appendEvents(runID, stored) } }
                pending.removeAll(keepingCapacity: true)
                pendingBytes = 0
            }
            await onEnded?(sent, Task.isCancelled ? nil : completed)
            let last = await self?.append(runID, pending) ?? []
            // Marked finished for the other replicas before `[DONE]` goes out here, so a cancel sent elsewhere after
            // the client saw the end is told the run has finished.
            if let shared {
                await Self.uncancelled {
                    try await shared.appendEvents(runID, last)
                    try await shared.finishRun(runID)
                }
            }
            let closing = await self?.finish(runID) ?? []
            if let shared { await Self.uncancelled { try await shared.appendEvents(runID, closing) } }
        }
        return runID
    }

    /// A run answered at once from the answer cache: the answer's events (`[DONE]` included) under a new id, so it
    /// resumes and reports its status as any finished run does; returns its id and its events, whose text the caller
    /// builds (outside the registry) and sends at once. Nil with a shared store, whose replicas would not know the run.
    func replay(_ answer: StreamAnswer, securityContext: SecurityContext) -> (runID: String, log: EventLog)? {
        let runID = Self.newRunID()
        guard shared == nil, let log = answer.log(runID: runID) else { return nil }
        evict()
        records[runID] = Record(runID: runID, owner: securityContext, log: log, finished: true)
        totalBytes += log.bytes
        finishedOrder.append((runID, clock.now))
        return (runID, log)
    }

    /// Runs a write to the shared store in a task of its own: a stopped run's task is cancelled, and a cancelled
    /// task's queries fail at once, yet its last events must be stored. Best effort: if the store fails, the run still
    /// streams here, it just can't move to another replica.
    static func uncancelled(_ write: @escaping @Sendable () async throws -> Void) async {
        await Task { try? await write() }.value
    }

    /// A finished run's events after `sequence`, as one text (nil while it runs, or when the caller may not read it):
    /// nothing is left to wait for, so it goes out in one write.
    public func finishedText(_ runID: String, after sequence: Int = 0, for caller: SecurityContext = .open) -> String? {
        guard let record = records[runID], record.finished, record.owner.principal == caller.principal else { return nil }
        return record.log.text(after: sequence)
    }

    /// A stream of the run's events after `sequence`, then its live events; it ends after `[DONE]`.
    public func subscribe(
        _ runID: String, after sequence: Int = 0, for caller: SecurityContext = .open
    ) async -> Subscription? {
        guard var record = records[runID] else { return await followShared(runID, after: sequence, for: caller) }
        guard record.owner.principal == caller.principal else { return nil }
        let (stream, continuation) = AsyncStream.makeStream(of: Chunk.self, bufferingPolicy: .unbounded)
        if record.log.count > sequence { continuation.yield(Chunk(text: record.log.text(after: sequence), lastSequence: record.log.count)) }
        let id = UUID()
        if record.finished {
            continuation.finish()
        } else {
            record.subscribers[id] = continuation
        }
        records[runID] = record
        return (id, stream, continuation)
    }

    /// A subscriber went away. When the last one leaves a running run (its client disconnected), the run goes on for
    /// the configured grace, so a reconnect with Last-Event-ID continues it live; it stops if nobody came back.
    public func detach(_ runID: String, subscriber: UUID, clientClosed: Bool) {
        guard var record = records[runID] else { return }
        record.subscribers[subscriber]?.finish()
        record.subscribers[subscriber] = nil
        records[runID] = record
        guard clientClosed, record.subscribers.isEmpty, !record.finished else { return }
        let grace = configuration.detachedRunGrace
        guard grace > .zero else { return stop(runID, reason: .clientClosed) }
        checkAbandoned(runID, after: grace)
    }

    /// Looks again after `grace` whether the run has been abandoned.
    private func checkAbandoned(_ runID: String, after grace: Duration) {
        Task { [weak self] in
            try? await Task.sleep(for: grace)
            await self?.stopIfAbandoned(runID)
        }
    }

    /// Stops a run that still has no subscriber after its grace, unless a client follows it through another replica.
    private func stopIfAbandoned(_ runID: String) async {
        guard let record = records[runID], !record.finished, record.subscribers.isEmpty else { return }
        let grace = configuration.detachedRunGrace
        if let shared, (try? await shared.followed(runID, within: grace)) == true {
            checkAbandoned(runID, after: grace)
            return
        }
        stop(runID, reason: .clientClosed)
    }

    /// What a cancel request found.
    public enum CancelOutcome: Sendable { case cancelled, alreadyFinished, unknown }

    /// Stops a running run; its stream ends with an error event carrying `reason`, then `[DONE]`.
    @discardableResult
    public func cancel(_ runID: String, reason: StopReason = .cancelled, for caller: SecurityContext = .open) async -> CancelOutcome {
        guard let record = records[runID] else { return await cancelShared(runID, for: caller) }
        guard record.owner.principal == caller.principal else { return .unknown }
        if record.finished { return .alreadyFinished }
        stop(runID, reason: reason)
        return .cancelled
    }

    /// Stops every running run (shutdown).
    public func cancelAll(reason: StopReason) {
        for (id, record) in records where !record.finished { stop(id, reason: reason) }
    }

    public func status(_ runID: String, for caller: SecurityContext = .open) async -> Status? {
        guard let record = records[runID] else { return await sharedStatus(runID, for: caller) }
        guard record.owner.principal == caller.principal else { return nil }
        if !record.finished { return .running }
        return record.stopReason == nil ? .finished : .cancelled
    }

    public var runningCount: Int { records.values.filter { !$0.finished }.count }

    var runningIDs: [String] { records.values.filter { !$0.finished }.map(\.runID) }

    /// Waits until no run is running, or `timeout` passes; true if all finished.
    public func waitForRunning(timeout: Duration) async -> Bool {
        let deadline = clock.now.advanced(by: timeout)
        while runningCount > 0, clock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return runningCount == 0
    }

    // MARK: internals

    func stop(_ runID: String, reason: StopReason) {
        guard records[runID]?.finished == false, records[runID]?.stopReason == nil else { return }
        records[runID]?.stopReason = reason
        records[runID]?.task?.cancel()
    }

    /// Stores each payload as an event and sends them to the subscribers as one chunk; returns the events when
    /// there is a shared store to write them to.
    private func append(_ runID: String, _ payloads: [String]) -> [StoredEvent] {
        guard !payloads.isEmpty, var record = records[runID], !record.finished else { return [] }
        records[runID] = nil  // uniquely referenced while it grows
        let first = record.log.count, bytesBefore = record.log.bytes
        record.log.append(runID: runID, payloads)
        totalBytes += record.log.bytes - bytesBefore
        if !record.subscribers.isEmpty {
            let chunk = Chunk(text: record.log.text(after: first), lastSequence: record.log.count)
            for continuation in record.subscribers.values { continuation.yield(chunk) }
        }
        let stored = shared == nil ? [] : record.log.events(after: first)
        records[runID] = record
        return stored
    }

    /// Ends the run with its last events (an error if it was stopped, then `[DONE]`), which it returns.
    private func finish(_ runID: String) -> [StoredEvent] {
        var last: [String] = []
        if let reason = records[runID]?.stopReason {
            last.append(JSONValue.string("Error: \(reason.message)").jsonString())
            // cancelled (by the cancel endpoint), client_closed (its socket closed), shutdown.
            last.append(JSONValue.object([("type", "error"), ("code", .string(reason.rawValue)), ("message", .string(reason.message))]).jsonString())
        }
        last.append(Self.donePayload)
        let events = append(runID, last)
        guard var record = records[runID] else { return events }
        record.finished = true
        record.task = nil
        for continuation in record.subscribers.values { continuation.finish() }
        record.subscribers = [:]
        records[runID] = record
        finishedOrder.append((runID, clock.now))
        return events
    }

    /// Drops finished runs, oldest first, while they are past the retention time or the registry is over its count
    /// or byte bounds.
    private func evict() {
        let now = clock.now
        while finishedHead < finishedOrder.count {
            let (id, finishedAt) = finishedOrder[finishedHead]
            let over = records.count >= configuration.maximumRuns || totalBytes > configuration.maximumRunBytes
            guard over || now - finishedAt > configuration.runRetention else { break }
            remove(id)
            finishedHead += 1
        }
        if finishedHead > 1_024, finishedHead * 2 > finishedOrder.count {
            finishedOrder.removeFirst(finishedHead)
            finishedHead = 0
        }
    }

    private func remove(_ runID: String) {
        guard let record = records.removeValue(forKey: runID) else { return }
        totalBytes -= record.log.bytes
    }

    /// The last event of every run.
    static let donePayload = "\"[DONE]\""

    static func newRunID() -> String { RandomHex.shared.digits(20) }

    /// Parses a Last-Event-ID (`<run id>:<sequence>`).
    public static func parseEventID(_ text: String) -> (runID: String, sequence: Int)? {
        guard let colon = text.lastIndex(of: ":"), let sequence = Int(text[text.index(after: colon)...]), sequence >= 0 else { return nil }
        let runID = String(text[..<colon])
        guard !runID.isEmpty else { return nil }
        return (runID, sequence)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
