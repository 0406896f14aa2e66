import Hummingbird
import NIOCore

/// A request body that stalls before it is complete.
struct BodyTimeoutError: Error {}

extension Request {
    /// The body, up to `limit` bytes, if it arrives within `timeout`: a body that never finishes can't hold its
    /// connection (`BodyTimeoutError`, answered 408), and one over the limit is `NIOTooManyBytesError`.
    func collectBody(upTo limit: Int, within timeout: Duration) async throws -> ByteBuffer {
        let body = self.body
        return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw BodyTimeoutError() }
            return buffer
        }
    }
}
