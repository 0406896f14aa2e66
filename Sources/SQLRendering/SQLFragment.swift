/// A piece of SQL that carries its own bound values, as GRDB's `SQL` literal and SQLKit's serializer do.
///
/// Text and values are kept together in the order they are written, so concatenating fragments in any order
/// can never bind a value to another fragment's placeholder. Placeholders are numbered only at the end,
/// by the dialect, when the whole statement is built.
public struct SQLFragment: Sendable, Equatable, ExpressibleByStringLiteral {
    /// SQL text from the model or the renderer, or one bound value.
    enum Part: Sendable, Equatable {
        case sql(String)
        case value(SQLValue)
    }

    private(set) var parts: [Part]

    /// Trusted SQL text: identifiers and expressions from the model, never a user value.
    public init(sql: String) { parts = sql.isEmpty ? [] : [.sql(sql)] }

    public init(stringLiteral sql: String) { self.init(sql: sql) }

    /// One bound value.
    public init(value: SQLValue) { parts = [.value(value)] }

    public var isEmpty: Bool { parts.isEmpty }

    /// The values in the order their placeholders appear.
    public var arguments: [SQLValue] {
        parts.compactMap { if case .value(let v) = $0 { return v } else { return nil } }
    }

    public static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        var out = lhs
        out.append(rhs)
        return out
    }

    public static func + (lhs: SQLFragment, rhs: String) -> SQLFragment { lhs + SQLFragment(sql: rhs) }
    public static func + (lhs: String, rhs: SQLFragment) -> SQLFragment { SQLFragment(sql: lhs) + rhs }

    public static func += (lhs: inout SQLFragment, rhs: SQLFragment) { lhs.append(rhs) }
    public static func += (lhs: inout SQLFragment, rhs: String) { lhs.append(sql: rhs) }

    public mutating func append(_ other: SQLFragment) {
        for part in other.parts {
            if case .sql(let text) = part, case .sql(let previous)? = parts.last {
                parts[parts.count - 1] = .sql(previous + text)
            } else {
                parts.append(part)
            }
        }
    }

    public mutating func append(sql: String) { append(SQLFragment(sql: sql)) }

    /// The statement text with the dialect's numbered placeholders, and its arguments in the same order.
    public func build(_ dialect: any SQLDialect) -> (sql: String, arguments: [SQLValue]) {
        var text = ""
        var arguments: [SQLValue] = []
        for part in parts {
            switch part {
            case .sql(let s): text += s
            case .value(let v):
                arguments.append(v)
                text += dialect.placeholder(arguments.count)
            }
        }
        return (text, arguments)
    }
}

extension Sequence where Element == SQLFragment {
    /// The fragments joined by `separator`, each keeping its own values.
    public func joined(separator: String) -> SQLFragment {
        var out = SQLFragment(sql: "")
        var first = true
        for fragment in self {
            if !first { out.append(sql: separator) }
            out.append(fragment)
            first = false
        }
        return out
    }
}
