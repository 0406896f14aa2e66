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
            } else if let secondKind = Self.kind(s, j), s.isFree(j + 1),
                let d = s.dimensions(j + 1).first(where: { s.dimensionKind($0) == .number }),
                let m = MeasureRule.measure(secondKind, over: d, in: s.model)
            {
                second = (m, [j, j + 1])
                column = d
            }
            guard let second, let column, let first = MeasureRule.measure(kind, over: column, in: s.model) else { continue }
            for m in [first, second.measure] where !s.measures.contains(m) { s.measures.append(m) }
            s.use(i, i + 1)
            for k in second.used { s.use(k) }
        }
    }

    /// The aggregation a bare word asks for (minimum, 平均, total), if it is one and names nothing else.
    private static func kind(_ s: ParseState, _ i: Int) -> Measure.Kind? {
        guard let t = s.token(i), s.measures(i).isEmpty, s.dimensions(i).isEmpty else { return nil }
        return t.keywords.lazy.compactMap { MeasureRule.aggregationKinds[$0] }.first
    }
}
