import Execution
import Foundation
import GRDB
import QueryGeneration
import SQLRendering
import SemanticModel
import Testing
import Workflow

/// From the fishing first run: "the average catch rate for boat fishing" was read as the mode code 'boat' (private
/// boats only) because that column came first, where the setting 'Boat' (private and charter boats) gives another
/// number. A word two columns hold is now one reading only when the data shows both values keep the same rows.
@Suite("A value two columns hold: asked back unless the data shows both keep the same rows")
struct ValueTwinTests {
    static let model = """
        cubes:
          - name: anglers
            sql_table: anglers
            title: Anglers
            joins:
              - {name: modes, relationship: many_to_one, sql: "{CUBE}.mode_id = {modes.id}"}
            measures:
              - {name: count, type: count, title: Number of Anglers}
              - {name: avg_catch_rate, type: avg, sql: catch_rate, title: Average Catch Rate}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: catch_rate, sql: catch_rate, type: number, title: Catch Rate}
              - {name: mode_label, sql: mode_label, type: string, title: Mode Label}
          - name: modes
            sql_table: modes
            title: Fishing Modes
            measures:
              - {name: count, type: count, title: Number of Modes}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: code, sql: code, type: string, title: Mode Code}
              - {name: name, sql: name, type: string, title: Fishing Mode}
              - {name: setting, sql: setting, type: string, title: Setting}
        """

    /// Four modes; one angler per mode with catch rates 1 (beach), 2 (private boat), 4 (charter boat), 8 (pier), and
    /// each angler's copy of its mode's name.
    static func open() async throws -> (Workflow, URL) {
        try await ValueCatalogTests.open(model: model, prefix: "twins") { db in
            try db.execute(sql: "CREATE TABLE modes (id INTEGER PRIMARY KEY, code TEXT, name TEXT, setting TEXT)")
            try db.execute(sql: """
                INSERT INTO modes VALUES (1, 'beach', 'Beach', 'Shore'), (2, 'boat', 'Private boat', 'Boat'),
                  (3, 'charter', 'Charter boat', 'Boat'), (4, 'pier', 'Pier', 'Shore')
                """)
            try db.execute(sql: "CREATE TABLE anglers (id INTEGER PRIMARY KEY, mode_id INTEGER, catch_rate REAL, mode_label TEXT)")
            try db.execute(sql: "INSERT INTO anglers VALUES (1, 1, 1, 'Beach'), (2, 2, 2, 'Private boat'), (3, 3, 4, 'Charter boat'), (4, 4, 8, 'Pier')")
        }
    }

    static func filters(_ query: CubeQuery) -> [String] {
        query.filters.flatMap(\.memberFilters).map { "\($0.member)=\($0.values.joined(separator: ","))" }
    }

    @Test("boat: the code (one mode) or the setting (two modes) is asked, with one choice per column that answers as written")
    func differingReadingsAreAsked() async throws {
        let (workflow, folder) = try await Self.open()
        defer { try? FileManager.default.removeItem(at: folder) }
        let asked = try #require(workflow.generator.generate("What's the average catch rate for boat fishing?").notUnderstood)
        #expect(asked.reason == .needsClarification)
        #expect(asked.message.contains("mode code: boat") && asked.message.contains("setting: boat"))
        let choices = asked.suggestions.prefix(2).compactMap { workflow.generator.generate($0).interpretation?.query }
        #expect(choices.map(Self.filters) == [["modes.code=boat"], ["modes.setting=Boat"]])
        var figures: [Double] = []
        for choice in asked.suggestions.prefix(2) {
            figures += [await workflow.answer(choice).rows?.rows.first?.first?.double].compactMap { $0 }
        }
        #expect(figures == [2, 3])
        // Naming the column picks it.
        let named = try #require(workflow.generator.generate("average catch rate in the Boat setting").interpretation)
        #expect(Self.filters(named.query) == ["modes.setting=Boat"])
        await workflow.queries.close()
    }

    @Test("beach (a code and a name of one row) and pier (also each angler's copy of the name, in another cube) are answered")
    func twinsAreOneReading() async throws {
        let (workflow, folder) = try await Self.open()
        defer { try? FileManager.default.removeItem(at: folder) }
        let beach = try #require(workflow.generator.generate("average catch rate for beach anglers").interpretation)
        #expect(Self.filters(beach.query).count == 1 && beach.notes.allSatisfy { !$0.contains("could also mean") })
        #expect(await workflow.answer("average catch rate for beach anglers").rows?.rows.first?.first?.double == 1)
        let pier = try #require(workflow.generator.generate("How many anglers fished from the pier?").interpretation)
        #expect(Self.filters(pier.query).count == 1)
        #expect(await workflow.answer("How many anglers fished from the pier?").rows?.rows.first?.first?.double == 1)
        await workflow.queries.close()
    }

    @Test("without the data's word (no probe), a value in two columns is asked, never read as the first column")
    func noProbeAsks() throws {
        let model = try ModelLoader().load(sources: [(name: "model.yml", yaml: Self.model)])
        let values = ["modes.code": ["beach", "boat", "charter", "pier"], "modes.name": ["Beach", "Private boat", "Charter boat", "Pier"],
                      "modes.setting": ["Shore", "Boat"]]
        let plain = QueryGenerator(model: model, values: values)
        #expect(plain.generate("average catch rate for beach anglers").interpretation == nil)
        let twins = ValueTwins([.init(.init(dimension: "modes.code", value: "beach"), .init(dimension: "modes.name", value: "Beach"))])
        let probed = QueryGenerator(model: model, values: values, valueTwins: twins)
        #expect(probed.generate("average catch rate for beach anglers").interpretation != nil)
        #expect(ValueTwins.candidates(in: plain.lexicon).contains(.init(.init(dimension: "modes.setting", value: "Boat"), .init(dimension: "modes.code", value: "boat"))))
    }
}
