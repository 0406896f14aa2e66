import Analysis
import Execution
import Formatting
import Foundation
import QueryGeneration
import SQLRendering
import SemanticModel

/// The five-step pipeline. `run` returns an AsyncSequence of events; when the consumer stops listening the
/// run is cancelled, including a query in flight.
public struct Workflow: Sendable {
    public let model: SemanticModel
    public let generator: QueryGenerator
    /// Questions already understood (standalone ones, by text and date).
    public let understandings = UnderstandingCache()
    public let renderer: SQLRenderer
    public let executor: any QueryExecutor
    /// Where steps 2 and 3 happen: this model's database (SQLite or PostgreSQL), or a remote Cube server.
    public let backend: any QueryBackend
    /// The same backend as the HTTP routes see it: every route that reads data goes through here.
    public let queries: QueryService
    public let formatter: ResultFormatter
    public let analyzer: Analyzer
    public let clock: TodayClock
    public let configuration: Configuration
    /// The distinct values of string dimensions the lexicon was built from.
    public let values: [String: [String]]
    /// The rollups queries may read (nil: pre-aggregations off, or not on this database), and what builds them.
    public let rollups: RollupRegistry?
    public let rollupRefresher: RollupRefresher?

    /// Limits and hooks for a run.
    public struct Configuration: Sendable {
        /// `limits.timeout` bounds the whole run (queue wait, SQL, formatting, analysis), not the SQL alone.
        public var limits: ExecutionLimits
        /// A pause before each step: a test and demo hook to watch events arrive one by one. Zero in service.
        /// The pauses are added to the run's time limit.
        public var stepDelay: Duration
        /// At most this many queries run on the database at once, and this many wait; more are refused as busy.
        public var queryConcurrency: Int
        public var queryQueueSize: Int
        /// The result cache's budget in bytes; nil turns the cache off.
        public var cacheBytes: Int?
        /// Answer queries from built rollups when one matches (SQLite).
        public var preAggregations = true

        public init(
            limits: ExecutionLimits = ExecutionLimits(), stepDelay: Duration = .zero, queryConcurrency: Int = 16,
            queryQueueSize: Int = 256, cacheBytes: Int? = Configuration.defaultCacheBytes
        ) {
            self.limits = limits
            self.stepDelay = stepDelay
            self.queryConcurrency = queryConcurrency
            self.queryQueueSize = queryQueueSize
            self.cacheBytes = cacheBytes
        }

        public static let defaultCacheBytes = 64 * 1024 * 1024

        /// How long a whole run may take: the time limit plus the test hook's pauses.
        var runTimeLimit: Duration { limits.timeout + stepDelay * WorkflowStep.allCases.count }
    }

    public init(
        model: SemanticModel, values: [String: [String]], unindexedValues: [String: Set<String>] = [:], valueTwins: ValueTwins = ValueTwins(),
        periodRows: [String: PeriodKey] = [:], dataGrains: [String: Granularity] = [:], executor: any QueryExecutor,
        dialect: any SQLDialect = SQLiteDialect(),
        backend: (any QueryBackend)? = nil, clock: TodayClock = .system, configuration: Configuration = Configuration(),
        rollups: RollupRegistry? = nil, rollupRefresher: RollupRefresher? = nil
    ) {
        self.model = model
        self.rollups = rollups
        self.rollupRefresher = rollupRefresher
        self.values = values
        self.generator = QueryGenerator(
            model: model, values: values, unindexedValues: unindexedValues, valueTwins: valueTwins, periodRows: periodRows,
            dataGrains: dataGrains, clock: clock)
        let renderer = SQLRenderer(model: model, dialect: dialect)
        self.renderer = renderer
        self.executor = executor
        let backend = backend ?? LocalBackend(renderer: renderer, executor: executor, rollups: rollups)
        self.backend = backend
        self.queries = QueryService(backend: backend, model: model)
        self.formatter = ResultFormatter(model: model)
        self.analyzer = Analyzer(model: model)
        self.clock = clock
        self.configuration = configuration
    }

    /// Starts a run of `question`; events arrive as each step produces them.
    /// `securityContext` holds the caller's verified claims; the model's access policies restrict rows by them.
    /// With `previous` (the conversation's last answer), a follow-up question refines that answer's query.
    /// The time limit covers the whole run without a watchdog task: each step checks the deadline, and the query
    /// step gets only the time left (as in `answer`). Ending the stream cancels the run.
    public func run(
        _ question: String, runID: String = UUID().uuidString.lowercased(), securityContext: SecurityContext = .open,
        previous: Interpretation? = nil
    ) -> AsyncStream<WorkflowEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: WorkflowEvent.self, bufferingPolicy: .unbounded)
        let deadline = RunDeadline(at: ContinuousClock.now + configuration.runTimeLimit, limit: configuration.limits.timeout)
        let task = Task {
            var run = Run(
                workflow: self, question: question, runID: runID, securityContext: securityContext, previous: previous,
                deadline: deadline, emit: { continuation.yield($0) })
            await run.execute()
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Runs `question` to the end and returns the result (the events are discarded). The run goes on in the caller's
    /// task, with no event stream and no watchdog task: each step checks the deadline, and the query step gets only
    /// the time left, so the time limit holds as it does for a streamed run.
    public func answer(
        _ question: String, securityContext: SecurityContext = .open, previous: Interpretation? = nil, runID: String = UUID().uuidString.lowercased()
    ) async -> WorkflowResult {
        let deadline = RunDeadline(at: ContinuousClock.now + configuration.runTimeLimit, limit: configuration.limits.timeout)
        var run = Run(
            workflow: self, question: question, runID: runID, securityContext: securityContext, previous: previous,
            deadline: deadline, emit: { _ in }, streaming: false)
        await run.execute()
        return run.result
    }
}
