import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The suffix of the row key that holds a difference of two values' figures (`employees.avg_salary.difference`).
    public static let differenceSuffix = ".difference"

    /// The measure of each of `pair`'s two values, in its order: nil unless each is in exactly one row with a figure.
    public static func figures(of pair: MemberFilter, in rows: [[SQLValue]], value: Int, measure: Int) -> (SQLValue, SQLValue)? {
        func figure(_ v: String) -> SQLValue? {
            let matching = rows.filter { $0[value].satisfies(MemberFilter(member: pair.member, op: .equals, values: [v])) }
            guard matching.count == 1, matching[0][measure].double != nil else { return nil }
            return matching[0][measure]
        }
        guard pair.values.count == 2, let first = figure(pair.values[0]), let second = figure(pair.values[1]) else { return nil }
        return (first, second)
    }

    /// 硕士的平均工资比本科高多少 / "how many more women than men": the measure of `pair`'s first value minus its
    /// second's, one row. Nil unless the rows are the one measure grouped by the pair's dimension alone, each value in
    /// exactly one row with a figure, and nothing was cut off.
    public func difference(_ pair: MemberFilter, in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        guard pair.values.count == 2, !result.truncated, columns.count == 2,
            let valueIndex = columns.firstIndex(where: { $0.member == pair.member && $0.role == .dimension }),
            let measureIndex = columns.indices.last, columns[measureIndex].role == .measure
        else { return nil }
        guard let (first, second) = Self.figures(of: pair, in: result.rows, value: valueIndex, measure: measureIndex) else { return nil }
        let difference: SQLValue
        if case .integer(let a) = first, case .integer(let b) = second { difference = .integer(a - b) } else { difference = .real(first.double! - second.double!) }
        let measure = columns[measureIndex].member
        let column = ResultColumn(alias: "difference", member: measure + Self.differenceSuffix, role: .measure, baseMember: measure)
        return Self.derived(result, rendered, keyIndexes: [], keys: [[]], column: column) { _ in difference }
    }
}
