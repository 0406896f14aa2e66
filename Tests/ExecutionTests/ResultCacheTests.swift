import Execution
import SQLRendering
import Testing

@Suite("Result cache")
struct ResultCacheTests {
    static func result(_ rows: Int, text: String = "x") -> QueryResult {
        QueryResult(columns: ["a"], rows: (0..<rows).map { _ in [.text(text)] }, truncated: false, elapsedMilliseconds: 1)
    }

    @Test("never holds more than its budget, and drops the least recently used first")
    func budget() {
        let cache = ResultCache(maximumBytes: 20_000)
        cache.observe(version: 1)
        let keys = (0..<200).map { ResultCache.key(sql: "SELECT \($0)", parameters: [.integer(Int64($0))], rowCap: 10) }
        for (i, key) in keys.enumerated() {
            _ = cache.lookup(keys[0])  // the first stays in use
            cache.store(Self.result(10), for: key, version: 1)
            #expect(cache.statistics.bytes <= 20_000, "after \(i) stores")
        }
        #expect(cache.lookup(keys[0]).result != nil, "the entry in use stays")
        #expect(cache.lookup(keys[1]).result == nil, "an old unused entry went")
        #expect(cache.lookup(keys[199]).result?.fromCache == true)
    }

    @Test("parameters and the row cap are part of the key, so one caller's rows never answer another's")
    func key() {
        let cache = ResultCache(maximumBytes: 1 << 20)
        cache.observe(version: 1)
        let sql = "SELECT * FROM t WHERE dept = ?"
        cache.store(Self.result(1, text: "sales"), for: ResultCache.key(sql: sql, parameters: [.text("销售部")], rowCap: 10), version: 1)
        #expect(cache.lookup(ResultCache.key(sql: sql, parameters: [.text("产品部")], rowCap: 10)).result == nil)
        #expect(cache.lookup(ResultCache.key(sql: sql, parameters: [.text("销售部")], rowCap: 5)).result == nil)
        #expect(cache.lookup(ResultCache.key(sql: sql, parameters: [.text("销售部")], rowCap: 10)).result != nil)
    }

    @Test("a new data version empties the cache, and rows read under an older version are not kept")
    func versions() {
        let cache = ResultCache(maximumBytes: 1 << 20, checkInterval: .seconds(1))
        let key = ResultCache.key(sql: "SELECT 1", parameters: [], rowCap: 10)
        #expect(cache.needsVersionCheck())
        cache.observe(version: 7)
        #expect(!cache.needsVersionCheck())
        let (_, version) = cache.lookup(key)
        cache.observe(version: 8)  // another program wrote while the query ran
        cache.store(Self.result(1), for: key, version: version)
        #expect(cache.lookup(key).result == nil, "stored under version 7 after version 8 was seen")
        cache.store(Self.result(1), for: key, version: 8)
        #expect(cache.lookup(key).result != nil)
        cache.observe(version: 9)
        #expect(cache.lookup(key).result == nil)
        #expect(cache.needsVersionCheck(now: .now + .seconds(2)))
    }
}
