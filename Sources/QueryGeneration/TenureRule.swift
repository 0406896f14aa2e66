import SemanticModel

/// Tenure: "have been with us for more than five years", "worked here for at least 10 years", 司龄满5年, 工龄超过3年.
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
            if Self.englishVerbs.contains(text), let k = ((i + 1)...(i + 6)).first(where: { s.token($0)?.text == "for" && s.isFree($0) }) {
                if apply(&s, from: k + 1, preset: nil, claiming: [i, k]) { return }
            } else if Self.englishVerbs.contains(text) || (text == "tenure" && s.isFree(i)) {
                // "been here more than five years", "worked at the company 5 years or more", "a tenure of over 5 years".
                var k = i + 1
                while k < i + 5, let t = s.token(k), s.isFree(k), Self.placeWords.contains(t.text) { k += 1 }
                if k > i + 1 || text == "tenure", apply(&s, from: k, preset: nil, claiming: Array(i..<k)) { return }
            } else if s.isFree(i), let head = Self.chineseHeads.first(where: { text.hasPrefix($0) }) {
                // 司龄满 arrives as one word: the comparison may sit inside it.
                let rest = String(text.dropFirst(head.count))
                let preset: FilterOperator? = ["满", "达到"].contains(rest) ? .gte : rest == "超过" ? .gt : ["不满", "不到"].contains(rest) ? .lt : nil
                guard rest.isEmpty || preset != nil else { continue }
                if apply(&s, from: i + 1, preset: preset, claiming: [i]) { return }
            }
        }
    }

    /// Reads [comparison] N years|months [or more] from `start`; adds the condition and claims the words if it can.
    private func apply(_ s: inout ParseState, from start: Int, preset: FilterOperator?, claiming words: [Int]) -> Bool {
        var p = start
        var op = preset
        // The tokenizer reads number words (five, ten) as numbers; "one" stays a word there (which one), and "a year" is one.
        if let c = FilterRule().comparator(s, p) { op = c; p += 1 }
        guard let t = s.token(p), s.isFree(p), let n = t.number ?? (["one", "a", "an"].contains(t.text) ? 1 : nil), n >= 1, n == n.rounded(),
            let unitToken = s.token(p + 1), s.isFree(p + 1)
        else { return false }
        let unit: Granularity
        switch unitToken.text {
        case "year", "years", "年": unit = .year
        case "month", "months", "个月", "月": unit = .month
        default: return false
        }
        var end = p + 2
        if op == nil, let c = FilterRule().comparator(s, end) { op = c; end += 1 }
        guard let op, let date = startDate(s) else { return false }
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

    /// The default date of the cube the question counts or names (employees: the hire date).
    private func startDate(_ s: ParseState) -> String? {
        for name in s.nounCubes + s.mentionedCubes {
            if let cube = s.model.cube(named: name), let t = cube.meta.timeDimension { return "\(name).\(t)" }
        }
        return nil
    }
}
