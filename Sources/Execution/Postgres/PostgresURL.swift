import Foundation
import NIOSSL
import PostgresNIO
import SemanticModel

/// A `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer]` connection string.
public struct PostgresURL: Sendable, Equatable {
    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    /// `sslmode`: disable, prefer (the default: TLS when the server offers it) or require.
    public let sslmode: String

    static func isPostgres(_ text: String) -> Bool { text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") }

    public init(_ text: String) throws(TextBIError) {
        guard Self.isPostgres(text), let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            throw TextBIError(.invalidInput, "Not a PostgreSQL URL (postgres://user@host:port/database): '\(Self.redact(text))'")
        }
        guard let user = parts.user, !user.isEmpty else {
            throw TextBIError(.invalidInput, "The PostgreSQL URL names no user (postgres://user@host:port/database)")
        }
        let database = String(parts.path.drop { $0 == "/" })
        self.host = host
        self.port = parts.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = parts.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.isEmpty ? self.username : (database.removingPercentEncoding ?? database)
        let sslmode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(sslmode) else {
            throw TextBIError(.invalidInput, "sslmode=\(sslmode) is not supported; use disable, prefer or require")
        }
        self.sslmode = sslmode
    }

    /// The URL with the password hidden.
    public var redacted: String { "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)" }

    static func redact(_ text: String) -> String {
        text.replacing(#/:[^:@/]*@/#, with: ":***@")
    }

    /// The pool's configuration; `readOnly` makes every session default to read-only transactions.
    func clientConfiguration(maximumConnections: Int, readOnly: Bool) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch sslmode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        var config = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        config.options.maximumConnections = max(1, maximumConnections)
        config.options.connectTimeout = .seconds(3)
        config.options.keepAliveBehavior = .init(frequency: .seconds(30))
        if readOnly { config.options.additionalStartupParameters = [("default_transaction_read_only", "on")] }
        return config
    }

    /// One connection's configuration (migrations, and the reachability probe).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch sslmode {
        case "disable": tls = .disable
        case "require": tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var config = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        config.options.connectTimeout = .seconds(3)
        return config
    }
}
