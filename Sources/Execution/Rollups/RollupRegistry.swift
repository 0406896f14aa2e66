import SQLRendering
import Synchronization

/// The rollups queries may read right now, shared by the query path (which reads it per query) and the refresh
/// (which replaces it after each run). Off, it is always empty and no rollup is ever matched.
public final class RollupRegistry: Sendable {
    public let isEnabled: Bool
    private let state = Mutex<[String: RollupCoverage]>([:])

    public init(enabled: Bool = true) { self.isEnabled = enabled }

    public var ready: [String: RollupCoverage] { isEnabled ? state.withLock { $0 } : [:] }

    public func replace(_ ready: [String: RollupCoverage]) { state.withLock { $0 = ready } }
}
