import Testing
import SemanticModel
@testable import QueryGeneration

/// From the ofp, clothing, benefits and participation refusals: "the highest average number of ER visits" where the
/// synonym names the sum, "the average annual turnover" where the sum's title says annual, "the workers who lost
/// their jobs" after the rows' count, and "they" for the rows counted.
@Suite("The average of a column its sum is named by, relative who after the rows' count, they for the rows")
struct AverageOfSumsAndRelativeClausesTests {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: respondents
            sql_table: respondents
            title: Respondents
            joins:
              - {name: regions, relationship: many_to_one, sql: "{CUBE}.region_id = {regions.id}"}
            measures:
              - {name: count, type: count, title: Number of Respondents}
              - {name: total_er_visits, type: sum, sql: er_visits, title: Total Emergency Room Visits, meta: {synonyms: [ER visits]}}
              - {name: avg_er_visits, type: avg, sql: er_visits, title: Average Emergency Room Visits}
              - {name: total_income, type: sum, sql: income, title: Total Annual Income, meta: {synonyms: [turnover]}}
              - {name: avg_income, type: avg, sql: income, title: Average Annual Income}
              - {name: avg_age, type: avg, sql: age, title: Average Age}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: age, sql: age, type: number, title: Age}
              - {name: children, sql: children, type: number, title: Young Children}
              - {name: lost_job, sql: lost_job, type: string, title: Lost Their Job}
          - name: regions
            sql_table: regions
            title: Regions
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Region}
        """, values: ["regions.name": ["North", "South"], "respondents.lost_job": ["yes", "no"]])

    @Test("average, number of and the sum's own period word before a sum's synonym ask for the average over its column", arguments: [
        ("Which 3 regions have the highest average number of ER visits?", "respondents.avg_er_visits"),
        ("What's the average annual turnover per respondent?", "respondents.avg_income"),
        ("What is the average number of ER visits?", "respondents.avg_er_visits"),
    ])
    func averageOfSum(_ question: String, measure: String) throws {
        #expect(try requiredQuery(Self.generator, question).measures == [measure])
    }

    @Test("a per-period word after it keeps the average of the periods' totals for the period rule, not the column's average")
    func perPeriodIsNotTheColumnAverage() {
        let q = Self.generator.generate("What is the average number of ER visits per year?").interpretation?.query
        #expect(q?.measures != ["respondents.avg_er_visits"], "\(String(describing: q))")
    }

    @Test("they after the rows' noun are those rows", arguments: [
        "Break down the number of respondents by how many young children they have",
    ])
    func pronoun(_ question: String) throws {
        let q = try requiredQuery(Self.generator, question)
        #expect(q.measures == ["respondents.count"] && q.dimensions == ["respondents.children"], "\(q)")
    }

    @Test("who after the rows' plain count relates the clause that follows: only the clause's own words are left")
    func relativeWhoAfterCount() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: displaced
                sql_table: displaced
                title: Displaced Workers
                measures:
                  - {name: count, type: count, title: Workers}
                  - {name: avg_age, type: avg, sql: age, title: Average Age}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: age, sql: age, type: number, title: Age}
                  - {name: tenure, sql: tenure, type: number, title: Tenure}
            """, values: [:])
        let result = generator.generate("What's the average age of the workers who moved abroad?")
        #expect(result.interpretation == nil)
        #expect(result.notUnderstood?.unknownWords.contains("who") == false, "\(result)")
        #expect(result.notUnderstood?.unknownWords.contains("moved") == true, "\(result)")
    }

    @Test("they / them in a question asking for rows are the rows to list, not a count's rows", arguments: [
        "Who joined us most recently, and which department are they in?",
        "List the people who left in October 2026 and the department each of them was in.",
    ])
    func pronounInList(_ question: String) {
        let q = Fixtures.generator.generate(question).interpretation?.query
        #expect(q == nil || q?.ungrouped == true, "\(String(describing: q))")
    }

    @Test("they with no rows' noun before it stays unaccounted")
    func pronounWithoutRows() {
        #expect(Self.generator.generate("How many young children do they have on average?").interpretation == nil)
    }
}
