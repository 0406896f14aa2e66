import SemanticModel
import Synchronization

/// Bounded concurrency in front of one database, as Cube's query queue: at most `concurrency` queries run, at most
/// `maximumWaiting` wait (first come, first served), and one more is refused at once with `busy` rather than queued
/// without end. A waiter that is cancelled (its client left, or its time ran out) leaves the line.
///
/// A lock, not an actor: taking a free slot and giving it back are a few instructions under the lock, with no hop to
/// another executor; only a query that must wait suspends.
public final class QueryQueue: Sendable {
    public let concurrency: Int
    public let maximumWaiting: Int
    private let state = Mutex(State())

    private struct State {
        var running = 0
        var waiting: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        var nextID: UInt64 = 0
    }

    public init(concurrency: Int, maximumWaiting: Int) {
        self.concurrency = max(1, concurrency)
        self.maximumWaiting = max(0, maximumWaiting)
    }

    /// Runs `body` once a slot is free; the slot is given back however `body` ends.
    public func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await body()
    }

    /// Takes a slot if one is free now (the caller must `release` it), else false and nothing changes.
    public func tryAcquire() -> Bool {
        state.withLock { state in
            guard state.running < concurrency, state.waiting.isEmpty else { return false }
            state.running += 1
            return true
        }
    }

    /// Hands the slot to the first waiter, or frees it.
    public func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst().continuation
        }
        next?.resume()
    }

    /// Queries running and waiting now (for metrics and tests).
    public var load: (running: Int, waiting: Int) { state.withLock { ($0.running, $0.waiting.count) } }

    private func acquire() async throws {
        try Task.checkCancellation()
        if tryAcquire() { return }
        let id = state.withLock { state in
            state.nextID &+= 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Outcome in
                    if state.running < concurrency, state.waiting.isEmpty {
                        state.running += 1
                        return .acquired
                    }
                    if Task.isCancelled { return .refused(CancellationError()) }
                    guard state.waiting.count < maximumWaiting else {
                        return .refused(TextBIError(
                            .busy, "The server is busy: \(concurrency) queries are running and \(state.waiting.count) are waiting; try again shortly",
                            context: ["retry_after_seconds": "1"]))
                    }
                    state.waiting.append((id, continuation))
                    return .queued
                }
                switch outcome {
                case .acquired: continuation.resume()
                case .queued: break
                case .refused(let error): continuation.resume(throwing: error)
                }
            }
        } onCancel: {
            // If its slot was already handed over, `acquire` returns and `run` releases it.
            let waiter = state.withLock { state in
                state.waiting.firstIndex { $0.id == id }.map { state.waiting.remove(at: $0).continuation }
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    private enum Outcome {
        case acquired, queued
        case refused(any Error)
    }
}
