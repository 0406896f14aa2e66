import Hummingbird
import Logging
import NIOCore
import SemanticModel

/// The request context: Hummingbird's core context plus the caller's verified security context.
public struct TextBIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var securityContext: SecurityContext = .open

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
