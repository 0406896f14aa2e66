import SemanticModel
import Synchronization

/// When a run must be over, and whether that moment has passed: the watchdog sets it and cancels the run, and the
/// run then reports a timeout instead of a cancellation.
final class RunDeadline: Sendable {
    let instant: ContinuousClock.Instant
    /// The configured limit, for the message.
    let limit: Duration
    private let expired = Atomic<Bool>(false)

    init(at instant: ContinuousClock.Instant, limit: Duration) {
        self.instant = instant
        self.limit = limit
    }

    var isExpired: Bool { expired.load(ordering: .acquiring) }

    /// Whether the moment has come, whether or not a watchdog has seen it yet.
    var hasPassed: Bool { ContinuousClock.now >= instant }

    func expire() { expired.store(true, ordering: .releasing) }

    /// Time left, never negative.
    var remaining: Duration { max(.zero, ContinuousClock.now.duration(to: instant)) }

    var error: TextBIError {
        TextBIError(
            .timeout, "The answer took longer than \(limit.spoken) and was stopped",
            context: ["timeout_ms": String(Int(limit.milliseconds))])
    }

}
