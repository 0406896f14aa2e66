import CMalloc
import ServiceLifecycle

/// glibc keeps memory freed after a burst (a thousand streams, a large answer) and RSS stays at its peak. Every
/// `interval`, when no stream is running, this hands the free pages back with `malloc_trim(0)`.
struct MemoryTrimmer: Service {
    let registry: RunRegistry
    let interval: Duration

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                guard await registry.runningCount == 0 else { continue }
                _ = textbi_malloc_trim()
            }
        }
    }
}
