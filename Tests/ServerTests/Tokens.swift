import Foundation
import JWTKit

/// Tokens for the tests: properly signed ones, and the kinds a server must refuse.
enum Tokens {
    static let secret = "test-secret-long-enough-for-hs512-signing-in-these-tests-0123456789"

    struct Claims: JWTPayload {
        var department: String?
        var department_id: Int?
        var city: String?
        var exp: ExpirationClaim?
        var nbf: NotBeforeClaim?
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    static func signed(
        department: String? = nil, departmentID: Int? = nil, city: String? = nil, expiresIn: TimeInterval? = 3600, notBefore: TimeInterval? = nil,
        secret: String = secret, digest: DigestAlgorithm = .sha256
    ) async throws -> String {
        let keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: digest)
        let claims = Claims(
            department: department, department_id: departmentID, city: city, exp: expiresIn.map { ExpirationClaim(value: Date().addingTimeInterval($0)) },
            nbf: notBefore.map { NotBeforeClaim(value: Date().addingTimeInterval($0)) })
        return try await keys.sign(claims)
    }

    /// An unsigned token claiming `alg: none`.
    static func unsigned(department: String = "技术部") -> String {
        func segment(_ json: String) -> String {
            Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_")
        }
        return segment(#"{"alg":"none","typ":"JWT"}"#) + "." + segment(#"{"department":"\#(department)"}"#) + "."
    }
}
