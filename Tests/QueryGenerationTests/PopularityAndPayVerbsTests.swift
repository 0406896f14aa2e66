import Testing
import SemanticModel
@testable import QueryGeneration

/// From the fishing first run: "the two most popular fishing modes" counted the modes' own rows (one per mode),
/// "what is the most common X" left X unaccounted, and "the average price paid", "anglers who chose a charter boat"
/// were refused for a verb the column's price or its other name ("chosen mode") already says.
@Suite("How popular a lookup's label is, and the verbs of a price and of a column's other name")
struct PopularityAndPayVerbsTests {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: anglers
            sql_table: anglers
            title: Anglers
            joins:
              - {name: modes, relationship: many_to_one, sql: "{CUBE}.mode_id = {modes.id}"}
            measures:
              - {name: count, type: count, title: Number of Anglers}
              - {name: avg_price, type: avg, sql: price, title: Average Price of Chosen Mode}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: price, sql: price, type: number, title: Price of Chosen Mode}
              - {name: income, sql: income, type: number, title: Monthly Income}
          - name: modes
            sql_table: modes
            title: Fishing Modes
            measures:
              - {name: count, type: count, title: Fishing Mode Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - name: name
                sql: name
                type: string
                title: Fishing Mode
                meta: {synonyms: [chosen mode, shore or boat]}
        """, values: ["modes.name": ["Beach", "Pier", "Private boat", "Charter boat"]])

    @Test("most / least popular and most common over a lookup's label count the rows that refer to it", arguments: [
        ("What are the two most popular fishing modes?", 2, true), ("Which fishing mode was the least popular?", 1, false),
        ("What is the most common fishing mode?", 1, true),
    ])
    func popularity(_ question: String, limit: Int, descending: Bool) throws {
        let q = try requiredQuery(Self.generator, question)
        #expect(q.measures == ["anglers.count"] && q.dimensions == ["modes.name"], "\(q)")
        #expect(q.limit == limit && q.order.first?.descending == descending)
    }

    @Test("paid beside a price, and chose beside a value of the column also called the chosen mode, say nothing more", arguments: [
        "What's the average price paid by anglers whose monthly income is over 5,000?", "How many anglers chose a charter boat?",
        "What's the average price paid by anglers who went pier fishing?",
    ])
    func verbsOfTheColumn(_ question: String) throws {
        _ = try requiredQuery(Self.generator, question)
    }

    @Test("paid with no price named, and a name that lists values (shore or boat), restate nothing", arguments: [
        "How many anglers paid more than 200 for their trip?", "How many boat anglers are there?",
    ])
    func notRestated(_ question: String) {
        #expect(Self.generator.generate(question).interpretation == nil, "\(Self.generator.generate(question))")
    }

    static let hours = modelGenerator(yaml: """
        cubes:
          - name: persons
            sql_table: persons
            title: People
            measures:
              - {name: count, type: count, title: Number of People}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: hours, sql: hours, type: number, title: Annual Work Hours}
        """, values: [:])

    @Test("worked beside a work-hours column the query compares is the comparison's verb; with no comparison it is asked")
    func verbOfComparedColumn() throws {
        let q = try requiredQuery(Self.hours, "How many people worked more than 4,500 hours?")
        #expect(memberFilter(q, "persons.hours")?.op == .gt)
        #expect(Self.hours.generate("How many people worked?").interpretation == nil)
    }
}
