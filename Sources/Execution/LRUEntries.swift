/// Entries bounded by bytes, least recently used first out: the store behind the result cache and the answer cache.
/// A value type; each cache keeps it behind its own lock.
public struct LRUEntries<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let value: Value
        let bytes: Int
        var lastUse: UInt64
    }

    private var entries: [Key: Entry] = [:]
    private var tick: UInt64 = 0
    public private(set) var bytes = 0

    public init() {}

    public var count: Int { entries.count }

    /// The value for `key`, marked as just used.
    public mutating func get(_ key: Key) -> Value? {
        guard var entry = entries[key] else { return nil }
        tick &+= 1
        entry.lastUse = tick
        entries[key] = entry
        return entry.value
    }

    /// Keeps `value` (`size` bytes); over `budget`, drops the least recently used until three quarters of it are in
    /// use, so eviction is rare and batched.
    public mutating func insert(_ value: Value, size: Int, for key: Key, budget: Int) {
        tick &+= 1
        if let old = entries.updateValue(Entry(value: value, bytes: size, lastUse: tick), forKey: key) { bytes -= old.bytes }
        bytes += size
        guard bytes > budget else { return }
        var byAge = entries.sorted { $0.value.lastUse < $1.value.lastUse }[...]
        while bytes > budget * 3 / 4, let (oldKey, oldEntry) = byAge.popFirst() {
            entries[oldKey] = nil
            bytes -= oldEntry.bytes
        }
    }

    public mutating func removeAll() {
        entries.removeAll()
        bytes = 0
    }
}
