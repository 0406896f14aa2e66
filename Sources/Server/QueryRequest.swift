import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SemanticModel

/// A question as the tutorial's clients send it: `{"message": "...", "cubejs_url"?: "...", "conversation_id"?: "..."}`.
struct QueryRequest: Sendable {
    var message: String
    var conversationID: String?
    var cubejsURL: String?

    /// Reads and validates a POST body: JSON content type, size, well-formed JSON, a non-empty message.
    static func decode(_ request: inout Request, configuration: ServerConfiguration) async throws -> QueryRequest {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw APIError(.unsupportedMediaType, "unsupported_media_type", "Send the question as JSON (Content-Type: application/json), not '\(type)'")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: configuration.maximumBodyBytes, within: configuration.bodyTimeout)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "body_too_large", "The request body is over \(configuration.maximumBodyBytes / 1024) KiB")
        } catch is BodyTimeoutError {
            throw APIError(.requestTimeout, "body_timeout", "The request body did not arrive within the time limit")
        }
        guard buffer.readableBytes > 0 else { throw APIError(.badRequest, "missing_message", "The request body is empty; send {\"message\": \"...\"}") }
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw APIError(.badRequest, "malformed_json", "The body is not valid JSON: it is not UTF-8 text")
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch {
            throw APIError(.badRequest, "malformed_json", "The body is not valid JSON: \(error.message)")
        }
        guard case .object = value else { throw APIError(.badRequest, "malformed_json", "The body must be a JSON object like {\"message\": \"...\"}") }
        guard let raw = value["message"], raw != .null else {
            throw APIError(.badRequest, "missing_message", "The field 'message' is required")
        }
        guard case .string(let message) = raw else { throw APIError(.badRequest, "invalid_message", "The field 'message' must be a string") }
        var query = try validated(message, configuration: configuration)
        query.conversationID = try optionalString(value, "conversation_id")
        query.cubejsURL = try optionalString(value, "cubejs_url")
        return query
    }

    /// An optional string field: absent or null is nil; any other type is a 400, never silently ignored.
    private static func optionalString(_ body: JSONValue, _ field: String) throws -> String? {
        switch body[field] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw APIError(.badRequest, "invalid_field", "The field '\(field)' must be a string")
        }
    }

    /// Checks a message from any source (body or query string).
    static func validated(_ message: String?, configuration: ServerConfiguration) throws -> QueryRequest {
        guard let message else { throw APIError(.badRequest, "missing_message", "The field 'message' is required") }
        // Foundation's trimmingCharacters bridges through NSString: a tenth of a cached answer's time.
        let trimmed = message.trimmingWhiteSpace
        guard !trimmed.isEmpty else { throw APIError(.badRequest, "empty_message", "The message is empty; ask a question") }
        // Counted in Unicode scalars (code points), as JSON Schema's maxLength counts.
        let length = trimmed.unicodeScalars.count
        guard length <= configuration.maximumMessageLength else {
            throw APIError(.badRequest, "message_too_long", "The message has \(length) characters; at most \(configuration.maximumMessageLength) are accepted")
        }
        return QueryRequest(message: trimmed)
    }
}
