import Execution
import Formatting
import SQLRendering
import SemanticModel

/// Step 5: writes rule-based insights: the answer first, then extremes and shares for groups, change for
/// time series, and outliers beyond two standard deviations.
public struct Analyzer: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) { self.model = model }

    /// `shareOf` (硕士占比) asks for one value's share of the grouped total, stated first.
    public func analyze(
        _ result: QueryResult, rendered: RenderedSQL, query: CubeQuery, language: Language, shareOf: MemberFilter? = nil
    ) -> AnalysisReport {
        let report = analyzeRows(result, rendered: rendered, query: query, language: language)
        guard let shareOf, !result.rows.isEmpty else { return report }
        let context = Context(model: model, result: result, columns: rendered.columns, query: query, language: language)
        guard let share = context.share(of: shareOf) else { return report }
        return AnalysisReport(insights: [share] + report.insights)
    }

    private func analyzeRows(_ result: QueryResult, rendered: RenderedSQL, query: CubeQuery, language: Language) -> AnalysisReport {
        let zh = language == .zh
        guard !result.rows.isEmpty else {
            return AnalysisReport(insights: [Insight(kind: "empty", text: zh ? "没有符合条件的数据。" : "No data matches the question.")])
        }
        let context = Context(model: model, result: result, columns: rendered.columns, query: query, language: language)
        if query.ungrouped == true { return AnalysisReport(insights: context.ranking()) }
        let timeIndex = rendered.columns.firstIndex { if case .timeDimension = $0.role { return true } else { return false } }
        let categoryIndexes = rendered.columns.indices.filter { rendered.columns[$0].role == .dimension }
        guard let measureIndex = rendered.columns.firstIndex(where: { $0.role == .measure }) else {
            let n = result.rows.count
            return AnalysisReport(insights: [Insight(kind: "answer", text: zh ? "共 \(n) 个不同取值。" : "\(n) distinct values.")])
        }
        if categoryIndexes.isEmpty && timeIndex == nil {
            return AnalysisReport(insights: context.singleValues())
        }
        if let timeIndex, categoryIndexes.isEmpty {
            return AnalysisReport(insights: context.series(time: timeIndex, measure: measureIndex))
        }
        return AnalysisReport(insights: context.groups(categories: categoryIndexes, time: timeIndex, measure: measureIndex))
    }
}
