import SemanticModel

/// A grain word (monthly, per month, 每月) that restates a per-period figure instead of asking for a breakdown by
/// that period.
extension TimeRule {
    /// Words that say a measure is itself a per-period figure, by grain.
    static let periodFigureWords: [Granularity: [String]] = [
        .month: ["monthly", "per month", "a month", "月薪", "月度", "每月"],
        .year: ["annual", "yearly", "per year", "a year", "年薪", "年度", "每年"],
        .week: ["weekly", "per week", "周薪"],
        .day: ["daily", "per day", "日薪"],
    ]

    /// The token right after a grain word (monthly, 每月) when it is a measure whose own title, description or
    /// synonyms already say it is a figure of that period.
    /// Also the measure right before it (the average number of ads per month, where the measure is "Average Ads per
    /// Month": its own period, not a breakdown by month).
    static func restatedMeasure(_ s: ParseState, after i: Int, _ grain: Granularity) -> Int? {
        let after = s.token(i + 1)?.text == "的" ? i + 2 : i + 1
        // the highest monthly spending, where the rows are one a month: between the aggregation and the column, the
        // period word says what each row is (the highest of the monthly figures), not a breakdown by month.
        if s.isFree(after), i > 0, [.max, .min, .avg].contains(where: { s.tokens[i - 1].isKeyword($0) }) {
            let cubes = s.dimensions(after).filter { s.dimensionKind($0) == .number } + s.measures(after)
            if cubes.contains(where: { s.periodRows[String($0.prefix { $0 != "." })]?.grain == grain }) { return after }
        }
        for k in [after, i - 1] where s.isFree(k) {
            // A count of rows is no amount per period, whatever its description says of the rows ("one per man per
            // year"): "the number of observations by year" is a breakdown by year. Said before it, the period word
            // still names the rows (monthly price observations).
            for m in s.measures(k) where restates(s, m, grain) && (k == after || !Self.isCount(s, m)) { return k }
        }
        // the average number of ads per month, the average monthly salary: the column's own average says the period;
        // so do its total, highest and lowest (the total monthly salary, the lowest and highest monthly salary).
        // What do they earn on average per month: "on average" may stand between the column and the period word.
        let acrossAverage = i >= 3 && s.tokens[i - 1].isKeyword(.avg) && s.tokens[i - 2].text == "on" ? [i - 3] : []
        let said: [(Keyword, Measure.Kind)] = [(.avg, .avg), (.sum, .sum), (.max, .max), (.min, .min)]
        let kinds = said.filter { k, _ in s.tokens[..<i].contains { $0.isKeyword(k) } }.map(\.1)
        if !kinds.isEmpty {
            for k in [i - 1, after] + acrossAverage where s.isFree(k) {
                for d in s.dimensions(k) {
                    guard case .dimension(let cube, let column, _)? = s.model.resolve(d), column.kind == .number else { continue }
                    for m in cube.measures where kinds.contains(m.kind) && m.sql == column.sql && m.isPublic && restates(s, "\(cube.name).\(m.name)", grain) {
                        return k
                    }
                }
            }
        }
        return nil
    }

    private static func isCount(_ s: ParseState, _ m: String) -> Bool {
        guard case .measure(_, let measure)? = s.model.resolve(m) else { return false }
        return [.count, .countDistinct, .countDistinctApprox].contains(measure.kind)
    }

    private static func restates(_ s: ParseState, _ m: String, _ grain: Granularity) -> Bool {
        guard case .measure(let cube, let measure)? = s.model.resolve(m), let words = periodFigureWords[grain] else { return false }
        var texts = [measure.title, measure.meta.titleZh ?? "", measure.description ?? ""] + measure.meta.synonyms
        // A sum's column says it too (total salary over the monthly salary column).
        if let column = cube.numberColumn(of: measure) {
            texts += [column.title, column.meta.titleZh ?? "", column.description ?? ""]
        }
        let text = texts.joined(separator: " ").lowercased()
        // "Average Christenings per Year and Sex": a figure per year and something else is no yearly figure.
        return words.contains { word in
            text.split(separator: word, omittingEmptySubsequences: false).dropFirst().contains { !$0.hasPrefix(" and ") && !$0.hasPrefix(" & ") }
        }
    }

    /// Whether the grain word at `i` is the period of a per-period amount column (月薪, Monthly Salary): right after
    /// a number compared with (more than 20000 per month), right after the column's own name (月薪每月), or right
    /// before it (monthly salary).
    static func restatesColumnPeriod(_ s: ParseState, at i: Int, _ grain: Granularity) -> Bool {
        let columns = s.units.periodColumns[grain == .month ? "month" : grain == .year ? "year" : ""] ?? []
        guard !columns.isEmpty, i > 0 else { return false }
        let comparators: [Keyword] = [.gt, .gte, .lt, .lte, .eq, .between, .rangeAnd]
        if s.tokens[i - 1].number != nil, [i - 2, i - 3].contains(where: { k in comparators.contains { s.tokens.indices.contains(k) && s.tokens[k].isKeyword($0) } }) {
            return true
        }
        func namesColumn(_ k: Int) -> Bool {
            s.tokens.indices.contains(k) && !s.namesRowsOnly.contains(k)
                && s.tokens[k].entries.contains { if case .dimension(let d) = $0 { return columns.contains(d) } else { return false } }
        }
        // 月薪每月; "the combined monthly salary", "monthly pay" where the pay is a monthly amount: its own period.
        return namesColumn(i - 1) || (s.tokens[i].text != "by month" && namesColumn(i + 1))
    }

    /// "the yearly payroll", "annual salary" where the amount is monthly (月薪): a grain word beside a figure of another
    /// period. Neither a breakdown by year nor the monthly figure is what was said.
    static func namesAnotherPeriod(_ s: ParseState, at i: Int, _ grain: Granularity) -> Bool {
        // Only the adjectives: 每年平均工资 and "by year" ask for each year's figure, as they always have.
        guard ["annual", "yearly", "monthly", "年度", "月度"].contains(s.tokens[i].text) else { return false }
        return [Granularity.month, .year].contains { other in
            other != grain && (restatedMeasure(s, after: i, other) != nil || restatesColumnPeriod(s, at: i, other))
        }
    }
}
