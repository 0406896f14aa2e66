import Analysis
import Execution
import Foundation
import SQLRendering
import SemanticModel
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let model = try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))

private func analyze(_ query: CubeQuery, _ rows: [[SQLValue]], _ language: Language) throws -> [Insight] {
    let rendered = try SQLRenderer(model: model).render(query, today: CalendarDate(year: 2026, month: 11, day: 25))
    let result = QueryResult(columns: rendered.columns.map(\.alias), rows: rows, truncated: false, elapsedMilliseconds: 0)
    return Analyzer(model: model).analyze(result, rendered: rendered, query: query, language: language).insights
}

@Suite("Analysis")
struct AnalyzerTests {
    @Test("a single count answers in one line, in either language")
    func singleCount() throws {
        let q = CubeQuery(measures: ["employees.count"])
        #expect(try analyze(q, [[.integer(2000)]], .zh).first?.text == "共有 2,000 名员工。")
        #expect(try analyze(q, [[.integer(2000)]], .en).first?.text == "There are 2,000 employees.")
    }

    @Test("groups name the largest and smallest with their shares and the total")
    func groups() throws {
        let q = CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"])
        let insights = try analyze(q, [[.text("北京"), .integer(60)], [.text("上海"), .integer(30)], [.text("成都"), .integer(10)]], .zh)
        #expect(insights[0].text == "共 3 个城市分组；员工人数最高的是北京（60，占 60.00%），最低的是成都（10，占 10.00%）。")
        #expect(insights.contains { $0.kind == "total" && $0.text == "合计 100。" })
    }

    @Test("averages get no shares, only the spread")
    func averages() throws {
        let q = CubeQuery(measures: ["employees.avg_salary"], dimensions: ["employees.city"])
        let insights = try analyze(q, [[.text("Beijing"), .real(20000)], [.text("Chengdu"), .real(10000)]], .en)
        #expect(!insights[0].text.contains("%"))
        #expect(insights.contains { $0.kind == "spread" && $0.text.contains("2.00×") })
    }

    @Test("a time series reports overall change, biggest rise and fall, and the latest period")
    func series() throws {
        let q = CubeQuery(measures: ["employees.count"], timeDimensions: [TimeDimension(dimension: "employees.hire_date", granularity: .year)])
        let rows: [[SQLValue]] = [("2021", 100), ("2022", 160), ("2023", 120), ("2024", 130)].map { [.text("\($0.0)-01-01T00:00:00.000"), .integer($0.1)] }
        let insights = try analyze(q, rows, .en)
        #expect(insights[0].text == "Headcount went from 100 in 2021 to 130 in 2024 (+30.00%) over 4 periods.")
        #expect(insights.contains { $0.text == "The biggest rise was in 2022: +60 on the period before." })
        #expect(insights.contains { $0.text == "The biggest fall was in 2023: −40 on the period before." })
        #expect(insights.contains { $0.kind == "latest" && $0.text.contains("up 8.33% on 2023") })
    }

    @Test("values beyond two standard deviations are called out")
    func outliers() throws {
        let q = CubeQuery(measures: ["employees.count"], dimensions: ["employees.position"])
        var rows: [[SQLValue]] = (0..<9).map { [.text("P\($0)"), .integer(10)] }
        rows.append([.text("Giant"), .integer(100)])
        let insights = try analyze(q, rows, .en)
        #expect(insights.contains { $0.kind == "outlier" && $0.text.hasPrefix("Giant stands out") })
    }

    @Test("no rows says so")
    func empty() throws {
        #expect(try analyze(CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"]), [], .zh).first?.kind == "empty")
    }
}
