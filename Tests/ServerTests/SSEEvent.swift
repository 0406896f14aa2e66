import Foundation

/// One parsed Server-Sent Event: its id, its data (JSON-decoded) and when it arrived.
struct ParsedEvent: @unchecked Sendable {
    let id: String?
    let data: Any?
    let rawData: String
    let arrived: ContinuousClock.Instant

    var type: String? { (data as? [String: Any])?["type"] as? String }
    var string: String? { data as? String }
    var object: [String: Any]? { data as? [String: Any] }
}

/// Splits an SSE body into events and comments the way EventSource does.
struct SSEReader {
    private var pending: [UInt8] = []
    var comments: [String] = []
    var retry: Int?

    mutating func feed(_ bytes: [UInt8], at instant: ContinuousClock.Instant) -> [ParsedEvent] {
        pending += bytes
        var events: [ParsedEvent] = []
        while let end = Self.blankLine(in: pending) {
            let block = String(decoding: pending[..<end], as: UTF8.self)
            pending.removeFirst(end + 2)
            var id: String? = nil
            var data: [String] = []
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(":") { comments.append(String(line)); continue }
                if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                if line.hasPrefix("retry: ") { retry = Int(line.dropFirst(7)) }
            }
            guard !data.isEmpty else { continue }
            let raw = data.joined(separator: "\n")
            let parsed = try? JSONSerialization.jsonObject(with: Data(raw.utf8), options: [.fragmentsAllowed])
            events.append(ParsedEvent(id: id, data: parsed, rawData: raw, arrived: instant))
        }
        return events
    }

    private static func blankLine(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for i in 0..<(bytes.count - 1) where bytes[i] == 10 && bytes[i + 1] == 10 { return i }
        return nil
    }

    /// Reads a whole stream.
    static func readAll(_ response: RawHTTPResponse) async throws -> (events: [ParsedEvent], comments: [String], retry: Int?) {
        var reader = SSEReader()
        var events: [ParsedEvent] = []
        for try await (piece, instant) in response.body { events += reader.feed(piece, at: instant) }
        return (events, reader.comments, reader.retry)
    }
}
