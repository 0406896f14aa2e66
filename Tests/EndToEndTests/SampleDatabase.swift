import Execution
import Foundation
import GRDB
import SQLRendering
import SemanticModel
import Workflow

/// A migrated sample database shared by the end-to-end tests, and an independent way to query it.
enum SampleDatabase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-e2e-\(ProcessInfo.processInfo.processIdentifier)")
        let path = folder.appendingPathComponent("sample.sqlite").path
        try? FileManager.default.removeItem(at: folder)
        _ = try! DatabaseSetup(
            migrationsDirectory: root.appendingPathComponent("Migrations"),
            seedDirectory: root.appendingPathComponent("SampleData")
        ).run(databasePath: path)
        return path
    }()

    /// These tests check answers, not the time limit (the timed suites and WorkflowEventTests' timeout test do): each
    /// opens its own engine beside the others on a 2-core machine, so an answer gets a generous limit.
    static let roomy = ExecutionLimits(timeout: .seconds(60))

    static func workflow(_ configuration: Workflow.Configuration = Workflow.Configuration(limits: roomy)) async throws -> Workflow {
        try await Engine.open(
            modelDirectory: root.appendingPathComponent("SampleData/model"), databasePath: path, clock: .fixed(today),
            configuration: configuration)
    }

    /// Runs SQL written by hand in the test, outside textbi, and returns rows as comparable strings.
    static func independent(_ sql: String) throws -> [[String]] {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { normalize(row[$0] as DatabaseValue) } }
        }
    }

    static func normalize(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let i): return String(i)
        case .double(let d): return String(format: "%.6f", d).replacingOccurrences(of: ".000000", with: "")
        case .string(let s): return s
        case .blob: return "<blob>"
        }
    }

    static func normalize(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .real(let d): return String(format: "%.6f", d).replacingOccurrences(of: ".000000", with: "")
        case .text(let s): return s
        case .blob: return "<blob>"
        }
    }
}
