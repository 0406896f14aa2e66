import Execution
import Foundation
import SQLRendering
import SemanticModel

extension Workflow {
    /// Runs one refresh of the rollups (what is missing or due) on a thread of its own, off Swift's cooperative pool,
    /// then lets queries read what is now complete. Returns the partitions built.
    @discardableResult
    public func refreshRollups(now: Date = Date(), only: String? = nil, partition: String? = nil, force: Bool = false) async throws
        -> [RollupRefresher.Built]
    {
        guard let refresher = rollupRefresher else { return [] }
        let today = clock.today()
        let built = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[RollupRefresher.Built], any Error>) in
            Thread.detachNewThread {
                continuation.resume(with: Result { try refresher.refresh(today: today, now: now, only: only, partition: partition, force: force) })
            }
        }
        rollups?.replace(try RollupState.ready(path: refresher.path, definitions: refresher.definitions))
        return built
    }
}
