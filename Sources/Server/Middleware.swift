import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import SemanticModel

extension HTTPField.Name {
    static let requestID = Self("X-Request-Id")!
    static let lastEventID = Self("Last-Event-ID")!
    static let accelBuffering = Self("X-Accel-Buffering")!
    static let runID = Self("X-Run-Id")!
}

/// Echoes or creates `X-Request-Id` and writes one access-log line per request.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = request.headers[.requestID].flatMap { $0.isEmpty || $0.count > 128 ? nil : $0 } ?? RequestIDs.shared.next()
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.requestID] = id
        // The request id in the line itself, not as metadata: a metadata dictionary per request (made, merged and
        // sorted by the handler) cost as much as the rest of the line.
        if logger.logLevel <= .info {
            let tenths = Int(((ContinuousClock.now - start).milliseconds * 10).rounded())
            logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(tenths / 10).\(tenths % 10)ms request_id=\(id)")
        }
        return response
    }
}

/// Request ids for requests that bring none: a random prefix chosen at start-up (so replicas differ) and a counter,
/// cheaper per request than a UUID and as unique within the process.
final class RequestIDs: @unchecked Sendable {
    static let shared = RequestIDs()
    private let prefix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    private let lock = NSLock()
    private var counter: UInt64 = 0

    func next() -> String {
        let n = lock.withLock { counter += 1; return counter }
        return prefix + "-" + String(n, radix: 16)
    }
}

/// CORS with a configurable list of origins (`*` for any); answers preflight requests.
struct OriginListCORSMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowedOrigins: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin] else { return try await next(request, context) }
        let allowed = allowedOrigins.contains("*") || allowedOrigins.contains(origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            guard allowed else { throw APIError(.forbidden, "origin_not_allowed", "Origin '\(origin)' is not allowed") }
            return Response(status: .noContent, headers: headers(origin: origin, preflight: true))
        }
        var response = try await next(request, context)
        if allowed { for field in headers(origin: origin, preflight: false) { response.headers.append(field) } }
        return response
    }

    private func headers(origin: String, preflight: Bool) -> HTTPFields {
        var fields: HTTPFields = [
            .accessControlAllowOrigin: allowedOrigins.contains("*") ? "*" : origin,
            .accessControlExposeHeaders: "X-Request-Id, X-Run-Id",
        ]
        if !allowedOrigins.contains("*") { fields[.vary] = "Origin" }
        if preflight {
            fields[.accessControlAllowMethods] = "GET, POST, OPTIONS"
            fields[.accessControlAllowHeaders] = "Content-Type, Authorization, Last-Event-ID, X-Request-Id"
            fields[.accessControlMaxAge] = "600"
        }
        return fields
    }
}

/// Turns every failure into the JSON error shape: unknown routes 404, known routes with the wrong method 405.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Path patterns (`*` for a parameter) and the methods each accepts.
    let routes: [(pattern: [Substring], methods: [HTTPRequest.Method])]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as CubeAPIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            let parts = request.uri.path.split(separator: "/")
            let methods = routes.filter { Self.matches($0.pattern, parts) }.flatMap(\.methods)
            if !methods.isEmpty {
                var apiError = APIError(.methodNotAllowed, "method_not_allowed", "\(request.method) is not allowed on \(request.uri.path); use \(methods.map(\.rawValue).joined(separator: ", "))")
                apiError.headers[.allow] = methods.map(\.rawValue).joined(separator: ", ")
                throw apiError
            }
            throw APIError(.notFound, "not_found", "No such endpoint: \(request.method) \(request.uri.path)")
        } catch let error as HTTPError {
            throw APIError(error.status, error.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_"), error.body ?? error.status.reasonPhrase)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "body_too_large", "The request body is too large")
        } catch is CancellationError {
            throw APIError(HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request"), "cancelled", "The request was cancelled")
        } catch {
            throw APIError(.internalServerError, "internal_error", "\(error)")
        }
    }

    static func matches(_ pattern: [Substring], _ parts: [Substring]) -> Bool {
        pattern.count == parts.count && zip(pattern, parts).allSatisfy { $0 == "*" || $0 == $1 }
    }
}

