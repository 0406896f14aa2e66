import Analysis
import Execution
import Formatting
import QueryGeneration
import SQLRendering
import SemanticModel

/// The final result object (`query`, `sql`, `params`, `data`, `annotation`, `chart`, `analysis` …) as JSON.
public enum ResultJSON {
    public static func make(_ r: WorkflowResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("success", .bool(r.succeeded)), ("run_id", .string(r.runID)), ("question", .string(r.question)),
            ("language", .string(r.language.rawValue)),
        ]
        if let i = r.interpretation {
            pairs.append(("query", i.query.json))
            pairs += interpretationFields(i)
        }
        if let s = r.rendered {
            pairs.append(("sql", .string(s.sql)))
            pairs.append(("params", .array(s.parameters.map(json))))
        }
        if let f = r.formatted {
            pairs.append(("data", .array(f.data)))
            pairs.append(("annotation", f.annotation))
            pairs.append(("chart", f.chart))
            pairs.append(("row_count", .int(Int64(f.rowCount))))
            pairs.append(("truncated", .bool(f.truncated)))
        }
        if let rows = r.rows { pairs.append(("cached", .bool(rows.fromCache))) }
        if let a = r.analysis {
            pairs.append(("analysis", .string(a.text)))
            pairs.append(("insights", insights(a)))
        }
        pairs.append(("content", .string(r.content)))
        pairs.append(("elapsed_ms", .object(WorkflowStep.allCases.compactMap { step in r.elapsedMilliseconds[step].map { (step.rawValue, .double(($0 * 1000).rounded() / 1000)) } })))
        if let nu = r.notUnderstood {
            pairs.append(("error", .object([("code", .string(nu.code.description)), ("message", .string(nu.message))] + clarificationFields(nu))))
        } else if let e = r.error {
            pairs.append(("error", .object([("code", .string(e.code.description)), ("message", .string(e.clientMessage))])))
        }
        return .object(pairs)
    }

    /// The choices (`suggestions`), and for a clarification what was understood and the words that were not.
    public static func clarificationFields(_ nu: NotUnderstood) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("suggestions", .array(nu.suggestions.map(JSONValue.string)))]
        if nu.reason == .needsClarification {
            pairs.append(("understood", nu.understood.map(JSONValue.string) ?? .null))
            pairs.append(("unknown_words", .array(nu.unknownWords.map(JSONValue.string))))
        }
        return pairs
    }

    /// How a question was understood, as both query-sync and the stream's `query` event report it.
    public static func interpretationFields(_ i: Interpretation) -> [(String, JSONValue)] {
        [
            ("understood", .string(i.understood)), ("unused_words", .array(i.unusedWords.map(JSONValue.string))),
            ("notes", .array(i.notes.map(JSONValue.string))), ("follow_up", .bool(i.isFollowUp)),
        ]
    }

    /// The analysis's findings as `[{kind, text}]`.
    public static func insights(_ report: AnalysisReport) -> JSONValue {
        .array(report.insights.map { .object([("kind", .string($0.kind)), ("text", .string($0.text))]) })
    }

    public static func json(_ value: SQLValue) -> JSONValue {
        switch value {
        case .null: return .null
        case .integer(let i): return .int(i)
        case .real(let d): return .double(d)
        case .text(let s): return .string(s)
        case .blob(let b): return .string("<\(b.count) bytes>")
        }
    }
}
