import Execution
import Foundation
import SemanticModel

/// Runs that another replica started, reached through the shared store.
extension RunRegistry {
    /// Follows a run another replica runs: its stored events after `sequence`, then new ones as they are stored,
    /// until `[DONE]`. nil when no replica knows the run, or it belongs to someone else.
    func followShared(_ runID: String, after sequence: Int, for caller: SecurityContext) async -> Subscription? {
        guard let shared, let run = try? await shared.run(runID), run.owner == caller.ownerKey else { return nil }
        let (stream, continuation) = AsyncStream.makeStream(of: Chunk.self, bufferingPolicy: .unbounded)
        let follower = Task {
            var last = sequence
            var quietSince = ContinuousClock.now
            while !Task.isCancelled {
                // A read that fails (the database restarting) is retried; a run nobody adds to for a minute is lost.
                let events = (try? await shared.events(runID, after: last)) ?? []
                if let newest = events.last {
                    continuation.yield(Chunk(text: events.map(\.text).joined(), lastSequence: newest.sequence))
                    last = newest.sequence
                    quietSince = .now
                    if newest.text.hasSuffix("data: \"[DONE]\"\n\n") { break }
                } else if ContinuousClock.now - quietSince > .seconds(60) {
                    break
                }
                try? await Task.sleep(for: Self.followPollInterval)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in follower.cancel() }
        return (UUID(), stream, continuation)
    }

    func cancelShared(_ runID: String, for caller: SecurityContext) async -> CancelOutcome {
        guard let shared, let run = try? await shared.run(runID), run.owner == caller.ownerKey else { return .unknown }
        if run.finished { return .alreadyFinished }
        return (try? await shared.requestCancel(runID)) == true ? .cancelled : .alreadyFinished
    }

    func sharedStatus(_ runID: String, for caller: SecurityContext) async -> Status? {
        guard let shared, let run = try? await shared.run(runID), run.owner == caller.ownerKey else { return nil }
        return run.finished ? .finished : .running
    }

    /// Stops the runs here that another replica was asked to cancel, and every 30 seconds expires old runs and
    /// conversations in the shared store. Called every `cancelPollInterval` while the registry lives.
    func pollSharedStore(lastExpiry: inout ContinuousClock.Instant) async {
        guard let shared else { return }
        let running = runningIDs
        if !running.isEmpty, let asked = try? await shared.cancelRequests(among: running) {
            for runID in asked { stop(runID, reason: .cancelled) }
        }
        if ContinuousClock.now - lastExpiry > .seconds(30) {
            lastExpiry = .now
            try? await shared.expire(retention: configuration.runRetention, maximumRuns: configuration.maximumRuns, idle: ConversationStore.idle)
        }
    }
}

extension SecurityContext {
    /// The principal as canonical JSON (claims sorted by name), the owner key of shared runs and conversations.
    var ownerKey: String { Self.canonical(principal) }
}
