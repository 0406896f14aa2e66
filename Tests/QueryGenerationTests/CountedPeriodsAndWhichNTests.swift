import Testing
import SemanticModel
@testable import QueryGeneration

/// From grunfeld-23 and its like: "in how many years was …" counts the periods that have such rows.
@Suite("In how many years / months: the periods with such rows, counted")
struct CountedPeriodsTests {
    @Test("in how many months / quarters of a year: the period breakdown, its groups counted", arguments: [
        ("In how many months of 2025 were more than 30 people hired?", Granularity.month),
        ("In how many quarters of 2024 were more than 50 people hired?", .quarter),
    ])
    func periods(_ question: String, granularity: Granularity) throws {
        let result = Fixtures.generator.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(result.interpretation?.countsGroups == true)
        #expect(q.timeDimensions.map(\.granularity) == [granularity] && q.dimensions.isEmpty, "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "employees.count" && $0.op == .gt })
    }

    @Test("how many years without in / during is a duration or a column, never a count of periods", arguments: [
        "How many years has employee 1500 worked here?", "How many years did the longest-serving Finance employee work?",
    ])
    func notPeriods(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation?.countsGroups != true)
    }
}

/// From computers-15, psid-21, kakadu-36: "which three RAM sizes", "which 3 ages" read the number as a value of the column.
@Suite("Which N values of a number column: the N kept, not a value")
struct WhichNumberOfValuesTests {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: computers
            sql_table: computers
            title: Computers
            measures:
              - {name: count, type: count, title: Number of Computers}
              - {name: avg_price, type: avg, sql: price, title: Average Price (US$)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: ram, sql: ram, type: number, title: RAM (MB)}
              - {name: price, sql: price, type: number, title: Price (US$)}
        """, values: [:])

    @Test("which N before a number column with a superlative later ranks its values", arguments: [
        "Which three RAM sizes have the highest average price?", "Which 2 RAM values have the fewest computers?",
    ])
    func whichN(_ question: String) throws {
        let q = try requiredQuery(Self.generator, question)
        #expect(q.dimensions == ["computers.ram"] && q.limit != nil && !q.filters.flatMap(\.memberFilters).contains { $0.member == "computers.ram" }, "\(q)")
    }

    @Test("without which, N and the column is still its value")
    func valueStays() throws {
        let q = try requiredQuery(Self.generator, "What is the average price of computers with 8 RAM?")
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "computers.ram" }, "\(q)")
    }
}

/// From hr-17 ("the lowest share of S/A ratings"): a slash between two values of one column is or.
@Suite("A slash between two values is or")
struct SlashBetweenValuesTests {
    @Test("a slash between two values of one column is or; elsewhere it stays unaccounted")
    func slash() throws {
        let q = try requiredQuery(Fixtures.generator, "How many employees in Sales/Marketing?")
        #expect(memberFilter(q, "departments.name_en")?.values.sorted() == ["Marketing", "Sales"], "\(q)")
        #expect(Fixtures.generator.generate("average salary / level").interpretation == nil)
    }
}
