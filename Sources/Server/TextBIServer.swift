import Execution
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import Logging
import SemanticModel
import ServiceLifecycle
import UnixSignals
import Workflow

/// The HTTP service: one Hummingbird application with the workflow routes, health and the web page.
public struct TextBIServer: Sendable {
    public let workflow: Workflow
    public let configuration: ServerConfiguration
    public let registry: RunRegistry
    public let databasePath: String
    public let logger: Logger
    public let authenticator: Authenticator
    let connections: ConnectionLimiter

    /// `shared`: where replicas keep their runs and conversations (PostgreSQL's `textbi_state`); nil keeps them in
    /// this process.
    public init(
        workflow: Workflow, configuration: ServerConfiguration, databasePath: String, shared: (any SharedStateStore)? = nil,
        logger: Logger = Logger(label: "textbi")
    ) async throws(TextBIError) {
        self.workflow = workflow
        self.configuration = configuration
        self.registry = RunRegistry(configuration: configuration, shared: shared)
        self.databasePath = databasePath
        self.logger = logger
        self.authenticator = try await Authenticator(secret: configuration.apiSecret)
        self.connections = ConnectionLimiter(maximum: configuration.maximumConnections)
        MetricsExport.bootstrap()
    }

    /// Every route and the methods it accepts (for 405 answers).
    static let routes: [(pattern: [Substring], methods: [HTTPRequest.Method])] = [
        (["workflow", "query"], [.get, .post]), (["workflow", "query-sync"], [.post]),
        (["workflow", "runs", "*", "cancel"], [.post]), (["health"], [.get]), ([], [.get]), (["assets", "*"], [.get]),
        (["suggestions"], [.get]), (["examples"], [.get]), (["cubejs-api", "v1", "load"], [.get, .post]),
        (["cubejs-api", "v1", "sql"], [.get, .post]), (["cubejs-api", "v1", "dry-run"], [.get, .post]),
        (["cubejs-api", "v1", "meta"], [.get]), (["readyz"], [.get]), (["livez"], [.get]), (["openapi.json"], [.get]),
        (["metrics"], [.get]),
    ]

    public func router() -> Router<TextBIRequestContext> {
        let router = Router(context: TextBIRequestContext.self)
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: OriginListCORSMiddleware(allowedOrigins: configuration.allowedOrigins))
        router.add(middleware: JSONErrorMiddleware(routes: Self.routes))
        router.add(middleware: AuthMiddleware(authenticator: authenticator))
        CubeRoutes(workflow: workflow, configuration: configuration).register(on: router)
        WorkflowRoutes(workflow: workflow, registry: registry, configuration: configuration).register(on: router)
        HealthRoutes(workflow: workflow, databasePath: databasePath).register(on: router)
        SuggestionRoutes(workflow: workflow).register(on: router)
        MetricsExport.register(on: router, server: self)
        return router
    }

    /// The application; `onServerRunning` receives the bound port (useful with port 0).
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let idle = configuration.idleTimeout.components
        let connections = self.connections
        return Application(
            router: router(),
            server: .http1(configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [connections.handler()],
                idleTimeout: TimeAmount.nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "textbi"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Runs until SIGINT/SIGTERM; running streams then get the grace period before they are ended with an event.
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        if authenticator.isOpen {
            logger.warning("No API secret is set (CUBEJS_API_SECRET or --api-secret): every endpoint is open, for local use only")
        }
        let group = serviceGroup(onServerRunning: onServerRunning, signals: [.sigterm, .sigint])
        do {
            try await group.run()
        } catch {
            await close()
            throw error
        }
        // The database's connections (PostgreSQL's pools) close once the HTTP service has stopped.
        await close()
    }

    private func close() async {
        await workflow.queries.close()
        await registry.shared?.close()
    }

    /// The service group: the shutdown guard first in line to hear of a shutdown, then the HTTP server.
    public func serviceGroup(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }, signals: [UnixSignal] = []) -> ServiceGroup {
        let guardService = StreamShutdownGuard(
            registry: registry, gracePeriod: configuration.shutdownGracePeriod, hardLimit: configuration.hardShutdownLimit, logger: logger)
        var config = ServiceGroupConfiguration(services: [
            .init(service: application(onServerRunning: onServerRunning)),
            .init(service: guardService),
            .init(service: MemoryTrimmer(registry: registry, interval: .seconds(10)), successTerminationBehavior: .ignore),
        ], logger: logger)
        config.gracefulShutdownSignals = signals
        config.maximumGracefulShutdownDuration = configuration.shutdownGracePeriod + .seconds(5)
        return ServiceGroup(configuration: config)
    }
}

/// Hears of a graceful shutdown first (services shut down last-to-first), lets running streams finish for
/// the grace period, then ends the rest with an error event and `[DONE]` so the server can close.
struct StreamShutdownGuard: Service {
    let registry: RunRegistry
    let gracePeriod: Duration
    let hardLimit: Duration?
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        if let hardLimit {
            // A thread of its own, not a task: it must fire even if every task and thread of the pool is stuck.
            let seconds = UInt32(max(1, hardLimit.components.seconds))
            let thread = Thread {
                sleep(seconds)
                FileHandle.standardError.write(Data("textbi: shutdown took longer than \(seconds) s; exiting\n".utf8))
                exit(3)
            }
            thread.start()
        }
        let running = await registry.runningCount
        guard running > 0 else { return }
        logger.info("Shutting down: \(running) stream(s) get \(gracePeriod) to finish")
        let registry = self.registry, gracePeriod = self.gracePeriod
        // Unstructured on purpose: this service returns at once so the server stops accepting connections now.
        Task {
            if await !registry.waitForRunning(timeout: gracePeriod) { await registry.cancelAll(reason: .shutdown) }
        }
    }
}
