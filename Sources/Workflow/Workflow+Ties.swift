import Execution
import SQLRendering
import SemanticModel

extension Run {
    /// "Which patients have the lowest score?", "who earns the most", 哪位 / 谁: the rows themselves are asked, so each
    /// row at the extreme is part of the answer (a question for the value, "how old is the youngest", has it already).
    var asksWhichRows: Bool {
        // The question's first word (a relative who, "anglers who chose the beach", asks nothing).
        let first = question.lowercased().split { !$0.isLetter }.first.map(String.init) ?? ""
        return ["which", "who", "whom", "whose", "list", "name"].contains(first) || question.contains("哪") || question.contains("谁")
    }

    /// What a cut through a tie adds to the answer: the note, and for a single extreme ("which patients have the lowest
    /// score") every other row at that extreme, which the answer then shows too.
    struct TieAtCut {
        let note: String
        let extraRows: [[SQLValue]]
    }

    /// "The 3 departments with the most hires", "who earns the most": a limit that cuts through a tie shows some of
    /// the tied rows and hides others, as if the shown ones stood alone. One more query finds the rows that share
    /// the last shown row's value (text and whole numbers exactly; other numbers within a relative 1e-9, since a
    /// float bound back may not equal itself). With N asked, the answer shows N rows and says how many more tie; for
    /// the one extreme (no N) of a question asking which rows, the tied rows are all the answer, up to 50 of them. Only for questions (the REST API
    /// answers exactly what the query asks, as Cube does).
    func tieAtCut(_ rows: QueryResult, _ rendered: RenderedSQL, _ query: CubeQuery) async -> TieAtCut? {
        guard let limit = query.limit, limit >= 1, rows.rows.count == limit, !rows.truncated, let order = query.order.first,
            let column = rendered.columns.firstIndex(where: { $0.member == order.member }),
            let last = rows.rows.last, column < last.count
        else { return nil }
        var tie = query
        tie.limit = nil
        tie.offset = nil
        let value: String
        let sameValue: (SQLValue) -> Bool
        switch last[column] {
        case .integer(let n):
            value = String(n)
            tie.filters.append(.member(MemberFilter(member: order.member, op: .equals, values: [value])))
            sameValue = { $0.double == Double(n) }
        case .real(let d) where d == d.rounded() && abs(d) < 1e15:
            value = String(Int64(d))
            tie.filters.append(.member(MemberFilter(member: order.member, op: .equals, values: [value])))
            sameValue = { $0.double == d }
        case .real(let d) where d.isFinite:
            let margin = max(abs(d), 1) * 1e-9
            value = String(d)
            tie.filters.append(.member(MemberFilter(member: order.member, op: .gte, values: [String(d - margin)])))
            tie.filters.append(.member(MemberFilter(member: order.member, op: .lte, values: [String(d + margin)])))
            sameValue = { $0.double.map { abs($0 - d) <= margin } ?? false }
        case .text(let t):
            value = t
            tie.filters.append(.member(MemberFilter(member: order.member, op: .equals, values: [value])))
            sameValue = { $0 == last[column] }
        default: return nil
        }
        let shown = rows.rows.filter { sameValue($0[column]) }
        var limits = workflow.configuration.limits
        limits.timeout = deadline.remaining
        guard let tieSQL = try? await workflow.backend.render(tie, today: workflow.clock.today(), securityContext: securityContext),
            let tied = try? await workflow.backend.execute(tieSQL, query: tie, limits: limits),
            tied.rows.count > shown.count
        else { return nil }
        let more = tied.rows.count - shown.count
        let atLeast = tied.truncated
        if limit == 1, asksWhichRows, !atLeast, more <= 50, tied.columns == rows.columns {
            let extra = tied.rows.filter { !rows.rows.contains($0) }
            return TieAtCut(note: language == .zh
                ? "注意：另有 \(extra.count) 行与第 1 行并列（同为 \(value)），一并列出。"
                : "Note: \(extra.count) more row\(extra.count == 1 ? "" : "s") tie with row 1 (also \(value)) and are shown too.", extraRows: extra)
        }
        return TieAtCut(note: language == .zh
            ? "注意：还有\(atLeast ? "至少" : "") \(more) 行与第 \(limit) 行并列（同为 \(value)），因数量限制没有列出。"
            : "Note: \(atLeast ? "at least " : "")\(more) more row\(more == 1 ? "" : "s") tie with row \(limit) (also \(value)) and are not shown because of the limit.", extraRows: [])
    }
}
