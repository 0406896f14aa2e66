import SemanticModel

/// Period words the ledger counts as said: a column's own period, the rows' period counted or listed, when.
extension QueryGenerator {
    /// "earns the most per hour", "$30 an hour": the period of an hourly column the query reads, said after per, an,
    /// a or 每, restates the column's own period.
    func restatesColumnPeriod(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        guard i > 0, ["per", "an", "a", "每"].contains(tokens[i - 1].text) || tokens[i].text == "每小时" else { return false }
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member)
        return members.contains { member in
            switch model.resolve(member) {
            case .dimension(_, let d, _)?: return ColumnUnits.periodWords(d).contains(tokens[i].text)
            case .measure(let cube, let m)?: return cube.numberColumn(of: m).map { ColumnUnits.periodWords($0).contains(tokens[i].text) } ?? false
            default: return false
            }
        }
    }

    /// "How many years had gas above $2?" where the rows are one a year: the period word beside the count word is
    /// the counted rows' noun, when the query counts a cube with one row per such period and groups by no time; in a
    /// list of such rows (the 3 windiest days) it names the rows listed.
    func countsPeriodRows(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        let grains: [Keyword: Granularity] = [.year: .year, .quarter: .quarter, .month: .month, .week: .week, .day: .day]
        // how many years …, 年份有几个
        guard let grain = tokens[i].keywords.lazy.compactMap({ grains[$0] }).first, query.timeDimensions.allSatisfy({ $0.granularity == nil })
        else { return false }
        // the 3 windiest days, the 5 days with the most ozone: a list of the rows, which are days.
        if query.ungrouped == true, !query.dimensions.isEmpty,
            query.dimensions.allSatisfy({ periodRows[String($0.prefix { $0 != "." })]?.grain == grain })
        {
            return true
        }
        // what percentage of days …: the share's base, counted.
        let counted = [i - 1, i + 1, i + 2].contains { tokens.indices.contains($0) && tokens[$0].isKeyword(.count) }
            || (i >= 2 && tokens[i - 1].text == "of" && tokens[i - 2].isKeyword(.share))
        guard counted else { return false }
        return query.measures.contains { measure in
            let cube = String(measure.prefix { $0 != "." })
            return periodRows[cube]?.grain == grain && countMeasures[cube] == measure
        }
    }

    /// "the average ozone on days when the temperature was above 85°F", "list the months when the savings rate was
    /// negative": the rows' own period (a cube with one row a day or a month) and "when" before a condition the query
    /// holds say which rows, as "where" would. `i` is the period noun or the "when" after it.
    func rowsWhen(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        let when = tokens[i].text == "when" ? i : i + 1
        guard when < tokens.count, when > 0, tokens[when].text == "when", !query.filters.isEmpty,
            ((when + 1)..<tokens.count).contains(where: { used[$0] })
        else { return false }
        // "the average consumption when weekly family income was more than $88": when opens the condition right after it.
        let compared = Set(query.filters.flatMap(\.memberFilters).map(\.member))
        let afterCountedNoun = tokens[when - 1].entries.contains { entry in
            guard case .measure(let m) = entry, query.measures.contains(m), case .measure(_, let measure)? = model.resolve(m) else { return false }
            return measure.kind == .count
        }
        if i == when, !afterCountedNoun, ((when + 1)..<min(tokens.count, when + 3)).contains(where: { k in
            used[k] && tokens[k].entries.contains { entry in
                switch entry {
                case .dimension(let d), .measure(let d): return compared.contains(d)
                default: return false
                }
            }
        }) {
            return true
        }
        let grains: [Keyword: Granularity] = [.year: .year, .quarter: .quarter, .month: .month, .week: .week, .day: .day]
        guard let grain = tokens[when - 1].keywords.lazy.compactMap({ grains[$0] }).first,
            // "list the months when …" where Months is the count: the noun was read as the number, not the rows
            !afterCountedNoun
        else { return false }
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member)
        let cubes = Set(members.map { String($0.prefix { $0 != "." }) })
        return !cubes.isEmpty && cubes.allSatisfy { periodRows[$0]?.grain == grain }
    }
}
