/// One step of understanding: it reads the tokens no earlier rule used and records what it finds.
protocol InterpretationRule: Sendable {
    func apply(_ s: inout ParseState)
}

/// The rules in the order they run, kept in one place: periods and conditions first (they claim numbers and
/// values), then which, ranking before grouping (so "top 5 … by salary" ranks), sorting after grouping, measures,
/// comparisons, and leftover categories last. A rule type per phase keeps each testable alone.
struct OrderedRules: InterpretationRule {
    let rules: [any InterpretationRule] = [
        AcrossAllRule(), GenerationRule(), TimeRule(), FilterRule(), WhichRule(), CoordinatedAggregatesRule(), RankingRule(), GroupMarkerRule(), SortingRule(), MeasureRule(),
        TenureRule(), AgeRule(), ShownColumnRule(), ComparisonRule(), LeftoverGroupRule(), AveragedConditionRule(), IntentWordsRule(), HeadNounRule(),
    ]

    func apply(_ s: inout ParseState) {
        for rule in rules { rule.apply(&s) }
    }
}

/// 哪个部门 / which city: group by it; "the three years with the most": the periods, three of them.
struct WhichRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        ShownColumnRule().applyWhen(&s)
        GroupRule().applyWhich(&s)
        GroupRule().applyCountedGroups(&s)
    }
}

/// 各部门 / by city / 学历分布.
struct GroupMarkerRule: InterpretationRule {
    func apply(_ s: inout ParseState) { GroupRule().applyMarkers(&s) }
}

/// 降序 / sorted by … ascending.
struct SortingRule: InterpretationRule {
    func apply(_ s: inout ParseState) { RankingRule().applySorting(&s) }
}

/// 对比 / vs, 占比 / share, 同比 / 环比.
struct ComparisonRule: InterpretationRule {
    func apply(_ s: inout ParseState) { GroupRule().applyComparisonsSharesAndGrowth(&s) }
}

/// Category words nobody used become groupings (部门人数).
struct LeftoverGroupRule: InterpretationRule {
    func apply(_ s: inout ParseState) { GroupRule().applyLeftovers(&s) }
}

/// Chart and list words (饼图, list, 显示) shape the answer, not the query: a chart word records the chart asked for.
struct IntentWordsRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        for i in s.tokens.indices where s.keyword(i, .chart) || s.keyword(i, .list) {
            if s.tokens[i].isKeyword(.chart), let chart = Self.chart(s.tokens[i].text) { s.requestedChart = chart }
            s.use(i)
        }
    }

    static func chart(_ word: String) -> String? {
        if word.contains("饼") || word.contains("pie") { return "pie" }
        if word.contains("折线") || word.contains("曲线") || word.contains("line") { return "line" }
        if word.contains("柱") || word.contains("条形") || word.contains("bar") { return "bar" }
        return nil
    }
}
