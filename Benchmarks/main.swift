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
    print(String(format: "%-38@ n=%6d  median %9.1f %@  p99 %9.1f %@", name as NSString, sorted.count, percentile(sorted, 0.5), unit, percentile(sorted, 0.99), unit))
}

let clock = ContinuousClock()
func micros(_ d: Duration) -> Double { d.milliseconds * 1000 }

// Warm up, then time each question many times.
for q in corpus { _ = workflow.generator.generate(q) }
let rounds = 50
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

// The whole five-step pipeline on SQLite, once per question.
var pipeline: [Double] = []
for q in corpus {
    let start = clock.now
    _ = await workflow.answer(q)
    pipeline.append(micros(start.duration(to: clock.now)) / 1000)
}
report("whole pipeline incl. SQLite", pipeline, unit: "ms")
