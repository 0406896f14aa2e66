import SemanticModel

extension GroupRule {
    /// "What proportion of tailors were drinkers?", "What percentage of the men were drinkers?": the rows a value
    /// picks (or the ratio's own base, the men) come after "of", and a counted measure after the copula is the part.
    /// That is the model's ratio of that measure (Drinkers (%) = drinkers / men) over those rows, not the value's
    /// share of all drinkers; without such a ratio, a filtered count's share of the plain count; else it is asked.
    /// Returns whether the share word was settled here.
    static func measureAfterCopula(_ s: inout ParseState, share i: Int) -> Bool {
        if let (part, at) = filteredCountBeside(s, share: i) { return settle(&s, share: i, part: part, at: at, bases: 0..<0, separator: nil) }
        if s.language == .zh { return measureBeforeShare(&s, share: i) }
        // "what percentage of virginica flowers have petals longer than 5 cm": the verb inside the measure's own words
        // (have …, for Flowers with Petals Longer than 5 cm) stands where the copula would; so does a copula inside
        // them ("what percentage of applications were denied", for Denied Applications, also called "applications
        // were denied").
        let verbal = ((i + 1)..<s.tokens.count).first { k in
            let text = s.tokens[k].text
            return s.used[k] && (["have ", "has ", "had "].contains { text.hasPrefix($0) } || [" were ", " was ", " are ", " is "].contains { text.contains($0) })
                && s.tokens[k].entries.contains { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } }
        }
        if verbal == nil, let k = verbAfterRows(s, share: i), s.filters.allSatisfy({ f in position(of: f, s).map { $0 > i && $0 < k } ?? false }),
            case .measure(let part)? = s.tokens[k].entries.first(where: { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } })
        {
            return settle(&s, share: i, part: part, at: k, bases: i..<k, separator: nil)
        }
        guard s.filters.count <= 1,
            let copula = ((i + 1)..<s.tokens.count).first(where: { s.isFree($0) && ["are", "is", "were", "was"].contains(s.tokens[$0].text) }) ?? verbal,
            s.filters.allSatisfy({ f in position(of: f, s).map { $0 > i && $0 < copula } ?? false }),
            let (part, at) = copula == verbal ? measure(after: copula - 1, s) : measure(after: copula, s)
        else { return false }
        return settle(&s, share: i, part: part, at: at, bases: i..<copula, separator: copula == verbal ? nil : copula)
    }

    /// "the share of female respondents", 女性受访者(的)占比: a filtered count said right after the share word and of
    /// (with nothing after it), or right before it, with no other condition: its share of all the rows it counts
    /// some of.
    private static func filteredCountBeside(_ s: ParseState, share i: Int) -> (String, Int)? {
        guard s.filters.isEmpty else { return nil }
        let at: Int
        if s.language == .zh {
            at = s.token(i - 1)?.text == "的" ? i - 2 : i - 1
        } else {
            guard s.token(i + 1)?.text == "of" else { return nil }
            at = s.token(i + 2)?.text == "the" ? i + 3 : i + 2
            guard !((at + 1)..<s.tokens.count).contains(where: { s.isFree($0) && ["are", "is", "were", "was", "have", "has", "had"].contains(s.tokens[$0].text) }) else { return nil }
        }
        guard at >= 0, at < s.tokens.count, s.used[at],
            case .measure(let part)? = s.tokens[at].entries.first(where: { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } }),
            plainCount(beside: part, s.model) != nil
        else { return nil }
        return (part, at)
    }

    /// "what percentage of patients died": of, the rows' noun (a value may pick some), then right after it a filtered
    /// count of those rows said as their verb (Deaths, also called "died"). The count's position, if so.
    private static func verbAfterRows(_ s: ParseState, share i: Int) -> Int? {
        guard s.token(i + 1)?.text == "of" else { return nil }
        var k = i + 2
        while let t = s.token(k), ["the", "all"].contains(t.text) || (s.used[k] && t.namesValue) { k += 1 }
        guard let noun = s.token(k), case .cube(let cube)? = noun.entries.first(where: { if case .cube = $0 { true } else { false } }),
            let verb = s.token(k + 1), s.used[k + 1],
            verb.entries.contains(where: { entry in
                guard case .measure(let m) = entry, s.measures.contains(m), m.hasPrefix(cube + "."), case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                return measure.kind == .count && !measure.filters.isEmpty
            })
        else { return nil }
        return k + 1
    }

    /// 女性受访者中看过医生的比例: the rows before 中 / 里 are the base, a counted measure between it and the share
    /// word the part.
    private static func measureBeforeShare(_ s: inout ParseState, share i: Int) -> Bool {
        if let whole = (0..<i).last(where: { s.isFree($0) && s.tokens[$0].isKeyword(.wholeBase) }) { return measureBeforeWhole(&s, share: i, whole: whole) }
        guard s.filters.count <= 1,
            let separator = (0..<i).last(where: { s.isFree($0) && ["中", "里", "当中", "之中", "里面"].contains(s.tokens[$0].text) }),
            s.filters.allSatisfy({ f in position(of: f, s).map { $0 < separator } ?? false }),
            let (part, at) = measure(after: separator, s), at < i
        else { return false }
        return settle(&s, share: i, part: part, at: at, bases: 0..<separator, separator: separator)
    }

    /// 吸烟家庭占所有家庭的百分比: a counted measure before 占所有 / 占全部, and the rows it counts some of (their noun
    /// or plain count) between that and the share word: the measure's share of all of them. No condition may stand
    /// anywhere (技术部的女性占全部员工的比例 is not a share within 技术部).
    private static func measureBeforeWhole(_ s: inout ParseState, share i: Int, whole: Int) -> Bool {
        guard s.filters.isEmpty, let at = (0..<whole).first(where: { k in s.used[k] && s.tokens[k].entries.contains { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } } }),
            case .measure(let part)? = s.tokens[at].entries.first(where: { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } }),
            case .measure(let cube, _)? = s.model.resolve(part)
        else { return false }
        let count = s.countMeasure(of: cube.name)
        let rows = ((whole + 1)..<i).filter { s.tokens[$0].text != "的" }
        guard !rows.isEmpty, rows.allSatisfy({ k in s.tokens[k].entries.contains { $0 == .cube(cube.name) || (count != nil && $0 == .measure(count!)) } }) else { return false }
        guard settle(&s, share: i, part: part, at: at, bases: (whole + 1)..<i, separator: whole) else { return false }
        for k in rows { s.use(k); s.namesRowsOnly.insert(k) }
        return true
    }

    /// The part is settled: the model's ratio of it, or a filtered count over the plain count of the same rows
    /// (computed from the row, Interpretation.shareOfMeasure), or asked. Another measure asked must be the base,
    /// said within `bases`.
    private static func settle(_ s: inout ParseState, share i: Int, part: String, at: Int, bases range: Range<Int>, separator: Int?) -> Bool {
        let ratio = ratio(over: part, s.model)
        let plain = ratio == nil ? plainCount(beside: part, s.model) : nil
        guard let denominators = ratio?.1 ?? plain.map({ [$0] }) else {
            s.unexpressed.append(s.tokens[i].text)
            return true
        }
        let bases = range.filter { k in s.used[k] && s.tokens[k].entries.contains { if case .measure(let m) = $0 { denominators.contains(m) } else { false } } }
        let others = s.measures.filter { $0 != part }
        guard others.allSatisfy({ m in denominators.contains(m) && bases.contains { s.tokens[$0].entries.contains(.measure(m)) } }) else { return false }
        if let (measure, _) = ratio {
            s.measures = [measure]
            // the lowest share of working wives: a ranking set on the part ranks the ratio.
            s.order = s.order.map { $0.member == part ? OrderItem(measure, descending: $0.descending) : $0 }
        } else if let plain {
            s.measures = [part, plain]
            s.shareOfMeasure = part
        }
        s.use(i)
        if let separator { s.use(separator) }
        for k in [at] + bases { s.namesRowsOnly.insert(k) }  // the ratio's part and base, said by its own measures
        return true
    }

    /// The plain count of the rows a filtered count (Respondents Who Saw a Doctor) counts some of.
    private static func plainCount(beside member: String, _ model: SemanticModel) -> String? {
        guard case .measure(let cube, let measure)? = model.resolve(member), measure.kind == .count, !measure.filters.isEmpty,
            let count = cube.measures.first(where: { $0.kind == .count && $0.filters.isEmpty && $0.isPublic })
        else { return nil }
        return "\(cube.name).\(count.name)"
    }

    /// The measure asked, named by a word after `k`, and where.
    private static func measure(after k: Int, _ s: ParseState) -> (String, Int)? {
        for j in (k + 1)..<s.tokens.count where s.used[j] {
            for case .measure(let m) in s.tokens[j].entries where s.measures.contains(m) { return (m, j) }
        }
        return nil
    }

    /// A percent measure of the same cube whose numerator (before its one "/") names `member` and whose denominator
    /// doesn't (drinkers → 100.0 * {drinking_men} / {total_men}), with the measures its denominator names.
    static func ratio(over member: String, _ model: SemanticModel) -> (String, Set<String>)? {
        guard case .measure(let cube, let measure)? = model.resolve(member), [.sum, .count].contains(measure.kind) else { return nil }
        func names(_ m: Measure) -> [String] { ["{\(m.name)}", "{CUBE.\(m.name)}", "{\(cube.name).\(m.name)}"] }
        let ratios = cube.measures.compactMap { m -> (String, Set<String>)? in
            guard m.format == "percent", let sql = m.sql else { return nil }
            let parts = sql.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, names(measure).contains(where: { parts[0].contains($0) }), !names(measure).contains(where: { parts[1].contains($0) })
            else { return nil }
            return ("\(cube.name).\(m.name)", Set(cube.measures.filter { d in names(d).contains { parts[1].contains($0) } }.map { "\(cube.name).\($0.name)" }))
        }
        return ratios.count == 1 ? ratios[0] : nil
    }
}
