import Foundation
import SQLRendering
import SemanticModel

/// Suggests a Vega-Lite chart: a KPI for one number, a line for a time series, a pie for parts of a whole
/// when asked, otherwise bars (coloured by a second category).
struct ChartSuggester {
    let model: SemanticModel

    func suggest(data: [JSONValue], columns: [ResultColumn], query: CubeQuery, language: Language, requested: String?) -> JSONValue {
        let measures = columns.filter { $0.role == .measure }
        let times = columns.filter { if case .timeDimension = $0.role { return true } else { return false } }
        let categories = columns.filter { $0.role == .dimension }
        let title = { (member: String) in self.model.title(of: member, language) }
        func field(_ member: String) -> JSONValue { .string(String(member.flatMap { $0 == "." ? ["\\", "."] : [$0] })) }
        func spec(_ type: String, mark: JSONValue, encoding: [(String, JSONValue)]) -> JSONValue {
            .object([
                ("$schema", "https://vega.github.io/schema/vega-lite/v5.json"),
                ("data", .object([("values", .array(data))])),
                ("mark", mark),
                ("encoding", .object(encoding)),
                ("usermeta", .object([("chartType", .string(type))])),
            ])
        }

        // Ranked rows (ungrouped): bars of the numeric column by the row label.
        let numericDimension = categories.last { c in
            if case .dimension(_, let d, _)? = model.resolve(c.member) { return d.kind == .number }
            return false
        }
        let value = measures.first ?? (query.ungrouped == true ? numericDimension : nil)

        guard let value else {
            return .object([("usermeta", .object([("chartType", "table")]))])
        }
        if data.count == 1, times.isEmpty, categories.isEmpty || query.ungrouped == true && data.count == 1 && categories.count <= 1 {
            return spec("kpi", mark: .object([("type", "text"), ("fontSize", 48)]),
                        encoding: [("text", .object([("field", field(value.member)), ("type", "quantitative"), ("title", .string(title(value.member)))]))])
        }
        let label = categories.first { $0.member != value.member }
        if let time = times.first, requested != "bar", requested != "pie" {
            var encoding: [(String, JSONValue)] = [
                ("x", .object([("field", field(time.member)), ("type", "temporal"), ("title", .string(title(time.member)))])),
                ("y", .object([("field", field(value.member)), ("type", "quantitative"), ("title", .string(title(value.member)))])),
            ]
            if let label { encoding.append(("color", .object([("field", field(label.member)), ("type", "nominal"), ("title", .string(title(label.member)))]))) }
            return spec("line", mark: .object([("type", "line"), ("point", true), ("tooltip", true)]), encoding: encoding)
        }
        guard let category = label ?? times.first else {
            return .object([("usermeta", .object([("chartType", "table")]))])
        }
        if requested == "pie" {
            return spec("pie", mark: .object([("type", "arc"), ("tooltip", true)]), encoding: [
                ("theta", .object([("field", field(value.member)), ("type", "quantitative"), ("title", .string(title(value.member)))])),
                ("color", .object([("field", field(category.member)), ("type", "nominal"), ("title", .string(title(category.member)))])),
            ])
        }
        var encoding: [(String, JSONValue)] = [
            ("x", .object([("field", field(category.member)), ("type", "nominal"), ("title", .string(title(category.member))), ("sort", query.order.isEmpty ? "-y" : .null)])),
            ("y", .object([("field", field(value.member)), ("type", "quantitative"), ("title", .string(title(value.member)))])),
        ]
        if let second = categories.first(where: { $0.member != category.member && $0.member != value.member }) {
            encoding.append(("color", .object([("field", field(second.member)), ("type", "nominal"), ("title", .string(title(second.member)))])))
        }
        return spec("bar", mark: .object([("type", "bar"), ("tooltip", true)]), encoding: encoding)
    }
}
