import SemanticModel

/// Minimum and maximum life expectancy, 最低和最高工资, average and max salary: aggregation words joined by a
/// conjunction share the column named after the last of them, and each gives its own measure. Runs before ranking,
/// so the first word is not read as a superlative that ranks by the second.
struct CoordinatedAggregatesRule: InterpretationRule {
    static let conjunctions: Set<String> = ["and", "&", "和", "与", "及", "、", "跟"]

    func apply(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) {
            guard let kind = Self.kind(s, i), let conj = s.token(i + 1), Self.conjunctions.contains(conj.text), s.isFree(i + 1) else { continue }
            let j = i + 2
            guard s.isFree(j) else { continue }
            // The second word is a measure over a column (maximum life expectancy, 最高工资), or an aggregation
            // word before a numeric column (maximum + salary).
            var second: (measure: String, used: [Int])?
            var column: String?
            if let m = s.measures(j).first, case .measure(let cube, let measure)? = s.model.resolve(m),
                MeasureRule.aggregationKinds.values.contains(measure.kind), measure.filters.isEmpty,
                let d = cube.numberColumn(of: measure)
            {
                second = (m, [j])
                column = "\(cube.name).\(d.name)"
            } else if let secondKind = Self.kind(s, j),
                // the lowest and highest monthly salary: a period word that restates the column may stand between.
                let c = [j + 1, j + 2].first(where: { c in s.isFree(c) && (c == j + 1 || !s.isFree(j + 1)) }),
                let d = s.dimensions(c).first(where: { s.dimensionKind($0) == .number }),
                let m = MeasureRule.measure(secondKind, over: d, in: s.model)
            {
                second = (m, [j, c])
                column = d
            }
            guard let second, let column, let first = MeasureRule.measure(kind, over: column, in: s.model) else { continue }
            for m in [first, second.measure] where !s.measures.contains(m) { s.measures.append(m) }
            s.use(i, i + 1)
            for k in second.used { s.use(k) }
        }
        range(&s)
    }

    /// "the salary range", "the range of ages", 工资范围: a number column's range is its lowest and its highest value.
    private func range(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && ["range", "范围", "区间"].contains(s.tokens[i].text) {
            let at = [i - 1, i + 2].first { k in
                s.tokens.indices.contains(k) && (k == i - 1 || s.tokens[i + 1].text == "of") && s.dimensions(k).contains { s.dimensionKind($0) == .number }
            }
            guard let k = at, let d = s.dimensions(k).first(where: { s.dimensionKind($0) == .number }),
                let low = MeasureRule.measure(.min, over: d, in: s.model), let high = MeasureRule.measure(.max, over: d, in: s.model),
                !Self.hasRangeColumns(s.model, d)
            else { continue }
            for m in [low, high] where !s.measures.contains(m) { s.measures.append(m) }
            s.use(i)
            if s.isFree(k) { s.use(k) }
            if k == i + 2 { s.use(i + 1) }
            restateRange(&s)
        }
    }

    /// "the salary range …, lowest and highest", 工资范围（最低和最高）: a bare pair of the lowest and the highest beside
    /// a range restates it.
    private func restateRange(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && s.isFree(i + 1) && s.isFree(i + 2) {
            guard let first = Self.kind(s, i), let conj = s.token(i + 1), Self.conjunctions.contains(conj.text), let second = Self.kind(s, i + 2),
                Set([first, second]) == [.min, .max]
            else { continue }
            s.use(i, i + 1, i + 2)
        }
    }

    /// Price beside Minimum Price and Maximum Price: each row has its own range, so "the price range" may mean those.
    static func hasRangeColumns(_ model: SemanticModel, _ column: String) -> Bool {
        guard case .dimension(let cube, let d, _)? = model.resolve(column) else { return false }
        let name = (TitleUnit.split(d.title)?.name ?? d.title).lowercased()
        return cube.dimensions.contains { other in
            let title = (TitleUnit.split(other.title)?.name ?? other.title).lowercased()
            return other.name != d.name && title.hasSuffix(" " + name) && ["min", "minimum", "max", "maximum", "low", "lowest", "high", "highest"].contains(title.split(separator: " ").first.map(String.init) ?? "")
        }
    }

    /// The aggregation a bare word asks for (minimum, lowest, 最高, 平均, total; a quantity's youngest or tallest), if it
    /// is one and names nothing else.
    private static func kind(_ s: ParseState, _ i: Int) -> Measure.Kind? {
        guard let t = s.token(i), s.measures(i).isEmpty, s.dimensions(i).isEmpty else { return nil }
        if let kind = t.keywords.lazy.compactMap({ MeasureRule.aggregationKinds[$0] }).first { return kind }
        // the shortest and tallest height, the heaviest and lightest: a quantity's own superlatives.
        if let word = s.quantityWords.words[t.text], word.superlative { return word.high ? .max : .min }
        return nil
    }

}
