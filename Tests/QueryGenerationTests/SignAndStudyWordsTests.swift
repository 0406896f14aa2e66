import QueryGeneration
import SemanticModel
import Testing

/// "a negative savings rate", "the savings rate was negative": a number column below zero (positive: above); "in the
/// study", "took part": the whole data, no restriction.
@Suite("Understanding: signs of a column, words for the whole data")
struct SignAndStudyWordsTests {
    let generator = modelGenerator(yaml: """
        cubes:
          - name: months
            sql_table: months
            title: Months
            measures:
              - {name: count, type: count, title: Number of Months}
              - {name: avg_rate, type: avg, sql: rate, title: Average Savings Rate (%)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: rate, sql: rate, type: number, title: Savings Rate (%)}
              - {name: date, sql: date, type: time, title: Date}
        """, values: [:])

    @Test("negative / positive before the column, or after it and a copula", arguments: [
        ("How many months had a negative savings rate?", FilterOperator.lt),
        ("How many months had a positive savings rate?", FilterOperator.gt),
        ("In how many months was the savings rate negative?", FilterOperator.lt),
        ("Months where the savings rate was negative", FilterOperator.lt),
    ])
    func sign(_ question: String, _ op: FilterOperator) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "months.rate")?.op == op, "\(query)")
        #expect(memberFilter(query, "months.rate")?.values == ["0"])
        #expect(query.measures == ["months.count"])
    }

    @Test("in the study, in the sample, took part: the whole data")
    func wholeData() throws {
        for question in ["How many months are in the study?", "How many months are in the sample?", "How many months took part?"] {
            let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.measures == ["months.count"] && query.filters.isEmpty, "\(question): \(query)")
        }
    }
}
