import SemanticModel

/// PostgreSQL: `$n` placeholders, `date_trunc` for time grains, `ILIKE … ESCAPE`, and `to_char` so every time value
/// comes back as the same `YYYY-MM-DDTHH:mm:ss.SSS` string SQLite's dialect gives. Time expressions are cast to
/// `timestamp` first, so a time dimension may be a `date`, a `timestamp` or ISO text (as in the sample schema).
public struct PostgresDialect: SQLDialect {
    public init() {}

    public var name: String { "postgres" }

    /// Standard SQL double quotes, as on SQLite.
    public func quoteIdentifier(_ name: String) -> String { SQLiteDialect().quoteIdentifier(name) }

    public func placeholder(_ index: Int) -> String { "$\(index)" }

    public func truncate(_ expression: String, to granularity: Granularity) -> String {
        // date_trunc's week starts on Monday, as SQLite's dialect computes it.
        format("date_trunc('\(granularity.rawValue)', \(cast(expression)))")
    }

    public func timestamp(_ expression: String) -> String { format(cast(expression)) }

    public func like(_ expression: String, pattern: SQLFragment, negated: Bool) -> SQLFragment {
        "\(expression) \(negated ? "NOT ILIKE" : "ILIKE") " + pattern + " ESCAPE '\\'"
    }

    /// `IS NOT DISTINCT FROM` can't drive a hash or merge join, so joining two grouped sub-queries on it is a nested
    /// loop (8 s for 16k × 16k keys). Equal text forms plus equal NULL-ness mean the same, and the first is hashable:
    /// both sides are the same expression, so equal values print alike.
    public func nullSafeEquals(_ a: String, _ b: String) -> String {
        "(COALESCE((\(a))::text, '') = COALESCE((\(b))::text, '') AND ((\(a)) IS NULL) = ((\(b)) IS NULL))"
    }

    public func escapeLike(_ value: String) -> String { SQLiteDialect().escapeLike(value) }

    /// SQLite sorts NULL before every value; PostgreSQL after. The SQLite order is kept so both give the same rows.
    public func order(_ column: String, descending: Bool) -> String {
        descending ? "\(column) DESC NULLS LAST" : "\(column) ASC NULLS FIRST"
    }

    private func cast(_ expression: String) -> String { "CAST(\(expression) AS timestamp)" }

    private func format(_ timestamp: String) -> String { "to_char(\(timestamp), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')" }
}
