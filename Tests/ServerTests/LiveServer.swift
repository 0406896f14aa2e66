import Execution
import Foundation
import GRDB
import Logging
import SemanticModel
import Server
import ServiceLifecycle
import Workflow

/// The real textbi server on an ephemeral port over a freshly migrated sample database.
final class LiveServer: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static let databasePath: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-server-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        let path = folder.appendingPathComponent("sample.sqlite").path
        _ = try! DatabaseSetup(
            migrationsDirectory: root.appendingPathComponent("Migrations"), seedDirectory: root.appendingPathComponent("SampleData")
        ).run(databasePath: path)
        return path
    }()

    let port: Int
    let server: TextBIServer
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    var registry: RunRegistry { server.registry }

    private init(port: Int, server: TextBIServer, group: ServiceGroup, task: Task<Void, any Error>) {
        self.port = port
        self.server = server
        self.group = group
        self.task = task
    }

    /// A migrated database with no rows, for a server whose answers must come from elsewhere.
    static func emptyDatabase() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-empty-\(UUID().uuidString)/empty.sqlite").path
        _ = try DatabaseSetup(migrationsDirectory: root.appendingPathComponent("Migrations"), seedDirectory: nil).run(databasePath: path)
        return path
    }

    static func start(
        configuration: ServerConfiguration = ServerConfiguration(port: 0),
        // A roomy answer limit: these tests check what is answered, and on a loaded 2-core CI machine the 5 s default
        // cut answers short (the limit itself is tested by suites that pass their own, EndpointTests.timeout and
        // StarvationTests).
        workflow: Workflow.Configuration = Workflow.Configuration(limits: ExecutionLimits(timeout: .seconds(60))),
        databasePath: String = LiveServer.databasePath
    ) async throws -> LiveServer {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let flow = try await Engine.open(
            modelDirectory: root.appendingPathComponent("SampleData/model"), databasePath: databasePath, clock: .fixed(today),
            configuration: workflow)
        var logger = Logger(label: "textbi-test")
        logger.logLevel = .warning
        let server = try await TextBIServer(workflow: flow, configuration: configuration, databasePath: databasePath, logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let group = server.serviceGroup(onServerRunning: { port in continuation.yield(port) })
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw URLError(.cannotConnectToHost) }
        return LiveServer(port: port, server: server, group: group, task: task)
    }

    /// Starts a graceful shutdown, as SIGTERM would.
    func shutdown() async {
        await group.triggerGracefulShutdown()
    }

    /// Shuts down and waits for the server to finish.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> RawHTTPResponse {
        try await RawHTTPClient.send(port: port, method: method, path: path, headers: headers, body: body)
    }

    /// POSTs JSON and returns the status and the decoded JSON body.
    func postJSON(_ path: String, _ body: String, headers: [String: String] = ["Content-Type": "application/json"]) async throws -> (Int, [String: Any], [String: String]) {
        let response = try await request("POST", path, headers: headers, body: body)
        return (response.status, Self.object(try await response.text()), response.headers)
    }

    /// A JSON object body, or `["raw": text]` when it isn't one.
    static func object(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? ["raw": text]
    }

    /// The table names of the database at `path`, read outside textbi.
    static func independentTables(_ path: String) throws -> [String] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    }

    /// Runs SQL written by hand in the test, outside textbi.
    static func independent(_ sql: String) throws -> [[DatabaseValue]] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: databasePath, configuration: config).read { db in
            try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { row[$0] as DatabaseValue } }
        }
    }
}
