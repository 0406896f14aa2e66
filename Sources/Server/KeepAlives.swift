import Synchronization

/// Keep-alive comments for every open SSE stream from one task: each stream registers its feed, and a stream that
/// sent nothing for `interval` gets a keep-alive. One timer for all streams, where a task and a timer per stream
/// cost a fast answer more than its own writes. The task runs while streams are open and ends when none is.
final class KeepAlives: Sendable {
    private struct Entry {
        let feed: AsyncStream<RunRegistry.Chunk>.Continuation
        var lastSent: ContinuousClock.Instant
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var nextID = 0
        var ticking = false
    }

    let interval: Duration
    private let state = Mutex(State())

    init(every interval: Duration) {
        self.interval = interval
    }

    /// Starts sending keep-alives into `feed` when it stays quiet; returns the key to `sent` and `remove` with.
    func add(_ feed: AsyncStream<RunRegistry.Chunk>.Continuation) -> Int {
        let (id, start) = state.withLock { state -> (Int, Bool) in
            state.nextID += 1
            state.entries[state.nextID] = Entry(feed: feed, lastSent: .now)
            let start = !state.ticking
            state.ticking = true
            return (state.nextID, start)
        }
        if start { Task { await self.tick() } }
        return id
    }

    /// Something else went out on the stream.
    func sent(_ id: Int) { state.withLock { $0.entries[id]?.lastSent = .now } }

    func remove(_ id: Int) { _ = state.withLock { $0.entries.removeValue(forKey: id) } }

    private func tick() async {
        let step = max(interval / 5, .milliseconds(20))  // a zero interval must not spin
        while true {
            try? await Task.sleep(for: step)
            let quiet = state.withLock { state -> [AsyncStream<RunRegistry.Chunk>.Continuation]? in
                guard !state.entries.isEmpty else {
                    state.ticking = false
                    return nil
                }
                let now = ContinuousClock.now
                var quiet: [AsyncStream<RunRegistry.Chunk>.Continuation] = []
                for (id, entry) in state.entries where now - entry.lastSent >= interval {
                    state.entries[id]?.lastSent = now
                    quiet.append(entry.feed)
                }
                return quiet
            }
            guard let quiet else { return }
            for feed in quiet { feed.yield(.keepAlive) }
        }
    }
}
