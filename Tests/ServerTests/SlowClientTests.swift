import Foundation
import NIOCore
import NIOPosix
import Server
import Testing

/// Idle or slow clients can't hold a connection: the server closes it after its idle timeout.
@Suite("Slow and idle clients over a real socket", .serialized)
struct SlowClientTests {
    /// Connects, sends `bytes` (maybe nothing), then waits for the server to close; returns how long that took.
    /// The clock starts before connecting: the server's idle timer starts when it accepts, which on a loaded machine
    /// can be well before the client's connect returns (a 500 ms timeout was once seen closing 297 ms after it).
    static func secondsUntilClosed(port: Int, sending bytes: String, limit: Duration = .seconds(10)) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        return try await withThrowingTaskGroup(of: Duration.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    if !bytes.isEmpty { try await outbound.write(ByteBuffer(string: bytes)) }
                    for try await _ in inbound {}
                }
                return start.duration(to: clock.now)
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return limit
            }
            let first = try await group.next() ?? limit
            group.cancelAll()
            return first
        }
    }

    @Test("an idle socket and a request head that never completes are closed after the idle timeout")
    func idleAndSlowHead() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, idleTimeout: .milliseconds(500), bodyTimeout: .milliseconds(500)))
        defer { Task { await server.stop() } }
        let idle = try await Self.secondsUntilClosed(port: server.port, sending: "")
        #expect(idle >= .milliseconds(400) && idle < .seconds(5), "idle socket closed after \(idle)")
        let slow = try await Self.secondsUntilClosed(port: server.port, sending: "GET /health HTTP/1.1\r\nHost: x\r\n")
        #expect(slow >= .milliseconds(400) && slow < .seconds(5), "half a request head held the socket for \(slow)")
        // A complete head whose body stops arriving is an idle connection: closed after the idle timeout.
        let stalledBody = "POST /workflow/query-sync HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"mess"
        let body = try await Self.secondsUntilClosed(port: server.port, sending: stalledBody)
        #expect(body < .seconds(5), "an unfinished body held the socket for \(body)")
        // The server still answers.
        let health = try await server.request("GET", "/health")
        #expect(health.status == 200)
    }

    @Test("a body that trickles in (a byte every 150 ms, never idle) is answered 408 once the body timeout has passed")
    func tricklingBody() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, idleTimeout: .seconds(2), bodyTimeout: .milliseconds(500)))
        defer { Task { await server.stop() } }
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: server.port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let clock = ContinuousClock()
        let start = clock.now
        let (status, took) = try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "POST /workflow/query-sync HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"))
            let writer = Task {
                for _ in 0..<40 {
                    try await Task.sleep(for: .milliseconds(150))
                    try await outbound.write(ByteBuffer(string: " "))
                }
            }
            defer { writer.cancel() }
            var text = ""
            for try await piece in inbound {
                text += String(buffer: piece)
                if text.contains("\r\n") { break }
            }
            return (text.split(separator: "\r\n").first.map(String.init) ?? "", start.duration(to: clock.now))
        }
        #expect(status.hasPrefix("HTTP/1.1 408"), "got \(status)")
        #expect(took >= .milliseconds(450) && took < .seconds(4), "answered after \(took)")
    }

    /// Opens `count` connections that send nothing.
    static func idleConnections(port: Int, count: Int) async throws -> [any Channel] {
        var channels: [any Channel] = []
        for _ in 0..<count {
            channels.append(try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port).get())
        }
        return channels
    }

    @Test("/health answers at once while 300 idle connections are open")
    func manyIdleConnections() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let idle = try await Self.idleConnections(port: server.port, count: 300)
        defer { for channel in idle { channel.close(promise: nil) } }
        let clock = ContinuousClock()
        let start = clock.now
        let health = try await server.request("GET", "/health")
        let took = start.duration(to: clock.now)
        #expect(health.status == 200)
        #expect(took < .seconds(1), "/health took \(took) beside 300 idle connections")
    }

    @Test("one connection more than --max-connections is closed at once; a place freed is a place to use")
    func connectionCap() async throws {
        let server = try await LiveServer.start(configuration: ServerConfiguration(port: 0, maximumConnections: 8))
        defer { Task { await server.stop() } }
        let idle = try await Self.idleConnections(port: server.port, count: 8)
        try await Task.sleep(for: .milliseconds(200))  // all eight are accepted
        let extra: Duration
        do {
            extra = try await Self.secondsUntilClosed(port: server.port, sending: "GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        } catch {
            extra = .zero  // reset by the server: closed too
        }
        #expect(extra < .seconds(2), "the ninth connection was held for \(extra)")
        for channel in idle { try await channel.close() }
        try await Task.sleep(for: .milliseconds(200))  // the server sees them go
        let health = try await server.request("GET", "/health")
        #expect(health.status == 200)
    }
}
