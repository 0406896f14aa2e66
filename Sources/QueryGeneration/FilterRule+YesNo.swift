import SemanticModel

/// String columns whose only values are a yes and a no ('yes' / 'no', Y / N, true / false, 是 / 否, 有 / 无), read
/// from the database's values at start-up.
struct YesNoColumns: Sendable {
    private(set) var pairs: [String: (yes: String, no: String)] = [:]

    private static let spellings: [(yes: String, no: String)] = [("yes", "no"), ("y", "n"), ("true", "false"), ("是", "否"), ("有", "无")]

    init(values: [String: [String]] = [:]) {
        for (dimension, list) in values where list.count == 2 {
            let lower = list.map { $0.lowercased() }
            for spelling in Self.spellings where Set(lower) == [spelling.yes, spelling.no] {
                pairs[dimension] = (list[lower.firstIndex(of: spelling.yes)!], list[lower.firstIndex(of: spelling.no)!])
            }
        }
    }
}

extension FilterRule {
    static let havingWords: Set<String> = ["have", "has", "having", "had", "with", "include", "includes", "including", "有", "带", "带有", "配", "配有", "含", "含有"]
    static let lackingWords: Set<String> = ["without", "lack", "lacks", "lacking", "没有", "不带", "无", "不含"]
    static let notWords: Set<String> = ["not", "don't", "doesn't", "didn't", "没", "不"]

    /// Computers that have a CD-ROM, 带光驱的电脑: a yes/no column said after have / with / in is the rows with it
    /// (= yes); after without / lack / don't have, the rows without it (= no), never the rows where it is missing (it
    /// never is); columns listed after it with "and" take the same side. "With and without a CD-ROM" is both sides: a
    /// breakdown by the column.
    func yesNo(_ s: inout ParseState) {
        guard !s.yesNo.pairs.isEmpty else { return }
        for i in s.tokens.indices where s.isFree(i) {
            guard let d = s.dimensions(i).first(where: { s.yesNo.pairs[$0] != nil }), let pair = s.yesNo.pairs[d] else { continue }
            var k = i - 1
            while let t = s.token(k), s.isFree(k), ["a", "an", "the", "any", "一个", "个"].contains(t.text) { k -= 1 }
            // homes in the preferred neighbourhood, 在优选街区的: the rows that are in it.
            if let t = s.token(k), s.isFree(k), ["in", "within", "在", "位于"].contains(t.text) {
                s.addFilter(MemberFilter(member: d, op: .equals, values: [pair.yes]))
                s.use(k..<(i + 1))
                continue
            }
            guard let marker = s.token(k), s.isFree(k), Self.havingWords.contains(marker.text) || Self.lackingWords.contains(marker.text) else { continue }
            if Self.lackingWords.contains(marker.text), s.keyword(k - 1, .rangeAnd) || s.token(k - 1)?.text == "or",
                let other = s.token(k - 2), s.isFree(k - 2), Self.havingWords.contains(other.text)
            {
                if !s.groupDimensions.contains(d) { s.groupDimensions.append(d) }
                s.use((k - 2)..<(i + 1))
                continue
            }
            var first = k
            var lacking = Self.lackingWords.contains(marker.text)
            // don't have, do not have, 没有 split as 没 有
            if !lacking, let t = s.token(k - 1), s.isFree(k - 1), Self.notWords.contains(t.text) {
                lacking = true
                first = k - 1
                if let d = s.token(k - 2), s.isFree(k - 2), ["do", "does", "did"].contains(d.text) { first = k - 2 }
            }
            s.addFilter(MemberFilter(member: d, op: .equals, values: [lacking ? pair.no : pair.yes]))
            s.use(first..<(i + 1))
            // have air conditioning and a driveway, 有车库和空调: yes/no columns listed after it take the same side;
            // "or" between them is either one, which one filter can't say, so it is left to the ledger.
            var j = i + 1
            while let sep = s.token(j), s.isFree(j), sep.isKeyword(.rangeAnd) || [",", "、"].contains(sep.text) {
                var n = j + 1
                while let t = s.token(n), s.isFree(n), ["a", "an", "the", "any"].contains(t.text) { n += 1 }
                guard s.isFree(n), let next = s.dimensions(n).first(where: { s.yesNo.pairs[$0] != nil }), let nextPair = s.yesNo.pairs[next] else { break }
                s.addFilter(MemberFilter(member: next, op: .equals, values: [lacking ? nextPair.no : nextPair.yes]))
                s.use(j..<(n + 1))
                j = n + 1
            }
        }
    }
}
