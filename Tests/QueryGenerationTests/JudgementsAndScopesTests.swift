import Testing
import SemanticModel
@testable import QueryGeneration

/// Countries with an income and an infant mortality, in regions.
private let countries = modelGenerator(yaml: """
    cubes:
      - name: regions
        sql_table: regions
        title: Regions
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Region}
      - name: countries
        sql_table: countries
        title: Countries
        joins:
          - {name: regions, relationship: many_to_one, sql: "{CUBE}.region_id = {regions.id}"}
        measures:
          - {name: count, type: count, title: Number of Countries}
          - {name: avg_income, type: avg, sql: income, title: Average Per-capita Income (USD)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Country}
          - {name: income, sql: income, type: number, title: Per-capita Income (USD), meta: {synonyms: [income]}}
          - {name: infant_mortality, sql: infant_mortality, type: number, title: Infant Mortality (per 1000 live births)}
          - {name: interlocks, sql: interlocks, type: number, title: Treaties}
    """, values: ["regions.name": ["Americas", "Europe"], "countries.name": ["Chile", "Sweden"]])

@Suite("Understanding: best and worst by what the column says is good; scopes; values and rows asked for")
struct JudgementsAndScopesTests {
    @Test("the worst infant mortality is the highest (more mortality is worse); the best income the highest; best of a column that says neither is asked")
    func judgements() throws {
        let worst = try requiredQuery(countries, "Top 5 countries with the worst infant mortality")
        #expect(worst.order.first == OrderItem("countries.infant_mortality", descending: true) && worst.limit == 5, "\(worst)")
        let best = try requiredQuery(countries, "Which 3 countries have the best per-capita income?")
        #expect(best.order.first?.descending == true, "\(best)")
        #expect(countries.generate("Which 3 countries have the best treaties?").interpretation == nil)
        let score = try requiredQuery(Fixtures.generator, "Which department has the best average review score?")
        #expect(score.order.first?.descending == true, "\(score)")
    }

    @Test("the average income of countries where infant mortality is above 110: one figure over the rows the clause picks")
    func restrictedScope() throws {
        let q = try requiredQuery(countries, "What's the average income of countries where infant mortality is above 110?")
        #expect(q.dimensions.isEmpty && q.measures == ["countries.avg_income"], "\(q)")
    }

    @Test("which countries in the Americas have an infant mortality above 70: the countries, with the compared column, no count")
    func listedRowsWithValue() throws {
        let q = try requiredQuery(countries, "Which countries in the Americas have an infant mortality above 70?")
        #expect(q.measures.isEmpty && q.dimensions == ["countries.name", "countries.infant_mortality"], "\(q)")
    }

    @Test("what job titles do we have in Customer Service, 客服部有哪些岗位: each value once, no count", arguments: [
        "What job titles do we have in Customer Service?", "客服部有哪些岗位？",
    ])
    func valuesAskedFor(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures.isEmpty && q.dimensions == ["employees.position"], "\(q)")
    }
}
