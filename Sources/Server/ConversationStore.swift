import QueryGeneration
import SemanticModel

/// Each conversation's last understood question, so a follow-up (那上海呢?) can refine it. Bounded in count,
/// forgotten after 30 minutes of silence, and private to the caller who holds it.
actor ConversationStore {
    private struct Entry {
        let owner: SecurityContext
        let last: Interpretation
        let touched: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    private let maximum: Int
    private let idle: Duration

    init(maximum: Int = 10_000, idle: Duration = .seconds(1_800)) {
        self.maximum = maximum
        self.idle = idle
    }

    func previous(_ conversation: String?, owner: SecurityContext) -> Interpretation? {
        guard let conversation, let entry = entries[conversation], entry.owner.principal == owner.principal else { return nil }
        guard ContinuousClock.now - entry.touched < idle else {
            entries[conversation] = nil
            return nil
        }
        return entry.last
    }

    func remember(_ conversation: String?, owner: SecurityContext, _ interpretation: Interpretation) {
        guard let conversation, !conversation.isEmpty, conversation.count <= 200 else { return }
        if entries.count >= maximum {
            let now = ContinuousClock.now
            entries = entries.filter { now - $0.value.touched < idle }
            if entries.count >= maximum, let oldest = entries.min(by: { $0.value.touched < $1.value.touched })?.key { entries[oldest] = nil }
        }
        entries[conversation] = Entry(owner: owner, last: interpretation, touched: .now)
    }
}
