import Foundation
import JWTKit
import SemanticModel
import Server
import Testing

@Suite("Authentication", .serialized)
struct AuthTests {
    /// Every protected route, with how it answers a refusal: Cube's routes 403 `{"error": "…"}`, textbi's 401.
    static let routes: [(method: String, path: String, body: String?, status: Int)] = [
        ("GET", "/cubejs-api/v1/meta", nil, 403),
        ("POST", "/cubejs-api/v1/load", #"{"query":{"measures":["employees.count"]}}"#, 403),
        ("GET", "/cubejs-api/v1/load?query=%7B%22measures%22%3A%5B%22employees.count%22%5D%7D", nil, 403),
        ("POST", "/cubejs-api/v1/sql", #"{"query":{"measures":["employees.count"]}}"#, 403),
        ("POST", "/cubejs-api/v1/dry-run", #"{"query":{"measures":["employees.count"]}}"#, 403),
        ("POST", "/workflow/query", #"{"message":"headcount"}"#, 401),
        ("GET", "/workflow/query?message=headcount", nil, 401),
        ("POST", "/workflow/query-sync", #"{"message":"headcount"}"#, 401),
        ("POST", "/workflow/runs/abc/cancel", nil, 401),
        ("GET", "/suggestions?q=%E5%8C%97", nil, 401),
        ("GET", "/examples", nil, 401),
    ]

    func call(_ server: LiveServer, _ route: (method: String, path: String, body: String?, status: Int), token: String?) async throws -> (Int, String) {
        var headers = ["Content-Type": "application/json"]
        if let token { headers["Authorization"] = token }
        let response = try await server.request(route.method, route.path, headers: headers, body: route.body)
        return (response.status, try await response.text())
    }

    @Test("missing, malformed, wrongly signed, expired, not-yet-valid, alg none and HS512 tokens are refused on every protected route")
    func refused() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let bad: [(String, String?)] = [
            ("missing", nil),
            ("malformed", "Bearer not.a.token"),
            ("garbage", "abc"),
            ("wrong signature", try await Tokens.signed(secret: "another-secret-entirely-also-long-enough-for-sha512-keys-987654321")),
            ("expired", try await Tokens.signed(expiresIn: -60)),
            ("not yet valid", try await Tokens.signed(notBefore: 3600)),
            ("alg none", Tokens.unsigned()),
            ("HS512", try await Tokens.signed(digest: .sha512)),
        ]
        for (name, token) in bad {
            for route in Self.routes {
                let (status, body) = try await call(server, route, token: token)
                #expect(status == route.status, "\(name) on \(route.method) \(route.path): \(status) \(body)")
                if route.status == 403 {
                    #expect(body.hasPrefix(#"{"error":""#), "\(name): \(body)")
                } else {
                    #expect(body.contains(#""code":"unauthorized""#), "\(name): \(body)")
                }
            }
        }
    }

    @Test("valid tokens are accepted with and without 'Bearer'")
    func accepted() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, apiSecret: Tokens.secret))
        defer { Task { await server.stop() } }
        let token = try await Tokens.signed()
        for authorization in [token, "Bearer \(token)"] {
            for route in Self.routes where !route.path.contains("/cancel") {
                let (status, body) = try await call(server, route, token: authorization)
                #expect(status == 200, "\(route.method) \(route.path): \(status) \(body)")
            }
        }
        // Health, readiness and the page stay open.
        for path in ["/health", "/readyz", "/livez", "/"] {
            let response = try await server.request("GET", path)
            #expect(response.status == 200, "\(path)")
            _ = try await response.text()
        }
    }

    @Test("a secret shorter than 32 bytes is refused at start-up, as RFC 7518 asks for HS256")
    func shortSecret() async throws {
        await #expect(throws: TextBIError.self) { try await Authenticator(secret: "short") }
    }

    @Test("without a secret the service is open")
    func open() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, _) = try await call(server, Self.routes[1], token: nil)
        #expect(status == 200)
    }
}
