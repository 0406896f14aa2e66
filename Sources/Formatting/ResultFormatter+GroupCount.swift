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
        // "in how many years …": the groups may be periods.
        let grouping = columns.indices.filter { columns[$0].role != .measure }
        guard !result.truncated, grouping.count == 1, let index = grouping.first else { return nil }
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
        if case .dimension(_, _, let granularity?)? = model.resolve(dimension) { return Self.periodCountTitle(granularity, language) }
        return language == .zh ? "不同\(model.title(of: dimension, .zh))的个数" : "Number of different \(model.title(of: dimension, .en).lowercased()) values"
    }

    /// "Number of years", 年数: how many periods have rows.
    static func periodCountTitle(_ granularity: Granularity, _ language: Language) -> String {
        language == .zh ? "\(granularity.chineseName)数" : "Number of \(granularity.rawValue)s"
    }
}
