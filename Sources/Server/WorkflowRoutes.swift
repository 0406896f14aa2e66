import Execution
import Foundation
import HTTPTypes
import Hummingbird
import Metrics
import QueryGeneration
import SemanticModel
import Workflow

/// `/workflow/query` (SSE, POST and GET), `/workflow/query-sync` (JSON) and `/workflow/runs/{id}/cancel`.
struct WorkflowRoutes: Sendable {
    let workflow: Workflow
    let registry: RunRegistry
    let configuration: ServerConfiguration
    let remotes: RemoteWorkflows
    let conversations: ConversationStore
    /// Whole answers to repeated questions, as query-sync bodies and as streams; nil with the result cache off.
    let answers: AnswerCache<SyncAnswer>?
    let streamAnswers: AnswerCache<StreamAnswer>?
    /// Keep-alive comments for the open streams, from one task.
    let keepAlives: KeepAlives

    init(workflow: Workflow, registry: RunRegistry, configuration: ServerConfiguration) {
        self.workflow = workflow
        self.registry = registry
        self.configuration = configuration
        self.conversations = ConversationStore(shared: registry.shared)
        self.remotes = RemoteWorkflows(local: workflow, allowed: configuration.remoteCubeURLs)
        self.answers = workflow.configuration.cacheBytes.map { AnswerCache(maximumBytes: max($0 / 8, 1)) }
        self.streamAnswers = workflow.configuration.cacheBytes.map { AnswerCache(maximumBytes: max($0 / 8, 1)) }
        self.keepAlives = KeepAlives(every: configuration.keepAliveInterval)
    }

    /// Starts a run that continues `query`'s conversation and remembers what it understood; a repeated question
    /// whose data has not changed is answered from the answer cache, with the whole text of its events.
    private func start(_ query: QueryRequest, on target: Workflow, local: Bool, _ security: SecurityContext) async -> (runID: String, replayed: String?) {
        let previous = query.conversationID == nil ? nil : await conversations.previous(query.conversationID, owner: security)
        let conversations = self.conversations
        let id = query.conversationID
        var onEnded: (@Sendable ([String], WorkflowResult?) async -> Void)?
        if local, previous == nil, registry.shared == nil, let answers = streamAnswers, let version = await target.backend.dataVersion() {
            let key = AnswerCache<StreamAnswer>.key(query.message, security, today: target.clock.today())
            var claim = answers.claim(key, version: version)
            if case .wait = claim { claim = await answers.wait(key).map { .kept($0) } ?? .wait }
            if case .kept(let answer) = claim, let replayed = await registry.replay(answer, securityContext: security) {
                Self.countAnswerCache(hit: true)
                if let understood = answer.interpretation { await conversations.remember(id, owner: security, understood) }
                return (replayed.runID, replayed.log.text)
            }
            Self.countAnswerCache(hit: false)
            if case .compute = claim {
                // Shared with whoever asked the same meanwhile; kept once the rows came from the result cache (the
                // answer's text then already says so).
                onEnded = { payloads, result in
                    let answer = result.flatMap { $0.succeeded ? StreamAnswer(payloads: payloads, runID: $0.runID, interpretation: $0.interpretation) : nil }
                    answers.finish(key, version: version, answer: answer, size: answer?.size ?? 0, keep: result?.rows?.fromCache == true)
                }
            }
        }
        let runID = await registry.start(
            query.message, on: target, securityContext: security, previous: previous,
            onUnderstood: { understood in await conversations.remember(id, owner: security, understood) }, onEnded: onEnded)
        return (runID, nil)
    }

    /// An answer from the answer cache is a run that answered, as far as the metrics are concerned.
    private static func countAnswerCache(hit: Bool) {
        (hit ? AnswerCacheCounters.hits : AnswerCacheCounters.misses).increment()
        if hit { AnswerCacheCounters.answered.increment() }
    }

    /// This server's workflow, or one fronting the Cube server a client named in `cubejs_url`.
    private func workflow(for query: QueryRequest, _ request: Request) async throws -> Workflow {
        guard let url = query.cubejsURL, !url.isEmpty else { return workflow }
        do {
            return try await remotes.workflow(for: url, host: request.head.authority, authorization: request.headers[.authorization]) ?? workflow
        } catch let error as TextBIError {
            throw APIError(.badRequest, "invalid_cubejs_url", error.message)
        }
    }

    func register(on router: Router<TextBIRequestContext>) {
        router.post("/workflow/query") { request, context in
            var request = request
            let query = try await QueryRequest.decode(&request, configuration: configuration)
            let target = try await workflow(for: query, request)
            let (runID, replayed) = await start(query, on: target, local: query.cubejsURL?.isEmpty ?? true, context.securityContext)
            return try await stream(runID: runID, after: 0, replayed: replayed, request: request, context: context)
        }
        router.get("/workflow/query") { request, context in
            // An empty header is no header: the query parameter still counts.
            let lastEventID = request.headers[.lastEventID].flatMap { $0.isEmpty ? nil : $0 } ?? request.formQuery("lastEventId")
            if let lastEventID, !lastEventID.isEmpty {
                guard let (runID, sequence) = RunRegistry.parseEventID(lastEventID) else {
                    throw APIError(.badRequest, "invalid_last_event_id", "Last-Event-ID '\(lastEventID)' is not '<run id>:<number>'")
                }
                guard await registry.status(runID, for: context.securityContext) != nil else {
                    throw APIError(.notFound, "run_not_found", "Run '\(runID)' is unknown or expired (runs are kept for 5 minutes)")
                }
                return try await stream(runID: runID, after: sequence, request: request, context: context)
            }
            let message = request.formQuery("message")
            var query = try QueryRequest.validated(message, configuration: configuration)
            query.conversationID = request.formQuery("conversation_id")
            let (runID, replayed) = await start(query, on: workflow, local: true, context.securityContext)
            return try await stream(runID: runID, after: 0, replayed: replayed, request: request, context: context)
        }
        router.post("/workflow/runs/:run_id/cancel") { _, context in
            let runID = try context.parameters.require("run_id")
            switch await registry.cancel(runID, for: context.securityContext) {
            case .cancelled: return Response.json(["run_id": .string(runID), "status": "cancelled"])
            case .alreadyFinished: throw APIError(.conflict, "run_finished", "Run '\(runID)' has already finished")
            case .unknown: throw APIError(.notFound, "run_not_found", "Run '\(runID)' is unknown or expired")
            }
        }
        router.post("/workflow/query-sync") { request, context in
            var request = request
            let query = try await QueryRequest.decode(&request, configuration: configuration)
            let local = query.cubejsURL?.isEmpty ?? true
            return try await sync(query, on: try await workflow(for: query, request), local: local, context.securityContext)
        }
    }

    /// Streams a run's events as `text/event-stream`, a chunk of events per write. A client that disconnects is
    /// noticed when a write fails (an event or a keep-alive), and the run is detached; the connection stays open
    /// for the next request after `[DONE]`.
    private func stream(
        runID: String, after sequence: Int, replayed: String? = nil, request: Request, context: TextBIRequestContext
    ) async throws -> Response {
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache", .connection: "keep-alive",
            .accelBuffering: "no", .runID: runID,
        ]
        // A finished run (an answer from the answer cache, or a resume after the end) goes out in one write.
        if let text = replayed, sequence == 0 {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "retry: 3000\n\n" + text)))
        }
        if let text = await registry.finishedText(runID, after: sequence, for: context.securityContext) {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "retry: 3000\n\n" + text)))
        }
        guard let (subscriber, events, feed) = await registry.subscribe(runID, after: sequence, for: context.securityContext) else {
            throw APIError(.notFound, "run_not_found", "Run '\(runID)' is unknown or expired")
        }
        let registry = self.registry
        let keepAlives = self.keepAlives
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let key = keepAlives.add(feed)
            defer { keepAlives.remove(key) }
            do {
                var prefix = "retry: 3000\n\n"  // goes out with the first chunk
                for await chunk in events {
                    keepAlives.sent(key)
                    try await writer.write(ByteBuffer(string: prefix + chunk.text))
                    prefix = ""
                }
                await registry.detach(runID, subscriber: subscriber, clientClosed: false)
                try await writer.finish(nil)
            } catch {
                // The client went away (or a write failed): stop the run if nobody else is watching it.
                await registry.detach(runID, subscriber: subscriber, clientClosed: true)
                throw error
            }
        })
    }

    /// Runs a question to the end and answers with one JSON object; a repeated question whose data has not
    /// changed is answered from the answer cache.
    private func sync(_ query: QueryRequest, on target: Workflow, local: Bool, _ security: SecurityContext) async throws -> Response {
        let previous = query.conversationID == nil ? nil : await conversations.previous(query.conversationID, owner: security)
        var pending: (AnswerCache<SyncAnswer>, AnswerCache<SyncAnswer>.Key, Int64)?
        if local, previous == nil, let answers, let version = await target.backend.dataVersion() {
            let key = AnswerCache<SyncAnswer>.key(query.message, security, today: target.clock.today())
            var claim = answers.claim(key, version: version)
            if case .wait = claim { claim = await answers.wait(key).map { .kept($0) } ?? .wait }
            if case .kept(let answer) = claim {
                Self.countAnswerCache(hit: true)
                if let understood = answer.interpretation { await conversations.remember(query.conversationID, owner: security, understood) }
                return Self.jsonResponse(answer.body(runID: RunRegistry.newRunID()))
            }
            Self.countAnswerCache(hit: false)
            if case .compute = claim { pending = (answers, key, version) }
        }
        // Whoever asked the same meanwhile gets this answer too (or, with none to share, computes its own).
        var shared: SyncAnswer?
        var keep = false
        defer { if let (answers, key, version) = pending { answers.finish(key, version: version, answer: shared, size: shared?.size ?? 0, keep: keep) } }
        let result = await target.answer(query.message, securityContext: security, previous: previous, runID: RunRegistry.newRunID())
        if let understood = result.interpretation { await conversations.remember(query.conversationID, owner: security, understood) }
        if let nu = result.notUnderstood {
            var error = APIError(.unprocessableContent, nu.code.description, nu.message)
            error.topLevel = [("success", false)]
            error.details = ResultJSON.clarificationFields(nu)
            throw error
        }
        if let failure = result.error {
            var error = APIError(failure)
            error.topLevel = [("success", false), ("run_id", .string(result.runID))]
            throw error
        }
        guard case .object(var pairs) = ResultJSON.make(result) else { throw APIError(.internalServerError, "internal_error", "No result") }
        pairs.insert(("workflow_id", "textbi"), at: 1)
        let bytes = JSONValue.object(pairs).jsonBytes()
        guard pending != nil else { return Self.jsonResponse(ByteBuffer(bytes: bytes)) }
        let body = String(decoding: bytes, as: UTF8.self)
        // Kept once the rows came from the result cache: the answer's text already says so, and says it again
        // each time it is sent.
        if let range = body.range(of: "\"run_id\":\"\(result.runID)\"") {
            let split = body.index(range.upperBound, offsetBy: -1)
            let head = String(body[..<range.lowerBound]) + "\"run_id\":\""
            shared = SyncAnswer(head: head, tail: String(body[split...]), interpretation: result.interpretation)
            keep = result.rows?.fromCache == true
        }
        return Self.jsonResponse(body)
    }

    private static func jsonResponse(_ body: String) -> Response {
        jsonResponse(ByteBuffer(string: body))
    }

    private static func jsonResponse(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: body))
    }
}

/// When something was last written to a stream (shared by two tasks).
/// The answer cache's counters, made once: a counter looked up by label and dimensions on every request cost as
/// much as the cache hit itself. Made on first use, by a request, so after `MetricsExport.bootstrap()`.
private enum AnswerCacheCounters {
    static let hits = Counter(label: "textbi_answer_cache_requests_total", dimensions: [("result", "hit")])
    static let misses = Counter(label: "textbi_answer_cache_requests_total", dimensions: [("result", "miss")])
    static let answered = Counter(label: "textbi_runs_total", dimensions: [("outcome", "answered")])
}
