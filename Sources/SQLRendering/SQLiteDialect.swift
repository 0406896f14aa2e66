import Foundation
import SemanticModel

/// SQLite: `strftime` for time grains (quarter computed, as SQLite has no quarter format), `LIKE … COLLATE NOCASE`.
public struct SQLiteDialect: SQLDialect {
    public init() {}

    public var name: String { "sqlite" }

    public func quoteIdentifier(_ name: String) -> String {
        // Identifiers come from the model and rarely hold a quote: skip Foundation's search-and-replace then.
        guard name.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + name + "\"" }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func placeholder(_ index: Int) -> String { "?" }

    public func truncate(_ expression: String, to granularity: Granularity) -> String {
        switch granularity {
        case .second: return "strftime('%Y-%m-%dT%H:%M:%S.000', \(expression))"
        case .minute: return "strftime('%Y-%m-%dT%H:%M:00.000', \(expression))"
        case .hour: return "strftime('%Y-%m-%dT%H:00:00.000', \(expression))"
        case .day: return "strftime('%Y-%m-%dT00:00:00.000', \(expression))"
        case .week: return "strftime('%Y-%m-%dT00:00:00.000', \(expression), 'weekday 0', '-6 days')"
        case .month: return "strftime('%Y-%m-01T00:00:00.000', \(expression))"
        case .quarter:
            // printf formats NULL as text, so a NULL date is kept NULL explicitly.
            return "CASE WHEN strftime('%Y', \(expression)) IS NULL THEN NULL ELSE printf('%s-%02d-01T00:00:00.000', strftime('%Y', \(expression)), "
                + "((CAST(strftime('%m', \(expression)) AS INTEGER) - 1) / 3) * 3 + 1) END"
        case .year: return "strftime('%Y-01-01T00:00:00.000', \(expression))"
        }
    }

    public func timestamp(_ expression: String) -> String { "strftime('%Y-%m-%dT%H:%M:%f', \(expression))" }

    public func like(_ expression: String, pattern: SQLFragment, negated: Bool) -> SQLFragment {
        "\(expression) \(negated ? "NOT LIKE" : "LIKE") " + pattern + " COLLATE NOCASE ESCAPE '\\'"
    }

    public func nullSafeEquals(_ a: String, _ b: String) -> String { "\(a) IS \(b)" }

    public func escapeLike(_ value: String) -> String {
        var out = ""
        for ch in value {
            if ch == "\\" || ch == "%" || ch == "_" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
