import HTTPTypes
import Hummingbird

/// Requires a valid token on the Cube API, the workflow routes and the suggestion endpoints when a secret is set.
/// Cube's routes refuse with Cube's 403 `{"error": "…"}` (its clients expect it); textbi's own routes with 401 and
/// `WWW-Authenticate`, as HTTP means for missing or bad credentials.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = TextBIRequestContext
    let authenticator: Authenticator

    static let protectedPrefixes = ["/cubejs-api/", "/workflow/", "/suggestions", "/examples"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !authenticator.isOpen, request.method != .options, Self.protectedPrefixes.contains(where: { path.hasPrefix($0) }) else {
            return try await next(request, context)
        }
        var context = context
        do {
            context.securityContext = try await authenticator.authenticate(authorization: request.headers[.authorization])
        } catch {
            if path.hasPrefix("/cubejs-api/") { throw CubeAPIError(.forbidden, error.message, type: nil) }
            var failure = APIError(.unauthorized, "unauthorized", error.message)
            failure.headers[.wwwAuthenticate] = "Bearer"
            throw failure
        }
        return try await next(request, context)
    }
}
