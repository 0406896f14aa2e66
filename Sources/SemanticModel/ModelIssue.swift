/// One problem found in a model file, located by its path (`cubes[0].measures[3].sql`).
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let path: String
    public let line: Int?
    public let message: String

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(path): \(message)"
    }
}

/// Every problem found while loading a model, reported together.
public struct ModelValidationError: Error, Sendable, CustomStringConvertible {
    public let issues: [ModelIssue]

    public var description: String {
        "The semantic model has \(issues.count) error\(issues.count == 1 ? "" : "s"):\n"
            + issues.map { "  - \($0)" }.joined(separator: "\n")
    }

    /// The same report as a `TextBIError` with code `invalid_model`.
    public var asTextBIError: TextBIError { TextBIError(.invalidModel, description) }
}
