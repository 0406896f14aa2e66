import Execution
import QueryGeneration
import SemanticModel
import Synchronization

/// What each question was understood as, by its text and today's date: a repeated question skips understanding, as
/// Cube's compiler cache skips compiling a query it has seen. Only for questions that stand alone (a follow-up reads
/// the previous answer). The generator is fixed for the workflow's life, so an entry is right until the date
/// changes, which is part of its key. Bounded by entries, least recently used first out. The result cache
/// (`--no-cache`) is another thing: every answer still runs its SQL.
public final class UnderstandingCache: Sendable {
    struct Key: Hashable, Sendable {
        let question: String
        let today: CalendarDate
    }

    private let state = Mutex(LRUEntries<Key, GenerationResult>())
    private let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The result kept for `question` on `today`, else `understand()`'s, kept.
    func result(_ question: String, today: CalendarDate, _ understand: () -> GenerationResult) -> GenerationResult {
        let key = Key(question: question, today: today)
        if let kept = state.withLock({ $0.get(key) }) { return kept }
        let result = understand()
        state.withLock { $0.insert(result, size: 1, for: key, budget: capacity) }
        return result
    }
}
