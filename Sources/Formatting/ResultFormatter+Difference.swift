import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The suffix of the row key that holds a difference of two values' figures (`employees.avg_salary.difference`).
    public static let differenceSuffix = ".difference"

    /// 硕士的平均工资比本科高多少 / "how many more women than men": the measure of `pair`'s first value minus its
    /// second's, one row. Nil unless the rows are the one measure grouped by the pair's dimension alone, each value in
    /// exactly one row with a figure, and nothing was cut off.
    public func difference(_ pair: MemberFilter, in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        guard pair.values.count == 2, !result.truncated, columns.count == 2,
            let valueIndex = columns.firstIndex(where: { $0.member == pair.member && $0.role == .dimension }),
            let measureIndex = columns.indices.last, columns[measureIndex].role == .measure
        else { return nil }
        func figure(_ value: String) -> SQLValue? {
            let rows = result.rows.filter { $0[valueIndex].satisfies(MemberFilter(member: pair.member, op: .equals, values: [value])) }
            guard rows.count == 1, rows[0][measureIndex].double != nil else { return nil }
            return rows[0][measureIndex]
        }
        guard let first = figure(pair.values[0]), let second = figure(pair.values[1]) else { return nil }
        let difference: SQLValue
        if case .integer(let a) = first, case .integer(let b) = second { difference = .integer(a - b) } else { difference = .real(first.double! - second.double!) }
        let measure = columns[measureIndex].member
        let column = ResultColumn(alias: "difference", member: measure + Self.differenceSuffix, role: .measure, baseMember: measure)
        return Self.derived(result, rendered, keyIndexes: [], keys: [[]], column: column) { _ in difference }
    }
}
