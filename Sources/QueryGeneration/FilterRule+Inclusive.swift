import SemanticModel

extension FilterRule {
    static let inclusivePhrases: [[String]] = [
        ["inclusive"], ["both", "inclusive"], ["both", "ends", "included"], ["both", "ends", "inclusive"], ["both", "included"],
        ["endpoints", "included"], ["including", "both"], ["including", "both", "ends"], ["含两端"], ["含"], ["包含两端"], ["包括两端"],
    ]

    /// "between 20,000 and 30,000, both ends included", 3到5级之间（含3级和5级）: words after an inclusive range that
    /// say it includes its bounds, as the range already does. Returns the index after them.
    func claimInclusive(_ s: inout ParseState, from start: Int, a: Double, b: Double) -> Int {
        var k = start
        // "30,000 a month, inclusive": the column's period (left to the ledger) may stand between.
        if let t = s.token(k), ["a", "an", "per"].contains(t.text), ["month", "year", "week", "hour", "day"].contains(s.token(k + 1)?.text ?? "") { k += 2 }
        while let t = s.token(k), [",", "，", "(", "（"].contains(t.text) { k += 1 }
        // 含3级和5级, including 3 and 5: the bounds named again.
        if let t = s.token(k), ["含", "包含", "包括", "including"].contains(t.text), s.isFree(k) {
            var j = k + 1
            var named: [Double] = []
            while let u = s.token(j), s.isFree(j) {
                if let n = u.number, [a, b].contains(n) { named.append(n) } else if !(s.units.isUnit(u.text) || ["和", "与", "、", "及", "and"].contains(u.text)) { break }
                j += 1
            }
            if Set(named) == Set([a, b]) {
                s.use(k..<j)
                return j
            }
        }
        for phrase in Self.inclusivePhrases where (0..<phrase.count).allSatisfy({ s.token(k + $0)?.text == phrase[$0] && s.isFree(k + $0) }) {
            s.use(k..<(k + phrase.count))
            return k + phrase.count
        }
        return start
    }
}
