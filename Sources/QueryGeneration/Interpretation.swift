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
    /// For "what percentage of flowers have petals longer than 5 cm" with no ratio in the model: the answer is this
    /// filtered count over the query's other measure, the plain count of the same rows, computed per row.
    public var shareOfMeasure: String? = nil
    /// For 硕士的平均工资比本科高多少 / "how many more women than men": the answer is the measure of the first value
    /// minus the second's (the query groups by the dimension over those two values), computed from the rows.
    public var difference: MemberFilter? = nil
    /// For "how many different job titles in Marketing" with no distinct count in the model: the answer is the number
    /// of groups of the query's one dimension (its non-empty values), counted from the rows.
    public var countsGroups = false
    /// For "the average annual generation": the answer is the measure's per-period figures averaged over the
    /// periods of the query's time grouping (per its other groups), computed from the rows.
    public var averagesPeriods = false
}

/// A question textbi runs no query for: nothing in it maps to the model, or some of its words don't. It carries a
/// message, what was understood, the words that were not, and complete questions that would work.
public struct NotUnderstood: Sendable, Equatable {
    /// Why no query is run.
    public enum Reason: Sendable, Equatable {
        /// Nothing in the question maps to the model, or it asks for something textbi never does (a write).
        case notUnderstood
        /// Some content words are accounted for by no rule: answering would guess what they mean.
        case needsClarification
    }

    public let question: String
    public let language: Language
    public let message: String
    /// Complete questions the user can pick; for a clarification, each was checked to be understood as written.
    public let suggestions: [String]
    public var reason: Reason = .notUnderstood
    /// The reading of the part that was understood (「各部门 · 平均月薪」), for a clarification.
    public var understood: String? = nil
    /// The content words no rule accounted for.
    public var unknownWords: [String] = []

    /// `not_understood` or `needs_clarification`.
    public var code: TextBIError.Code { reason == .needsClarification ? .needsClarification : .notUnderstood }
}

/// The outcome of query generation.
public enum GenerationResult: Sendable, Equatable {
    case understood(Interpretation)
    case notUnderstood(NotUnderstood)

    public var interpretation: Interpretation? {
        if case .understood(let i) = self { return i }
        return nil
    }

    public var notUnderstood: NotUnderstood? {
        if case .notUnderstood(let n) = self { return n }
        return nil
    }
}
