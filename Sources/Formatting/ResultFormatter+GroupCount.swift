import Execution
import SQLRendering
import SemanticModel

extension ResultFormatter {
    /// The suffix of the row key that holds the number of a category's values (`employees.position.count`).
    public static let groupCountSuffix = ".groups"

    /// "How many different job titles in Marketing", where the model has no distinct count of the column: the
    /// answer is the number of groups of the breakdown by it, empty values left out, as one row. Nil when the rows
    /// are not one category and its counts, or were cut off (the number would be short).
    public func groupCount(in result: QueryResult, rendered: RenderedSQL) -> (QueryResult, RenderedSQL)? {
        let columns = rendered.columns
        guard !result.truncated, columns.filter({ $0.role == .dimension }).count == 1,
            let index = columns.firstIndex(where: { $0.role == .dimension })
        else { return nil }
        let count = result.rows.filter { row in
            if case .null = row[index] { return false }
            if case .text(let text) = row[index], text.isEmpty { return false }
            return true
        }.count
        let member = columns[index].member
        let column = ResultColumn(alias: "groups", member: member + Self.groupCountSuffix, role: .measure, baseMember: member)
        return Self.derived(result, rendered, keyIndexes: [], keys: [[]], column: column) { _ in .integer(Int64(count)) }
    }

    /// The title of a group count's column, in the question's language.
    func groupCountTitle(of dimension: String, _ language: Language) -> String {
        language == .zh ? "不同\(model.title(of: dimension, .zh))的个数" : "Number of different \(model.title(of: dimension, .en).lowercased()) values"
    }
}
