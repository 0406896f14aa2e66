import Execution
import QueryGeneration
import SemanticModel

/// Each conversation's last understood question, so a follow-up (那上海呢?) can refine it. Bounded in count,
/// forgotten after 30 minutes of silence, and private to the caller who holds it. With a shared store (PostgreSQL)
/// it is kept there, so a follow-up continues on whichever replica it reaches; this process's copy is the fallback
/// while the store can't be reached.
actor ConversationStore {
    static let idle = Duration.seconds(1_800)

    private struct Entry {
        let owner: SecurityContext
        let last: Interpretation
        let touched: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    private let maximum: Int
    private let idle: Duration
    private let shared: (any SharedStateStore)?

    init(maximum: Int = 10_000, idle: Duration = ConversationStore.idle, shared: (any SharedStateStore)? = nil) {
        self.maximum = maximum
        self.idle = idle
        self.shared = shared
    }

    func previous(_ conversation: String?, owner: SecurityContext) async -> Interpretation? {
        guard let conversation else { return nil }
        if let shared {
            do {
                guard let state = try await shared.conversation(conversation, owner: owner.ownerKey, idle: idle) else { return nil }
                return try? Interpretation(json: try JSONValue.parse(state))
            } catch {}  // the store is unreachable: this replica's own memory
        }
        guard let entry = entries[conversation], entry.owner.principal == owner.principal else { return nil }
        guard ContinuousClock.now - entry.touched < idle else {
            entries[conversation] = nil
            return nil
        }
        return entry.last
    }

    /// Keeps the answer of a conversation; without a conversation id it returns at once, with no hop to the actor
    /// (most questions carry none).
    nonisolated func remember(_ conversation: String?, owner: SecurityContext, _ interpretation: Interpretation) async {
        guard let conversation, !conversation.isEmpty, conversation.count <= 200 else { return }
        await keep(conversation, owner: owner, interpretation)
    }

    private func keep(_ conversation: String, owner: SecurityContext, _ interpretation: Interpretation) async {
        if entries.count >= maximum {
            let now = ContinuousClock.now
            entries = entries.filter { now - $0.value.touched < idle }
            if entries.count >= maximum, let oldest = entries.min(by: { $0.value.touched < $1.value.touched })?.key { entries[oldest] = nil }
        }
        entries[conversation] = Entry(owner: owner, last: interpretation, touched: .now)
        try? await shared?.remember(conversation, owner: owner.ownerKey, state: interpretation.json.jsonString())
    }
}
