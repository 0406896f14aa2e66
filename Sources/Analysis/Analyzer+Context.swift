import Execution
import Formatting
import SQLRendering
import SemanticModel

/// The result being analysed, with helpers to name and format its members in the question's language.
struct Context {
    let model: SemanticModel
    let result: QueryResult
    let columns: [ResultColumn]
    let query: CubeQuery
    let language: Language

    var zh: Bool { language == .zh }
    var formatter: ValueFormatter { ValueFormatter(language: language) }

    func title(_ column: Int) -> String { model.title(of: columns[column].member, language) }

    func measure(_ column: Int) -> Measure? {
        if case .measure(_, let m)? = model.resolve(columns[column].member) { return m }
        return nil
    }

    func number(_ row: [SQLValue], _ column: Int) -> Double? { row[column].double }

    func show(_ value: Double, _ column: Int) -> String {
        if let m = measure(column) { return formatter.number(value, format: m.format) }
        if case .dimension(_, let d, _)? = model.resolve(columns[column].member) { return formatter.number(value, format: d.format) }
        return formatter.number(value, format: nil)
    }

    func label(_ row: [SQLValue], _ columns: [Int]) -> String {
        columns.map { i -> String in
            let column = self.columns[i]
            if case .timeDimension(let g) = column.role, case .text(let s) = row[i] { return formatter.time(s, granularity: g) }
            if case .null = row[i] { return zh ? "（空）" : "(none)" }
            return row[i].description
        }.joined(separator: " / ")
    }

    /// Counts and sums add up across groups, so shares of the total mean something; averages don't.
    func isAdditive(_ column: Int) -> Bool {
        guard let m = measure(column) else { return false }
        return m.kind == .count || m.kind == .sum
    }

    /// Whether the query narrows the rows (filters, segments, dates), which changes how a count is phrased.
    var isFiltered: Bool {
        !query.filters.isEmpty || !query.segments.isEmpty || query.timeDimensions.contains { $0.dateRange != nil }
    }
}
