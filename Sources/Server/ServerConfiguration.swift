import Foundation

/// How the HTTP service runs: where it listens, what it allows, and its limits.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// Origins allowed by CORS; `["*"]` allows any (the default, for local use).
    public var allowedOrigins: [String]
    /// A `: keep-alive` comment goes out after this long without another event.
    public var keepAliveInterval: Duration
    /// On SIGINT/SIGTERM, running streams get this long to finish before they are ended with an error event.
    public var shutdownGracePeriod: Duration
    /// Largest request body accepted (413 above it).
    public var maximumBodyBytes: Int
    /// Longest question accepted, in characters (400 above it).
    public var maximumMessageLength: Int
    /// How long finished runs stay replayable with Last-Event-ID.
    public var runRetention: Duration
    /// At most this many runs, and this many bytes of events, are kept; the oldest finished go first.
    public var maximumRuns: Int
    public var maximumRunBytes: Int
    /// HS256 secret for JWTs (`CUBEJS_API_SECRET`); nil leaves the service open, for local use.
    public var apiSecret: String?
    /// Cube servers a client may name in `cubejs_url` (scheme, host, port, path prefix); nil or empty allows none.
    public var remoteCubeURLs: [String]?
    /// A run whose last client disconnected keeps going this long, so a reconnect with Last-Event-ID continues it
    /// live; nobody back by then, it is cancelled. Zero cancels at once.
    public var detachedRunGrace: Duration
    /// A connection that sends nothing for this long (idle between requests, or stalled before its request head is
    /// complete) is closed, so idle or slow clients can't hold the server or its shutdown.
    public var idleTimeout: Duration
    /// A request body must arrive within this long once its head has (408 otherwise). It is checked as the body's
    /// pieces arrive, with no timer per request: a body that stops arriving altogether is closed by `idleTimeout`.
    public var bodyTimeout: Duration
    /// Connections open at once; one more is closed as soon as it is accepted, so clients can't exhaust the
    /// process's file descriptors.
    public var maximumConnections: Int
    /// After SIGTERM/SIGINT the process exits this long after the shutdown began, whatever still runs (`textbi
    /// serve` sets the grace plus 10 s); nil leaves it to the service group (tests, where exiting would end them).
    public var hardShutdownLimit: Duration?

    public init(
        host: String = "127.0.0.1", port: Int = 8000, allowedOrigins: [String] = ["*"],
        keepAliveInterval: Duration = .seconds(15), shutdownGracePeriod: Duration = .seconds(10),
        maximumBodyBytes: Int = 64 * 1024, maximumMessageLength: Int = 2_000, runRetention: Duration = .seconds(300),
        maximumRuns: Int = 1_000, maximumRunBytes: Int = 64 * 1024 * 1024, apiSecret: String? = nil,
        remoteCubeURLs: [String]? = nil, detachedRunGrace: Duration = .seconds(30), idleTimeout: Duration = .seconds(30),
        bodyTimeout: Duration = .seconds(10), maximumConnections: Int = ServerConfiguration.defaultMaximumConnections
    ) {
        self.maximumConnections = maximumConnections
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.detachedRunGrace = detachedRunGrace
        self.apiSecret = apiSecret
        self.remoteCubeURLs = remoteCubeURLs
        self.host = host
        self.port = port
        self.allowedOrigins = allowedOrigins
        self.keepAliveInterval = keepAliveInterval
        self.shutdownGracePeriod = shutdownGracePeriod
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumMessageLength = maximumMessageLength
        self.runRetention = runRetention
        self.maximumRuns = maximumRuns
        self.maximumRunBytes = maximumRunBytes
    }

    /// 1,024, or fewer when the soft file-descriptor limit leaves less room (64 descriptors kept for the databases,
    /// the log and the listening socket).
    public static var defaultMaximumConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        let soft = limit.rlim_cur > 1_000_000 ? 1_000_000 : Int(limit.rlim_cur)  // RLIM_INFINITY is the largest value
        return max(16, min(1_024, soft - 64))
    }
}
