import Testing
import SemanticModel
@testable import QueryGeneration

/// Lifeboats, each a row holding counts of people; bids joined to their target firms; universities with one row of
/// finances each.
private let boats = modelGenerator(yaml: """
    cubes:
      - name: lifeboats
        sql_table: lifeboats
        title: Titanic Lifeboats
        meta: {synonyms: [lifeboat, boats, boat]}
        measures:
          - {name: count, type: count, title: Number of Lifeboats}
          - {name: total_people, type: sum, sql: total, title: People Aboard (persons)}
          - {name: total_crew, type: sum, sql: crew, title: Male Crew Aboard (persons), meta: {synonyms: [crew members]}}
          - {name: total_kids, type: sum, sql: kids, title: Children Aged 6-18}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, public: true}
          - {name: boat, sql: boat, type: string, title: Boat}
          - {name: total, sql: total, type: number, title: People (persons)}
    """, values: ["lifeboats.boat": ["1", "2", "A"]])

private let bids = modelGenerator(yaml: """
    cubes:
      - name: takeover_bids
        sql_table: takeover_bids
        title: Takeover Bids
        meta: {synonyms: [takeover]}
        joins: [{name: target_firms, relationship: many_to_one, sql: "{CUBE}.firm_id = {target_firms.id}"}]
        measures:
          - {name: count, type: count, title: Takeover Contests}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: firm_id, sql: firm_id, type: number, public: false}
          - {name: offer_year, sql: offer_year, type: time, title: Offer Year}
      - name: target_firms
        sql_table: target_firms
        title: Target Firms
        meta: {synonyms: [targets, target]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, public: true, title: Firm}
    """, values: [:])

@Suite("Understanding: rows that hold counts of people, the rows' noun after in, a noun counted per group")
struct BoatsAndBidsTests {
    @Test("'how many people' over rows that sum people is not a count of the rows: asked")
    func peopleOfCounts() {
        #expect(boats.generate("How many people in total were aboard the lifeboats?").interpretation?.query.measures != ["lifeboats.count"])
    }

    @Test("'in the boats', where the word names the cube and its label: the rows, not a breakdown")
    func rowsAfterIn() throws {
        let q = try requiredQuery(boats, "What was the total number of crew members in the boats?")
        #expect(q.measures == ["lifeboats.total_crew"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("the label of Titanic Lifeboats is its Boat column, not the key")
    func labelBySuffix() {
        #expect(QueryAssembler.label(of: "lifeboats", boats.model) == "lifeboats.boat")
    }

    @Test("'children aged 6 to 18' is the title Children Aged 6-18")
    func numberRange() throws {
        #expect(try requiredQuery(boats, "total children aged 6 to 18").measures == ["lifeboats.total_kids"])
    }

    @Test("which year had the most takeover targets: the years ranked by the count, the targets are the rows counted")
    func nounCountedPerGroup() throws {
        let q = try requiredQuery(bids, "Which offer year had the most takeover targets?")
        #expect(q.dimensions.isEmpty, "\(q)")
        #expect(q.timeDimensions.first?.granularity == .year && q.limit == 1, "\(q)")
    }
}

/// An occupancy rate over two of the model's totals.
private let seats = modelGenerator(yaml: """
    cubes:
      - name: lifeboats
        sql_table: lifeboats
        title: Lifeboats
        measures:
          - {name: total_people, type: sum, sql: total, title: People Aboard (persons)}
          - {name: total_capacity, type: sum, sql: capacity, title: Total Capacity (seats), meta: {synonyms: [capacity]}}
          - {name: occupancy_rate, type: number, sql: "100.0 * {total_people} / {total_capacity}", title: Occupancy Rate (%), format: percent}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
    """, values: [:])

@Suite("Understanding: a rate's base said again after 'as a percentage of'")
struct RestatedRateBaseTests {
    @Test("the occupancy rate as a percentage of capacity: the rate alone", arguments: [
        "What was the overall occupancy rate as a percentage of their capacity?", "occupancy rate in percent of capacity",
    ])
    func rateAlone(_ question: String) throws {
        #expect(try requiredQuery(seats, question).measures == ["lifeboats.occupancy_rate"])
    }

    @Test("the rate and the capacity asked side by side keep both")
    func both() throws {
        #expect(try requiredQuery(seats, "occupancy rate and total capacity").measures.count == 2)
    }
}
