/// One rule-based finding about a result, in the question's language.
public struct Insight: Sendable, Equatable {
    /// What kind of finding: `answer`, `total`, `extremes`, `share`, `trend`, `change`, `outlier`, `empty`.
    public let kind: String
    public let text: String

    public init(kind: String, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Step 5's output: the findings, and the same as markdown text (the answer line first).
public struct AnalysisReport: Sendable, Equatable {
    public let insights: [Insight]

    public var text: String { insights.map { "- " + $0.text }.joined(separator: "\n") }
}
