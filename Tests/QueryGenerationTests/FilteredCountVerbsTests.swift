import Testing
import SemanticModel
@testable import QueryGeneration

/// Respondents with a filtered count titled "Respondents With an Affair" (and a species column, for a share asked of it).
private let survey = modelGenerator(yaml: """
    cubes:
      - name: respondents
        sql_table: respondents
        title: Survey Respondents
        measures:
          - {name: count, type: count, title: Respondents}
          - {name: had_affair_count, type: count, title: Respondents With an Affair, filters: [{sql: "{CUBE}.affairs > 0"}]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: sex, sql: sex, type: string, title: Sex}
          - {name: species, sql: species, type: string, title: Species}
    """, values: ["respondents.sex": ["male", "female"], "respondents.species": ["virginica", "setosa"]])

@Suite("Understanding: a filtered count 'X With a Y' said as 'had a Y', per value with 'how many … and how many …'")
struct FilteredCountVerbsTests {
    @Test("how many women had an affair: the filtered count, over women")
    func hadAY() throws {
        let q = try requiredQuery(survey, "how many women had an affair")
        #expect(q.measures == ["respondents.had_affair_count"] && memberFilter(q, "respondents.sex")?.values == ["female"], "\(q)")
    }

    @Test("how many men and how many women had an affair: one row per value")
    func howManyEach() throws {
        let q = try requiredQuery(survey, "How many men and how many women had an affair?")
        #expect(q.dimensions == ["respondents.sex"] && q.measures == ["respondents.had_affair_count"], "\(q)")
    }

    @Test("what percentage of virginica respondents had an affair: the filtered count over virginica's rows (not virginica's share)")
    func shareWithVerbInside() throws {
        let result = survey.generate("What percentage of virginica respondents had an affair?")
        let interpretation = try #require(result.interpretation, "\(result)")
        #expect(interpretation.shareOfMeasure == "respondents.had_affair_count" && interpretation.shareOf == nil, "\(interpretation)")
        #expect(Set(interpretation.query.measures) == ["respondents.had_affair_count", "respondents.count"], "\(interpretation.query)")
        #expect(memberFilter(interpretation.query, "respondents.species")?.values == ["virginica"] && interpretation.query.dimensions.isEmpty)
    }
}
