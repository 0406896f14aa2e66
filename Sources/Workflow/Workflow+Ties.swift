import Execution
import SQLRendering
import SemanticModel

extension Run {
    /// "The 3 departments with the most hires", "who earns the most": a limit that cuts through a tie shows some of
    /// the tied rows and hides others, as if the shown ones stood alone. One more query counts the rows that share
    /// the last shown row's value; when more share it than are shown, the answer says so. Only for whole numbers
    /// and text (an exact match; a float average may not equal itself once bound), and only for questions (the REST
    /// API answers exactly what the query asks, as Cube does).
    func tieAtCut(_ rows: QueryResult, _ rendered: RenderedSQL, _ query: CubeQuery) async -> String? {
        guard let limit = query.limit, limit >= 1, rows.rows.count == limit, !rows.truncated, let order = query.order.first,
            let column = rendered.columns.firstIndex(where: { $0.member == order.member }),
            let last = rows.rows.last, column < last.count
        else { return nil }
        let value: String
        switch last[column] {
        case .integer(let n): value = String(n)
        case .real(let d) where d == d.rounded() && abs(d) < 1e15: value = String(Int64(d))
        case .text(let t): value = t
        default: return nil
        }
        // The same value, whether it came back as an integer or a real.
        let shownTied = rows.rows.filter { row in row[column] == last[column] || (last[column].double != nil && row[column].double == last[column].double) }.count
        var tie = query
        tie.limit = nil
        tie.offset = nil
        tie.filters.append(.member(MemberFilter(member: order.member, op: .equals, values: [value])))
        var limits = workflow.configuration.limits
        limits.timeout = deadline.remaining
        guard let tieSQL = try? await workflow.backend.render(tie, today: workflow.clock.today(), securityContext: securityContext),
            let tied = try? await workflow.backend.execute(tieSQL, query: tie, limits: limits),
            tied.rows.count > shownTied
        else { return nil }
        let more = tied.rows.count - shownTied
        let atLeast = tied.truncated
        return language == .zh
            ? "注意：还有\(atLeast ? "至少" : "") \(more) 行与第 \(limit) 行并列（同为 \(value)），因数量限制没有列出。"
            : "Note: \(atLeast ? "at least " : "")\(more) more row\(more == 1 ? "" : "s") tie with row \(limit) (also \(value)) and are not shown because of the limit."
    }
}
