import SemanticModel

/// Where the data lives: a SQLite file (the default) or a PostgreSQL server (`postgres://…`).
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// `postgres://` and `postgresql://` name a server; anything else is a SQLite file path.
    public init(_ text: String) throws(TextBIError) {
        if PostgresURL.isPostgres(text) {
            self = .postgres(try PostgresURL(text))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The path, or the URL without its password (for logs and `/health`).
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return url.redacted
        }
    }
}
