import SQLRendering
import Synchronization

/// The rollups queries may read right now, shared by the query path (which reads it per query) and the refresh
/// (which replaces it after each run). Off, it is always empty and no rollup is ever matched.
public final class RollupRegistry: Sendable {
    public let isEnabled: Bool
    private let state = Mutex<Snapshot>(Snapshot(ready: [:], generation: 0))

    /// The ready rollups, and how many times they were replaced before: SQL rendered against one generation is
    /// right until the next.
    public struct Snapshot: Sendable {
        public let ready: [String: RollupCoverage]
        public let generation: Int
    }

    public init(enabled: Bool = true) { self.isEnabled = enabled }

    public var ready: [String: RollupCoverage] { snapshot.ready }

    public var snapshot: Snapshot { isEnabled ? state.withLock { $0 } : Snapshot(ready: [:], generation: 0) }

    public func replace(_ ready: [String: RollupCoverage]) {
        state.withLock { $0 = Snapshot(ready: ready, generation: $0.generation + 1) }
    }
}
