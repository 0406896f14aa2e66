import SemanticModel

extension GroupRule {
    /// "What proportion of tailors were drinkers?", "What percentage of the men were drinkers?": the rows a value
    /// picks (or the ratio's own base, the men) come after "of", and a counted measure after the copula is the part.
    /// That is the model's ratio of that measure (Drinkers (%) = drinkers / men) over those rows, not the value's
    /// share of all drinkers. Without such a ratio it is asked. Returns whether the share word was settled here.
    static func measureAfterCopula(_ s: inout ParseState, share i: Int) -> Bool {
        // "what percentage of virginica flowers have petals longer than 5 cm": the verb inside the measure's own words
        // (have …, for Flowers with Petals Longer than 5 cm) stands where the copula would.
        let verbal = ((i + 1)..<s.tokens.count).first { k in
            s.used[k] && ["have ", "has ", "had "].contains { s.tokens[k].text.hasPrefix($0) }
                && s.tokens[k].entries.contains { if case .measure(let m) = $0 { s.measures.contains(m) } else { false } }
        }
        guard s.language == .en, s.filters.count <= 1,
            let copula = ((i + 1)..<s.tokens.count).first(where: { s.isFree($0) && ["are", "is", "were", "was"].contains(s.tokens[$0].text) }) ?? verbal,
            s.filters.allSatisfy({ f in position(of: f, s).map { $0 > i && $0 < copula } ?? false }),
            let (part, at) = copula == verbal ? measure(after: copula - 1, s) : measure(after: copula, s)
        else { return false }
        guard let (ratio, denominators) = ratio(over: part, s.model) else {
            s.unexpressed.append(s.tokens[i].text)
            return true
        }
        // Another measure asked must be the ratio's base, said between the share word and the copula.
        let bases = (i..<copula).filter { k in s.used[k] && s.tokens[k].entries.contains { if case .measure(let m) = $0 { denominators.contains(m) } else { false } } }
        guard s.measures.allSatisfy({ $0 == part || denominators.contains($0) }), bases.count == s.measures.count - 1 else { return false }
        s.measures = [ratio]
        s.use(i)
        if copula != verbal { s.use(copula) }
        for k in [at] + bases { s.namesRowsOnly.insert(k) }  // the ratio's part and base, said by its own measures
        return true
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
