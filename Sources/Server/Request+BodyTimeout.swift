import Hummingbird
import NIOCore

/// A request body that stalls before it is complete.
struct BodyTimeoutError: Error {}

extension Request {
    /// The body, up to `limit` bytes, if it arrives within `timeout`: a body that never finishes can't hold its
    /// connection (`BodyTimeoutError`, answered 408), and one over the limit is `NIOTooManyBytesError`.
    /// Like `collectBody(upTo:)`, the collected buffer becomes the request's body, so later readers (the stream's
    /// inbound-close cancellation) still find it.
    mutating func collectBody(upTo limit: Int, within timeout: Duration) async throws -> ByteBuffer {
        let body = self.body
        let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw BodyTimeoutError() }
            return buffer
        }
        self.body = RequestBody(buffer: buffer)
        return buffer
    }
}
