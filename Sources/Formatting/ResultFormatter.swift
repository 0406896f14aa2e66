import Foundation
import Execution
import SQLRendering
import SemanticModel

/// Step 4: shapes SQL rows as Cube does (`data` keyed by member, `annotation`), plus a table and a chart.
public struct ResultFormatter: Sendable {
    public let model: SemanticModel
    /// How many rows the markdown table shows.
    public let tableRows: Int

    public init(model: SemanticModel, tableRows: Int = 50) {
        self.model = model
        self.tableRows = tableRows
    }

    public func format(
        _ result: QueryResult, rendered: RenderedSQL, query: CubeQuery, language: Language, requestedChart: String? = nil
    ) -> FormattedResult {
        let data = result.rows.map { row in JSONValue.object(cells(row, rendered.columns)) }
        let annotation = self.annotation(rendered.columns, query: query)
        let markdown = table(result, rendered.columns, language: language)
        let chart = ChartSuggester(model: model).suggest(
            data: data, columns: rendered.columns, query: query, language: language, requested: requestedChart)
        return FormattedResult(data: data, annotation: annotation, markdown: markdown, chart: chart,
                               rowCount: result.rows.count, truncated: result.truncated)
    }

    /// One row's cells: every column under its member name; a granular time column also under the plain name.
    func cells(_ row: [SQLValue], _ columns: [ResultColumn]) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        for (value, column) in zip(row, columns) {
            let json = self.json(value, column)
            pairs.append((column.member, json))
            if case .timeDimension = column.role, !columns.contains(where: { $0.member == column.baseMember }) {
                pairs.append((column.baseMember, json))
            }
        }
        return pairs
    }

    private func json(_ value: SQLValue, _ column: ResultColumn) -> JSONValue {
        switch value {
        case .null: return .null
        case .integer(let i):
            if isBoolean(column) { return .bool(i != 0) }
            return .int(i)
        case .real(let d): return .double(d)
        case .text(let s):
            if isTime(column), s.count == 10, CalendarDate(iso: s) != nil { return .string(s + "T00:00:00.000") }
            return .string(s)
        case .blob(let b): return .string("<\(b.count) bytes>")
        }
    }

    private func isTime(_ column: ResultColumn) -> Bool {
        if case .dimension(_, let d, _)? = model.resolve(column.baseMember) { return d.kind == .time }
        return false
    }

    private func isBoolean(_ column: ResultColumn) -> Bool {
        if case .dimension(_, let d, _)? = model.resolve(column.baseMember) { return d.kind == .boolean }
        return false
    }

    /// Cube's annotation: title = cube title + member title, shortTitle = member title.
    func annotation(_ columns: [ResultColumn], query: CubeQuery) -> JSONValue {
        var measures: [(String, JSONValue)] = [], dimensions: [(String, JSONValue)] = []
        var timeDimensions: [(String, JSONValue)] = [], segments: [(String, JSONValue)] = []
        func entry(_ cube: Cube, title: String, type: String, format: String?, meta: Meta) -> JSONValue {
            var pairs: [(String, JSONValue)] = [
                ("title", .string("\(cube.title) \(title)")), ("shortTitle", .string(title)), ("type", .string(type)),
            ]
            if let format { pairs.append(("format", .string(format))) }
            if let zh = meta.titleZh { pairs.append(("meta", .object([("title_zh", .string(zh))]))) }
            return .object(pairs)
        }
        for column in columns {
            switch model.resolve(column.member) {
            case .measure(let cube, let m)?:
                measures.append((column.member, entry(cube, title: m.title, type: "number", format: m.format, meta: m.meta)))
            case .dimension(let cube, let d, let g)?:
                let e = entry(cube, title: d.title, type: d.kind.rawValue, format: d.format, meta: d.meta)
                if g != nil {
                    timeDimensions.append((column.member, e))
                    timeDimensions.append((column.baseMember, e))
                } else {
                    dimensions.append((column.member, e))
                }
            case nil where column.member.hasSuffix(Self.groupCountSuffix):
                // How many values a category has: a whole number.
                if case .dimension(let cube, _, _)? = model.resolve(column.baseMember) {
                    measures.append((column.member, entry(cube, title: groupCountTitle(of: column.baseMember, .en), type: "number", format: nil, meta: Meta())))
                }
            case nil where column.member.hasSuffix(Self.periodAverageSuffix):
                // A per-period average of a total: the measure's own kind of number.
                if case .measure(let cube, let m)? = model.resolve(column.baseMember) {
                    measures.append((column.member, entry(cube, title: periodAverageTitle(column, .en), type: "number", format: m.format, meta: Meta())))
                }
            case nil where column.member.hasSuffix(Self.differenceSuffix):
                // One value's figure minus another's: the measure's own kind of number.
                if case .measure(let cube, let m)? = model.resolve(column.baseMember) {
                    measures.append((column.member, entry(cube, title: "Difference in \(m.title)", type: "number", format: m.format, meta: Meta())))
                }
            case nil where column.member.hasSuffix(Self.shareSuffix):
                // A value's share of the total: a percent of the measure it was computed from.
                if case .measure(let cube, let m)? = model.resolve(column.baseMember) {
                    measures.append((column.member, entry(cube, title: "Share of \(m.title)", type: "number", format: "percent", meta: Meta())))
                }
            default: break
            }
        }
        for name in query.segments {
            if case .segment(let cube, let s)? = model.resolve(name) {
                segments.append((name, .object([("title", .string("\(cube.title) \(s.title)")), ("shortTitle", .string(s.title))])))
            }
        }
        return .object([
            ("measures", .object(measures)), ("dimensions", .object(dimensions)),
            ("segments", .object(segments)), ("timeDimensions", .object(timeDimensions)),
        ])
    }

    /// A markdown table of the first `tableRows` rows, headers in the question's language.
    func table(_ result: QueryResult, _ columns: [ResultColumn], language: Language) -> String {
        let formatter = ValueFormatter(language: language)
        guard !result.rows.isEmpty else { return language == .zh ? "_没有符合条件的数据。_" : "_No rows match._" }
        let headers = columns.map { column in
            column.member.hasSuffix(Self.periodAverageSuffix) ? periodAverageTitle(column, language)
                : column.member.hasSuffix(Self.groupCountSuffix) ? groupCountTitle(of: column.baseMember, language)
                : column.member.hasSuffix(Self.differenceSuffix)
                ? (language == .zh ? "\(model.title(of: column.baseMember, .zh))之差" : "Difference in \(model.title(of: column.baseMember, .en).lowercased())")
                : column.member.hasSuffix(Self.shareSuffix)
                ? (language == .zh ? "\(model.title(of: column.baseMember, .zh))占比" : "Share of \(model.title(of: column.baseMember, .en).lowercased())")
                : model.title(of: column.member, language)
        }
        var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + columns.map { column in column.role == .measure || isNumeric(column) ? " ---: |" : " --- |" }.joined())
        for row in result.rows.prefix(tableRows) {
            let cells = zip(row, columns).map { value, column in escape(display(value, column, formatter)) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        var out = lines.joined(separator: "\n")
        let shown = min(tableRows, result.rows.count)
        if result.rows.count > shown || result.truncated {
            let total = result.truncated ? "\(result.rows.count)+" : String(result.rows.count)
            out += language == .zh ? "\n\n_共 \(total) 行，这里显示前 \(shown) 行。_" : "\n\n_\(total) rows; the first \(shown) are shown._"
        }
        return out
    }

    private func isNumeric(_ column: ResultColumn) -> Bool {
        if case .dimension(_, let d, _)? = model.resolve(column.baseMember) { return d.kind == .number }
        return false
    }

    func display(_ value: SQLValue, _ column: ResultColumn, _ formatter: ValueFormatter) -> String {
        var format: String? = nil
        switch model.resolve(column.member) {
        case .measure(_, let m)?: format = m.format
        case nil where column.member.hasSuffix(Self.shareSuffix): format = "percent"
        case nil where column.member.hasSuffix(Self.periodAverageSuffix) || column.member.hasSuffix(Self.differenceSuffix):
            if case .measure(_, let m)? = model.resolve(column.baseMember) { format = m.format }
        case .dimension(_, let d, let g)?:
            format = d.format
            if d.kind == .time, case .text(let s) = value { return formatter.time(s, granularity: g) }
            if d.kind == .boolean, case .integer(let i) = value {
                return formatter.language == .zh ? (i != 0 ? "是" : "否") : (i != 0 ? "yes" : "no")
            }
        default: break
        }
        switch value {
        case .null: return "—"
        case .integer(let i): return format == nil && isIdentifier(column) ? String(i) : formatter.number(Double(i), format: format)
        case .real(let d): return formatter.number(d, format: format)
        case .text(let s): return s
        case .blob(let b): return "<\(b.count) bytes>"
        }
    }

    private func isIdentifier(_ column: ResultColumn) -> Bool {
        if case .dimension(_, let d, _)? = model.resolve(column.baseMember) { return d.primaryKey || d.name.hasSuffix("year") }
        return false
    }

    /// A cell as markdown: `|` escaped, newlines as spaces; most cells have neither and are returned as they are.
    private func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A }) else { return s }
        return s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
