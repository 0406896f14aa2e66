import NIOCore
import Synchronization

/// Counts open connections across the server and closes one more than `maximum` as soon as it is accepted.
final class ConnectionLimiter: Sendable {
    let maximum: Int
    private let open = Atomic<Int>(0)

    init(maximum: Int) { self.maximum = maximum }

    var openConnections: Int { open.load(ordering: .relaxed) }

    /// A handler for one connection's pipeline.
    func handler() -> Handler { Handler(limiter: self) }

    /// Takes a place when added to a connection's pipeline and gives it back when removed (the connection closed).
    final class Handler: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = Any
        let limiter: ConnectionLimiter
        private var counted = false

        init(limiter: ConnectionLimiter) { self.limiter = limiter }

        func handlerAdded(context: ChannelHandlerContext) {
            counted = true
            let now = limiter.open.wrappingAdd(1, ordering: .relaxed).newValue
            if now > limiter.maximum { context.close(promise: nil) }
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            guard counted else { return }
            counted = false
            limiter.open.wrappingSubtract(1, ordering: .relaxed)
        }
    }
}
