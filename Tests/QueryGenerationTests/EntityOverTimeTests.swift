import Testing
import SemanticModel
@testable import QueryGeneration

/// A panel: counties, each with one row of figures a year.
private let panel = modelGenerator(yaml: """
    cubes:
      - name: county_years
        sql_table: county_years
        title: County-Year Records
        meta: {time_dimension: year}
        joins: [{name: counties, relationship: many_to_one, sql: "{CUBE}.county_id = {counties.id}"}]
        measures:
          - {name: count, type: count, title: County-Year Records}
          - {name: avg_crime_rate, type: avg, sql: crime_rate, title: Average Crime Rate, meta: {synonyms: [crime rate], title_zh: 平均犯罪率}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: year, sql: year, type: time, title: Year}
      - name: counties
        sql_table: counties
        title: Counties
        meta: {synonyms: [county]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, title: County Code}
    """, values: [:])

@Suite("Understanding: one thing's level whose rows span periods")
struct EntityOverTimeTests {
    @Test("the crime rate in county 63, no average word and no period: asked, the yearly rows' average or each year's")
    func asked() {
        let result = panel.generate("What was the crime rate in county 63?")
        #expect(result.interpretation == nil, "\(result)")
        #expect(result.notUnderstood?.reason == .needsClarification, "\(result)")
        #expect(result.notUnderstood?.message.contains("span several periods") == true, "\(result)")
    }

    @Test("the average said, a year said, or a breakdown by year: answered", arguments: [
        "What was the average crime rate in county 63?", "What was the crime rate in county 63 in 1985?",
        "Crime rate in county 63 by year",
    ])
    func answered(_ question: String) throws {
        let q = try requiredQuery(panel, question)
        #expect(q.measures == ["county_years.avg_crime_rate"], "\(q)")
    }

    @Test("over every county (no one thing named) the model's average is the answer")
    func allCounties() throws {
        #expect(try requiredQuery(panel, "What was the crime rate?").measures == ["county_years.avg_crime_rate"])
    }
}
