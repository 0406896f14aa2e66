import SemanticModel

/// String columns whose only values are a yes and a no ('yes' / 'no', Y / N, true / false, 是 / 否, 有 / 无), read
/// from the database's values at start-up, and the model's boolean dimensions (true / false).
struct YesNoColumns: Sendable {
    private(set) var pairs: [String: (yes: String, no: String)] = [:]
    /// The forms a column titled as a predicate is said in (Lexicon.predicateForms(of:); 住在大城市 for 是否住在大城市).
    private(set) var predicates: [String: Set<String>] = [:]

    private static let spellings: [(yes: String, no: String)] = [("yes", "no"), ("y", "n"), ("true", "false"), ("是", "否"), ("有", "无")]

    init(values: [String: [String]] = [:], model: SemanticModel? = nil) {
        for cube in model?.cubes ?? [] {
            for d in cube.dimensions where d.kind == .boolean && d.isPublic { pairs["\(cube.name).\(d.name)"] = ("true", "false") }
        }
        for (dimension, list) in values where list.count == 2 {
            let lower = list.map { $0.lowercased() }
            for spelling in Self.spellings where Set(lower) == [spelling.yes, spelling.no] {
                pairs[dimension] = (list[lower.firstIndex(of: spelling.yes)!], list[lower.firstIndex(of: spelling.no)!])
            }
        }
        for dimension in pairs.keys {
            guard case .dimension(let cube, let d, _)? = model?.resolve(dimension), cube.isPublic, d.isPublic else { continue }
            var forms = Set(([d.title] + d.meta.synonyms).flatMap { Lexicon.predicateForms(of: Lexicon.withoutUnit($0) ?? $0) })
            if let zh = d.meta.titleZh, zh.hasPrefix("是否"), zh.count > 3 { forms.insert(String(zh.dropFirst(2))) }
            if !forms.isEmpty { predicates[dimension] = forms }
        }
    }
}

extension FilterRule {
    static let havingWords: Set<String> = ["have", "has", "having", "had", "with", "include", "includes", "including", "hold", "holds", "holding",
                                           "有", "带", "带有", "配", "配有", "含", "含有"]
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

    static let negations: Set<String> = ["un", "non", "not", "never", "未", "不"]
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "是"]

    /// A yes/no column said as an adjective of the rows: married men, unionized workers, 已婚者 (= yes); unmarried
    /// men, non-union observations, men who were not married (= no); "union versus non-union", "married and
    /// unmarried" (both sides: a breakdown by it). Only where the rows' noun follows, or a copula comes before and
    /// nothing continues the phrase after: a bare mention stays for the other rules (or the ledger) to read.
    /// The yes/no column a word at `i` names, with its two values.
    static func yesNoColumn(_ s: borrowing ParseState, _ i: Int) -> (dimension: String, pair: (yes: String, no: String))? {
        guard let d = s.dimensions(i).first(where: { s.yesNo.pairs[$0] != nil }), let pair = s.yesNo.pairs[d] else { return nil }
        return (d, pair)
    }

    func yesNoAdjectives(_ s: inout ParseState) {
        guard !s.yesNo.pairs.isEmpty else { return }
        // a static function, not a nested one: a nested function reading the inout state copied all of it per call
        func negated(_ i: Int) -> Bool { s.isFree(i - 1) && Self.negations.contains(s.token(i - 1)?.text ?? "") }
        for i in s.tokens.indices where s.isFree(i) {
            guard let (d, pair) = Self.yesNoColumn(s, i) else { continue }
            let no = negated(i)
            let first = no ? i - 1 : i
            // union versus non-union, married and unmarried: both sides.
            if let sep = s.token(i + 1), s.isFree(i + 1), ["versus", "vs", "vs.", "and", "or", "与", "和"].contains(sep.text) {
                let k = s.isFree(i + 2) && Self.negations.contains(s.token(i + 2)?.text ?? "") ? i + 3 : i + 2
                if s.isFree(k), Self.yesNoColumn(s, k)?.dimension == d, negated(k) != no {
                    if !s.groupDimensions.contains(d) { s.groupDimensions.append(d) }
                    s.use(first..<(k + 1))
                    continue
                }
            }
            // 已婚者(的): 者 is "those who are"; an unknown run keeps the 的 after it.
            let one = ["者", "者的"].contains(s.token(i + 1)?.text ?? "")
            // 喜剧片的电影, 动作片的平均评分: the column's name, 的, then the rows or a figure of them.
            let ofRows = s.token(i + 1)?.text == "的" && s.isFree(i + 1) && i + 2 < s.tokens.count
                && (!s.cubes(i + 2).isEmpty || !s.measures(i + 2).isEmpty || s.tokens[i + 2].isKeyword(.avg) || s.tokens[i + 2].isKeyword(.sum))
            // comedies, dramas, documentaries: the plural of a column's name (Comedy) is the rows of that kind.
            let plural = Self.namesKinds(s, i, d)
            let rowsAfter = s.isFree(i + 1) && (!s.cubes(i + 1).isEmpty || one) || ofRows || plural
            let ends: Set<String> = ["?", "？", ".", "。", ",", "，", "in", "during", "at", "on", "by", "and", "or", "在", "又", "也", "而且"]
            let copulaBefore = s.isFree(first - 1) && Self.copulas.contains(s.token(first - 1)?.text ?? "")
                && (s.token(i + 1).map { s.isFree(i + 1) && ends.contains($0.text) } ?? true)
            // mothers who smoked during pregnancy: a column named by a verb in the past (Smoked During Pregnancy) after who.
            // "what percentage of mothers smoked during pregnancy": or right after the rows' noun.
            // ("how many women volunteered": a value of the rows is their noun too).
            let afterRows = first > 0 && (!s.cubes(first - 1).isEmpty || s.tokens[first - 1].entries.contains { entry in
                if case .value(let other, _) = entry { return other != d && other.prefix { $0 != "." } == d.prefix { $0 != "." } } else { return false }
            })
            let relative = !rowsAfter && !copulaBefore && ((["who", "that"].contains(s.token(first - 1)?.text ?? "") && s.isFree(first - 1)) || afterRows)
                && s.model.resolve(d).map { if case .dimension(_, let c, _) = $0 { return c.title.split(separator: " ").first?.lowercased().hasSuffix("ed") == true } else { return false } } == true
            guard rowsAfter || copulaBefore || relative else { continue }
            s.addFilter(MemberFilter(member: d, op: .equals, values: [no ? pair.no : pair.yes]))
            s.use(first..<(i + 1))
            if one || ofRows { s.use(i + 1) }
            if plural, s.isFree(first - 1), s.token(first - 1)?.text == "by" { s.use(first - 1) }  // worked by homeowners
            if relative, !afterRows { s.use(first - 1) }
            // 既是爱情片又是喜剧片: both / also words around a copula join the sides.
            for k in [first - 2, first - 1] where s.isFree(k) && ["既", "又", "也", "both", "also"].contains(s.token(k)?.text ?? "") { s.use(k) }
        }
    }

    /// Whether the token is the English plural of a yes/no column's one-word name (Comedy → comedies).
    static func namesKinds(_ s: ParseState, _ i: Int, _ d: String) -> Bool {
        let text = s.tokens[i].text
        guard text.hasSuffix("s"), text.unicodeScalars.allSatisfy(\.isASCII), case .dimension(_, let column, _)? = s.model.resolve(d) else { return false }
        // Only a one-word name is a kind of row (Comedy); "union members", "Confederate states" name people or rows
        // the cube may not count one per row, and the rows' own noun.
        let title = TextNormalizer.normalize(column.title).trimmingSpaces
        // smokers, non-smokers for a column named smoker, homeowners for one whose synonym is homeowner: the people it is a yes of.
        let agents = ([column.name] + column.meta.synonyms.map { $0.lowercased() }).contains { name in
            name.allSatisfy(\.isLetter) && (name.hasSuffix("er") || name.hasSuffix("or")) && text == name + "s"
        }
        // "hours worked by homeowners": after a verb's participle, by names who did it, not a breakdown.
        let agentOfVerb = agents && s.token(i - 1)?.text == "by" && s.token(i - 2)?.text.hasSuffix("ed") == true
        return (agents || (!title.contains(" ") && !title.hasSuffix("s") && text != title))
            && (agentOfVerb || !["by", "per", "each", "every"].contains(s.token(i - 1)?.text ?? ""))
    }
}
