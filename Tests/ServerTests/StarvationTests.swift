import Execution
import Foundation
import Server
import Testing
import Workflow

/// Health checks never wait behind queries: with every reader busy, /health and /readyz still answer.
@Suite("Health under load", .serialized)
struct StarvationTests {
    /// Set once the slow queries are over.
    actor Flag {
        private(set) var isSet = false
        func set() { isSet = true }
    }

    @Test("with eight slow queries holding every reader, /health and /readyz answer while those queries still run")
    func healthUnderLoad() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let executor = server.server.workflow.executor
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
        let over = Flag()
        // The queries would run 30 s; they are cancelled once the health checks have answered.
        let running = Task {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { _ = try? await executor.execute(endless, parameters: [], limits: ExecutionLimits(timeout: .seconds(30))) }
                }
            }
            await over.set()
        }
        try await Task.sleep(for: .milliseconds(300))  // the readers are taken
        let health = try await server.request("GET", "/health")
        let ready = try await server.request("GET", "/readyz")
        let healthBody = try await health.text(), readyBody = try await ready.text()
        let answeredWhileRunning = await !over.isSet
        running.cancel()
        await running.value
        #expect(health.status == 200, "\(healthBody)")
        #expect(ready.status == 200 && readyBody.contains("HEALTH"))
        #expect(answeredWhileRunning, "the health checks waited for the slow queries")
    }
}
