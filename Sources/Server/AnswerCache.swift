import Execution
import Foundation
import QueryGeneration
import SemanticModel
import Synchronization

/// Whole answers to repeated questions, above the result cache: the same question, asked by a caller with the same
/// claims on the same day, of data at the same version, gets the same answer, so its response is kept ready to
/// send (a query-sync body, or a stream's events). An answer is kept only once its rows came from the result cache
/// (so its text already says so), it goes as soon as the data version moves (the result cache's check: at most
/// once per second), and it is never used for a follow-up, a remote Cube server or PostgreSQL (which has no data
/// version to check). Bounded by bytes, least recently used first out.
final class AnswerCache<Answer: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        let question: String
        /// Every claim, as canonical JSON: row-level security is part of the key.
        let claims: String
        let today: CalendarDate
    }

    private struct State {
        var entries = LRUEntries<Key, Answer>()
        var version: Int64?
        /// Questions being answered now, and who waits for each answer.
        var inFlight: [Key: [CheckedContinuation<Answer?, Never>]] = [:]
    }

    /// What a caller of `claim` does: send the kept answer, compute it (and `finish` it), or `wait` for the caller
    /// computing the same question right now.
    enum Claim {
        case kept(Answer)
        case compute
        case wait
    }

    let maximumBytes: Int
    private let state = Mutex(State())

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    static func key(_ question: String, _ security: SecurityContext, today: CalendarDate) -> Key {
        Key(question: question, claims: security.claimsKey, today: today)
    }

    /// The kept answer for `key`; else whether this caller computes it or waits for the one already computing it
    /// (the same question asked many times at once is answered once, as Cube's queue runs a query once).
    func claim(_ key: Key, version: Int64) -> Claim {
        state.withLock { state in
            Self.align(&state, to: version)
            if state.version == version, let answer = state.entries.get(key) { return .kept(answer) }
            if state.inFlight[key] != nil { return .wait }
            state.inFlight[key] = []
            return .compute
        }
    }

    /// The answer the caller computing `key` finishes with; nil when it had none to share (it failed, or ended
    /// before its answer), and then the waiting caller computes its own.
    func wait(_ key: Key) async -> Answer? {
        await withCheckedContinuation { continuation in
            let waiting = state.withLock { state in
                guard state.inFlight[key] != nil else { return false }
                state.inFlight[key]!.append(continuation)
                return true
            }
            if !waiting { continuation.resume(returning: nil) }
        }
    }

    /// Hands the answer computed for `key` (or nil) to every caller waiting for it, and keeps it when `keep`.
    func finish(_ key: Key, version: Int64, answer: Answer?, size: Int, keep: Bool) {
        let waiting = state.withLock { $0.inFlight.removeValue(forKey: key) ?? [] }
        if keep, let answer { store(answer, size: size, for: key, version: version) }
        for continuation in waiting { continuation.resume(returning: answer) }
    }

    /// Keeps `answer` (computed at data version `version`, `size` bytes) unless it alone is over a quarter of the
    /// budget.
    func store(_ answer: Answer, size: Int, for key: Key, version: Int64) {
        let bytes = 128 + key.question.utf8.count + key.claims.utf8.count + size
        guard bytes <= maximumBytes / 4 else { return }
        state.withLock { state in
            Self.align(&state, to: version)
            state.entries.insert(answer, size: bytes, for: key, budget: maximumBytes)
        }
    }

    var count: Int { state.withLock { $0.entries.count } }

    /// Another data version empties the cache (a caller that raced a check may empty it once more than needed).
    private static func align(_ state: inout State, to version: Int64) {
        guard state.version != version else { return }
        state.entries.removeAll()
        state.version = version
    }
}

/// A query-sync response around its run id (which every answer gets afresh), and what it understood.
struct SyncAnswer: Sendable {
    let head: String
    let tail: String
    let interpretation: Interpretation?

    var size: Int { head.utf8.count + tail.utf8.count }
    func body(runID: String) -> String { head + runID + tail }
}

/// A stream's events, `[DONE]` included, ready to be stored under a new run id, and what it understood.
struct StreamAnswer: Sendable {
    private let template: EventLog.Template
    let interpretation: Interpretation?
    let size: Int

    /// `payloads` are the run's event payloads without `[DONE]`, naming the run `runID`.
    init(payloads: [String], runID: String, interpretation: Interpretation?) {
        var log = EventLog()
        log.append(runID: runID, payloads + [RunRegistry.donePayload])
        template = log.template(runID: runID)
        self.interpretation = interpretation
        size = template.bytes + 64
    }

    /// The events under another run's id (nil if that id is not as long as run ids are).
    func log(runID: String) -> EventLog? { EventLog(template, runID: runID) }
}
