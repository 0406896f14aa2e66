import Foundation

/// A model SQL snippet split into literal text and `{…}` references (`{CUBE}`, `{member}`, `{cube.member}`).
public struct SQLTemplate: Sendable, Equatable {
    /// One piece of a template.
    public enum Part: Sendable, Equatable {
        case text(String)
        /// `{CUBE}`: the current cube's table alias.
        case cubeAlias
        /// `{cube}` of another cube, meaning its alias, as in `{departments}.id`.
        case reference(cube: String?, member: String)
    }

    public let parts: [Part]

    public init(_ sql: String) {
        // Scanned as UTF-8 bytes: `{`, `}` and `.` are ASCII, so byte offsets split the string exactly.
        var parts: [Part] = []
        let bytes = Array(sql.utf8)
        var textStart = 0
        var i = 0
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) else { i += 1; continue }
            if textStart < i { parts.append(.text(text(textStart, i))) }
            let inner = text(i + 1, close).trimmingCharacters(in: .whitespaces)
            let pieces = inner.split(separator: ".", maxSplits: 1).map(String.init)
            if inner == "CUBE" {
                parts.append(.cubeAlias)
            } else if pieces.count == 2 {
                parts.append(.reference(cube: pieces[0] == "CUBE" ? nil : pieces[0], member: pieces[1]))
            } else {
                parts.append(.reference(cube: nil, member: inner))
            }
            i = close + 1
            textStart = i
        }
        if textStart < bytes.count { parts.append(.text(text(textStart, bytes.count))) }
        self.parts = parts
    }

    /// Every `{…}` member reference in the template, as written.
    public var references: [(cube: String?, member: String)] {
        parts.compactMap { if case .reference(let c, let m) = $0 { return (c, m) } else { return nil } }
    }

    /// True when the SQL is a bare column name, which textbi (like Cube) prefixes with the cube alias.
    public static func isBareColumn(_ sql: String) -> Bool {
        func letter(_ b: UInt8) -> Bool { b == UInt8(ascii: "_") || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) }
        guard let first = sql.utf8.first, letter(first) else { return false }
        return sql.utf8.allSatisfy { letter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }
}
