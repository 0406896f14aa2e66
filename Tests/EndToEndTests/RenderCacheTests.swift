import Execution
import Foundation
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// Rendered SQL is kept by everything rendering reads: each caller's claims and each generation of ready rollups
/// get their own statement, the same one the renderer makes afresh.
@Suite("The render cache")
struct RenderCacheTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    func backend(_ rollups: RollupRegistry? = nil) throws -> (LocalBackend, SQLRenderer) {
        let model = try ModelLoader().load(directory: SampleDatabase.root.appendingPathComponent("SampleData/model"))
        let renderer = SQLRenderer(model: model)
        return (LocalBackend(renderer: renderer, executor: try SQLiteExecutor(path: SampleDatabase.path), rollups: rollups), renderer)
    }

    @Test("the same query for two callers with different claims: each gets its own row filter, kept apart")
    func claimsArePartOfTheKey() async throws {
        let (backend, renderer) = try backend()
        let query = CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"])
        let sales = SecurityContext(claims: ["department": .string("销售部")])
        let research = SecurityContext(claims: ["department": .string("研发部")])
        for _ in 0..<2 {
            for context in [SecurityContext.open, sales, research] {
                let kept = try await backend.render(query, today: Self.today, securityContext: context)
                #expect(kept == (try renderer.render(query, today: Self.today, securityContext: context)))
            }
        }
        let salesSQL = try await backend.render(query, today: Self.today, securityContext: sales)
        let researchSQL = try await backend.render(query, today: Self.today, securityContext: research)
        let open = try await backend.render(query, today: Self.today, securityContext: .open)
        #expect(salesSQL.parameters.contains(.text("销售部")) && !salesSQL.parameters.contains(.text("研发部")))
        #expect(researchSQL.parameters.contains(.text("研发部")) && !researchSQL.parameters.contains(.text("销售部")))
        #expect(!open.parameters.contains(.text("销售部")) && !open.parameters.contains(.text("研发部")))
    }

    @Test("a relative date range is rendered for the day it is asked on")
    func todayIsPartOfTheKey() async throws {
        let (backend, _) = try backend()
        let query = CubeQuery(
            measures: ["employees.count"], timeDimensions: [TimeDimension(dimension: "employees.hire_date", dateRange: .relative("last year"))])
        let thisYear = try await backend.render(query, today: Self.today, securityContext: .open)
        let nextYear = try await backend.render(query, today: CalendarDate(year: 2027, month: 1, day: 5), securityContext: .open)
        #expect(thisYear.parameters != nextYear.parameters)
        #expect(thisYear.parameters.contains(.text("2025-01-01T00:00:00.000")), "\(thisYear.parameters)")
    }

    @Test("a rollup that becomes ready is read by the next rendering, and one that goes is not")
    func rollupGenerationIsPartOfTheKey() async throws {
        let registry = RollupRegistry()
        let (backend, _) = try backend(registry)
        let query = CubeQuery(measures: ["employees.count"], dimensions: ["employees.city"])
        #expect(try await backend.render(query, today: Self.today, securityContext: .open).preAggregation == nil)
        registry.replace([
            "employees.by_department": RollupCoverage(
                tableName: "textbi_rollup_test", fingerprint: "f", rangeStart: nil, rangeEnd: nil, coversAll: true, builtAt: "2026-11-25T00:00:00Z")
        ])
        let fromRollup = try await backend.render(query, today: Self.today, securityContext: .open)
        #expect(fromRollup.preAggregation != nil && fromRollup.sql.contains("textbi_rollup_test"))
        registry.replace([:])
        #expect(try await backend.render(query, today: Self.today, securityContext: .open).preAggregation == nil)
    }
}
