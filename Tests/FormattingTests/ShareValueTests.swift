import Execution
import Formatting
import Foundation
import SQLRendering
import SemanticModel
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let model = try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))

/// One value's share is found among the rows whatever the database returned it as: a boolean comes back as 1 / 0
/// from SQLite and PostgreSQL alike while the filter says true / false (psid_wages, eleventh session: 0% shown).
@Suite("The share of one value")
struct ShareValueTests {
    @Test("a row value is a filter value by text, by number, and a boolean 1 / 0 by true / false")
    func filterValues() {
        #expect(SQLValue.integer(1).isFilterValue("true") && SQLValue.integer(0).isFilterValue("false"))
        #expect(!SQLValue.integer(1).isFilterValue("false") && !SQLValue.integer(2).isFilterValue("true"))
        #expect(SQLValue.integer(8).isFilterValue("8") && SQLValue.real(8).isFilterValue("8") && SQLValue.real(2.5).isFilterValue("2.5"))
        #expect(SQLValue.text("在职").isFilterValue("在职") && !SQLValue.text("true").isFilterValue("1"))
        #expect(!SQLValue.null.isFilterValue("true"))
    }

    @Test("the share of true among rows grouped by a boolean is its part of the total, not zero")
    func booleanShare() throws {
        let query = CubeQuery(measures: ["employees.count"], dimensions: ["employees.status"])
        let rendered = try SQLRenderer(model: model).render(query, today: CalendarDate(year: 2026, month: 11, day: 25))
        let result = QueryResult(columns: rendered.columns.map(\.alias), rows: [[.integer(0), .integer(2649)], [.integer(1), .integer(1516)]],
                                 truncated: false, elapsedMilliseconds: 1)
        let (shown, _) = try #require(ResultFormatter(model: model).share(
            of: MemberFilter(member: "employees.status", op: .equals, values: ["true"]), in: result, rendered: rendered))
        let share = try #require(shown.rows.first?.last?.double)
        #expect(abs(share - 100.0 * 1516 / 4165) < 1e-9)
    }
}
