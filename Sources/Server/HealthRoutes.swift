import Foundation
import Hummingbird
import SemanticModel
import Workflow

/// `/health`, and the web page with its assets.
struct HealthRoutes: Sendable {
    static let version = "0.1.0"
    let workflow: Workflow
    let databasePath: String

    /// The last healthy answer's body, by the table count it reported: health checks poll, and the body changes
    /// only with the count (the model and version are fixed for the process).
    private let healthy = HealthyBody()

    func register(on router: Router<TextBIRequestContext>) {
        router.get("/health") { _, _ in
            let cubes = workflow.model.cubes
            let database: JSONValue
            var healthyTables: Int?
            do {
                let tables = try await workflow.queries.ping()
                if let body = healthy.body(tables: tables) {
                    return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: body))
                }
                healthyTables = tables
                database = [
                    "status": "ok", "type": .string(workflow.queries.dialectName), "path": .string(databasePath), "tables": .int(Int64(tables)),
                ]
            } catch {
                let failure = (error as? TextBIError) ?? TextBIError(.databaseError, "\(error)")
                database = [
                    "status": "error", "type": .string(workflow.queries.dialectName), "path": .string(databasePath),
                    "code": .string(failure.code.description), "message": .string(APIError.serverSide(failure)),
                ]
            }
            let model: JSONValue = [
                "cubes": .array(cubes.map { .string($0.name) }),
                "measures": .int(Int64(cubes.reduce(0) { $0 + $1.measures.count })),
                "dimensions": .int(Int64(cubes.reduce(0) { $0 + $1.dimensions.count })),
            ]
            let ok = database["status"] == "ok"
            let value: JSONValue = ["status": ok ? "ok" : "degraded", "database": database, "model": model, "version": .string(Self.version)]
            let body = ByteBuffer(string: value.jsonString())
            if ok, let tables = healthyTables { healthy.store(tables: tables, body: body) }
            return Response(status: ok ? .ok : .serviceUnavailable, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: body))
        }
        router.get("/") { _, _ in try Self.asset("index.html") }
        router.get("/assets/:name") { _, context in try Self.asset(try context.parameters.require("name")) }
        router.get("/openapi.json") { _, _ in try Self.asset("openapi.json") }
    }

    static func asset(_ name: String) throws -> Response {
        guard !name.contains("/"), !name.hasPrefix("."),
            let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Public"),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw APIError(.notFound, "not_found", "No asset named '\(name)'") }
        let type: String
        switch url.pathExtension {
        case "html": type = "text/html; charset=utf-8"
        case "js": type = "text/javascript; charset=utf-8"
        case "css": type = "text/css; charset=utf-8"
        case "svg": type = "image/svg+xml"
        case "png": type = "image/png"
        case "json": type = "application/json; charset=utf-8"
        default: type = "application/octet-stream"
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The cached healthy /health body (see `HealthRoutes.healthy`).
final class HealthyBody: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (tables: Int, body: ByteBuffer)?

    func body(tables: Int) -> ByteBuffer? { lock.withLock { last.flatMap { $0.tables == tables ? $0.body : nil } } }
    func store(tables: Int, body: ByteBuffer) { lock.withLock { last = (tables, body) } }
}
