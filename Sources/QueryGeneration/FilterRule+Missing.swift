import SemanticModel

/// Conditions on whether a column holds anything: "animals with no diet recorded", "employees without a termination
/// date", "missing REM sleep" (Cube's `notSet`: IS NULL), and "a known diet", "a REM sleep measurement" (`set`).
/// Only a column's own name counts: "no rain" names a value, which the value rule negates. "No" before a number
/// column with no record noun after it is none of the quantity (zero).
extension FilterRule {
    static let absentWords: Set<String> = ["no", "without", "missing", "lacking", "没有", "无", "缺少"]
    /// Words after a column's name that say it is empty (离职日期为空, 饮食缺失).
    static let emptyWords: Set<String> = ["为空", "缺失", "空缺", "未填"]
    static let presentWords: Set<String> = ["known", "recorded", "measured"]
    /// Nouns that say "a recorded value of" after a column's name (no wage figure, a REM sleep measurement).
    static let recordNouns: Set<String> = ["figure", "value", "measurement", "measurements", "record", "data", "entry", "recorded", "given", "listed"]

    func missing(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            let word = s.tokens[i].text
            let absent = Self.absentWords.contains(word), present = Self.presentWords.contains(word)
            guard absent || present else { continue }
            var k = i + 1
            if let t = s.token(k), ["a", "an", "any"].contains(t.text) { k += 1 }
            // "universities with no undergraduate students", where the words are the column's total: the column.
            let model = s.model
            let summed = s.measures(k).compactMap { m -> String? in
                guard case .measure(let cube, let measure)? = model.resolve(m), measure.kind == .sum, measure.filters.isEmpty,
                    let column = cube.numberColumn(of: measure), column.isPublic
                else { return nil }
                return "\(cube.name).\(column.name)"
            }.first
            guard s.isFree(k), s.values(k).isEmpty, let d = s.dimensions(k).first ?? (absent ? summed : nil) else { continue }
            // "cells with no claims" where Claims (count) counts something, "workers with no work experience": none
            // of a quantity is zero, not a blank; "no wage recorded" (a record noun after it) is the blank.
            let onRecord = s.token(k + 1)?.text == "on" && ["record", "file"].contains(s.token(k + 2)?.text ?? "")
            let recorded = s.token(k + 1).map { Self.recordNouns.contains($0.text) } ?? false || onRecord
            if absent, Self.countsThings(d, s.model) || (s.dimensionKind(d) == .number && !recorded && Self.namesThingsCounted(d, s.model)) {
                s.addFilter(MemberFilter(member: d, op: .equals, values: ["0"]))
            } else if absent, s.dimensionKind(d) == .number, !recorded {
                // "no IQ score", "no income": a measurement left blank, or zero? The numbers differ; asked.
                s.unexpressed.append(s.tokens[i].text + " " + s.tokens[k].text)
            } else {
                s.addFilter(MemberFilter(member: d, op: absent ? .notSet : .set, values: []))
            }
            s.use(i, k)
            // "no" is also the value of yes/no columns; here it is the absent word, which the condition says.
            s.namesRowsOnly.insert(i)
            if s.isFree(k + 1), Self.recordNouns.contains(s.tokens[k + 1].text) { s.use(k + 1) }
            if onRecord { s.use(k + 1, k + 2) }
        }
        having(&s)
        // 离职日期为空: a column's name, then a word saying it is empty.
        for k in 0..<s.tokens.count where s.isFree(k) && s.isFree(k + 1) {
            guard let next = s.token(k + 1), s.values(k).isEmpty, let d = s.dimensions(k).first else { continue }
            // 为空的 may come as 为 + 空的.
            let two = s.isFree(k + 2) ? next.text + (s.token(k + 2)?.text ?? "") : next.text
            let length = Self.emptyWords.contains(where: { next.text.hasPrefix($0) }) ? 1 : Self.emptyWords.contains(where: { two.hasPrefix($0) }) ? 2 : 0
            guard length > 0 else { continue }
            s.addFilter(MemberFilter(member: d, op: .notSet, values: []))
            s.use(k..<(k + 1 + length))
        }
        // "a REM sleep measurement", "a diet recorded": a column's name before a record noun, after "a"/"have".
        for k in 0..<s.tokens.count where s.isFree(k) && s.isFree(k + 1) {
            guard let next = s.token(k + 1), ["measurement", "recorded", "measured", "on"].contains(next.text),
                next.text != "on" || s.token(k + 2)?.text == "record",
                s.values(k).isEmpty, let d = s.dimensions(k).first, let before = s.token(k - 1), ["a", "an", "have", "has", "with"].contains(before.text)
            else { continue }
            s.addFilter(MemberFilter(member: d, op: .set, values: []))
            s.use(k, k + 1)
            if next.text == "on" { s.use(k + 2) }
        }
    }

    /// Words that end the clause "that have an MPAA rating" before the question goes on.
    static let clauseEnds: Set<String> = [",", "，", "?", "？", "how", "what", "which", "who", "and", "or", "in", "by", "per", "for"]

    /// "films that have an MPAA rating, …", "how many films have an age rating": having a column, said with nothing
    /// after it but the end of the clause, is the column being set.
    func having(_ s: inout ParseState) {
        for k in 2..<max(2, s.tokens.count) where s.isFree(k) {
            guard ["have", "has", "having", "with"].contains(s.tokens[k - 2].text), ["a", "an", "any"].contains(s.tokens[k - 1].text),
                s.values(k).isEmpty, let d = s.dimensions(k).first,
                s.token(k + 1).map({ Self.clauseEnds.contains($0.text) || $0.text.hasPrefix("how ") }) ?? true
            else { continue }
            s.addFilter(MemberFilter(member: d, op: .set, values: []))
            s.use(k)
        }
    }

    /// "employees who got at least one S rating": at least one of a value is having it, which the value's condition
    /// already says (a count of the people among the rows that have it). So is "rated D at least once": after a value,
    /// at least once is how often, not "D or better".
    func atLeastOne(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && s.tokens[i].text == "at least" {
            let afterValue = i > 0 && (s.tokens[i - 1].namesValue || (i > 1 && s.tokens[i - 2].namesValue && !s.dimensions(i - 1).isEmpty))  // D (rating)
            if afterValue, let once = s.token(i + 1), s.isFree(i + 1), once.text == "once" {
                s.use(i, i + 1)
                continue
            }
            guard let one = s.token(i + 1), s.isFree(i + 1), one.text == "one" || one.number == 1 else { continue }
            if s.token(i + 2)?.namesValue == true {
                s.use(i, i + 1)
            } else if s.isFree(i + 2), let cube = s.cubes(i + 2).first, let rows = s.model.cube(named: cube),
                let key = rows.dimensions.first(where: \.primaryKey)
            {
                // "employees who have had at least one performance review", "scored below 2 in at least one review":
                // rows of another cube, one or more of them: the join keeps those that have one (its key is set).
                s.addFilter(MemberFilter(member: "\(cube).\(key.name)", op: .set, values: []))
                s.use(i, i + 1, i + 2)
                s.namesRowsOnly.insert(i + 2)
            }
        }
        // 曾经拿过S, S级员工（至少一次）: ever and at least once (至少一次) say how often a value's condition held.
        guard s.language == .zh, s.tokens.contains(where: \.namesValue) else { return }
        for i in s.tokens.indices where s.isFree(i) {
            if ["曾经", "曾"].contains(s.tokens[i].text) {
                s.use(i)
            } else if s.tokens[i].text == "至少", s.token(i + 1)?.number == 1, s.token(i + 2)?.text == "次", s.isFree(i + 1), s.isFree(i + 2) {
                s.use(i, i + 1, i + 2)
            }
        }
    }

    /// A number column that counts things (its title's unit is a count: Claims (count), People (persons)).
    static func countsThings(_ d: String, _ model: SemanticModel) -> Bool {
        guard case .dimension(_, let column, _)? = model.resolve(d), column.kind == .number, let (_, unit) = TitleUnit.split(column.title) else { return false }
        return ["count", "number", "people", "persons", "人", "个", "次"].contains(unit.lowercased())
    }

    /// Whether a number column's title names things counted, in the plural (Children Under 6, Undergraduate Students,
    /// Doctor Visits): none of them is zero. A measurement's title (IQ Score, Income) is singular.
    static func namesThingsCounted(_ d: String, _ model: SemanticModel) -> Bool {
        let title = model.title(of: d, .en)
        let words = (TitleUnit.split(title)?.name ?? title).lowercased().split(separator: " ").map(String.init)
        let irregular: Set<String> = ["children", "people", "men", "women", "staff", "persons"]
        return words.contains { w in irregular.contains(w) || (w.count >= 4 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")) }
    }
}
