import Foundation
import Logging

/// A swift-log handler that never makes a request wait on I/O: it hands each line to a bounded buffer that a
/// background thread writes to standard error in batches. When the buffer is full (standard error is stuck, say
/// a pipe nobody reads), lines are dropped and the next batch says how many, so the log can't block the server.
public struct BackgroundLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level
    private let label: String
    private let sink: BackgroundLogSink

    public init(label: String, level: Logger.Level, sink: BackgroundLogSink = .standardError) {
        self.label = label
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let pairs = all.isEmpty ? "" : all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + " "
        sink.enqueue(Date(), "\(event.level) \(label): \(pairs)[\(event.source)] \(event.message)")
    }
}

/// The buffer and its writer thread. One per process for standard error.
public final class BackgroundLogSink: @unchecked Sendable {
    // Guarded by `condition`.
    private var pending: [(Date, String)] = []
    private var dropped = 0
    private let condition = NSCondition()
    private let capacity: Int
    private let descriptor: Int32

    public static let standardError = BackgroundLogSink(descriptor: 2)

    public init(descriptor: Int32, capacity: Int = 10_000) {
        self.descriptor = descriptor
        self.capacity = capacity
        let thread = Thread { self.drain() }  // the writer lives as long as the process
        thread.name = "textbi.log"
        thread.start()
    }

    func enqueue(_ time: Date, _ line: String) {
        condition.lock()
        if pending.count < capacity {
            pending.append((time, line))
            if pending.count == 1 || pending.count == 256 { condition.signal() }  // the writer waits only for these
        } else {
            dropped += 1
        }
        condition.unlock()
    }

    /// Waits for lines, then writes everything pending in one write.
    private func drain() {
        var formatter = LogTimestamp()
        while true {
            condition.lock()
            while pending.isEmpty && dropped == 0 { condition.wait() }
            // Under load, lines arrive faster than one write each: gather for a few milliseconds, so the writer
            // wakes and writes once per batch instead of once per request.
            if pending.count < 256 { _ = condition.wait(until: Date().addingTimeInterval(0.005)) }
            let lines = pending, lost = dropped
            pending.removeAll(keepingCapacity: true)
            dropped = 0
            condition.unlock()
            var text = ""
            if lost > 0 { text += "\(formatter.string(Date())) warning textbi.log: \(lost) log lines dropped (standard error was not keeping up)\n" }
            for (time, line) in lines {
                text += formatter.string(time)
                text += " "
                text += line
                text += "\n"
            }
            write(text)
        }
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // standard error is gone; nothing else to do with the line
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// ISO 8601 UTC timestamps with milliseconds (2026-11-26T10:44:26.123Z), the date and time part formatted once per
/// second: a Foundation date formatter per line cost more than the rest of an access-log line.
struct LogTimestamp {
    private var second: Int = .min
    private var prefix = ""

    mutating func string(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = Int(seconds.rounded(.down))
        if whole != second {
            var time = time_t(whole)
            var parts = tm()
            gmtime_r(&time, &parts)
            func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
            prefix = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))."
            second = whole
        }
        let millis = min(999, Int((seconds - Double(whole)) * 1000))
        return prefix + (millis < 10 ? "00" : millis < 100 ? "0" : "") + "\(millis)Z"
    }
}
