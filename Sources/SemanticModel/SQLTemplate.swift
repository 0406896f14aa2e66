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
        var parts: [Part] = []
        var text = ""
        var index = sql.startIndex
        while index < sql.endIndex {
            let ch = sql[index]
            if ch == "{", let close = sql[index...].firstIndex(of: "}") {
                let inner = sql[sql.index(after: index)..<close].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                let pieces = inner.split(separator: ".", maxSplits: 1).map(String.init)
                if inner == "CUBE" {
                    parts.append(.cubeAlias)
                } else if pieces.count == 2 {
                    parts.append(.reference(cube: pieces[0] == "CUBE" ? nil : pieces[0], member: pieces[1]))
                } else {
                    parts.append(.reference(cube: nil, member: inner))
                }
                index = sql.index(after: close)
            } else {
                text.append(ch)
                index = sql.index(after: index)
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// Every `{…}` member reference in the template, as written.
    public var references: [(cube: String?, member: String)] {
        parts.compactMap { if case .reference(let c, let m) = $0 { return (c, m) } else { return nil } }
    }

    /// True when the SQL is a bare column name, which textbi (like Cube) prefixes with the cube alias.
    public static func isBareColumn(_ sql: String) -> Bool {
        guard let first = sql.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return sql.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
    }
}
