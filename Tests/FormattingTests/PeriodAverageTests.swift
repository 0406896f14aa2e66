import Execution
import Formatting
import Foundation
import SQLRendering
import SemanticModel
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let model = try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
private let today = CalendarDate(year: 2026, month: 11, day: 25)

/// "The average monthly hires": a count per period averaged over the periods the rows hold, per the other groups.
@Suite("The average of per-period figures")
struct PeriodAverageTests {
    @Test("one figure over every period, titled with the period, in the measure's own format")
    func overall() throws {
        let query = CubeQuery(measures: ["employees.count"], timeDimensions: [TimeDimension(dimension: "employees.hire_date", granularity: .month)])
        let rendered = try SQLRenderer(model: model).render(query, today: today)
        let result = QueryResult(columns: rendered.columns.map(\.alias), rows: [
            [.text("2025-01-01T00:00:00.000"), .integer(10)], [.text("2025-02-01T00:00:00.000"), .integer(20)],
            [.text("2025-03-01T00:00:00.000"), .integer(30)],
        ], truncated: false, elapsedMilliseconds: 1)
        let formatter = ResultFormatter(model: model)
        let (rows, columns) = try #require(formatter.periodAverage(in: result, rendered: rendered))
        #expect(rows.rows == [[.real(20)]])
        let formatted = formatter.format(rows, rendered: columns, query: query, language: .zh)
        #expect(formatted.markdown.contains("每月平均员工人数"), "\(formatted.markdown)")
        #expect(formatter.format(rows, rendered: columns, query: query, language: .en).markdown.contains("Average per month of headcount"))
    }

    @Test("per group, each group over its own periods; a cut-off result or no time column gives none")
    func perGroup() throws {
        let query = CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"],
                              timeDimensions: [TimeDimension(dimension: "employees.hire_date", granularity: .year)])
        let rendered = try SQLRenderer(model: model).render(query, today: today)
        let timeFirst = rendered.columns.first.map { if case .timeDimension = $0.role { true } else { false } } ?? false
        func row(_ city: String, _ year: String, _ n: Int64) -> [SQLValue] {
            timeFirst ? [.text(year), .text(city), .integer(n)] : [.text(city), .text(year), .integer(n)]
        }
        let rows = [row("北京", "2024-01-01T00:00:00.000", 4), row("北京", "2025-01-01T00:00:00.000", 6), row("上海", "2025-01-01T00:00:00.000", 3)]
        let result = QueryResult(columns: rendered.columns.map(\.alias), rows: rows, truncated: false, elapsedMilliseconds: 1)
        let (averaged, _) = try #require(ResultFormatter(model: model).periodAverage(in: result, rendered: rendered))
        #expect(averaged.rows == [[.text("北京"), .real(5)], [.text("上海"), .real(3)]])
        let cut = QueryResult(columns: result.columns, rows: rows, truncated: true, elapsedMilliseconds: 1)
        #expect(ResultFormatter(model: model).periodAverage(in: cut, rendered: rendered) == nil)
        let plain = try SQLRenderer(model: model).render(CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"]), today: today)
        #expect(ResultFormatter(model: model).periodAverage(in: QueryResult(columns: plain.columns.map(\.alias), rows: [[.text("北京"), .integer(1)]], truncated: false, elapsedMilliseconds: 1), rendered: plain) == nil)
    }
}
