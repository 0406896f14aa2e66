import SemanticModel

/// A value as SQLite stores it: bound as a parameter, or read back from a row.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .real(let d): return "\(d)"
        case .text(let s): return s
        case .blob(let b): return "<\(b.count) bytes>"
        }
    }

    /// The value as a number, when it is one (or text that reads as one).
    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        case .text(let s): return Double(s)
        default: return nil
        }
    }
}

extension SQLValue {
    /// Whether this value, read back from a row, is the filter value `text`. Cube's filter values are strings: a
    /// number is matched by value (8 cylinders), and a boolean, which both databases return as 1 or 0, by
    /// `true` / `false` as well as `1` / `0`.
    /// Whether a value read back from a row meets `filter`: one of its values (`equals`), or a number beyond its
    /// bound (`gt`, `gte`, `lt`, `lte`). NULL meets none of them, as in SQL.
    public func satisfies(_ filter: MemberFilter) -> Bool {
        switch filter.op {
        case .equals: return filter.values.contains { isFilterValue($0) }
        case .gt, .gte, .lt, .lte:
            guard let v = double, filter.values.count == 1, let bound = Double(filter.values[0]) else { return false }
            switch filter.op {
            case .gt: return v > bound
            case .gte: return v >= bound
            case .lt: return v < bound
            default: return v <= bound
            }
        default: return false
        }
    }

    public func isFilterValue(_ text: String) -> Bool {
        switch self {
        case .text(let s): return s == text
        case .integer(let i):
            switch text {
            case "true": return i == 1
            case "false": return i == 0
            default: return Double(text) == Double(i)
            }
        case .real(let d): return Double(text) == d
        case .null, .blob: return false
        }
    }
}
