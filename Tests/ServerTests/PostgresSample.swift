import Execution
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The PostgreSQL the tests use: `TEXTBI_TEST_POSTGRES_URL` (Tools/pg-test-cluster.sh start prints it; `make test` and
/// CI set it). Without it the PostgreSQL tests are skipped, and say so.
enum PostgresSample {
    static let url: String? = {
        guard let url = ProcessInfo.processInfo.environment["TEXTBI_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()

    static let missing: Comment = "TEXTBI_TEST_POSTGRES_URL is not set; start a cluster with `eval $(Tools/pg-test-cluster.sh start)` (make test does)"

    static var setup: PostgresSetup {
        PostgresSetup(
            migrationsDirectory: LiveServer.root.appendingPathComponent("Migrations"),
            seedDirectory: LiveServer.root.appendingPathComponent("SampleData"))
    }

    /// The sample migrated into the cluster (once per test process) and its URL.
    static func migrated() async throws -> String {
        let url = try #require(url, missing)
        try await Once.shared.migrate(url)
        return url
    }

    /// One migration for the whole test process: suites run in parallel, and an actor is reentrant across the
    /// migration's awaits, so the first caller's task is shared rather than a flag checked before it ends.
    private actor Once {
        static let shared = Once()
        private var task: Task<Void, any Error>?

        func migrate(_ url: String) async throws {
            if task == nil {
                task = Task { _ = try await PostgresSample.setup.run(url: try PostgresURL(url)) }
            }
            try await task!.value
        }
    }

    /// Runs Tools/pg-test-cluster.sh with `TEXTBI_PG_DIR=folder`; returns what it printed. posix_spawn and waitpid on a
    /// thread of their own: Foundation's Process never saw the script end once it had started a server.
    @discardableResult
    static func cluster(_ command: String, folder: String) async throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pg-cluster-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let script = LiveServer.root.appendingPathComponent("Tools/pg-test-cluster.sh").path
        let status: Int32 = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var actions = posix_spawn_file_actions_t()
                posix_spawn_file_actions_init(&actions)
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                let arguments = ["/bin/bash", script, command]
                var environment = ProcessInfo.processInfo.environment
                environment["TEXTBI_PG_DIR"] = folder
                let argv = arguments.map { strdup($0) } + [nil]
                let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
                var pid: pid_t = 0
                var status: Int32 = -1
                if posix_spawn(&pid, "/bin/bash", &actions, nil, argv, envp) == 0 {
                    var raw: Int32 = 0
                    while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                    status = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : -1
                }
                posix_spawn_file_actions_destroy(&actions)
                (argv + envp).forEach { free($0) }
                continuation.resume(returning: status)
            }
        }
        guard status == 0 else { throw CocoaError(.executableLoad) }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
