import Execution
import Foundation
import Server
import Testing
import Workflow

@Suite("SSE stream over a real socket", .serialized)
struct StreamTests {
    @Test("headers, retry, ids, and for each step: step_start → chunks → step_end, then [DONE] last")
    func order() async throws {
        // Every step must run, so the answer's time limit is roomy: on a loaded CI machine the 5 s default cut this
        // run after its first step (the limit itself is tested by the timed suites).
        let server = try await LiveServer.start(workflow: Workflow.Configuration(limits: ExecutionLimits(timeout: .seconds(60))))
        defer { Task { await server.stop() } }
        let response = try await server.request("POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"各部门员工人数"}"#)
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("text/event-stream") == true)
        #expect(response.headers["cache-control"] == "no-cache")
        #expect(response.headers["x-accel-buffering"] == "no")
        let runID = try #require(response.headers["x-run-id"])
        let (events, _, retry) = try await SSEReader.readAll(response)
        #expect(retry == 3000)
        #expect(events.allSatisfy { $0.id?.hasPrefix(runID + ":") == true })
        #expect(events.enumerated().allSatisfy { $0.element.id == "\(runID):\($0.offset + 1)" })
        #expect(events.last?.string == "[DONE]")

        // The tutorial's view: step_start, then strings, then step_end — five times.
        var sections: [(start: String, chunks: Int, end: String?)] = []
        for event in events {
            if event.type == "step_start" { sections.append((event.object?["step"] as? String ?? "", 0, nil)) }
            else if event.string != nil, event.string != "[DONE]", !sections.isEmpty { sections[sections.count - 1].chunks += 1 }
            else if event.type == "step_end" { sections[sections.count - 1].end = event.object?["step"] as? String }
        }
        #expect(sections.map(\.start) == WorkflowStep.allCases.map(\.rawValue))
        #expect(sections.allSatisfy { $0.chunks > 0 && $0.end == $0.start })
        for type in ["query", "sql", "result", "chart", "analysis", "progress"] {
            #expect(events.contains { $0.type == type }, "missing \(type) event")
        }
        let lastProgress = events.last { $0.type == "progress" }?.object
        #expect(lastProgress?["percent"] as? Int == 100)
    }

    @Test("with a slowed step, events arrive long before the run ends")
    func incremental() async throws {
        let server = try await LiveServer.start(workflow: Workflow.Configuration(stepDelay: .milliseconds(200)))
        defer { Task { await server.stop() } }
        let response = try await server.request("GET", "/workflow/query?message=headcount")
        let (events, _, _) = try await SSEReader.readAll(response)
        let first = try #require(events.first { $0.type == "step_start" }?.arrived)
        let last = try #require(events.last?.arrived)
        #expect(first.duration(to: last) >= .milliseconds(800))
    }

    @Test("a keep-alive comment goes out while nothing else does")
    func keepAlive() async throws {
        let server = try await LiveServer.start(
            configuration: ServerConfiguration(port: 0, keepAliveInterval: .milliseconds(100)),
            workflow: Workflow.Configuration(stepDelay: .milliseconds(400)))
        defer { Task { await server.stop() } }
        let response = try await server.request("GET", "/workflow/query?message=headcount")
        let (_, comments, _) = try await SSEReader.readAll(response)
        #expect(comments.contains(": keep-alive"))
    }

    @Test("a run whose client disconnected and never came back stops after the grace")
    func disconnect() async throws {
        let server = try await LiveServer.start(
            configuration: ServerConfiguration(port: 0, detachedRunGrace: .milliseconds(300)),
            workflow: Workflow.Configuration(stepDelay: .milliseconds(500)))
        defer { Task { await server.stop() } }
        let response = try await server.request("GET", "/workflow/query?message=headcount")
        let runID = try #require(response.headers["x-run-id"])
        var iterator = response.body.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(await server.registry.status(runID) == .running)
        response.close()
        let clock = ContinuousClock()
        let start = clock.now
        while await server.registry.status(runID) == .running, start.duration(to: clock.now) < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(await server.registry.status(runID) == .cancelled)
        #expect(start.duration(to: clock.now) >= .milliseconds(300), "the run must outlive its client for the grace")
    }

    @Test("a stream dropped mid-run and resumed with Last-Event-ID within the grace ends like an uninterrupted one")
    func dropAndResume() async throws {
        let server = try await LiveServer.start(workflow: Workflow.Configuration(stepDelay: .milliseconds(150)))
        defer { Task { await server.stop() } }
        let whole = try await SSEReader.readAll(try await server.request("GET", "/workflow/query?message=headcount%20by%20city"))
        let first = try await server.request("GET", "/workflow/query?message=headcount%20by%20city")
        #expect(first.headers["x-run-id"] != nil)
        var reader = SSEReader()
        var seen: [ParsedEvent] = []
        for try await (piece, at) in first.body {
            seen += reader.feed(piece, at: at)
            if seen.count >= 5 { break }
        }
        first.close()  // the connection drops after five events, mid-run
        try await Task.sleep(for: .milliseconds(400))
        let last = try #require(seen.last?.id)
        let rest = try await SSEReader.readAll(try await server.request("GET", "/workflow/query", headers: ["Last-Event-ID": last]))
        let events = seen + rest.events
        #expect(!events.contains { $0.type == "error" }, "\(events.compactMap(\.type))")
        #expect(Set(events.compactMap(\.id)).count == events.compactMap(\.id).count, "no event twice")
        #expect(events.last?.string == "[DONE]")
        // Same result as the uninterrupted run.
        let result = { (list: [ParsedEvent]) in list.first { $0.type == "result" }?.rawData }
        #expect(result(events) != nil && result(events) == result(whole.events))
    }

    @Test("Last-Event-ID replays exactly the events after it, from the same run")
    func resume() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let full = try await SSEReader.readAll(try await server.request("GET", "/workflow/query?message=%E5%90%84%E5%9F%8E%E5%B8%82%E4%BA%BA%E6%95%B0"))
        let runID = try #require(full.events.first?.id?.split(separator: ":").first.map(String.init))
        let cut = 7
        let replay = try await SSEReader.readAll(try await server.request("GET", "/workflow/query", headers: ["Last-Event-ID": "\(runID):\(cut)"]))
        #expect(replay.events.map(\.rawData) == full.events.dropFirst(cut).map(\.rawData))
        #expect(replay.events.first?.id == "\(runID):\(cut + 1)")
        let viaQuery = try await SSEReader.readAll(try await server.request("GET", "/workflow/query?lastEventId=\(runID):\(full.events.count - 1)"))
        #expect(viaQuery.events.map(\.rawData) == [#""[DONE]""#])
        let unknown = try await server.request("GET", "/workflow/query", headers: ["Last-Event-ID": "nosuchrun:3"])
        #expect(unknown.status == 404)
    }

    @Test("resuming a run that is still going replays what was missed, then continues live")
    func resumeRunning() async throws {
        let server = try await LiveServer.start(workflow: Workflow.Configuration(stepDelay: .milliseconds(150)))
        defer { Task { await server.stop() } }
        let first = try await server.request("GET", "/workflow/query?message=headcount")
        let runID = try #require(first.headers["x-run-id"])
        var reader = SSEReader()
        var seen: [ParsedEvent] = []
        for try await (piece, at) in first.body {
            seen += reader.feed(piece, at: at)
            if seen.count >= 3 { break }
        }
        let second = try await server.request("GET", "/workflow/query", headers: ["Last-Event-ID": "\(runID):2"])
        let rest = try await SSEReader.readAll(second)
        #expect(rest.events.first?.id == "\(runID):3")
        #expect(rest.events.last?.string == "[DONE]")
        first.close()
    }

    @Test("cancel stops a running run: its stream ends with a cancelled error, then [DONE]")
    func cancel() async throws {
        let server = try await LiveServer.start(workflow: Workflow.Configuration(stepDelay: .milliseconds(300)))
        defer { Task { await server.stop() } }
        let response = try await server.request("POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"headcount by city"}"#)
        let runID = try #require(response.headers["x-run-id"])
        let (status, body, _) = try await server.postJSON("/workflow/runs/\(runID)/cancel", "")
        #expect(status == 200 && body["status"] as? String == "cancelled")
        let (events, _, _) = try await SSEReader.readAll(response)
        #expect(events.last?.string == "[DONE]")
        let error = events.last { $0.type == "error" }?.object
        #expect(error?["code"] as? String == "cancelled")
        #expect(events.contains { $0.string?.hasPrefix("Error: ") == true })
        #expect(!events.contains { $0.type == "step_start" && $0.object?["step"] as? String == "analyze_result" })
        let again = try await server.postJSON("/workflow/runs/\(runID)/cancel", "")
        #expect(again.0 == 409)
    }

    @Test("on shutdown, open streams get the grace period, then end with an error event and [DONE]")
    func shutdown() async throws {
        let server = try await LiveServer.start(
            configuration: ServerConfiguration(port: 0, shutdownGracePeriod: .milliseconds(300)),
            workflow: Workflow.Configuration(stepDelay: .seconds(2)))
        let response = try await server.request("GET", "/workflow/query?message=headcount")
        try await Task.sleep(for: .milliseconds(100))
        await server.shutdown()
        let (events, _, _) = try await SSEReader.readAll(response)
        #expect(events.last?.string == "[DONE]")
        #expect(events.last { $0.type == "error" }?.object?["code"] as? String == "shutdown")
        await server.stop()
    }
}
