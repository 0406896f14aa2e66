import SemanticModel

/// Tenure: "have been with us for more than five years", "worked here for at least 10 years", "5+ years of tenure",
/// 司龄满5年, 工龄超过3年, 入职满5年 (the start date's own word, then 满 / 超过 / 不满 / 不到).
/// Time spent since the rows' start is a condition on their start date (the counted cube's default date, the hire
/// date): more than N years is a start before today minus N years (at least: on or before; less than: after).
/// Without a comparison ("been with us for 5 years": exactly? at least?) nothing is read and the user is asked.
struct TenureRule: InterpretationRule {
    static let englishVerbs: Set<String> = ["been", "worked", "work", "working", "served"]
    static let chineseHeads = ["司龄", "工龄"]
    /// Words between the verb and the span that say where (been here, worked at the company, a tenure of).
    static let placeWords: Set<String> = ["here", "there", "with", "us", "at", "the", "company", "firm", "of", "in", "our", "organization", "organisation"]

    func apply(_ s: inout ParseState) {
        // The verb may already be read (worked: the rows are people); only the words after it must be free.
        for i in s.tokens.indices {
            let text = s.tokens[i].text
            if ["tenure", "service"].contains(text), s.isFree(i), i >= 3, s.token(i - 1)?.text == "of" {
                // "5+ years of tenure", "at least ten years of service": the span ends before "of".
                for k in max(0, i - 5)...(i - 3) where s.isFree(k) {
                    if apply(&s, from: k, preset: nil, claiming: [i - 1, i], endingAt: i - 1) { return }
                }
            } else if Self.englishVerbs.contains(text), let k = ((i + 1)...(i + 6)).first(where: { s.token($0)?.text == "for" && s.isFree($0) }) {
                if apply(&s, from: k + 1, preset: nil, claiming: [i, k]) { return }
            } else if Self.englishVerbs.contains(text) || (text == "tenure" && s.isFree(i)) {
                // "been here more than five years", "worked at the company 5 years or more", "a tenure of over 5 years".
                var k = i + 1
                while k < i + 5, let t = s.token(k), s.isFree(k), Self.placeWords.contains(t.text) { k += 1 }
                if k > i + 1 || text == "tenure", apply(&s, from: k, preset: nil, claiming: Array(i..<k)) { return }
            } else if s.isFree(i), let (op, width) = Self.chineseStartComparison(s, after: i), let date = startDate(s),
                s.dimensions(i).contains(date)
            {
                // 入职满5年, 入职不满1年: the word of the start date itself, then the comparison.
                if apply(&s, from: i + 1 + width, preset: op, claiming: Array(i...(i + width))) { return }
            } else if s.isFree(i), let head = Self.chineseHeads.first(where: { text.hasPrefix($0) }) {
                // 司龄满 arrives as one word: the comparison may sit inside it.
                let rest = String(text.dropFirst(head.count))
                let preset: FilterOperator? = ["满", "达到"].contains(rest) ? .gte : rest == "超过" ? .gt : ["不满", "不到"].contains(rest) ? .lt : nil
                guard rest.isEmpty || preset != nil else { continue }
                if apply(&s, from: i + 1, preset: preset, claiming: [i]) { return }
            }
        }
    }

    static let chineseStartComparisons: [String: FilterOperator] = ["满": .gte, "已满": .gte, "达到": .gte, "超过": .gt, "不满": .lt, "未满": .lt, "不到": .lt]

    /// The comparison after the word at `i` and how many tokens it spans (不满 may arrive as 不 + 满).
    static func chineseStartComparison(_ s: ParseState, after i: Int) -> (FilterOperator, Int)? {
        guard let next = s.token(i + 1)?.text, s.isFree(i + 1) else { return nil }
        if let op = chineseStartComparisons[next] { return (op, 1) }
        if ["不", "未"].contains(next), s.isFree(i + 2), let op = s.token(i + 2).flatMap({ chineseStartComparisons["不" + $0.text] }) { return (op, 2) }
        return nil
    }

    /// Reads [comparison] N [or more] years|months [or more] from `start`; adds the condition and claims the words if
    /// it can (and only if the span ends at `endingAt`, when given).
    private func apply(_ s: inout ParseState, from start: Int, preset: FilterOperator?, claiming words: [Int], endingAt: Int? = nil) -> Bool {
        var p = start
        var op = preset
        // The tokenizer reads number words (five, ten) as numbers; "one" stays a word there (which one), and "a year" is one.
        if let c = FilterRule().comparator(s, p) { op = c; p += 1 }
        guard let t = s.token(p), s.isFree(p), let n = t.number ?? (["one", "a", "an"].contains(t.text) ? 1 : nil), n >= 1, n == n.rounded()
        else { return false }
        // "5 or more years" (5+ years): the comparison between the number and its unit.
        var unitAt = p + 1
        if op == nil, s.isFree(unitAt), let c = FilterRule().comparator(s, unitAt) { op = c; unitAt += 1 }
        guard let unitToken = s.token(unitAt), s.isFree(unitAt) else { return false }
        let unit: Granularity
        switch unitToken.text {
        case "year", "years", "年": unit = .year
        case "month", "months", "个月", "月": unit = .month
        default: return false
        }
        var end = unitAt + 1
        if op == nil, let c = FilterRule().comparator(s, end) { op = c; end += 1 }
        guard let op, let date = startDate(s), endingAt.map({ $0 == end }) ?? true else { return false }
        let boundary = s.today.adding(-Int(n), unit).iso
        let dateOp: FilterOperator
        switch op {
        case .gt: dateOp = .beforeDate
        case .gte: dateOp = .beforeOrOnDate
        case .lt: dateOp = .afterDate
        case .lte: dateOp = .afterOrOnDate
        default: return false
        }
        s.addFilter(MemberFilter(member: date, op: dateOp, values: [boundary]))
        for w in words where s.isFree(w) { s.use(w) }
        s.use(start..<end)
        return true
    }

    /// Whether a date column is when its rows started (hired, joined, started, enrolled, 入职, 加入): the one that
    /// "the longest-serving" orders by.
    static func isStart(_ dimension: String, _ model: SemanticModel) -> Bool {
        guard case .dimension(_, let d, _)? = model.resolve(dimension) else { return false }
        let words = ([d.name, d.title, d.meta.titleZh ?? ""] + d.meta.synonyms).joined(separator: " ").lowercased()
        return ["hire", "join", "start", "enrol", "入职", "加入"].contains { words.contains($0) }
    }

    /// The default date of the cube the question counts or names (employees: the hire date).
    private func startDate(_ s: ParseState) -> String? {
        for name in s.nounCubes + s.mentionedCubes {
            if let cube = s.model.cube(named: name), let t = cube.meta.timeDimension { return "\(name).\(t)" }
        }
        return nil
    }
}
