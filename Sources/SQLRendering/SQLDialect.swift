import SemanticModel

/// What differs between SQL databases: quoting, placeholders, time truncation and case-insensitive LIKE.
public protocol SQLDialect: Sendable {
    /// A name for logs and the `/sql` endpoint (`sqlite`, `postgres`).
    var name: String { get }
    func quoteIdentifier(_ name: String) -> String
    /// The placeholder for the `index`-th bound parameter (1-based).
    func placeholder(_ index: Int) -> String
    /// `expression` truncated to the start of its `granularity` period, as a `YYYY-MM-DDTHH:mm:ss.SSS` string.
    func truncate(_ expression: String, to granularity: Granularity) -> String
    /// `expression` as a comparable `YYYY-MM-DDTHH:mm:ss.SSS` timestamp string.
    func timestamp(_ expression: String) -> String
    /// A case-insensitive LIKE of `expression` against an already escaped, bound pattern.
    func like(_ expression: String, pattern: SQLFragment, negated: Bool) -> SQLFragment
    /// `a` equals `b`, NULL equal to NULL (joining sub-query results on their group keys).
    func nullSafeEquals(_ a: String, _ b: String) -> String
    /// Escapes `%`, `_` and the escape character in a user value meant for LIKE.
    func escapeLike(_ value: String) -> String
    /// An ORDER BY item; NULLs sort first ascending and last descending, as SQLite sorts them.
    func order(_ column: String, descending: Bool) -> String
}

extension SQLDialect {
    /// SQLite's own order, which needs no NULLS clause.
    public func order(_ column: String, descending: Bool) -> String { "\(column) \(descending ? "DESC" : "ASC")" }
}
