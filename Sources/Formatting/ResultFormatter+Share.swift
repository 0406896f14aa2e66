import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The suffix of the row key that holds a value's share (`employees.count.share`).
    public static let shareSuffix = ".share"

    /// 硕士占比 / "what share of penguins are female": the answer's value is the share itself, one row holding
    /// the value's measure over the total of every group, in percent. Nil when the rows are not one measure
    /// grouped by the value's dimension, or the total is zero.
    public func share(of filter: MemberFilter, in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        guard rendered.columns.count == 2, rendered.columns[0].member == filter.member, rendered.columns[1].role == .measure,
            !result.truncated
        else { return nil }
        var total = 0.0, part = 0.0
        for row in result.rows {
            let value = row[1].double ?? 0
            total += value
            if case .text(let key) = row[0], filter.values.contains(key) {
                part += value
            } else if let key = row[0].double, filter.values.contains(where: { Double($0) == key }) {
                part += value  // a numeric value (8 cylinders)
            }
        }
        guard total > 0 else { return nil }
        let measure = rendered.columns[1].member
        let column = ResultColumn(alias: "share", member: measure + Self.shareSuffix, role: .measure, baseMember: measure)
        let rows = QueryResult(columns: ["share"], rows: [[.real(100 * part / total)]], truncated: false, elapsedMilliseconds: result.elapsedMilliseconds)
        let shaped = RenderedSQL(
            sql: rendered.sql, parameters: rendered.parameters, columns: [column], order: [], limit: 1, countSQL: rendered.countSQL)
        return (rows, shaped)
    }
}
