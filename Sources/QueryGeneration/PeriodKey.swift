import SemanticModel

/// A cube whose rows are one per period of its date (a yearly series), found in the data at start-up: a number
/// column named for one such period, or per such period, is then each row's value, whatever the aggregation.
/// `within` names a label the rows are one per period of each of (a state's yearly results: one row per state per
/// year); nil for a single series.
public struct PeriodKey: Sendable, Equatable {
    /// The time dimension (`driving.year`) and the period it is unique at.
    public let dimension: String
    public let grain: Granularity
    /// The label (`states.name`) the rows are unique within, with the period; nil when they are unique by period alone.
    public let within: String?

    public init(dimension: String, grain: Granularity, within: String? = nil) {
        self.dimension = dimension
        self.grain = grain
        self.within = within
    }

    /// The labels a cube's rows could be one per period of: the labels of the cubes it joins many-to-one (states of
    /// state-year results), then its own string columns, at most four, for the start-up probe.
    public static func candidateLabels(of cube: Cube, in model: SemanticModel) -> [String] {
        let joined = cube.joins.filter { $0.relationship == .manyToOne }.compactMap { QueryAssembler.label(of: $0.name, model) }
        let own = cube.dimensions.filter { $0.kind == .string && $0.isPublic && !$0.primaryKey }.map { "\(cube.name).\($0.name)" }
        return Array(QueryAssembler.unique(joined + own).prefix(4))
    }
}

extension QueryAssembler {
    /// The gas price in 1974, the gas price by year, where the cube holds one row a year: the column's average is
    /// then each row's own value, so it is the answer, and the answer says why. Nil when a period or a grouping could
    /// hold several rows.
    static func valueOfOnePeriod(_ s: ParseState, column: String) -> String? {
        let cube = String(column.prefix { $0 != "." })
        guard let key = s.periodRows[cube], s.groupDimensions.isEmpty, s.explicitTimeDimension.map({ $0 == key.dimension }) ?? true
        else { return nil }
        let rank = { (grain: Granularity) in Self.grains.firstIndex(of: grain) ?? Self.grains.count }
        if let grain = s.granularity {
            // Per period, at the series' own period or finer: each group is one row at most.
            guard rank(grain) <= rank(key.grain) else { return nil }
        } else {
            // One period, within one of the series' periods: one row at most.
            guard case .range(let from, let to)? = s.time, from.start(of: key.grain) == to.start(of: key.grain) else { return nil }
        }
        return MeasureRule.measure(.avg, over: column, in: s.model) ?? MeasureRule.measure(.sum, over: column, in: s.model)
    }

    private static let grains: [Granularity] = [.day, .week, .month, .quarter, .year]
}

extension QueryAssembler {
    /// Utah's Democratic share in 2000, each state's in 2008, where the cube holds one row per state per year: the
    /// column's average over one state (or per state) and one year is that row's value. Nil unless the question
    /// pins the label (one value, or grouped by it alone) and a period within one of the key's.
    static func valueOfLabelPeriod(_ s: ParseState, column: String) -> String? {
        guard isOneLabelPeriodRow(s, cube: String(column.prefix { $0 != "." }), groups: s.groupDimensions) else { return nil }
        return MeasureRule.measure(.avg, over: column, in: s.model) ?? MeasureRule.measure(.sum, over: column, in: s.model)
    }

    /// Whether each answer (or each group) is one row of `cube` by its label-and-period key.
    static func isOneLabelPeriodRow(_ s: ParseState, cube: String, groups: [String]) -> Bool {
        guard let key = s.labelPeriodRows[cube], let label = key.within, s.explicitTimeDimension.map({ $0 == key.dimension }) ?? true,
            case .dimension(_, let labelDimension, _)? = s.model.resolve(label)
        else { return false }
        func isLabel(_ member: String) -> Bool { member == label || labelDimension.meta.localized.values.contains(member) }
        let oneLabel = groups.isEmpty && s.filters.contains { $0.op == .equals && $0.values.count == 1 && isLabel($0.member) }
        if let grain = s.granularity {
            // Wyoming year by year: one state, per period at the key's period or finer.
            let rank = { (g: Granularity) in Self.grains.firstIndex(of: g) ?? Self.grains.count }
            return oneLabel && rank(grain) <= rank(key.grain)
        }
        // One state or each state, in one period.
        guard case .range(let from, let to)? = s.time, from.start(of: key.grain) == to.start(of: key.grain) else { return false }
        return oneLabel || (groups.count == 1 && groups.allSatisfy(isLabel))
    }

    /// 2008年各州民主党平均得票率, where each state has one row a year: per state the average is each state's own
    /// share, so "average" would say nothing, and the average across the states is as likely. Asked back.
    func askAggregateOfOneRowPerGroup(_ s: inout ParseState, _ query: CubeQuery) {
        // A ranking of the groups (the three states with the highest GSP) reads each group's own value either way.
        guard !s.labelPeriodRows.isEmpty, !query.dimensions.isEmpty || query.timeDimensions.contains(where: { $0.granularity != nil }),
            query.ungrouped != true, query.limit == nil
        else { return }
        // Only an aggregate the question says (average, 平均, the measure's own name), not one a ranking chose.
        let tokens = s.tokens
        let aggregateWords = ["average", "mean", "avg", "平均", "total", "sum", "lowest", "highest", "maximum", "minimum", "最低", "最高"]
        for member in query.measures where tokens.contains(where: { t in
            [Keyword.avg, .sum, .max, .min].contains { t.isKeyword($0) } || (t.entries.contains(.measure(member)) && aggregateWords.contains { t.text.contains($0) })
        }) {
            guard case .measure(let cube, let m)? = s.model.resolve(member), [.avg, .sum, .min, .max].contains(m.kind),
                Self.isOneLabelPeriodRow(s, cube: cube.name, groups: query.dimensions),
                !s.keyedRowValue
            else { continue }
            s.unexpressed.append(s.model.title(of: member, s.language))
        }
    }

    /// 2004年民主党得票率最低的3个州: rows known only by their key, one per state in the one year asked, listed by the
    /// state the question names (州, states) rather than by their key.
    static func labelByPeriodKey(of dimension: String, _ s: ParseState) -> String? {
        let cube = String(dimension.prefix { $0 != "." })
        guard rowsHaveNoName(of: dimension, s.model), let label = s.labelPeriodRows[cube]?.within,
            isOneLabelPeriodRow(s, cube: cube, groups: [label])
        else { return nil }
        let labelCube = String(label.prefix { $0 != "." })
        let named = s.tokens.contains { t in t.entries.contains(.cube(labelCube)) || t.entries.contains(.dimension(label)) }
        return named ? label : nil
    }
}
