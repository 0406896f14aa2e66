import SemanticModel

/// Bounded concurrency in front of one database, as Cube's query queue: at most `concurrency` queries run, at most
/// `maximumWaiting` wait (first come, first served), and one more is refused at once with `busy` rather than queued
/// without end. A waiter that is cancelled (its client left, or its time ran out) leaves the line.
public actor QueryQueue {
    public nonisolated let concurrency: Int
    public nonisolated let maximumWaiting: Int
    private var running = 0
    private var waiting: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0

    public init(concurrency: Int, maximumWaiting: Int) {
        self.concurrency = max(1, concurrency)
        self.maximumWaiting = max(0, maximumWaiting)
    }

    /// Runs `body` once a slot is free; the slot is given back however `body` ends.
    public func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await body()
    }

    /// Queries running and waiting now (for metrics and tests).
    public var load: (running: Int, waiting: Int) { (running, waiting.count) }

    private func acquire() async throws {
        try Task.checkCancellation()
        if running < concurrency {
            running += 1
            return
        }
        guard waiting.count < maximumWaiting else {
            throw TextBIError(
                .busy, "The server is busy: \(concurrency) queries are running and \(waiting.count) are waiting; try again shortly",
                context: ["retry_after_seconds": "1"])
        }
        nextID &+= 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                waiting.append((id, continuation))
            }
        } onCancel: {
            Task { await self.leave(id) }
        }
    }

    /// A cancelled waiter leaves the line; if its slot was already handed over, `acquire` returns and `run` releases it.
    private func leave(_ id: UInt64) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).continuation.resume(throwing: CancellationError())
    }

    /// Hands the slot to the first waiter, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().continuation.resume()
        }
    }
}
