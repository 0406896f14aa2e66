import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The suffix of the row key that holds a value's share (`employees.count.share`).
    public static let shareSuffix = ".share"

    /// 硕士占比 / "what share of penguins are female": the answer's value is the share itself, the value's measure
    /// over the total of every value, in percent: one row, or one row per group of the other columns ("what share of
    /// each rank is female"), highest share first. Nil when the rows are not one measure grouped by the value's
    /// dimension (and others), or they were cut off.
    public func share(of filter: MemberFilter, in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        guard let valueIndex = columns.firstIndex(where: { $0.member == filter.member && $0.role == .dimension }),
            let measureIndex = columns.indices.last, columns[measureIndex].role == .measure,
            columns.filter({ $0.role == .measure }).count == 1, !result.truncated
        else { return nil }
        let keyIndexes = columns.indices.filter { $0 != valueIndex && $0 != measureIndex }
        func isValue(_ v: SQLValue) -> Bool { v.satisfies(filter) }
        let (keys, sums) = Self.fold(result.rows, by: keyIndexes, from: (part: 0.0, total: 0.0)) { sums, row in
            let value = row[measureIndex].double ?? 0
            sums.total += value
            if isValue(row[valueIndex]) { sums.part += value }
        }
        // One figure needs a total to divide by; per group, a group without one shows no share.
        guard !keys.isEmpty, !keyIndexes.isEmpty || sums[[]]!.total > 0 else { return nil }
        func share(_ key: [SQLValue]) -> SQLValue {
            let (part, total) = sums[key]!
            return total > 0 ? .real(100 * part / total) : .null
        }
        let ranked = keys.sorted { (share($0).double ?? -1) > (share($1).double ?? -1) }
        let measure = columns[measureIndex].member
        let shareColumn = ResultColumn(alias: "share", member: measure + Self.shareSuffix, role: .measure, baseMember: measure)
        return Self.derived(result, rendered, keyIndexes: keyIndexes, keys: ranked, column: shareColumn, share)
    }
}

extension ResultFormatter {
    /// "What percentage of flowers have petals longer than 5 cm?" with no such ratio in the model: the filtered
    /// count `part` over the other measure, the plain count of the same rows, in percent, per group of the other
    /// columns in the rows' order. Nil unless the rows hold exactly those two measures, or they were cut off.
    public func share(ofMeasure part: String, in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        let measures = columns.indices.filter { columns[$0].role == .measure }
        guard measures.count == 2, let partIndex = measures.first(where: { columns[$0].member == part }),
            let totalIndex = measures.first(where: { $0 != partIndex }), !result.truncated
        else { return nil }
        let keyIndexes = columns.indices.filter { !measures.contains($0) }
        let (keys, sums) = Self.fold(result.rows, by: keyIndexes, from: (part: 0.0, total: 0.0)) { sums, row in
            sums.part += row[partIndex].double ?? 0
            sums.total += row[totalIndex].double ?? 0
        }
        guard !keys.isEmpty else { return nil }
        let shareColumn = ResultColumn(alias: "share", member: part + Self.shareSuffix, role: .measure, baseMember: part)
        return Self.derived(result, rendered, keyIndexes: keyIndexes, keys: keys, column: shareColumn) { key in
            let (p, total) = sums[key]!
            return total > 0 ? .real(100 * p / total) : .null
        }
    }
}
