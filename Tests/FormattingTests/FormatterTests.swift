import Execution
import Formatting
import Foundation
import SQLRendering
import SemanticModel
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let model = try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
private let today = CalendarDate(year: 2026, month: 11, day: 25)

private func render(_ query: CubeQuery) throws -> RenderedSQL { try SQLRenderer(model: model).render(query, today: today) }

@Suite("Formatting")
struct FormatterTests {
    @Test("rows are keyed by member name with numbers as JSON numbers; a granular time also under its plain name")
    func cubeRows() throws {
        let query = CubeQuery(measures: ["employees.count", "employees.avg_salary"], timeDimensions: [TimeDimension(dimension: "employees.hire_date", granularity: .year)])
        let rendered = try render(query)
        let result = QueryResult(columns: rendered.columns.map(\.alias), rows: [[.text("2024-01-01T00:00:00.000"), .integer(200), .real(18000.5)]], truncated: false, elapsedMilliseconds: 1)
        let formatted = ResultFormatter(model: model).format(result, rendered: rendered, query: query, language: .en)
        let row = try #require(formatted.data.first)
        #expect(row["employees.hire_date.year"] == .string("2024-01-01T00:00:00.000"))
        #expect(row["employees.hire_date"] == .string("2024-01-01T00:00:00.000"))
        #expect(row["employees.count"] == .int(200))
        #expect(row["employees.avg_salary"] == .double(18000.5))
        #expect(formatted.annotation["measures"]?["employees.count"]?["title"] == .string("Employees Headcount"))
        #expect(formatted.annotation["measures"]?["employees.count"]?["shortTitle"] == .string("Headcount"))
        #expect(formatted.annotation["measures"]?["employees.avg_salary"]?["format"] == .string("currency"))
        #expect(formatted.annotation["timeDimensions"]?["employees.hire_date.year"]?["type"] == .string("time"))
        #expect(formatted.chart["usermeta"]?["chartType"] == .string("line"))
    }

    @Test("plain time values gain Cube's time of day")
    func plainTime() throws {
        let query = CubeQuery(dimensions: ["employees.name", "employees.hire_date"], ungrouped: true)
        let rendered = try render(query)
        let result = QueryResult(columns: [], rows: [[.text("张三"), .text("2020-05-06")]], truncated: false, elapsedMilliseconds: 0)
        let formatted = ResultFormatter(model: model).format(result, rendered: rendered, query: query, language: .zh)
        #expect(formatted.data.first?["employees.hire_date"] == .string("2020-05-06T00:00:00.000"))
    }

    @Test("the markdown table uses the question's language, formats numbers and notes hidden rows")
    func table() throws {
        let query = CubeQuery(measures: ["employees.avg_salary", "employees.attrition_rate"], dimensions: ["employees.city"])
        let rendered = try render(query)
        let rows: [[SQLValue]] = (0..<60).map { i in [.text("城市\(i)"), .real(12345.678), .real(17.5)] }
        let formatted = ResultFormatter(model: model).format(
            QueryResult(columns: [], rows: rows, truncated: false, elapsedMilliseconds: 0), rendered: rendered, query: query, language: .zh)
        let lines = formatted.markdown.split(separator: "\n")
        #expect(lines[0] == "| 城市 | 平均月薪 | 离职率 |")
        #expect(lines[2] == "| 城市0 | 12,345.68 | 17.50% |")
        #expect(lines.count == 2 + 50 + 1)
        #expect(formatted.markdown.contains("共 60 行，这里显示前 50 行"))
    }

    @Test("chart suggestions: KPI, bar, pie on request, and the spec carries the data", arguments: [
        ("kpi", CubeQuery(measures: ["employees.count"]), [[SQLValue.integer(2000)]], nil as String?),
        ("bar", CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"]), [[.text("北京"), .integer(5)], [.text("上海"), .integer(4)]], nil),
        ("pie", CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"]), [[.text("北京"), .integer(5)], [.text("上海"), .integer(4)]], "pie"),
    ])
    func charts(_ kind: String, _ query: CubeQuery, _ rows: [[SQLValue]], _ requested: String?) throws {
        let rendered = try render(query)
        let formatted = ResultFormatter(model: model).format(
            QueryResult(columns: [], rows: rows, truncated: false, elapsedMilliseconds: 0), rendered: rendered, query: query,
            language: .en, requestedChart: requested)
        #expect(formatted.chart["usermeta"]?["chartType"] == .string(kind))
        #expect(formatted.chart["$schema"]?.stringValue?.contains("vega-lite") == true)
        if case .array(let values)? = formatted.chart["data"]?["values"] { #expect(values.count == rows.count) } else { Issue.record("no data values") }
    }

    @Test("numbers are formatted for people", arguments: [
        (1234567.891, "currency", "1,234,567.89"), (17.5, "percent", "17.50%"), (2000, nil, "2,000"), (3.14159, nil, "3.14"),
        (-1500, nil, "-1,500"), (0.004, nil, "0.00"),
    ])
    func numbers(_ value: Double, _ format: String?, _ expected: String) {
        #expect(ValueFormatter(language: .en).number(value, format: format) == expected)
    }
}
