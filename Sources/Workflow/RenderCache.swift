import Execution
import SQLRendering
import SemanticModel
import Synchronization

/// SQL already rendered, by everything rendering reads: the query, today's date, the caller's claims (row-level
/// security is part of the key) and the generation of the ready rollups. The model is fixed for the backend's
/// life, so an entry is right for as long as its key; a repeated query skips planning, rollup matching and
/// rendering, as Cube's compiler cache skips compiling it. Bounded by entries, least recently used first out.
/// Only successes are kept: a query that fails to render is rendered (and refused) again.
public final class RenderCache: Sendable {
    struct Key: Hashable, Sendable {
        let query: CubeQuery
        let today: CalendarDate
        let claims: String
        let rollups: Int
    }

    private let state = Mutex(LRUEntries<Key, RenderedSQL>())
    private let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func rendered(
        _ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext, rollups: Int,
        _ render: () throws -> RenderedSQL
    ) rethrows -> RenderedSQL {
        let key = Key(query: query, today: today, claims: securityContext.claimsKey, rollups: rollups)
        if let kept = state.withLock({ $0.get(key) }) { return kept }
        let rendered = try render()
        state.withLock { $0.insert(rendered, size: 1, for: key, budget: capacity) }
        return rendered
    }
}
