import Analysis
import Execution
import Formatting
import QueryGeneration
import SQLRendering
import SemanticModel
import Workflow

/// Turns workflow events into the SSE payloads of the tutorial's protocol: `{"type":"step_start"}`, JSON string
/// chunks, `{"type":"step_end"}`, richer objects old clients ignore, `"Error: …"` on failure. `[DONE]` is the
/// registry's to send, as the very last event.
struct SSEMapper {
    private var language: Language = .zh

    mutating func payloads(for event: WorkflowEvent) -> [JSONValue] {
        switch event {
        case .workflowStarted(let runID, let question, let language):
            self.language = language
            return [["type": "workflow_started", "run_id": .string(runID), "question": .string(question),
                     "language": .string(language.rawValue), "total": .int(Int64(WorkflowStep.total))]]
        case .stepStarted(let step):
            return [["type": "step_start", "step": .string(step.rawValue), "index": .int(Int64(step.index)),
                     "total": .int(Int64(WorkflowStep.total)), "title": .string(step.title(language))]]
        case .runContent(_, let text):
            return [.string(text)]
        case .stepOutput(_, let output):
            return Self.payloads(for: output)
        case .stepCompleted(let step, let ms):
            let percent = step.index * 100 / WorkflowStep.total
            return [
                ["type": "step_end", "step": .string(step.rawValue), "index": .int(Int64(step.index)),
                 "elapsed_ms": .double((ms * 1000).rounded() / 1000)],
                ["type": "progress", "index": .int(Int64(step.index)), "total": .int(Int64(WorkflowStep.total)),
                 "percent": .int(Int64(percent))],
            ]
        case .stepError(_, let error, _) where error.code == .needsClarification:
            // The `clarification` event already said it all: a question, not a failure.
            return []
        case .stepError(let step, let error, let suggestions):
            var object: [(String, JSONValue)] = [
                ("type", "error"), ("code", .string(error.code.description)), ("message", .string(error.clientMessage)),
                ("step", .string(step.rawValue)),
            ]
            if !suggestions.isEmpty { object.append(("suggestions", .array(suggestions.map(JSONValue.string)))) }
            return [.string("Error: \(error.clientMessage)"), .object(object)]
        case .workflowCompleted(let result):
            return [["type": "workflow_completed", "run_id": .string(result.runID), "success": .bool(result.succeeded)]]
        }
    }

    static func payloads(for output: StepOutput) -> [JSONValue] {
        switch output {
        case .query(let i):
            return [.object([("type", "query"), ("query", i.query.json)] + ResultJSON.interpretationFields(i))]
        case .sql(let r):
            return [["type": "sql", "sql": .string(r.sql), "params": .array(r.parameters.map(ResultJSON.json))]]
        case .rows(let rows):
            return [["type": "rows", "row_count": .int(Int64(rows.rows.count)), "truncated": .bool(rows.truncated),
                     "elapsed_ms": .double((rows.elapsedMilliseconds * 1000).rounded() / 1000), "cached": .bool(rows.fromCache)]]
        case .formatted(let f):
            return [["type": "result", "data": .array(f.data), "annotation": f.annotation], ["type": "chart", "spec": f.chart]]
        case .analysis(let a):
            return [["type": "analysis", "insights": ResultJSON.insights(a)]]
        case .clarification(let nu):
            return [.object([("type", "clarification"), ("message", .string(nu.message))] + ResultJSON.clarificationFields(nu))]
        }
    }
}
