// textbi-bench: how long understanding and SQL rendering take per question, over a corpus of questions
// (release build: `make bench`). Reports medians and p99 in microseconds; the whole pipeline in milliseconds.
import Execution
import Foundation
import QueryGeneration
import SQLRendering
import SemanticModel
import Workflow

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let corpus = try String(contentsOf: root.appendingPathComponent("Benchmarks/questions.txt"), encoding: .utf8)
    .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-bench-\(ProcessInfo.processInfo.processIdentifier)")
let database = folder.appendingPathComponent("bench.sqlite").path
_ = try DatabaseSetup(
    migrationsDirectory: root.appendingPathComponent("Migrations"), seedDirectory: root.appendingPathComponent("SampleData")
).run(databasePath: database)
defer { try? FileManager.default.removeItem(at: folder) }

let today = CalendarDate(year: 2026, month: 11, day: 25)
let workflow = try await Engine.open(
    modelDirectory: root.appendingPathComponent("SampleData/model"), databasePath: database, clock: .fixed(today))

func percentile(_ sorted: [Double], _ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
func report(_ name: String, _ samples: [Double], unit: String) {
    let sorted = samples.sorted()
    print(String(format: "%-40@ n=%6d  median %9.1f %@  p99 %9.1f %@", name as NSString, sorted.count, percentile(sorted, 0.5), unit, percentile(sorted, 0.99), unit))
}

let clock = ContinuousClock()
func micros(_ d: Duration) -> Double { d.milliseconds * 1000 }

// Warm up, then time each question many times.
for q in corpus { _ = workflow.generator.generate(q) }
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 50
var generate: [Double] = [], toSQL: [Double] = []
for _ in 0..<rounds {
    for q in corpus {
        let start = clock.now
        let result = workflow.generator.generate(q)
        let understood = clock.now
        if let query = result.interpretation?.query { _ = try? workflow.renderer.render(query, today: today) }
        let rendered = clock.now
        generate.append(micros(start.duration(to: understood)))
        toSQL.append(micros(start.duration(to: rendered)))
    }
}
print("textbi-bench: \(corpus.count) questions × \(rounds) rounds (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
report("question → Cube query", generate, unit: "µs")
report("question → SQL (query + render)", toSQL, unit: "µs")

/// The whole five-step pipeline, once per question (after one warm-up pass).
func pipeline(_ workflow: Workflow) async -> [Double] {
    for q in corpus { _ = await workflow.answer(q) }
    var samples: [Double] = []
    for q in corpus {
        let start = clock.now
        _ = await workflow.answer(q)
        samples.append(micros(start.duration(to: clock.now)) / 1000)
    }
    return samples
}
// SQLite with the result cache off (every question runs its SQL), then with it on and warm.
let uncached = try await Engine.open(
    modelDirectory: root.appendingPathComponent("SampleData/model"), databasePath: database, clock: .fixed(today),
    configuration: Workflow.Configuration(cacheBytes: nil))
report("whole pipeline incl. SQLite, no cache", await pipeline(uncached), unit: "ms")
report("whole pipeline incl. SQLite, cache warm", await pipeline(workflow), unit: "ms")

// The same on PostgreSQL, beside it, when a cluster is named ($TEXTBI_TEST_POSTGRES_URL, which `make bench` sets from
// the throw-away test cluster). It has no result cache (SQLite-only): compare it with SQLite's "no cache" line.
/// The PostgreSQL line, or why it is missing (a named cluster that is down is said, not a crash).
func postgresLine(_ url: String) async {
    do {
        _ = try await PostgresSetup(
            migrationsDirectory: root.appendingPathComponent("Migrations"), seedDirectory: root.appendingPathComponent("SampleData")
        ).run(url: try PostgresURL(url))
        let postgres = try await Engine.open(
            modelDirectory: root.appendingPathComponent("SampleData/model"), databasePath: url, clock: .fixed(today))
        report("whole pipeline incl. PostgreSQL", await pipeline(postgres), unit: "ms")
        await postgres.queries.close()
    } catch {
        print("(PostgreSQL figures skipped: \(error); `make pg-test-cluster` starts the test cluster)")
    }
}
if let url = ProcessInfo.processInfo.environment["TEXTBI_TEST_POSTGRES_URL"], !url.isEmpty {
    await postgresLine(url)
} else {
    print("(no $TEXTBI_TEST_POSTGRES_URL: PostgreSQL figures skipped; `make bench` starts a test cluster)")
}
