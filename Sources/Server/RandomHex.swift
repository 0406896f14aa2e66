#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Unguessable ids (run ids) from random bytes read from /dev/urandom four kilobytes at a time: drawing them a word at
/// a time was four `getrandom` calls per answer.
final class RandomHex: @unchecked Sendable {
    static let shared = RandomHex()
    private let lock = NSLock()
    private var bytes = [UInt8](repeating: 0, count: 4_096)
    private var next = 4_096
    private var urandom: Int32 = -1

    /// `count` lowercase hex digits (4 random bits each).
    func digits(_ count: Int) -> String {
        let needed = (count + 1) / 2
        let drawn: [UInt8] = lock.withLock {
            if next + needed > bytes.count { refill() }
            defer { next += needed }
            return Array(bytes[next..<(next + needed)])
        }
        let hex = Array("0123456789abcdef".utf8)
        return String(decoding: drawn.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 0x0F)]] }.prefix(count), as: UTF8.self)
    }

    private func refill() {
        var filled = 0
        #if canImport(Glibc)
        if urandom < 0 { urandom = open("/dev/urandom", O_RDONLY | O_CLOEXEC) }
        while urandom >= 0, filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(urandom, $0.baseAddress! + filled, $0.count - filled) }
            guard n > 0 else { break }
            filled += n
        }
        #endif
        if filled < bytes.count {
            var generator = SystemRandomNumberGenerator()
            for i in filled..<bytes.count { bytes[i] = generator.next() }
        }
        next = 0
    }
}
