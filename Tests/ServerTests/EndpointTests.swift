import Execution
import Foundation
import GRDB
import Server
import Testing
import Workflow

@Suite("JSON endpoints and bad input", .serialized)
struct EndpointTests {
    @Test("query-sync returns the right numbers, checked with independent SQL")
    func querySync() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#)
        #expect(status == 200)
        #expect(body["success"] as? Bool == true)
        for key in ["content", "workflow_id", "run_id", "query", "understood", "sql", "params", "data", "annotation", "chart", "analysis", "insights", "elapsed_ms"] {
            #expect(body[key] != nil, "missing \(key)")
        }
        let rows = try #require(body["data"] as? [[String: Any]])
        let expected = try LiveServer.independent("SELECT d.name, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.name")
        let got = Dictionary(uniqueKeysWithValues: rows.map { ($0["departments.name"] as! String, $0["employees.count"] as! Int) })
        let want = Dictionary(uniqueKeysWithValues: expected.map { (String.fromDatabaseValue($0[0])!, Int.fromDatabaseValue($0[1])!) })
        #expect(got == want)

        let (_, avg, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"average salary in Shanghai"}"#)
        let value = try #require((avg["data"] as? [[String: Any]])?.first?["employees.avg_salary"] as? Double)
        let independent = try LiveServer.independent("SELECT AVG(salary) FROM employees WHERE city = '上海'")
        #expect(abs(value - Double.fromDatabaseValue(independent[0][0])!) < 1e-9)
    }

    @Test("the stream's text reassembled equals query-sync's content")
    func contentMatchesStream() async throws {
        // Without the cache, so both runs say how long their query took.
        let server = try await LiveServer.start(workflow: Workflow.Configuration(cacheBytes: nil))
        defer { Task { await server.stop() } }
        let (_, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"每年入职人数"}"#)
        let (events, _, _) = try await SSEReader.readAll(try await server.request("POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"每年入职人数"}"#))
        let text = events.compactMap(\.string).filter { $0 != "[DONE]" }.joined()
        // Two runs differ only in how long the query took.
        func timeless(_ s: String) -> String { s.replacingOccurrences(of: #"用时 [0-9.]+ ms"#, with: "用时 _ ms", options: .regularExpression) }
        #expect(timeless(text) == timeless(try #require(body["content"] as? String)))
        #expect(text.contains("### 5. 数据分析"))
    }

    @Test("a question that is not understood is 422 with suggestions")
    func notUnderstood() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"今天天气怎么样"}"#)
        #expect(status == 422)
        #expect(body["success"] as? Bool == false)
        let error = try #require(body["error"] as? [String: Any])
        #expect(error["code"] as? String == "not_understood")
        #expect((error["suggestions"] as? [String])?.count == 3)
    }

    static let badInputs: [(String, String, String, [String: String], String?, Int, String)] = [
        ("missing message", "POST", "/workflow/query", ["Content-Type": "application/json"], "{}", 400, "missing_message"),
        ("empty message", "POST", "/workflow/query", ["Content-Type": "application/json"], #"{"message":"   "}"#, 400, "empty_message"),
        ("empty body", "POST", "/workflow/query-sync", ["Content-Type": "application/json"], "", 400, "missing_message"),
        ("message not a string", "POST", "/workflow/query", ["Content-Type": "application/json"], #"{"message":42}"#, 400, "invalid_message"),
        ("malformed JSON", "POST", "/workflow/query", ["Content-Type": "application/json"], #"{"message":"#, 400, "malformed_json"),
        ("not a JSON object", "POST", "/workflow/query-sync", ["Content-Type": "application/json"], #"["x"]"#, 400, "malformed_json"),
        ("form content type", "POST", "/workflow/query", ["Content-Type": "application/x-www-form-urlencoded"], "message=hi", 415, "unsupported_media_type"),
        ("body over 64 KiB", "POST", "/workflow/query", ["Content-Type": "application/json"], #"{"message":""# + String(repeating: "x", count: 70_000) + #""}"#, 413, "body_too_large"),
        ("message over 2000 characters", "POST", "/workflow/query-sync", ["Content-Type": "application/json"], #"{"message":""# + String(repeating: "员", count: 2_001) + #""}"#, 400, "message_too_long"),
        ("GET without message", "GET", "/workflow/query", [:], nil, 400, "missing_message"),
        ("bad Last-Event-ID", "GET", "/workflow/query", ["Last-Event-ID": "garbage"], nil, 400, "invalid_last_event_id"),
        ("unknown route", "GET", "/nope", [:], nil, 404, "not_found"),
        ("wrong method", "DELETE", "/workflow/query", [:], nil, 405, "method_not_allowed"),
        ("wrong method on sync", "GET", "/workflow/query-sync", [:], nil, 405, "method_not_allowed"),
        ("cancel unknown run", "POST", "/workflow/runs/nosuchrun/cancel", [:], nil, 404, "run_not_found"),
    ]

    @Test("every bad input gets its status and a JSON error body")
    func badInput() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for (name, method, path, headers, body, status, code) in Self.badInputs {
            let response = try await server.request(method, path, headers: headers, body: body)
            let text = try await response.text()
            #expect(response.status == status, "\(name): \(response.status) \(text)")
            #expect(response.headers["content-type"]?.hasPrefix("application/json") == true, "\(name)")
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
            let error = object?["error"] as? [String: Any]
            #expect(error?["code"] as? String == code, "\(name): \(text)")
            #expect((error?["message"] as? String)?.isEmpty == false, "\(name)")
        }
        // Nothing was written: the sample still has its rows.
        let count = try LiveServer.independent("SELECT COUNT(*) FROM employees")
        #expect(Int.fromDatabaseValue(count[0][0]) == 2000)
    }

    @Test("a query timeout reaches the client as a 5xx JSON body and as an SSE error event")
    func timeout() async throws {
        let server = try await LiveServer.start(workflow: .init(limits: .init(timeout: .nanoseconds(1))))
        defer { Task { await server.stop() } }
        let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"各部门员工人数"}"#)
        #expect(status == 504)
        #expect((body["error"] as? [String: Any])?["code"] as? String == "timeout")
        let (events, _, _) = try await SSEReader.readAll(try await server.request("GET", "/workflow/query?message=headcount"))
        #expect(events.last { $0.type == "error" }?.object?["code"] as? String == "timeout")
        #expect(events.last?.string == "[DONE]")
    }

    @Test("health, request ids and CORS")
    func healthAndHeaders() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, allowedOrigins: ["http://allowed.example"]))
        defer { Task { await server.stop() } }
        let health = try await server.request("GET", "/health", headers: ["X-Request-Id": "abc-123"])
        let text = try await health.text()
        #expect(health.status == 200 && text.contains(#""status":"ok""#) && text.contains(#""version""#))
        #expect(health.headers["x-request-id"] == "abc-123")
        let generated = try await server.request("GET", "/health")
        let another = try await server.request("GET", "/health")
        let first = try #require(generated.headers["x-request-id"]), second = try #require(another.headers["x-request-id"])
        #expect(!first.isEmpty && first.count <= 40 && first != second)
        _ = try await generated.text()
        _ = try await another.text()

        let preflight = try await server.request("OPTIONS", "/workflow/query", headers: [
            "Origin": "http://allowed.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type",
        ])
        #expect(preflight.status == 204)
        #expect(preflight.headers["access-control-allow-origin"] == "http://allowed.example")
        #expect(preflight.headers["access-control-allow-methods"]?.contains("POST") == true)
        let refused = try await server.request("OPTIONS", "/workflow/query", headers: ["Origin": "http://evil.example", "Access-Control-Request-Method": "POST"])
        #expect(refused.status == 403)
        let simple = try await server.request("GET", "/health", headers: ["Origin": "http://allowed.example"])
        #expect(simple.headers["access-control-allow-origin"] == "http://allowed.example")
    }
}
