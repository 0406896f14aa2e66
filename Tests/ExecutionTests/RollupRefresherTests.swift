import Execution
import Foundation
import GRDB
import SQLRendering
import SemanticModel
import Testing

/// Rollups built in a real SQLite file: tables textbi owns, partitions, refresh keys, and the same numbers as the raw
/// tables for the queries they answer.
@Suite("Rollup refresh")
struct RollupRefresherTests {
    static let model: SemanticModel = try! ModelLoader().load(directory: TemporaryDatabase.root.appendingPathComponent("SampleData/model"))
    static let renderer = SQLRenderer(model: model)
    static let today = CalendarDate(year: 2026, month: 11, day: 25)
    /// These tests compare numbers, not time: a limit far above any of their queries, so a machine busy with the rest
    /// of the suite (two cores, every suite at once) can't turn a slow turn into a failure.
    static let limits = ExecutionLimits(timeout: .seconds(120))

    static func query(_ json: String) throws -> CubeQuery {
        try CubeQuery(json: try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)))
    }

    /// The rows `json` gives from the raw tables and from the rollups, and the rollup used.
    static func both(
        _ json: String, executor: SQLiteExecutor, ready: [String: RollupCoverage], claims: [String: JSONValue] = [:]
    ) async throws -> (raw: [[SQLValue]], rollup: [[SQLValue]], used: String?) {
        let q = try query(json)
        let security = SecurityContext(claims: claims)
        let raw = try renderer.render(q, today: today, securityContext: security)
        let fast = try renderer.render(q, today: today, securityContext: security, rollups: ready)
        #expect(raw.preAggregation == nil)
        let a = try await executor.execute(raw.sql, parameters: raw.parameters, limits: Self.limits)
        let b = try await executor.execute(fast.sql, parameters: fast.parameters, limits: Self.limits)
        return (a.rows, b.rows, fast.preAggregation?.id)
    }

    @Test("refresh builds every rollup into textbi_rollup_ tables, partitioned, and records each partition")
    func builds() throws {
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        let before = try Self.userTables(db.path)
        let built = try refresher.refresh(today: Self.today)
        #expect(Set(built.map(\.rollup)) == ["employees.by_department", "employees.hires_by_month", "performance_reviews.by_rating"])
        let partitions = built.filter { $0.rollup == "employees.hires_by_month" }.map(\.partition)
        #expect(partitions.first == "2016" && partitions.contains("2026") && partitions.last == "null")
        let ready = try RollupState.ready(path: db.path, definitions: refresher.definitions)
        #expect(ready.count == 3)
        for coverage in ready.values { #expect(coverage.tableName.hasPrefix("textbi_rollup_")) }
        #expect(ready["employees.hires_by_month"]?.rangeStart == "2016-01-01T00:00:00.000")
        #expect(ready["employees.hires_by_month"]?.coversAll == true)
        // The user's tables are as they were: same schema, same rows.
        #expect(try Self.userTables(db.path) == before)
        let queue = try DatabaseQueue(path: db.path)
        let states = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM textbi_rollup_state") }
        #expect(states == built.count)
        // A second refresh finds nothing due.
        #expect(try refresher.refresh(today: Self.today).isEmpty)
    }

    @Test("answers from rollups equal the raw tables' answers, with and without a row-level security token")
    func sameNumbers() async throws {
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        try refresher.refresh(today: Self.today)
        let ready = try RollupState.ready(path: db.path, definitions: refresher.definitions)
        let executor = try SQLiteExecutor(path: db.path)
        let queries = [
            #"{"measures":["employees.count","employees.avg_salary","employees.max_salary","employees.min_salary"],"dimensions":["departments.name"]}"#,
            #"{"measures":["employees.attrition_rate","employees.female_share"],"dimensions":["employees.city","employees.gender"]}"#,
            #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"quarter"}]}"#,
            #"{"measures":["employees.count","employees.total_salary"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"year","dateRange":["2020-01-01","2023-12-31"]}]}"#,
            #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","dateRange":"last year"}]}"#,
            #"{"measures":["employees.count"],"dimensions":["employees.city"],"filters":[{"member":"employees.total_salary","operator":"gt","values":["3000000"]}]}"#,
            #"{"measures":["employees.count"],"filters":[{"member":"departments.name","operator":"contains","values":["部"]},{"member":"employees.status","operator":"notEquals","values":["离职"]}]}"#,
            #"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"equals","values":["nowhere"]}]}"#,
            #"{"measures":["performance_reviews.avg_score","performance_reviews.excellent_rate","performance_reviews.count"],"dimensions":["performance_reviews.year","performance_reviews.rating"]}"#,
            #"{"measures":["performance_reviews.max_score"],"dimensions":["employees.city"],"order":{"employees.city":"asc"},"limit":3,"offset":1}"#,
        ]
        for claims in [[:], ["department": JSONValue.string("销售部")], ["department_id": .int(3)], ["city": .string("北京")]] as [[String: JSONValue]] {
            for json in queries {
                let (raw, rollup, used) = try await Self.both(json, executor: executor, ready: ready, claims: claims)
                #expect(used != nil, "\(json) should read a rollup")
                #expect(Self.sorted(raw) == Self.sorted(rollup), "\(json) under \(claims)")
            }
        }
    }

    @Test("rollup columns keep the raw columns' affinity, so comparisons behave as on the raw tables")
    func affinity() throws {
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        try refresher.refresh(today: Self.today)
        let table = try #require(refresher.definitions.first { $0.id == "employees.by_department" }?.tableName)
        let queue = try DatabaseQueue(path: db.path)
        let types = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table]).map { "\($0[0] as String):\($0[1] as String)" }
        }
        #expect(types.contains("departments__name:TEXT") && types.contains("departments__id:INT"))
    }

    @Test("new rows: the due partitions of an incremental rollup, or one named partition, are rebuilt alone; the cache never serves the old answer")
    func incremental() async throws {
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        try refresher.refresh(today: Self.today, now: start)
        let executor = try SQLiteExecutor(path: db.path, cache: ResultCache(maximumBytes: 1 << 20, checkInterval: .zero))
        let json = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"year","dateRange":["2019-01-01","2019-12-31"]}]}"#
        var ready = try RollupState.ready(path: db.path, definitions: refresher.definitions)
        let fast = try Self.renderer.render(try Self.query(json), today: Self.today, rollups: ready)
        #expect(fast.preAggregation?.id == "employees.hires_by_month")
        let before = try await executor.execute(fast.sql, parameters: fast.parameters, limits: Self.limits)

        let writer = try DatabaseQueue(path: db.path)
        try await writer.write { db in
            try db.execute(sql: """
                INSERT INTO employees (id, name, gender, birth_date, hire_date, status, department_id, position, level, salary, city, education)
                VALUES (90001, '新人', '女', '1990-01-01', '2019-05-05', '在职', 1, '工程师', 3, 20000, '北京', '本科')
                """)
        }
        // Within the hour, nothing is due: the rollup still answers from its last refresh.
        #expect(try refresher.refresh(today: Self.today, now: start.addingTimeInterval(60), only: "employees.hires_by_month").isEmpty)
        // Two hours later the incremental rollup redoes only the partitions in its update window (and the null one).
        let due = try refresher.refresh(today: Self.today, now: start.addingTimeInterval(7_200), only: "employees.hires_by_month")
        #expect(Set(due.map(\.partition)) == ["2025", "2026", "null"])
        // The 2019 partition alone, on request; its rows change, nothing else is touched.
        let one = try refresher.refresh(today: Self.today, now: start.addingTimeInterval(7_300), only: "employees.hires_by_month", partition: "2019")
        #expect(one.map(\.partition) == ["2019"])
        ready = try RollupState.ready(path: db.path, definitions: refresher.definitions)
        let after = try await executor.execute(fast.sql, parameters: fast.parameters, limits: Self.limits)
        #expect(!after.fromCache, "the refresh moved the data version: no stale cache entry")
        let raw = try Self.renderer.render(try Self.query(json), today: Self.today)
        let truth = try await executor.execute(raw.sql, parameters: raw.parameters, limits: Self.limits)
        #expect(after.rows == truth.rows)
        #expect(after.rows != before.rows)
    }

    @Test("a time column that isn't all ISO text (here a Julian day number) is partitioned by a scan, and no row is lost")
    func nonISOTime() async throws {
        let db = try TemporaryDatabase()
        let writer = try DatabaseQueue(path: db.path)
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO employees (id, name, gender, birth_date, hire_date, status, department_id, position, level, salary, city, education) "
                    + "VALUES (90002, '儒略', '男', '1990-01-01', 2460000.5, '在职', 2, '工程师', 3, 20000, '上海', '本科')")
        }
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        try refresher.refresh(today: Self.today)
        let ready = try RollupState.ready(path: db.path, definitions: refresher.definitions)
        let executor = try SQLiteExecutor(path: db.path)
        let json = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"year"}]}"#
        let (raw, rollup, used) = try await Self.both(json, executor: executor, ready: ready)
        #expect(used == "employees.hires_by_month")
        #expect(Self.sorted(raw) == Self.sorted(rollup))
    }

    @Test("a rollup that can't be rendered (no join path) is reported and skipped; the others still build")
    func unbuildable() throws {
        let yaml = """
            cubes:
              - name: employees
                sql_table: employees
                measures:
                  - {name: count, type: count}
                dimensions:
                  - {name: id, type: number, sql: id, primary_key: true}
                  - {name: city, type: string, sql: city}
                pre_aggregations:
                  - {name: lonely, measures: [count], dimensions: [departments.name]}
                  - {name: by_city, measures: [count], dimensions: [city]}
              - name: departments
                sql_table: departments
                dimensions:
                  - {name: id, type: number, sql: id, primary_key: true}
                  - {name: name, type: string, sql: name}
            """
        let model = try ModelLoader().load(sources: [("m.yml", yaml)])
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: model)
        #expect(refresher.definitions.map(\.id) == ["employees.by_city"])
        #expect(refresher.problems.count == 1 && refresher.problems[0].hasPrefix("employees.lonely: Can't find join path"))
        #expect(try refresher.refresh(today: Self.today).map(\.rollup) == ["employees.by_city"])
    }

    @Test("a sql refresh key rebuilds when its value changes, not before")
    func sqlRefreshKey() async throws {
        let db = try TemporaryDatabase()
        let refresher = try RollupRefresher(path: db.path, model: Self.model)
        try refresher.refresh(today: Self.today)
        #expect(try refresher.refresh(today: Self.today, only: "performance_reviews.by_rating").isEmpty)
        let writer = try DatabaseQueue(path: db.path)
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO performance_reviews (id, employee_id, year, quarter, score, rating) VALUES (99999, 1, 2025, 4, 4.5, 'S')")
        }
        #expect(try refresher.refresh(today: Self.today, only: "performance_reviews.by_rating").map(\.partition) == ["all"])
    }

    static func userTables(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('employees', 'departments', 'performance_reviews') ORDER BY name")
            return try tables.map { t in "\(t):\(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)") ?? -1):\(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [t]) ?? "")" }
        }
    }

    static func sorted(_ rows: [[SQLValue]]) -> [String] {
        rows.map { row in row.map { v in v.double.map { String(format: "%.9g", $0) } ?? v.description }.joined(separator: "|") }.sorted()
    }
}
