import Execution
import Foundation
import GRDB
import QueryGeneration
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// From the airports first run: a dimension with more values than are indexed, some of them NULL, was indexed with
/// a partial list (NULL took a place under the limit), and a state's name that is also a city's was answered as the
/// state alone.
@Suite("The value catalog: NULL is no value, and a value of a dimension too large to index is asked back")
struct ValueCatalogTests {
    static let model = """
        cubes:
          - name: ports
            sql_table: ports
            title: Ports
            joins:
              - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
            measures:
              - {name: count, type: count, title: Number of Ports}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: city, sql: city, type: string, title: City}
          - name: states
            sql_table: states
            title: States
            measures:
              - {name: count, type: count, title: Number of States}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: State}
        """

    /// A model in a fresh folder, a database filled by `fill` beside it, and a workflow opened on both.
    static func open(model: String, prefix: String, database: String = "data", fill: @escaping @Sendable (Database) throws -> Void) async throws -> (Workflow, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("model"), withIntermediateDirectories: true)
        try model.write(to: folder.appendingPathComponent("model/model.yml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("\(database).sqlite").path
        let queue = try DatabaseQueue(path: path)
        try await queue.write(fill)
        try queue.close()
        let workflow = try await Engine.open(
            modelDirectory: folder.appendingPathComponent("model"), databasePath: path, clock: .fixed(CalendarDate(year: 2026, month: 11, day: 25)))
        return (workflow, folder)
    }

    /// 250 cities (one of them Georgia), 10 ports without a city, and two states.
    static func open() async throws -> (Workflow, URL) {
        try await open(model: model, prefix: "catalog") { db in
            try db.execute(sql: "CREATE TABLE states (id INTEGER PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO states VALUES (1, 'Georgia'), (2, 'Texas')")
            try db.execute(sql: "CREATE TABLE ports (id INTEGER PRIMARY KEY, city TEXT, state_id INTEGER)")
            for i in 0..<250 { try db.execute(sql: "INSERT INTO ports (city, state_id) VALUES (?, 2)", arguments: [i == 0 ? "Georgia" : "City \(i)"]) }
            for _ in 0..<10 { try db.execute(sql: "INSERT INTO ports (city, state_id) VALUES (NULL, 1)") }
        }
    }

    @Test("250 cities and NULLs: not indexed (no partial list), yet Georgia the state is asked back; Texas is answered")
    func unindexedValues() async throws {
        let (workflow, folder) = try await Self.open()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workflow.values["ports.city"] == nil)
        #expect(workflow.values["states.name"]?.sorted() == ["Georgia", "Texas"])
        #expect(workflow.generator.generate("How many ports are in Georgia?").interpretation == nil)
        #expect(workflow.generator.generate("How many ports are in Georgia state?").interpretation != nil)
        #expect(workflow.generator.generate("How many ports are in Texas?").interpretation != nil)
        await workflow.queries.close()
    }

    @Test("a yearly series: a number column named for one year (or per year) is that row's value; over a decade it is asked")
    func oneRowPerPeriod() async throws {
        let (workflow, folder) = try await Self.open(model: """
            cubes:
              - name: prices
                sql_table: prices
                title: Fuel Prices
                measures:
                  - {name: count, type: count, title: Years}
                  - {name: avg_price, type: avg, sql: price, title: Average Price ($)}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: price, sql: price, type: number, title: Price ($)}
                  - {name: year, sql: year, type: time, title: Year}
            """, prefix: "series") { db in
            try db.execute(sql: "CREATE TABLE prices (id INTEGER PRIMARY KEY, year TEXT, price REAL)")
            for y in 1970...1989 { try db.execute(sql: "INSERT INTO prices (year, price) VALUES (?, ?)", arguments: ["\(y)-01-01", Double(y - 1900) / 10]) }
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try #require(workflow.generator.generate("What was the price in 1974?").interpretation)
        #expect(one.query.measures == ["prices.avg_price"] && !one.notes.isEmpty)
        let perYear = try #require(workflow.generator.generate("price by year since 1985").interpretation?.query)
        #expect(perYear.measures == ["prices.avg_price"] && perYear.timeDimensions.first?.granularity == .year)
        #expect(workflow.generator.generate("price in the 1970s").interpretation == nil)
        let answer = await workflow.answer("What was the price in 1974?")
        #expect(answer.rows?.rows.first?.first?.double == 7.4)
        await workflow.queries.close()
    }

    @Test("one row per state per year, found in the data: Utah in 2000 is that row's value; a state with two rows a year is not keyed")
    func oneRowPerLabelAndPeriod() async throws {
        let model = """
            cubes:
              - name: states
                sql_table: states
                title: States
                measures:
                  - {name: count, type: count, title: State Count}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: name, sql: name, type: string, title: State}
              - name: results
                sql_table: results
                title: Results
                joins:
                  - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
                measures:
                  - {name: count, type: count, title: Result Count}
                  - {name: avg_share, type: avg, sql: share, title: Average Vote Share (%)}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: share, sql: share, type: number, title: Vote Share (%)}
                  - {name: election_date, sql: election_date, type: time, title: Election Date}
            """
        var folders: [URL] = []
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        func open(duplicate: Bool) async throws -> Workflow {
            let (workflow, folder) = try await Self.open(model: model, prefix: "panel") { db in
                try db.execute(sql: "CREATE TABLE states (id INTEGER PRIMARY KEY, name TEXT)")
                try db.execute(sql: "INSERT INTO states VALUES (1, 'Utah'), (2, 'Ohio')")
                try db.execute(sql: "CREATE TABLE results (id INTEGER PRIMARY KEY, state_id INTEGER, election_date TEXT, share REAL)")
                for year in stride(from: 1992, through: 2008, by: 4) {
                    for state in [1, 2] {
                        try db.execute(sql: "INSERT INTO results (state_id, election_date, share) VALUES (?, ?, ?)",
                            arguments: [state, "\(year)-11-01", Double(state * 10 + (year - 1992) / 4)])
                    }
                }
                if duplicate { try db.execute(sql: "INSERT INTO results (state_id, election_date, share) VALUES (1, '2000-12-01', 99)") }
            }
            folders.append(folder)
            return workflow
        }
        let keyed = try await open(duplicate: false)
        let one = try #require(keyed.generator.generate("What was Utah's vote share in 2000?").interpretation)
        #expect(one.query.measures == ["results.avg_share"] && !one.notes.isEmpty, "\(one.query)")
        let answer = await keyed.answer("What was Utah's vote share in 2000?")
        #expect(answer.rows?.rows.first?.first?.double == 12)
        #expect(keyed.generator.generate("average vote share by state in 2000").interpretation == nil)
        await keyed.queries.close()
        // Two rows for Utah in 2000: the column is no longer one row's value, so a bare column is asked back.
        let unkeyed = try await open(duplicate: true)
        #expect(unkeyed.generator.generate("What was Utah's vote share in 2000?").interpretation == nil)
        #expect(unkeyed.generator.generate("average vote share by state in 2000").interpretation != nil)
        await unkeyed.queries.close()
    }
}
