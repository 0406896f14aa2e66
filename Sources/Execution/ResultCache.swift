import Foundation
import SQLRendering
import Synchronization

/// Results of earlier queries, as Cube's in-memory cache keeps them: keyed by the statement, its bound values (so
/// row-level security is part of the key) and the row cap; bounded by bytes, least recently used first out; and
/// emptied as soon as the database's data version moves (checked at most once per `checkInterval`).
public final class ResultCache: Sendable {
    public struct Key: Hashable, Sendable {
        let sql: String
        let parameters: [SQLValue]
        let rowCap: Int
    }

    struct State {
        var entries = LRUEntries<Key, QueryResult>()
        /// The data version the entries belong to, and when it was last read.
        var version: Int64?
        var checked: ContinuousClock.Instant?
    }

    public let maximumBytes: Int
    public let checkInterval: Duration
    private let state = Mutex(State())

    public init(maximumBytes: Int, checkInterval: Duration = .seconds(1)) {
        self.maximumBytes = maximumBytes
        self.checkInterval = checkInterval
    }

    public static func key(sql: String, parameters: [SQLValue], rowCap: Int) -> Key {
        Key(sql: sql, parameters: parameters, rowCap: rowCap)
    }

    /// Whether the data version must be read again before an entry may be served.
    public func needsVersionCheck(now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in state.checked.map { $0.duration(to: now) >= checkInterval } ?? true }
    }

    /// Records the data version just read; entries of an older version are dropped.
    public func observe(version: Int64, at now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            if state.version != version {
                state.entries.removeAll()
                state.version = version
            }
            state.checked = now
        }
    }

    /// The cached result for `key`, marked as coming from the cache, and the data version the entries belong to
    /// (hand it back to `store`).
    public func lookup(_ key: Key) -> (result: QueryResult?, version: Int64?) {
        state.withLock { state in
            guard var result = state.entries.get(key) else { return (nil, state.version) }
            result.fromCache = true
            return (result, state.version)
        }
    }

    /// Keeps `result` unless it alone is over a quarter of the budget, or the data version moved since `version`
    /// was looked up (the rows may be older than the new version); makes room by dropping the least recently used.
    public func store(_ result: QueryResult, for key: Key, version: Int64?) {
        let bytes = Self.size(of: result, key: key)
        guard bytes <= maximumBytes / 4 else { return }
        state.withLock { state in
            guard version != nil, state.version == version else { return }
            state.entries.insert(result, size: bytes, for: key, budget: maximumBytes)
        }
    }

    /// The data version the entries belong to (nil until it has been read); answers cached above this cache are
    /// tagged with it, so they go when it moves.
    public var version: Int64? { state.withLock { $0.version } }

    /// Bytes held and entries (hits and misses are counted as metrics by the executor).
    public var statistics: (bytes: Int, entries: Int) {
        state.withLock { ($0.entries.bytes, $0.entries.count) }
    }

    /// An estimate of what an entry holds in memory: its key, its cells and a fixed cost per row and cell.
    static func size(of result: QueryResult, key: Key) -> Int {
        var bytes = 256 + key.sql.utf8.count + key.parameters.reduce(0) { $0 + cost($1) }
        bytes += result.columns.reduce(0) { $0 + 32 + $1.utf8.count }
        for row in result.rows { bytes += 32 + row.reduce(0) { $0 + cost($1) } }
        return bytes
    }

    private static func cost(_ value: SQLValue) -> Int {
        switch value {
        case .text(let s): return 24 + s.utf8.count
        case .blob(let b): return 24 + b.count
        default: return 16
        }
    }
}
