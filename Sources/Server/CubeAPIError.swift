import HTTPTypes
import Hummingbird
import NIOCore
import SemanticModel

/// An error in Cube's shape: 400 `{"type":"UserError","error":"…"}`, 403 `{"error":"…"}`.
struct CubeAPIError: Error, HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let message: String
    let type: String?
    var retryAfter: String?

    init(_ status: HTTPResponse.Status, _ message: String, type: String? = "UserError") {
        self.status = status
        self.message = message
        self.type = type
    }

    /// Query problems are the user's (400 UserError); database trouble is the server's (500), a timeout 504, a full
    /// query queue 503 with Retry-After.
    init(_ error: TextBIError) {
        switch error.code {
        case .timeout: self.init(.gatewayTimeout, error.message, type: nil)
        case .busy:
            self.init(.serviceUnavailable, error.message, type: nil)
            retryAfter = error.context["retry_after_seconds"]
        case .databaseUnavailable:
            self.init(.serviceUnavailable, APIError.serverSide(error), type: error.code.description)
            retryAfter = error.context["retry_after_seconds"] ?? "1"
        case .databaseError, .internalError, .invalidModel, .migrationError: self.init(.internalServerError, APIError.serverSide(error), type: nil)
        default: self.init(.badRequest, error.message)
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var pairs: [(String, JSONValue)] = []
        if let type { pairs.append(("type", .string(type))) }
        pairs.append(("error", .string(message)))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfter { headers[.retryAfter] = retryAfter }
        return Response(
            status: status, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: JSONValue.object(pairs).jsonString())))
    }
}

extension CubeAPIError {
    /// Any failure as Cube's error: textbi's own by its code, anything else a 500 that names no internals.
    init(_ error: any Error) {
        self.init((error as? TextBIError) ?? TextBIError(.internalError, "\(error)"))
    }
}
