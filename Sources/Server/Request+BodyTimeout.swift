import Hummingbird
import NIOCore

/// A request body that stalls before it is complete.
struct BodyTimeoutError: Error {}

extension Request {
    /// The body, up to `limit` bytes, if it arrives within `timeout`: a body that trickles in past its deadline is
    /// `BodyTimeoutError` (answered 408) at its next piece, and one over the limit is `NIOTooManyBytesError`. A body
    /// that stops arriving altogether is an idle connection, closed after the idle timeout. No timer per request:
    /// the deadline is checked as the pieces come (a timer per body cost a tenth of query-sync's time in dispatch).
    /// Like `collectBody(upTo:)`, the collected buffer becomes the request's body, so later readers (the stream's
    /// inbound-close cancellation) still find it.
    mutating func collectBody(upTo limit: Int, within timeout: Duration) async throws -> ByteBuffer {
        let deadline = ContinuousClock.now + timeout
        var buffer = ByteBuffer()
        for try await var piece in self.body {
            guard buffer.readableBytes + piece.readableBytes <= limit else { throw NIOTooManyBytesError(maxBytes: limit) }
            guard ContinuousClock.now <= deadline else { throw BodyTimeoutError() }
            if buffer.readableBytes == 0 { buffer = piece } else { buffer.writeBuffer(&piece) }
        }
        self.body = RequestBody(buffer: buffer)
        return buffer
    }
}
