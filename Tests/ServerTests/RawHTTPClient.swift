import Foundation
import NIOCore
import NIOPosix

/// A minimal HTTP/1.1 client over a real TCP socket: it sends a request and hands back the status, the headers
/// and the body as it arrives (chunked transfer decoding included), so tests can watch a stream unfold.
struct RawHTTPResponse: Sendable {
    let status: Int
    let headers: [String: String]
    /// Body bytes in arrival order, each piece with the time it arrived (a piece may split a UTF-8 character).
    let body: AsyncThrowingStream<([UInt8], ContinuousClock.Instant), any Error>
    let close: @Sendable () -> Void

    /// The whole body as one string.
    func text() async throws -> String {
        var out: [UInt8] = []
        for try await (piece, _) in body { out += piece }
        return String(decoding: out, as: UTF8.self)
    }
}

enum RawHTTPClient {
    static func send(
        port: Int, method: String, path: String, headers: [String: String] = [:], body: String? = nil
    ) async throws -> RawHTTPResponse {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        var allHeaders = headers
        if let body { allHeaders["Content-Length"] = String(body.utf8.count) }
        for (name, value) in allHeaders { request += "\(name): \(value)\r\n" }
        request += "Connection: close\r\n\r\n" + (body ?? "")

        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ([UInt8], ContinuousClock.Instant).self)
        let (head, headContinuation) = AsyncThrowingStream.makeStream(of: (Int, [String: String]).self)
        let task = Task {
            do {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(string: request))
                    var parser = ResponseParser()
                    for try await var buffer in inbound {
                        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
                        let output = parser.feed(bytes)
                        if let (status, fields) = output.head {
                            headContinuation.yield((status, fields))
                            headContinuation.finish()
                        }
                        if !output.body.isEmpty { continuation.yield((output.body, .now)) }
                        if output.complete { break }
                    }
                }
                headContinuation.finish()
                continuation.finish()
            } catch {
                headContinuation.finish(throwing: error)
                continuation.finish(throwing: error)
            }
        }
        var iterator = head.makeAsyncIterator()
        guard let (status, fields) = try await iterator.next() else { throw URLError(.badServerResponse) }
        return RawHTTPResponse(status: status, headers: fields, body: stream, close: { task.cancel() })
    }
}

/// Incremental HTTP/1.1 response parsing: status line, headers, then a Content-Length or chunked body.
struct ResponseParser {
    private enum ChunkState { case size, data(Int), lineEnd }
    private var buffer: [UInt8] = []
    private var headDone = false
    private var chunked = false
    private var remaining: Int? = nil
    private var state = ChunkState.size
    private var finished = false

    mutating func feed(_ bytes: [UInt8]) -> (head: (Int, [String: String])?, body: [UInt8], complete: Bool) {
        buffer += bytes
        var head: (Int, [String: String])? = nil
        if !headDone, let end = find([13, 10, 13, 10]) {
            let text = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeFirst(end + 4)
            var lines = text.components(separatedBy: "\r\n")
            let status = Int(lines.removeFirst().split(separator: " ")[1]) ?? 0
            var fields: [String: String] = [:]
            for line in lines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            chunked = fields["transfer-encoding"]?.contains("chunked") == true
            remaining = fields["content-length"].flatMap(Int.init)
            headDone = true
            head = (status, fields)
        }
        guard headDone else { return (nil, [], false) }
        var body: [UInt8] = []
        if chunked {
            loop: while !finished {
                switch state {
                case .size:
                    guard let lineEnd = find([13, 10]) else { break loop }
                    let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? "0"
                    buffer.removeFirst(lineEnd + 2)
                    let size = Int(sizeText, radix: 16) ?? 0
                    if size == 0 { finished = true } else { state = .data(size) }
                case .data(let left):
                    guard !buffer.isEmpty else { break loop }
                    let take = min(left, buffer.count)
                    body += buffer[..<take]
                    buffer.removeFirst(take)
                    state = take == left ? .lineEnd : .data(left - take)
                case .lineEnd:
                    guard buffer.count >= 2 else { break loop }
                    buffer.removeFirst(2)
                    state = .size
                }
            }
        } else {
            body = buffer
            buffer.removeAll()
            if let r = remaining {
                remaining = r - body.count
                if remaining! <= 0 { finished = true }
            }
        }
        return (head, body, finished)
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for i in 0...(buffer.count - pattern.count) where Array(buffer[i..<(i + pattern.count)]) == pattern { return i }
        return nil
    }
}
