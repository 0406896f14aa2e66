import SemanticModel

/// Cube's pre-aggregation matching, strict: the rollups of the cubes a query names are tried in definition order
/// and the first that answers it exactly is used; when in doubt, none is (the raw tables give the answer).
///
/// A rollup answers a query when it is built for its current definition, the query's rows are the rollup cube's rows
/// (the same join root, never multiplied by a one-to-many join), every dimension, filter dimension, security filter
/// member and segment of the query is in the rollup, every measure is additive (count, sum, min, max, an `avg` with a
/// sum and a count of the same expression in the rollup, a `number` over such measures) or the grouping is exactly
/// the rollup's, and the time dimension's granularity and date ranges line up with the rollup's granularity.
public struct PreAggregationMatcher: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) { self.model = model }

    /// The rollup to use, or nil with the reason each candidate was passed over. `query` must already carry the
    /// caller's row-level security filters (they count as filter dimensions).
    public func match(
        _ query: CubeQuery, today: CalendarDate, ready: [String: RollupCoverage]
    ) -> (match: RollupMatch?, reasons: [String]) {
        let named = SQLRenderer.cubes(of: query)
        var reasons: [String] = []
        // The query's plan is the same for every rollup tried: made once (or its error kept), not once per rollup.
        let plan: Result<QueryPlan, Mismatch>
        do { plan = .success(try QueryPlan(query: query, model: model)) } catch { plan = .failure(fail("the query is invalid: \(error.message)")) }
        for cube in model.cubes where named.contains(cube.name) {
            for rollup in cube.preAggregations {
                let id = "\(cube.name).\(rollup.name)"
                guard let coverage = ready[id] else {
                    reasons.append("\(id): not built")
                    continue
                }
                do {
                    let match = try attempt(query, plan: plan, cube: cube, rollup: rollup, coverage: coverage, today: today)
                    return (match, reasons)
                } catch {
                    reasons.append("\(id): \(error.reason)")
                }
            }
        }
        return (nil, reasons)
    }

    struct Mismatch: Error { let reason: String }

    private func fail(_ reason: String) -> Mismatch { Mismatch(reason: reason) }

    private func attempt(
        _ query: CubeQuery, plan: Result<QueryPlan, Mismatch>, cube: Cube, rollup: PreAggregation, coverage: RollupCoverage, today: CalendarDate
    ) throws(Mismatch) -> RollupMatch {
        if query.ungrouped == true { throw fail("an ungrouped query reads raw rows") }
        guard !query.measures.isEmpty else { throw fail("a query without measures lists values the rollup may lack") }
        guard Set(query.segments) == Set(rollup.segments) else {
            throw fail("the query's segments [\(query.segments.joined(separator: ", "))] differ from the rollup's")
        }
        let plan = try plan.get()

        // The same base rows: the rollup's and the query's joins both start at the rollup's cube and never repeat its rows.
        let rollupCubes = Set((rollup.measures + rollup.dimensions + rollup.segments + [rollup.timeDimension].compactMap { $0 })
            .compactMap { $0.split(separator: ".").first.map(String.init) })
        for (cubes, what) in [(Array(rollupCubes).sorted(), "rollup"), (plan.cubes, "query")] {
            guard let tree = try? model.joinTree(for: cubes.contains(cube.name) ? cubes : [cube.name] + cubes) else {
                throw fail("no join path for the \(what)")
            }
            guard tree.root == cube.name else { throw fail("the \(what)'s rows come from \(tree.root), not \(cube.name)") }
            guard !tree.multiplies(cube.name) else { throw fail("a one-to-many join multiplies \(cube.name)'s rows in the \(what)") }
        }

        let time = rollup.timeDimension
        let timeColumn = time.map { SQLRenderer.alias("\($0).\(rollup.granularity?.rawValue ?? "")") }
        var dimensions: [String: String] = [:]
        for member in rollup.dimensions { dimensions[member] = SQLRenderer.alias(member) }
        if let time, let timeColumn { dimensions[time] = timeColumn }

        // Grouping.
        var plainGroups: Set<String> = []
        var timeGroups: [Granularity] = []
        for item in plan.dimensions {
            let base = "\(item.cube.name).\(item.dimension.name)"
            if base == time {
                guard let g = item.granularity else { throw fail("'\(item.member)' needs the raw time, the rollup holds \(rollup.granularity!.rawValue)s") }
                guard rollup.granularity!.serves(g) else {
                    throw fail("a \(rollup.granularity!.rawValue) rollup can't serve '\(item.member)' (granularity \(g.rawValue))")
                }
                timeGroups.append(g)
            } else if rollup.dimensions.contains(base) {
                if item.granularity != nil { plainGroups.insert(item.member) } else { plainGroups.insert(base) }
            } else {
                throw fail("dimension '\(item.member)' is not in the rollup")
            }
        }
        let exactTime = time == nil ? timeGroups.isEmpty : timeGroups == [rollup.granularity!]
        let exact = exactTime && plainGroups == Set(rollup.dimensions)

        // Filters (the query's, the row-level security ones appended to them, and the time dimensions' date ranges).
        var filterDimensions: Set<String> = []
        var filterMeasures: [String] = []
        for f in query.filters.flatMap(\.memberFilters) {
            switch model.resolve(f.member) {
            case .measure?: filterMeasures.append(f.member)
            case .dimension(let c, let d, let g)?:
                let base = "\(c.name).\(d.name)"
                filterDimensions.insert(base)
                if base == time {
                    if let g {
                        guard rollup.granularity!.serves(g) else { throw fail("filter on '\(f.member)' is finer than the rollup") }
                    } else {
                        try checkTimeFilter(f, granularity: rollup.granularity!, today: today)
                    }
                } else if !rollup.dimensions.contains(base) {
                    throw fail("filter dimension '\(f.member)' is not in the rollup")
                }
            default: throw fail("filter member '\(f.member)' is not a dimension or measure")
            }
        }
        var rangeOnTime: (String, String)?
        for td in query.timeDimensions {
            if td.dimension == time {
                if let range = td.dateRange {
                    let bounds: (from: String, to: String)
                    do { bounds = try DateRangeResolver(today: today).resolve(range) } catch { throw fail("bad date range") }
                    guard aligned(start: bounds.from, rollup.granularity!), aligned(end: bounds.to, rollup.granularity!) else {
                        throw fail("date range \(bounds.from) – \(bounds.to) doesn't align with the rollup's \(rollup.granularity!.rawValue)s")
                    }
                    filterDimensions.insert(td.dimension)
                    rangeOnTime = bounds
                }
            } else if rollup.dimensions.contains(td.dimension) {
                if td.dateRange != nil { filterDimensions.insert(td.dimension) }
            } else {
                throw fail("time dimension '\(td.dimension)' is not in the rollup")
            }
        }
        if !coverage.coversAll {
            guard let (from, to) = rangeOnTime, let start = coverage.rangeStart, let end = coverage.rangeEnd, from >= start, to <= end else {
                throw fail("the rollup's build range doesn't hold every row the query reads")
            }
        }
        let filtersWithinGroups = filterDimensions.allSatisfy { $0 == time || plainGroups.contains($0) }

        // Measures.
        var reads: [String: RollupMatch.Read] = [:]
        for member in query.measures + filterMeasures {
            try serve(member, rollup: rollup, exact: exact && filtersWithinGroups, into: &reads, depth: 0)
        }
        return RollupMatch(
            cube: cube.name, preAggregation: rollup, exact: exact && filtersWithinGroups, measures: reads, dimensions: dimensions,
            coverage: coverage)
    }

    /// How `member` is read from the rollup, recorded in `reads` (with a calculated measure's leaves).
    private func serve(
        _ member: String, rollup: PreAggregation, exact: Bool, into reads: inout [String: RollupMatch.Read], depth: Int
    ) throws(Mismatch) {
        guard reads[member] == nil else { return }
        guard depth < 16, case .measure(let cube, let measure)? = model.resolve(member) else { throw fail("'\(member)' is not a measure") }
        let column = SQLRenderer.alias(member)
        if rollup.measures.contains(member) {
            switch measure.kind {
            case .count: reads[member] = .count(column); return
            case .sum: reads[member] = .sum(column); return
            case .min: reads[member] = .min(column); return
            case .max: reads[member] = .max(column); return
            default:
                if exact { reads[member] = .stored(column); return }
                if measure.kind != .number && measure.kind != .avg {
                    throw fail("'\(member)' (\(measure.kind.rawValue)) is not additive and the query doesn't group exactly as the rollup")
                }
            }
        }
        switch measure.kind {
        case .avg:
            let sameRows = { (m: Measure) in m.sql == measure.sql && m.filters == measure.filters }
            let sum = rollup.measures.first { name in
                if case .measure(let c, let m)? = model.resolve(name) { return c.name == cube.name && m.kind == .sum && sameRows(m) }
                return false
            }
            let count = rollup.measures.first { name in
                if case .measure(let c, let m)? = model.resolve(name) { return c.name == cube.name && m.kind == .count && m.sql != nil && sameRows(m) }
                return false
            }
            guard let sum, let count else {
                throw fail("'\(member)' (avg) needs an exact match, or a sum and a count of the same values in the rollup")
            }
            reads[member] = .average(sum: SQLRenderer.alias(sum), count: SQLRenderer.alias(count))
        case .number:
            guard let sql = measure.sql, Self.isPlainArithmetic(sql) else {
                throw fail("'\(member)' is computed by SQL the rollup can't re-evaluate")
            }
            for ref in SQLTemplate(sql).references {
                let target = "\(ref.cube ?? cube.name).\(ref.member)"
                guard case .measure? = model.resolve(target) else { throw fail("'\(member)' reads '\(target)', not a measure") }
                try serve(target, rollup: rollup, exact: exact, into: &reads, depth: depth + 1)
            }
        default:
            throw fail("measure '\(member)' is not in the rollup")
        }
    }

    /// Whether a calculated measure's SQL, outside its `{measure}` references, holds only numbers, operators and a few
    /// SQL words, so it means the same over re-aggregated values.
    package static func isPlainArithmetic(_ sql: String) -> Bool {
        let words: Set<String> = ["NULLIF", "COALESCE", "CASE", "WHEN", "THEN", "ELSE", "END", "NULL", "CAST", "AS", "REAL",
                                  "INTEGER", "NUMERIC", "FLOAT", "ROUND", "ABS", "AND", "OR", "NOT", "IS", "IFNULL"]
        for part in SQLTemplate(sql).parts {
            switch part {
            case .cubeAlias: return false
            case .reference: continue
            case .text(let text):
                var word = ""
                for ch in text.unicodeScalars + [" "] {
                    if ch.properties.isAlphabetic || ch == "_" {
                        word.unicodeScalars.append(ch)
                        continue
                    }
                    if !word.isEmpty, !words.contains(word.uppercased()) { return false }
                    word = ""
                    if !(" \t\n0123456789.+-*/(),<>=".unicodeScalars.contains(ch)) { return false }
                }
            }
        }
        return true
    }

    /// A filter on the rollup's time dimension without a granularity: only whole periods of the rollup's granularity
    /// (or set / notSet) select the same rows from truncated times as from raw ones.
    private func checkTimeFilter(_ f: MemberFilter, granularity: Granularity, today: CalendarDate) throws(Mismatch) {
        let resolver = DateRangeResolver(today: today)
        func ts(_ value: String, end: Bool) throws(Mismatch) -> String {
            do { return try DateRangeResolver.timestamp(value, endOfDay: end) } catch { throw fail("bad date '\(value)'") }
        }
        let ok: Bool
        switch f.op {
        case .set, .notSet: ok = true
        case .inDateRange, .notInDateRange:
            let bounds: (from: String, to: String)
            do {
                switch f.values.count {
                case 1 where CalendarDate(iso: f.values[0]) == nil: bounds = try resolver.resolve(.relative(f.values[0]))
                case 1: bounds = try resolver.resolve(.absolute(from: f.values[0], to: f.values[0]))
                case 2: bounds = try resolver.resolve(.absolute(from: f.values[0], to: f.values[1]))
                default: throw fail("bad date range")
                }
            } catch { throw fail("bad date range on '\(f.member)'") }
            ok = aligned(start: bounds.from, granularity) && aligned(end: bounds.to, granularity)
        case .beforeDate, .afterOrOnDate:
            guard f.values.count == 1 else { throw fail("'\(f.op.rawValue)' needs one date") }
            ok = aligned(start: try ts(f.values[0], end: false), granularity)
        case .beforeOrOnDate, .afterDate:
            guard f.values.count == 1 else { throw fail("'\(f.op.rawValue)' needs one date") }
            ok = aligned(end: try ts(f.values[0], end: true), granularity)
        default: ok = false
        }
        guard ok else {
            throw fail("filter '\(f.op.rawValue)' on '\(f.member)' doesn't select whole \(granularity.rawValue)s")
        }
    }

    /// `timestamp` is the first instant of a period of `granularity`.
    func aligned(start timestamp: String, _ granularity: Granularity) -> Bool {
        guard let day = CalendarDate(iso: timestamp) else { return false }
        return timestamp == day.start(of: granularity).startTimestamp
    }

    /// `timestamp` is the last millisecond of a period of `granularity`.
    func aligned(end timestamp: String, _ granularity: Granularity) -> Bool {
        guard let day = CalendarDate(iso: timestamp) else { return false }
        return timestamp == day.end(of: granularity).endTimestamp
    }
}
