import Foundation
import JWTKit
import SemanticModel

/// Verifies `Authorization: <jwt>` or `Authorization: Bearer <jwt>` (HS256 only, `exp` and `nbf` honoured) and
/// turns the payload into the caller's security context. Without a secret the service is open (local use).
public struct Authenticator: Sendable {
    private let keys: JWTKeyCollection?

    public var isOpen: Bool { keys == nil }

    /// Minimum secret length: RFC 7518 (3.2) asks for a key at least as long as the HS256 hash.
    public static let minimumSecretBytes = 32

    public init(secret: String?) async throws(TextBIError) {
        guard let secret, !secret.isEmpty else {
            keys = nil
            return
        }
        guard secret.utf8.count >= Self.minimumSecretBytes else {
            throw TextBIError(.invalidInput, "The API secret must be at least \(Self.minimumSecretBytes) bytes for HS256 (RFC 7518, section 3.2)")
        }
        keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    /// Why a request was refused.
    public struct Failure: Error, Sendable {
        public let message: String
    }

    /// The security context of a request, or a failure saying what is wrong with its credentials.
    public func authenticate(authorization: String?) async throws(Failure) -> SecurityContext {
        guard let keys else { return .open }
        guard var token = authorization?.trimmingWhiteSpace, !token.isEmpty else {
            throw Failure(message: "Authorization header isn't set")
        }
        if token.lowercased().hasPrefix("bearer ") { token = String(token.dropFirst(7)).trimmingWhiteSpace }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Self.decodeSegment(parts[0]) else { throw Failure(message: "Invalid token: not a JWT") }
        guard case .string("HS256")? = header["alg"] else {
            throw Failure(message: "Invalid token: only HS256-signed tokens are accepted")
        }
        do {
            let payload = try await keys.verify(token, as: ClaimsPayload.self)
            return SecurityContext(claims: payload.claims)
        } catch let error as JWTError {
            throw Failure(message: "Invalid token: \(error.reason ?? "\(error.errorType)")")
        } catch {
            throw Failure(message: "Invalid token: \(error)")
        }
    }

    static func decodeSegment(_ segment: Substring) -> JSONValue? {
        var base64 = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        return try? JSONValue.parse(String(decoding: data, as: UTF8.self))
    }
}

/// Every claim of a token, with `exp` and `nbf` checked when present.
struct ClaimsPayload: JWTPayload {
    let claims: [String: JSONValue]

    init(from decoder: any Decoder) throws {
        guard case .object(let pairs) = try JSONValue(from: decoder) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The payload is not an object"))
        }
        claims = Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    func encode(to encoder: any Encoder) throws {
        try JSONValue.object(claims.sorted { $0.key < $1.key }).encode(to: encoder)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        if let exp = claims["exp"]?.number { try ExpirationClaim(value: Date(timeIntervalSince1970: exp)).verifyNotExpired() }
        if let nbf = claims["nbf"]?.number { try NotBeforeClaim(value: Date(timeIntervalSince1970: nbf)).verifyNotBefore() }
    }
}
