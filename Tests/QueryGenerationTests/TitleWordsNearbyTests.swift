import QueryGeneration
import SemanticModel
import Testing

/// A word of a member's own title or description, said within three words of the member with only function words
/// between ("cigarette price per pack", "the price of a pack"), restates it; a word the member
/// does not carry stays not understood.
@Suite("Understanding: a member's title words said around it")
struct TitleWordsNearbyTests {
    let generator = modelGenerator(yaml: """
        cubes:
          - name: state_years
            sql_table: state_years
            title: State-Years
            measures:
              - name: avg_price
                type: avg
                sql: price
                title: Average Price per Pack (cents)
                description: Average retail price of a pack of cigarettes
              - {name: avg_sales, type: avg, sql: sales, title: Average Sales per Capita (packs)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: price, sql: price, type: number, title: Price per Pack (cents)}
              - {name: sales, sql: sales, type: number, title: Sales per Capita (packs)}
        """, values: [:])

    @Test("restated around the member: answered with it", arguments: [
        ("Average cigarette price per pack", "state_years.avg_price"),
        ("What is the average price of a pack?", "state_years.avg_price"),
    ])
    func restated(_ question: String, _ measure: String) throws {
        let result = generator.generate(question)
        let query = try #require(result.interpretation?.query, "\(question): \(String(describing: result.notUnderstood?.message))")
        #expect(query.measures == [measure], "\(question)")
    }

    @Test("a word the member doesn't carry is still not understood")
    func foreignWord() {
        #expect(generator.generate("average price per carton").interpretation == nil)
        #expect(generator.generate("average menthol price").interpretation == nil)
    }

    @Test("a superlative that begins the column's own title ranks nothing: the average minimum drinking age each year")
    func superlativeInTitle() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: state_years
                sql_table: state_years
                title: State-Years
                measures:
                  - {name: avg_age, type: avg, sql: drinking_age, title: Average Minimum Legal Drinking Age (years)}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: drinking_age, sql: drinking_age, type: number, title: Minimum Legal Drinking Age (years), meta: {synonyms: [legal drinking age]}}
                  - {name: year, sql: year, type: time, title: Year}
            """, values: [:])
        let query = try #require(generator.generate("What was the average minimum drinking age each year?").interpretation?.query)
        #expect(query.measures == ["state_years.avg_age"], "\(query)")
        #expect(query.limit == nil && query.timeDimensions.first?.granularity == .year, "\(query)")
    }
}

