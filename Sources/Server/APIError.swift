import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SemanticModel

/// An error answered as JSON: `{"error": {"code": "…", "message": "…"}}` with the right status.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    /// Extra top-level fields (`"success": false` for query-sync) and extra error fields (`suggestions`).
    public var topLevel: [(String, JSONValue)] = []
    public var details: [(String, JSONValue)] = []
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// The status a pipeline error deserves: the question's fault is 4xx, the database's is 5xx.
    public init(_ error: TextBIError) {
        let status: HTTPResponse.Status
        switch error.code {
        case .notUnderstood, .needsClarification: status = .unprocessableContent
        case .invalidQuery, .unknownMember, .invalidInput: status = .badRequest
        case .unsupportedQuery: status = .unprocessableContent
        case .timeout: status = .gatewayTimeout
        case .busy, .databaseUnavailable: status = .serviceUnavailable
        case .cancelled: status = HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request")
        default: status = .internalServerError
        }
        self.init(status, error.code.description, status.code >= 500 ? Self.serverSide(error) : error.message)
        if let seconds = error.context["retry_after_seconds"] { headers[.retryAfter] = seconds }
    }

    /// A server-side failure's message for the client (`TextBIError.clientMessage`); the full message is logged.
    static func serverSide(_ error: TextBIError) -> String {
        // A full queue or a time limit is the load's doing, not a fault: noted, not logged as an error.
        let level: Logger.Level = error.code == .busy || error.code == .timeout ? .notice : .error
        Logger(label: "textbi.errors").log(level: level, "\(error.code): \(error.message)")
        return error.clientMessage
    }

    public var body: JSONValue {
        .object(topLevel + [("error", .object([("code", .string(code)), ("message", .string(message))] + details))])
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body.jsonString())))
    }
}

extension Response {
    /// A JSON response with `value` as its body.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: value.jsonString())))
    }
}
