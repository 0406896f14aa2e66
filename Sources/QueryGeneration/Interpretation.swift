import SemanticModel

/// How a question was understood: the Cube query plus a restatement and what was set aside.
public struct Interpretation: Sendable, Equatable {
    public let question: String
    public let language: Language
    public let query: CubeQuery
    /// A restatement in the question's language: 「各部门 · 在职 · 平均月薪 · 2024年」.
    public let understood: String
    /// Words of the question that did not contribute to the query.
    public let unusedWords: [String]
    /// Choices made where the question allowed more than one reading.
    public let notes: [String]
    /// A chart type the question asked for (`bar`, `line`, `pie`), if any.
    public let requestedChart: String?
    /// How the period was said (去年, since 2022), kept for follow-ups' restatements.
    public var timeLabel: String? = nil
    /// True when the question refined the conversation's previous query (那上海呢? / and last year?).
    public var isFollowUp = false
    /// For "硕士占比": the value whose share of the grouped total the answer reports.
    public var shareOf: MemberFilter? = nil
}

/// A question that does not map to the model: a message and questions that would work.
public struct NotUnderstood: Sendable, Equatable {
    public let question: String
    public let language: Language
    public let message: String
    public let suggestions: [String]
}

/// The outcome of query generation.
public enum GenerationResult: Sendable, Equatable {
    case understood(Interpretation)
    case notUnderstood(NotUnderstood)

    public var interpretation: Interpretation? {
        if case .understood(let i) = self { return i }
        return nil
    }
}
