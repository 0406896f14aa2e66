import AsyncHTTPClient
import Execution
import Foundation
import NIOCore
import NIOHTTP1
import SQLRendering
import SemanticModel

/// A remote Cube-compatible server (`cubejs_url`): its `/v1/sql` renders, its `/v1/load` runs, with the caller's
/// token, so textbi can front an existing Cube deployment.
public struct RemoteCubeBackend: QueryBackend, QueryExecutor {
    /// The API base, such as `http://cube.example:4000/cubejs-api`.
    public let baseURL: URL
    /// The caller's `Authorization` header, passed on as is.
    public let authorization: String?
    public let model: SemanticModel

    public var dialectName: String { "cube" }

    /// Nothing to let go of: the HTTP client is shared.
    public func close() async {}

    public init(baseURL: URL, authorization: String?, model: SemanticModel) {
        self.baseURL = baseURL
        self.authorization = authorization
        self.model = model
    }

    /// Normalises `http://host/cubejs-api`, `…/cubejs-api/`, `…/cubejs-api/v1` to the API base.
    public static func baseURL(from text: String) throws(TextBIError) -> URL {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasSuffix("/v1") { trimmed.removeLast(3) }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw TextBIError(.invalidInput, "cubejs_url must be an http(s) URL like http://localhost:4000/cubejs-api")
        }
        // http://allowed@elsewhere/ reads as the host 'elsewhere': a URL with user info is never called.
        guard url.user == nil, url.password == nil, !trimmed.dropFirst(scheme.count + 3).prefix(while: { $0 != "/" }).contains("@") else {
            throw TextBIError(.invalidInput, "cubejs_url must not carry a user name or password")
        }
        return url
    }

    /// One client for every remote Cube server: redirects are never followed (one could lead to a host the operator
    /// did not allow), connecting and reading are bounded, and cancelling a request can't deadlock (URLSession's
    /// cancel can, in Swift 6.3.1's Foundation).
    static let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: HTTPClient.Configuration.Timeout(connect: .seconds(5), read: .seconds(30))))

    /// Fetches `/v1/meta` and string dimensions' values, and returns a workflow that understands with the remote
    /// model and renders and runs on the remote server.
    public static func workflow(
        baseURL: URL, authorization: String?, clock: TodayClock, configuration: Workflow.Configuration
    ) async throws -> Workflow {
        let probe = RemoteCubeBackend(baseURL: baseURL, authorization: authorization, model: SemanticModel(cubes: []))
        let model = try SemanticModel(cubeMeta: try await probe.call("v1/meta", body: nil))
        let backend = RemoteCubeBackend(baseURL: baseURL, authorization: authorization, model: model)
        var values: [String: [String]] = [:]
        for cube in model.cubes {
            for d in cube.dimensions where d.kind == .string && d.meta.indexValues != false {
                let member = "\(cube.name).\(d.name)"
                let query = CubeQuery(dimensions: [member], filters: [.member(MemberFilter(member: member, op: .set))], limit: ValueCatalog.maximumValues + 1)
                guard let rows = try? await backend.load(query) else { continue }
                let found = rows.compactMap { $0[member]?.stringValue }
                if found.count <= ValueCatalog.maximumValues { values[member] = found }
            }
        }
        let twins = await ValueTwinProbe.load(model: model, values: values, backend: backend, today: clock.today())
        return Workflow(model: model, values: values, valueTwins: twins, executor: backend, backend: backend, clock: clock, configuration: configuration)
    }

    public func render(_ query: CubeQuery, today: CalendarDate, securityContext: SecurityContext) async throws -> RenderedSQL {
        let answer = try await call("v1/sql", body: .object([("query", query.json)]))
        guard case .array(let pair)? = answer["sql"]?["sql"], pair.count == 2, let sql = pair[0].stringValue, case .array(let params) = pair[1] else {
            throw TextBIError(.databaseError, "The remote /v1/sql answer has no sql.sql [text, params]")
        }
        var order: [OrderItem] = []
        if case .object(let pairs)? = answer["sql"]?["order"] {
            order = pairs.map { OrderItem($0.0, descending: $0.1.stringValue == "desc") }
        }
        return RenderedSQL(
            sql: sql, parameters: params.map(Self.sqlValue), columns: try SQLRenderer(model: model).columns(for: query), order: order,
            limit: query.limit ?? CubeQuery.defaultLimit)
    }

    public func execute(_ rendered: RenderedSQL, query: CubeQuery, limits: ExecutionLimits) async throws -> QueryResult {
        let clock = ContinuousClock()
        let start = clock.now
        let rows = try await load(query)
        let elapsed = start.duration(to: clock.now)
        let table = rows.map { row in
            rendered.columns.map { column -> SQLValue in
                let value = Self.sqlValue(row[column.member] ?? .null)
                // Cube sends some numbers as strings (cube-js/cube#8741); measures are numbers here.
                if column.role == .measure, case .text(let s) = value {
                    if let i = Int64(s) { return .integer(i) }
                    if let d = Double(s) { return .real(d) }
                }
                return value
            }
        }
        return QueryResult(
            columns: rendered.columns.map(\.alias), rows: table, truncated: false,
            elapsedMilliseconds: elapsed.milliseconds)
    }

    /// Raw SQL doesn't cross to a remote Cube server.
    public func execute(_ sql: String, parameters: [SQLValue], limits: ExecutionLimits) async throws -> QueryResult {
        throw TextBIError(.unsupportedQuery, "A remote Cube server runs Cube queries, not SQL")
    }

    func load(_ query: CubeQuery) async throws -> [JSONValue] {
        let answer = try await call("v1/load", body: .object([("query", query.json), ("queryType", "multi")]))
        guard case .array(let results)? = answer["results"], case .array(let data)? = results.first?["data"] else {
            throw TextBIError(.databaseError, "The remote /v1/load answer has no results[0].data")
        }
        return data
    }

    func call(_ path: String, body: JSONValue?) async throws -> JSONValue {
        var request = HTTPClientRequest(url: baseURL.appendingPathComponent(path).absoluteString)
        request.method = body == nil ? .GET : .POST
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body.jsonString()))
        }
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        let response = try await Self.client.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 32 * 1024 * 1024)
        let status = Int(response.status.code)
        // The remote's own words (an error page, a stack trace) are not passed on: only its status.
        guard status == 200, let json = try? JSONValue.parse(String(buffer: buffer)) else {
            throw TextBIError(
                .databaseError, "The remote Cube server answered \(status)\(status == 200 ? " with no JSON" : "")",
                context: ["status": String(status)])
        }
        return json
    }

    static func sqlValue(_ value: JSONValue) -> SQLValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .integer(b ? 1 : 0)
        case .int(let i): return .integer(i)
        case .double(let d): return .real(d)
        case .string(let s): return .text(s)
        case .array, .object: return .text(value.jsonString())
        }
    }
}
