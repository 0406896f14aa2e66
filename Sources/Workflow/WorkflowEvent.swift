import Analysis
import Execution
import Formatting
import QueryGeneration
import SQLRendering
import SemanticModel

/// What a running workflow reports, named like Agno's workflow events.
public enum WorkflowEvent: Sendable {
    case workflowStarted(runID: String, question: String, language: Language)
    case stepStarted(WorkflowStep)
    /// A chunk of the step's markdown, as it is produced.
    case runContent(WorkflowStep, String)
    case stepOutput(WorkflowStep, StepOutput)
    case stepCompleted(WorkflowStep, elapsedMilliseconds: Double)
    case stepError(WorkflowStep, TextBIError, suggestions: [String])
    case workflowCompleted(WorkflowResult)

    /// The event's name as Agno spells it.
    public var name: String {
        switch self {
        case .workflowStarted: return "WorkflowStarted"
        case .stepStarted: return "StepStarted"
        case .runContent: return "RunContent"
        case .stepOutput: return "StepOutput"
        case .stepCompleted: return "StepCompleted"
        case .stepError: return "StepError"
        case .workflowCompleted: return "WorkflowCompleted"
        }
    }

    /// When what is pending goes out: as the run starts (its first step), before the step that may wait (the query,
    /// on a database or a remote Cube server; before every step when `everyStep`, as when steps are slowed), and at
    /// the end. The other steps run in-process in well under a millisecond; their events go out with the next chunk,
    /// so a fast run is three writes and a slow query still shows as running.
    public func sendsPending(everyStep: Bool) -> Bool {
        switch self {
        case .stepStarted(let step): return everyStep || step == .generateQuery || step == .executeQuery
        case .workflowCompleted: return true
        default: return false
        }
    }
}

/// A step's structured result.
public enum StepOutput: Sendable {
    case query(Interpretation)
    case sql(RenderedSQL)
    case rows(QueryResult)
    case formatted(FormattedResult)
    case analysis(AnalysisReport)
    /// No query is run: what was understood, the words that were not, and the questions the user can pick.
    case clarification(NotUnderstood)
}

/// Everything one run produced; parts are nil when the run stopped before them.
public struct WorkflowResult: Sendable {
    public let runID: String
    public let question: String
    public let language: Language
    public var interpretation: Interpretation?
    public var rendered: RenderedSQL?
    public var rows: QueryResult?
    public var formatted: FormattedResult?
    public var analysis: AnalysisReport?
    /// All steps' markdown, exactly the text streamed as RunContent.
    public var content: String
    public var elapsedMilliseconds: [WorkflowStep: Double]
    public var error: TextBIError?
    public var notUnderstood: NotUnderstood?

    public var succeeded: Bool { error == nil && notUnderstood == nil }

    /// How the run ended, for metrics: `answered`, the not-understood reason's code, or the error's code.
    public var outcome: String {
        if let notUnderstood { return notUnderstood.code.description }
        if let error { return error.code.description }
        return "answered"
    }
}
