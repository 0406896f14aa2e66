import Execution
import Foundation
import Server
import Testing
import Workflow

/// Health checks never wait behind queries: with every reader busy, /health and /readyz still answer at once.
@Suite("Health under load", .serialized)
struct StarvationTests {
    @Test("with eight slow queries holding every reader, /health and /readyz answer before any of them ends")
    func healthUnderLoad() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let executor = server.server.workflow.executor
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
        let running = Task {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { _ = try? await executor.execute(endless, parameters: [], limits: ExecutionLimits(timeout: .seconds(3))) }
                }
            }
        }
        try await Task.sleep(for: .milliseconds(300))  // the readers are taken
        let health = try await server.request("GET", "/health")
        let ready = try await server.request("GET", "/readyz")
        let healthBody = try await health.text(), readyBody = try await ready.text()
        // Answered while the slow queries still run: they end only at their 3 s limit.
        let clock = ContinuousClock()
        let answered = clock.now
        await running.value
        #expect(health.status == 200, "\(healthBody)")
        #expect(ready.status == 200 && readyBody.contains("HEALTH"))
        #expect(answered.duration(to: clock.now) > .seconds(1), "the health checks waited for the slow queries")
    }
}
