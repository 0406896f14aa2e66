import Execution
import Foundation
import Testing

/// `textbi serve` as a user runs it: the background refresh builds the sample's rollups at start, and queries then read
/// them; `--no-pre-aggregations` never does.
@Suite("Background rollup refresh", .serialized)
struct BackgroundRefreshTests {
    static let query = #"{"measures":["employees.count"],"dimensions":["departments.name"]}"#

    /// Starts the built binary on a fresh sample database; returns the process, its port and the database path.
    static func serve(_ flags: [String]) throws -> (Process, Int, String) {
        let binary = LiveServer.root.appendingPathComponent(".build/debug/textbi")
        guard FileManager.default.fileExists(atPath: binary.path) else { throw Failure.missing("build the binary first: swift build") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-bg-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("db.sqlite").path
        _ = try DatabaseSetup(
            migrationsDirectory: LiveServer.root.appendingPathComponent("Migrations"),
            seedDirectory: LiveServer.root.appendingPathComponent("SampleData")
        ).run(databasePath: path)
        let log = folder.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--database", path, "--port", "0", "--today", "2026-11-25", "--log-level", "warning"] + flags
        process.currentDirectoryURL = LiveServer.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: #/http://127\.0\.0\.1:(\d+)/#), let port = Int(match.1) { return (process, port, path) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        throw Failure.missing("serve did not report its port")
    }

    enum Failure: Error { case missing(String) }

    static func preAggregations(_ port: Int) async throws -> [Any] {
        let response = try await RawHTTPClient.send(
            port: port, method: "POST", path: "/cubejs-api/v1/sql", headers: ["Content-Type": "application/json"],
            body: #"{"query":\#(query)}"#)
        let body = LiveServer.object(try await response.text())
        return ((body["sql"] as? [String: Any])?["preAggregations"] as? [Any]) ?? []
    }

    @Test("serve builds the rollups in the background, then answers from them")
    func buildsAtStart() async throws {
        let (process, port, _) = try Self.serve(["--refresh-interval-seconds", "0.5"])
        defer { process.terminate(); process.waitUntilExit() }
        var used: [Any] = []
        for _ in 0..<100 where used.isEmpty {
            // A connection closed under heavy machine load (seen twice beside a CI build, cause not found) is tried
            // again: what this test checks is that the rollup is used once built.
            used = (try? await Self.preAggregations(port)) ?? []
            if used.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect((used.first as? [String: Any])?["preAggregationId"] as? String == "employees.by_department")
    }

    @Test("--no-pre-aggregations builds nothing and reads the raw tables")
    func off() async throws {
        let (process, port, path) = try Self.serve(["--no-pre-aggregations", "--refresh-interval-seconds", "0.5"])
        defer { process.terminate(); process.waitUntilExit() }
        try await Task.sleep(for: .seconds(2))
        #expect(try await Self.preAggregations(port).isEmpty)
        let tables = try LiveServer.independentTables(path)
        #expect(!tables.contains { $0.hasPrefix("textbi_rollup") })
    }
}
