import Analysis
import Execution
import Formatting
import Foundation
import Metrics
import QueryGeneration
import SQLRendering
import SemanticModel

/// One run of the pipeline: calls each step in turn and reports what happens.
struct Run {
    let workflow: Workflow
    let question: String
    let runID: String
    let securityContext: SecurityContext
    let previous: Interpretation?
    let deadline: RunDeadline
    let emit: @Sendable (WorkflowEvent) -> Void
    /// Whether a client reads the events as they happen (an SSE stream), rather than only the result.
    let streaming: Bool
    var result: WorkflowResult

    init(
        workflow: Workflow, question: String, runID: String, securityContext: SecurityContext, previous: Interpretation? = nil,
        deadline: RunDeadline, emit: @escaping @Sendable (WorkflowEvent) -> Void, streaming: Bool = true
    ) {
        self.streaming = streaming
        self.previous = previous
        self.deadline = deadline
        self.workflow = workflow
        self.question = question
        self.runID = runID
        self.securityContext = securityContext
        self.emit = emit
        self.result = WorkflowResult(
            runID: runID, question: question, language: Language.detect(question), content: "", elapsedMilliseconds: [:])
    }

    var language: Language { result.language }

    mutating func execute() async {
        emit(.workflowStarted(runID: runID, question: question, language: language))
        do {
            let interpretation = try await step(.generateQuery) { run in try run.generate() }
            let rendered = try await step(.renderSQL) { run in try await run.render(interpretation) }
            let rows = try await step(.executeQuery) { run in try await run.execute(rendered, interpretation.query) }
            _ = try await step(.formatResult) { run in try run.format(rows, rendered, interpretation) }
            _ = try await step(.analyzeResult) { run in run.analyze(rows, rendered, interpretation) }
        } catch {
            // The failing step already reported its error.
        }
        emit(.workflowCompleted(result))
        Counter(label: "textbi_runs_total", dimensions: [("outcome", result.outcome)]).increment()
    }

    /// Stops the run when its task is cancelled or its time is up (a run without a watchdog sees it here).
    private func checkContinues() throws {
        try Task.checkCancellation()
        if deadline.hasPassed { deadline.expire(); throw CancellationError() }
    }

    /// Runs one step between StepStarted and StepCompleted, or reports StepError.
    private mutating func step<T>(_ step: WorkflowStep, _ body: (inout Run) async throws -> T) async throws -> T {
        emit(.stepStarted(step))
        // Let the first events go out before the first step's work: with many runs starting at once, each client
        // then sees its run begin instead of waiting behind every other run's pipeline.
        if step == .generateQuery, streaming { await Task.yield() }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            if workflow.configuration.stepDelay > .zero {
                try await Task.sleep(until: min(clock.now + workflow.configuration.stepDelay, deadline.instant), clock: clock)
            }
            try checkContinues()
            let value = try await body(&self)
            try checkContinues()
            let ms = start.duration(to: clock.now).milliseconds
            result.elapsedMilliseconds[step] = ms
            emit(.stepCompleted(step, elapsedMilliseconds: ms))
            return value
        } catch {
            // A query stopped by its share of the time limit, or any step cancelled by the watchdog, is the run's timeout.
            let timedOut = (error as? TextBIError)?.code == .timeout || (deadline.isExpired && Self.isCancellation(error))
            let failure = timedOut ? deadline.error : Self.textBIError(error)
            var suggestions: [String] = []
            if let nu = result.notUnderstood { suggestions = nu.suggestions }
            result.error = result.notUnderstood == nil ? failure : nil
            let message = language == .zh ? "\n\n**出错了**：\(failure.clientMessage)\n" : "\n\n**Error**: \(failure.clientMessage)\n"
            if result.notUnderstood == nil { content(step, message) }
            emit(.stepError(step, failure, suggestions: suggestions))
            throw error
        }
    }

    static func isCancellation(_ error: any Error) -> Bool {
        error is CancellationError || (error as? TextBIError)?.code == .cancelled
    }

    static func textBIError(_ error: any Error) -> TextBIError {
        if let e = error as? TextBIError { return e }
        if error is CancellationError { return TextBIError(.cancelled, "The run was cancelled") }
        return TextBIError(.internalError, "\(error)")
    }

    /// Streams a piece of a step's markdown and keeps it for the final content.
    private mutating func content(_ step: WorkflowStep, _ text: String) {
        result.content += text
        emit(.runContent(step, text))
    }

    // MARK: the steps

    /// A step's markdown heading, from its title (the first step's has no blank line before it).
    private func heading(_ step: WorkflowStep) -> String {
        (step.index == 1 ? "" : "\n") + "### \(step.index). \(step.title(language))\n\n"
    }

    mutating func generate() throws -> Interpretation {
        let zh = language == .zh
        content(.generateQuery, heading(.generateQuery))
        let generated = previous == nil
            ? workflow.understandings.result(question, today: workflow.clock.today()) { workflow.generator.generate(question, followingUp: nil) }
            : workflow.generator.generate(question, followingUp: previous)
        switch generated {
        case .notUnderstood(let nu):
            result.notUnderstood = nu
            var text = nu.message
            if !nu.suggestions.isEmpty {
                text += zh ? "\n\n可以试试：\n" : "\n\nYou could ask:\n"
                text += nu.suggestions.map { "- \($0)" }.joined(separator: "\n")
            }
            content(.generateQuery, text + "\n")
            if nu.reason == .needsClarification { emit(.stepOutput(.generateQuery, .clarification(nu))) }
            throw TextBIError(nu.code, nu.message)
        case .understood(let interpretation):
            result.interpretation = interpretation
            content(.generateQuery, (zh ? "**理解为**：" : "**Understood as**: ") + interpretation.understood + "\n\n")
            for note in interpretation.notes { content(.generateQuery, "> \(note)\n\n") }
            if !interpretation.unusedWords.isEmpty {
                let words = interpretation.unusedWords.joined(separator: zh ? "、" : ", ")
                content(.generateQuery, (zh ? "_未使用的词_：\(words)\n\n" : "_Words not used_: \(words)\n\n"))
            }
            content(.generateQuery, "```json\n\(interpretation.query.json.jsonString(pretty: true))\n```\n")
            emit(.stepOutput(.generateQuery, .query(interpretation)))
            return interpretation
        }
    }

    mutating func render(_ interpretation: Interpretation) async throws -> RenderedSQL {
        let zh = language == .zh
        content(.renderSQL, heading(.renderSQL))
        let rendered = try await workflow.backend.render(interpretation.query, today: workflow.clock.today(), securityContext: securityContext)
        result.rendered = rendered
        content(.renderSQL, "```sql\n\(rendered.sql)\n```\n")
        let params = JSONValue.array(rendered.parameters.map(ResultJSON.json)).jsonString()
        content(.renderSQL, (zh ? "\n参数：`\(params)`\n" : "\nParameters: `\(params)`\n"))
        emit(.stepOutput(.renderSQL, .sql(rendered)))
        return rendered
    }

    mutating func execute(_ rendered: RenderedSQL, _ query: CubeQuery) async throws -> QueryResult {
        let zh = language == .zh
        content(.executeQuery, heading(.executeQuery))
        // The query gets what is left of the run's time limit.
        var limits = workflow.configuration.limits
        limits.timeout = deadline.remaining
        var rows = try await workflow.backend.execute(rendered, query: query, limits: limits)
        let tie = await tieAtCut(rows, rendered, query)
        if let tie, !tie.extraRows.isEmpty {
            var all = QueryResult(columns: rows.columns, rows: rows.rows + tie.extraRows, truncated: false, elapsedMilliseconds: rows.elapsedMilliseconds)
            (all.refreshedAt, all.fromCache) = (rows.refreshedAt, rows.fromCache)
            rows = all
        }
        result.rows = rows
        let tenths = Int64((max(0, rows.elapsedMilliseconds) * 10).rounded())  // "%.1f" without Foundation's formatter
        let ms = "\(tenths / 10).\(tenths % 10)"
        let count = rows.rows.count
        var text: String
        if rows.fromCache {
            text = zh ? "查询返回 \(count) 行，来自结果缓存（数据自上次查询以来没有变化）。"
                : "The query returned \(count) row\(count == 1 ? "" : "s") from the result cache (the data has not changed since it ran)."
        } else {
            text = zh ? "查询返回 \(count) 行，用时 \(ms) ms。" : "The query returned \(count) row\(count == 1 ? "" : "s") in \(ms) ms."
        }
        if let rollup = rendered.preAggregation {
            text += zh ? "数据来自预聚合 \(rollup.id)（表 \(rollup.tableName)）。"
                : " It read the pre-aggregation \(rollup.id) (table \(rollup.tableName)) instead of the raw rows."
        }
        if rows.truncated {
            text += zh ? "（结果超过上限，只保留前 \(rows.rows.count) 行）" : " (more rows exist; capped at \(rows.rows.count))"
        }
        if let tie { text += (zh ? "" : " ") + tie.note }
        content(.executeQuery, text + "\n")
        emit(.stepOutput(.executeQuery, .rows(rows)))
        return rows
    }

    mutating func format(_ rows: QueryResult, _ rendered: RenderedSQL, _ interpretation: Interpretation) throws -> FormattedResult {
        content(.formatResult, heading(.formatResult))
        // A share is computed from every row of its breakdown: cut off by the row cap, or not in the shape it is
        // computed from, the rows themselves would be a wrong number.
        let share = interpretation.shareOf.flatMap { workflow.formatter.share(of: $0, in: rows, rendered: rendered) }
            ?? interpretation.shareOfMeasure.flatMap { workflow.formatter.share(ofMeasure: $0, in: rows, rendered: rendered) }
        if interpretation.shareOf != nil || interpretation.shareOfMeasure != nil, share == nil, rows.truncated || interpretation.shareOfMeasure != nil && !rows.rows.isEmpty {
            throw TextBIError(.unsupportedQuery, language == .zh
                ? "这个占比要从\(rows.truncated ? "超过行数上限的" : "这些")明细计算，没能算出，所以没有给出数字。"
                : "This share is computed from \(rows.truncated ? "more rows than the row cap allows" : "rows of another shape"), so no number is given.")
        }
        let difference = interpretation.difference.flatMap { workflow.formatter.difference($0, in: rows, rendered: rendered) }
        if interpretation.difference != nil, difference == nil {
            throw TextBIError(.unsupportedQuery, language == .zh
                ? "这个差值要由两个取值各一行的结果计算，查询结果不是这样，所以没有给出数字。"
                : "This difference is computed from one row for each of the two values, and the rows are not in that shape, so no number is given.")
        }
        // The share of one value is the answer itself; the analysis still reads the breakdown.
        let (shown, columns) = share ?? difference
            ?? (interpretation.countsGroups ? workflow.formatter.groupCount(in: rows, rendered: rendered) : nil)
            ?? (interpretation.averagesPeriods ? workflow.formatter.periodAverage(in: rows, rendered: rendered) : nil) ?? (rows, rendered)
        let formatted = workflow.formatter.format(
            shown, rendered: columns, query: interpretation.query, language: language, requestedChart: interpretation.requestedChart)
        result.formatted = formatted
        content(.formatResult, formatted.markdown + "\n")
        emit(.stepOutput(.formatResult, .formatted(formatted)))
        return formatted
    }

    mutating func analyze(_ rows: QueryResult, _ rendered: RenderedSQL, _ interpretation: Interpretation) -> AnalysisReport {
        content(.analyzeResult, heading(.analyzeResult))
        let report = workflow.analyzer.analyze(
            rows, rendered: rendered, query: interpretation.query, language: language, shareOf: interpretation.shareOf, shareOfMeasure: interpretation.shareOfMeasure,
            difference: interpretation.difference, countsGroups: interpretation.countsGroups, averagesPeriods: interpretation.averagesPeriods)
        result.analysis = report
        for insight in report.insights { content(.analyzeResult, "- \(insight.text)\n") }
        emit(.stepOutput(.analyzeResult, .analysis(report)))
        return report
    }
}
