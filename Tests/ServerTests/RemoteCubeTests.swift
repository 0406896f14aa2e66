import Foundation
import GRDB
import Hummingbird
import NIOCore
import Server
import Testing

/// textbi fronting another Cube-compatible server through `cubejs_url`: a second textbi instance with the data,
/// while the front instance's own database is empty.
@Suite("cubejs_url: fronting a remote Cube server", .serialized)
struct RemoteCubeTests {
    @Test("questions are understood with the remote /v1/meta and answered by its /v1/sql and /v1/load, with the caller's token")
    func fronting() async throws {
        let secured = ServerConfiguration(port: 0, apiSecret: Tokens.secret)
        let remote = try await LiveServer.start(configuration: secured)
        let cubejs = "http://127.0.0.1:\(remote.port)/cubejs-api"
        var allowing = secured
        allowing.remoteCubeURLs = [cubejs]
        let front = try await LiveServer.start(configuration: allowing, databasePath: try LiveServer.emptyDatabase())
        defer { Task { await remote.stop(); await front.stop() } }
        let auth = ["Content-Type": "application/json", "Authorization": try await Tokens.signed()]

        // The front's own database is empty …
        let (_, local, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"统计员工总数"}"#, headers: auth)
        #expect(((local["data"] as? [[String: Any]])?.first?["employees.count"] as? Int) == 0)
        // … so these numbers can only come from the remote server.
        let (status, answer, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数","cubejs_url":"\#(cubejs)"}"#, headers: auth)
        #expect(status == 200, "\(answer)")
        let rows = try #require(answer["data"] as? [[String: Any]])
        let got = Dictionary(uniqueKeysWithValues: rows.map { ($0["departments.name"] as! String, $0["employees.count"] as! Int) })
        let expected = try LiveServer.independent("SELECT d.name, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.name")
        #expect(got == Dictionary(uniqueKeysWithValues: expected.map { (String.fromDatabaseValue($0[0])!, Int.fromDatabaseValue($0[1])!) }))
        #expect((answer["sql"] as? String)?.contains("LEFT JOIN \"departments\"") == true)

        // The caller's token travels on: a 销售部 token sees only 销售部 through the front too.
        let sales = ["Content-Type": "application/json", "Authorization": try await Tokens.signed(department: "销售部")]
        let response = try await front.request("POST", "/workflow/query", headers: sales, body: #"{"message":"各部门员工人数","cubejs_url":"\#(cubejs)/v1"}"#)
        let (events, _, _) = try await SSEReader.readAll(response)
        let result = try #require(events.first { $0.type == "result" }?.object?["data"] as? [[String: Any]])
        #expect(result.compactMap { $0["departments.name"] as? String } == ["销售部"])
        #expect(events.last?.string == "[DONE]")
    }

    @Test("a bad or unreachable cubejs_url is a clear error")
    func badURL() async throws {
        let front = try await LiveServer.start(configuration: ServerConfiguration(port: 0, remoteCubeURLs: ["http://127.0.0.1:1/cubejs-api"]))
        defer { Task { await front.stop() } }
        let (status, body, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"ftp://example/cubejs-api"}"#)
        #expect(status == 400 && (body["error"] as? [String: Any])?["code"] as? String == "invalid_cubejs_url")
        let (unreachable, error, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"http://127.0.0.1:1/cubejs-api"}"#)
        #expect(unreachable == 502, "\(error)")
    }

    @Test("textbi calls only the servers the operator allowed: no default, no userinfo trick, no other host, port or path")
    func allowlist() async throws {
        let remote = try await LiveServer.start()
        let allowed = "http://127.0.0.1:\(remote.port)/cubejs-api"
        let open = try await LiveServer.start(databasePath: try LiveServer.emptyDatabase())
        let front = try await LiveServer.start(configuration: ServerConfiguration(port: 0, remoteCubeURLs: [allowed]), databasePath: try LiveServer.emptyDatabase())
        defer { Task { await remote.stop(); await open.stop(); await front.stop() } }
        func ask(_ server: LiveServer, _ url: String) async throws -> (Int, String?) {
            let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"\#(url)"}"#)
            return (status, (body["error"] as? [String: Any])?["code"] as? String)
        }
        // Nothing is allowed unless the operator says so.
        #expect(try await ask(open, allowed) == (403, "remote_cube_not_allowed"))
        #expect(try await ask(front, allowed).0 == 200)
        #expect(try await ask(front, allowed + "/v1").0 == 200)
        // The userinfo trick: 'allowed@elsewhere' is the host 'elsewhere'.
        #expect(try await ask(front, "http://127.0.0.1:\(remote.port)@127.0.0.2:\(remote.port)/cubejs-api").0 == 400)
        // Another host, another port, a path outside the prefix, another scheme.
        for url in ["http://127.0.0.2:\(remote.port)/cubejs-api", "http://127.0.0.1:\(remote.port + 1)/cubejs-api",
                    "http://127.0.0.1:\(remote.port)/cubejs-api-other", "http://127.0.0.1:\(remote.port)/other", "https://127.0.0.1:\(remote.port)/cubejs-api"] {
            #expect(try await ask(front, url) == (403, "remote_cube_not_allowed"), "\(url)")
        }
    }

    @Test("a redirect from an allowed server is not followed, and the remote's body is not echoed")
    func redirects() async throws {
        let target = try await LiveServer.start()
        let router = Router()
        router.get("/cubejs-api/v1/meta") { _, _ in
            Response(status: .found, headers: [.location: "http://127.0.0.2:\(target.port)/cubejs-api/v1/meta"])
        }
        router.get("/secret/cubejs-api/v1/meta") { _, _ in
            Response(status: .internalServerError, headers: [.contentType: "text/plain"], body: ResponseBody(byteBuffer: ByteBuffer(string: "stack trace: password=hunter2")))
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), onServerRunning: { channel in
            continuation.yield(channel.localAddress?.port ?? 0)
        })
        let serving = Task { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let front = try await LiveServer.start(
            configuration: ServerConfiguration(port: 0, remoteCubeURLs: ["http://127.0.0.1:\(port)"]), databasePath: try LiveServer.emptyDatabase())
        defer { Task { await target.stop(); await front.stop(); serving.cancel() } }
        let (status, body, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"http://127.0.0.1:\#(port)/cubejs-api"}"#)
        #expect(status == 502, "\(body)")
        let (failed, error, _) = try await front.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"http://127.0.0.1:\#(port)/secret/cubejs-api"}"#)
        #expect(failed == 502)
        #expect(!"\(error)".contains("hunter2"), "\(error)")
    }

    @Test("a cubejs_url naming this server itself is answered locally")
    func selfURL() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"统计员工总数","cubejs_url":"http://127.0.0.1:\#(server.port)/cubejs-api"}"#)
        #expect(status == 200)
        #expect(((body["data"] as? [[String: Any]])?.first?["employees.count"] as? Int) == 2000)
    }
}
