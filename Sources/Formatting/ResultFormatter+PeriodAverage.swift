import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The member suffix of a per-period average computed from the rows.
    public static let periodAverageSuffix = ".periodAverage"

    /// "The average annual generation", "on average, how many died each month": a total or count per period,
    /// averaged over the periods the rows hold (those with data), per the other groups. Cube has no measure for an
    /// average of per-period totals, so the breakdown by period is run and averaged here, as a share is. Nil when
    /// the rows are not one measure by one time column (and other groups), or were cut off.
    public func periodAverage(in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        let times = columns.indices.filter { if case .timeDimension = columns[$0].role { return true } else { return false } }
        guard !result.truncated, times.count == 1, columns.filter({ $0.role == .measure }).count == 1,
            let measureIndex = columns.firstIndex(where: { $0.role == .measure })
        else { return nil }
        let keyIndexes = columns.indices.filter { $0 != times[0] && $0 != measureIndex }
        // A period without a value (NULL) has no figure to average.
        let (keys, sums) = Self.fold(result.rows, by: keyIndexes, from: (total: 0.0, periods: 0)) { sums, row in
            guard let value = row[measureIndex].double else { return }
            sums.total += value
            sums.periods += 1
        }
        guard !keys.isEmpty, case .timeDimension(let granularity) = columns[times[0]].role else { return nil }
        let measure = columns[measureIndex].member
        // The alias keeps the period, for the column's title.
        let column = ResultColumn(
            alias: "average_\(granularity.rawValue)", member: measure + Self.periodAverageSuffix, role: .measure, baseMember: measure)
        return Self.derived(result, rendered, keyIndexes: keyIndexes, keys: keys, column: column) { key in
            let (total, periods) = sums[key]!
            return periods > 0 ? .real(total / Double(periods)) : .null
        }
    }

    /// "Average per year of total generation", 每年平均发电总量: the title of a `periodAverage` column.
    func periodAverageTitle(_ column: ResultColumn, _ language: Language) -> String {
        let granularity = Granularity(rawValue: String(column.alias.dropFirst("average_".count)))
        let title = model.title(of: column.baseMember, language)
        if language == .zh { return "每\(granularity?.chineseName ?? "期")平均\(title)" }
        return "Average per \(granularity?.rawValue ?? "period") of \(title.lowercased())"
    }
}
