import Execution
import Foundation
import Formatting
import Hummingbird
import NIOCore
import SQLRendering
import SemanticModel
import Workflow

/// Cube's REST API on the same compiler the natural-language endpoints use: `/cubejs-api/v1/load|sql|meta|dry-run`,
/// `/readyz`, `/livez`. Rows are shaped as Cube's, with numbers as JSON numbers.
struct CubeRoutes: Sendable {
    let workflow: Workflow
    let configuration: ServerConfiguration

    func register(on router: Router<TextBIRequestContext>) {
        let api = router.group("cubejs-api/v1")
        api.get("load") { request, context in try await load(try await Self.request(request, configuration), context) }
        api.post("load") { request, context in try await load(try await Self.request(request, configuration), context) }
        api.get("sql") { request, context in try await sql(try await Self.request(request, configuration), context) }
        api.post("sql") { request, context in try await sql(try await Self.request(request, configuration), context) }
        api.get("dry-run") { request, context in try await dryRun(try await Self.request(request, configuration), context) }
        api.post("dry-run") { request, context in try await dryRun(try await Self.request(request, configuration), context) }
        api.get("meta") { _, _ in Response.json(CubeMeta.document(workflow.model)) }
        router.get("readyz") { _, _ in
            do {
                _ = try await workflow.queries.ping()
                return Response.json(["health": "HEALTH"])
            } catch {
                return Response.json(["health": "DOWN"], status: .internalServerError)
            }
        }
        router.get("livez") { _, _ in Response.json(["health": "HEALTH"]) }
    }

    /// The queries of a request (`query` as an object, a JSON string, or an array of them) and whether the
    /// client asked for `queryType=multi`.
    struct CubeRequest: Sendable {
        let queries: [CubeQuery]
        let multi: Bool
    }

    static func request(_ request: Request, _ configuration: ServerConfiguration) async throws -> CubeRequest {
        var raw: JSONValue?
        var multi = request.formQuery("queryType") == "multi"
        if request.method == .post {
            var request = request
            let buffer: ByteBuffer
            do {
                buffer = try await request.collectBody(upTo: configuration.maximumBodyBytes, within: configuration.bodyTimeout)
            } catch is NIOTooManyBytesError {
                throw CubeAPIError(.contentTooLarge, "The request body is over \(configuration.maximumBodyBytes / 1024) KiB")
            } catch is BodyTimeoutError {
                throw CubeAPIError(.requestTimeout, "The request body did not arrive within the time limit")
            }
            let body: JSONValue
            do { body = try JSONValue.parse(String(buffer: buffer)) } catch { throw CubeAPIError(.badRequest, error.message) }
            raw = body["query"]
            if case .string("multi")? = body["queryType"] { multi = true }
        } else if let text = request.formQuery("query") {
            raw = .string(String(text))
        }
        guard var value = raw else { throw CubeAPIError(.badRequest, "Query param is required") }
        if case .string(let text) = value {
            do { value = try JSONValue.parse(text) } catch { throw CubeAPIError(.badRequest, "Query is not valid JSON: \(error.message)") }
        }
        let items: [JSONValue]
        if case .array(let list) = value { items = list } else { items = [value] }
        guard !items.isEmpty else { throw CubeAPIError(.badRequest, "Query should contain at least one query") }
        var queries: [CubeQuery] = []
        for item in items {
            do {
                let query = try CubeQuery(json: item)
                try validateTimezone(query.timezone)
                queries.append(query)
            } catch { throw CubeAPIError(error) }
        }
        if case .array = value { multi = true }
        return CubeRequest(queries: queries, multi: multi)
    }

    /// UTC, an IANA zone, or a fixed offset (`+08:00`). Dates in the sample are plain days, so the zone is
    /// checked and echoed; relative ranges use the service's UTC day.
    static func validateTimezone(_ zone: String?) throws(TextBIError) {
        guard let zone, zone != "UTC" else { return }
        let offset = #/^[+-](0\d|1[0-4]):?[0-5]\d$/#
        if zone.wholeMatch(of: offset) != nil || TimeZone(identifier: zone) != nil { return }
        throw TextBIError(.invalidQuery, "Unknown timezone '\(zone)' (use an IANA name like Asia/Shanghai or an offset like +08:00)")
    }

    private func load(_ request: CubeRequest, _ context: TextBIRequestContext) async throws -> Response {
        var results: [JSONValue] = []
        for query in request.queries { results.append(try await result(query, context.securityContext)) }
        if request.multi {
            let pivot: JSONValue
            if case .object(var pairs)? = results.first?["query"] {
                pairs.append(("queryType", "regularQuery"))
                pivot = .object(pairs)
            } else {
                pivot = .object([])
            }
            return Response.json([
                "queryType": "regularQuery", "results": .array(results), "pivotQuery": pivot, "slowQuery": false,
            ])
        }
        return Response.json(results[0])
    }

    /// Runs one query: the same renderer, executor and formatter as the natural-language pipeline.
    func result(_ query: CubeQuery, _ security: SecurityContext) async throws -> JSONValue {
        let today = workflow.clock.today()
        do {
            let rendered = try await workflow.queries.render(query, today: today, securityContext: security)
            let normalized = try workflow.queries.normalized(query, today: today)
            var limits = workflow.configuration.limits
            limits.useCache = query.renewQuery != true
            let rows = try await workflow.queries.execute(rendered, query: query, limits: limits)
            let formatted = workflow.formatter.format(rows, rendered: rendered, query: query, language: .en)
            var pairs: [(String, JSONValue)] = [
                ("query", normalized), ("data", .array(formatted.data)),
                ("lastRefreshTime", .string(ISO8601DateFormatter.cube.string(from: rows.refreshedAt ?? Date()))),
                ("annotation", formatted.annotation), ("dataSource", "default"), ("dbType", .string(workflow.queries.dialectName)),
                ("external", false), ("slowQuery", false), ("fromCache", .bool(rows.fromCache)),
                ("usedPreAggregations", Self.usedPreAggregations(rendered)),
            ]
            if query.total == true {
                let count = try await workflow.queries.count(rendered, limits: workflow.configuration.limits)
                pairs.append(("total", ResultJSON.json(count)))
            }
            return .object(pairs)
        } catch {
            throw CubeAPIError(error)
        }
    }

    private func sql(_ request: CubeRequest, _ context: TextBIRequestContext) async throws -> Response {
        let query = request.queries[0]
        do {
            let rendered = try await workflow.queries.render(query, today: workflow.clock.today(), securityContext: context.securityContext)
            let aliases = JSONValue.object(rendered.columns.map { ($0.alias, .string($0.member)) })
            return Response.json(["sql": [
                "sql": [.string(rendered.sql), .array(rendered.parameters.map(ResultJSON.json))],
                "order": rendered.orderObject, "aliasNameToMember": aliases, "preAggregations": Self.preAggregations(rendered), "dataSource": "default",
                "external": false,
            ]])
        } catch {
            throw CubeAPIError(error)
        }
    }

    /// Cube's `usedPreAggregations`: the rollup table read, keyed by its name.
    static func usedPreAggregations(_ rendered: RenderedSQL) -> JSONValue {
        guard let rollup = rendered.preAggregation else { return .object([]) }
        return .object([(rollup.tableName, .object([
            ("targetTableName", .string(rollup.tableName)), ("preAggregationId", .string(rollup.id)),
            ("lastUpdatedAt", .string(rollup.coverage.builtAt)), ("refreshKeyValues", .array([])),
        ]))])
    }

    /// Cube's `/sql` `preAggregations`: the rollup the statement reads, if any.
    static func preAggregations(_ rendered: RenderedSQL) -> JSONValue {
        guard let rollup = rendered.preAggregation else { return .array([]) }
        return .array([.object([
            ("preAggregationId", .string(rollup.id)), ("tableName", .string(rollup.tableName)),
            ("type", "rollup"), ("external", false), ("exactMatch", .bool(rollup.exact)),
        ])])
    }

    private func dryRun(_ request: CubeRequest, _ context: TextBIRequestContext) async throws -> Response {
        var normalized: [JSONValue] = []
        var orders: [JSONValue] = []
        for query in request.queries {
            do {
                let rendered = try await workflow.queries.render(query, today: workflow.clock.today(), securityContext: context.securityContext)
                normalized.append(try workflow.queries.normalized(query, today: workflow.clock.today()))
                orders.append(rendered.orderObject)
            } catch {
                throw CubeAPIError(error)
            }
        }
        var pivot = normalized[0]
        if case .object(var pairs) = pivot {
            pairs.append(("queryType", "regularQuery"))
            pivot = .object(pairs)
        }
        return Response.json([
            "queryType": "regularQuery", "normalizedQueries": .array(normalized), "queryOrder": .array(orders), "pivotQuery": pivot,
        ])
    }
}

extension ISO8601DateFormatter {
    /// Cube's `lastRefreshTime` style, with milliseconds.
    nonisolated(unsafe) static let cube: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
}
