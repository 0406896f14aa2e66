import Execution
import Formatting
import SQLRendering
import SemanticModel

/// Step 5: writes rule-based insights: the answer first, then extremes and shares for groups, change for
/// time series, and outliers beyond two standard deviations.
public struct Analyzer: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) { self.model = model }

    /// `shareOf` (硕士占比) asks for one value's share of the grouped total, stated first; `countsGroups` (how many
    /// different job titles) for the number of the category's values, stated first.
    public func analyze(
        _ result: QueryResult, rendered: RenderedSQL, query: CubeQuery, language: Language, shareOf: MemberFilter? = nil,
        shareOfMeasure: String? = nil, difference: MemberFilter? = nil, countsGroups: Bool = false, averagesPeriods: Bool = false
    ) -> AnalysisReport {
        guard !result.rows.isEmpty else {
            let text = language == .zh ? "没有符合条件的数据。" : "No data matches the question."
            return AnalysisReport(insights: [Insight(kind: "empty", text: text)])
        }
        let context = Context(model: model, result: result, columns: rendered.columns, query: query, language: language)
        let insights = Self.insights(context)
        if countsGroups, let index = rendered.columns.firstIndex(where: { $0.role != .measure }) {
            let n = result.rows.filter { if case .null = $0[index] { return false } else { return true } }.count
            let text: String
            if case .timeDimension(let granularity) = rendered.columns[index].role {
                let zh: [Granularity: String] = [.year: "年", .quarter: "个季度", .month: "个月", .week: "周", .day: "天"]
                text = language == .zh ? "符合条件的有 \(n) \(zh[granularity] ?? "期")。" : "\(n) \(granularity.rawValue)\(n == 1 ? "" : "s") match."
            } else {
                let title = model.title(of: rendered.columns[index].member, language)
                text = language == .zh ? "共有 \(n) 个不同的\(title)。" : "There are \(n) different \(title.lowercased()) values."
            }
            return AnalysisReport(insights: [Insight(kind: "answer", text: text)] + insights)
        }
        if averagesPeriods, let average = context.periodAverage() { return AnalysisReport(insights: [average] + insights) }
        if let difference, let gap = context.difference(difference) { return AnalysisReport(insights: [gap] + insights) }
        if let shareOfMeasure, let share = context.share(ofMeasure: shareOfMeasure) { return AnalysisReport(insights: [share] + insights) }
        guard let shareOf, let share = context.share(of: shareOf) else { return AnalysisReport(insights: insights) }
        return AnalysisReport(insights: [share] + insights)
    }

    /// The findings for a non-empty result, chosen by its shape: ranked rows, one value, a series, or groups.
    private static func insights(_ context: Context) -> [Insight] {
        let columns = context.columns
        if context.query.ungrouped == true { return context.ranking() }
        let timeIndex = columns.firstIndex { if case .timeDimension = $0.role { return true } else { return false } }
        let categoryIndexes = columns.indices.filter { columns[$0].role == .dimension }
        guard let measureIndex = columns.firstIndex(where: { $0.role == .measure }) else {
            let n = context.result.rows.count
            return [Insight(kind: "answer", text: context.zh ? "共 \(n) 个不同取值。" : "\(n) distinct values.")]
        }
        if categoryIndexes.isEmpty && timeIndex == nil { return context.singleValues() }
        if let timeIndex, categoryIndexes.isEmpty { return context.series(time: timeIndex, measure: measureIndex) }
        return context.groups(categories: categoryIndexes, time: timeIndex, measure: measureIndex)
    }
}
