import QueryGeneration
import SemanticModel
import Testing

/// Classes from the seventh session's held-out first run (produc, a state-year panel joined to its states): a scale
/// word the column writes in its unit, a number of a joined cube's noun ranked by a superlative, a count of one
/// cube beside another's filtered measure, aggregation words after the measure or with the rows' noun between,
/// and the words of a span of years.
@Suite("Understanding: ranked nouns, counts beside conditions, spans of years")
struct RankedNounAndSpanTests {
    let generator = modelGenerator(yaml: """
        cubes:
          - name: production
            sql_table: production
            title: State Production
            joins:
              - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
            measures:
              - {name: count, type: count, title: State-Year Records}
              - name: total_gsp
                type: sum
                sql: gsp
                title: Total Gross State Product ($ million)
                meta: {title_zh: 生产总值, synonyms: [gsp, gross state product]}
              - name: total_highway_capital
                type: sum
                sql: highway_capital
                title: Highway Capital ($ million)
                meta: {title_zh: 公路资本}
              - name: avg_unemployment_rate
                type: avg
                sql: unemployment_rate
                title: Average Unemployment Rate (%)
                meta: {title_zh: 平均失业率, synonyms: [unemployment rate]}
              - name: high_unemployment_records
                type: count
                title: Double-Digit Unemployment Records
                filters: [{sql: "{CUBE}.unemployment_rate >= 10"}]
                meta: {title_zh: 高失业记录数, synonyms: [double-digit unemployment]}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: gsp, sql: gsp, type: number, title: Gross State Product ($ million)}
              - {name: year, sql: year, type: time, title: Year, meta: {title_zh: 年份}}
          - name: states
            sql_table: states
            title: States
            meta: {title_zh: 州}
            measures:
              - {name: count, type: count, title: Number of States}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: State, meta: {title_zh: 州名}}
        """, values: ["states.name": ["California", "New York", "Texas"]])

    @Test("$200,000 million against a column in $ million is 200,000 of it; $2 billion is 2,000", arguments: [
        ("Which states had a gross state product above $200,000 million?", "200000"),
        ("Which states had a gross state product above 200,000 million?", "200000"),
        ("Which states had a gross state product above $2 billion?", "2000"),
    ])
    func scaleOfTheUnit(_ question: String, _ value: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "production.total_gsp")?.values == [value], "\(question)")
    }

    @Test("which five states had the largest GSP, 生产总值最高的三个州: the joined noun's groups, ranked, that many", arguments: [
        ("Which five states had the largest gross state product?", 5), ("生产总值最高的三个州是哪些？", 3),
        ("Which state had the largest gross state product?", 1),
    ])
    func rankedNoun(_ question: String, _ limit: Int) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions.contains { $0.hasPrefix("states.") }, "\(question)")
        #expect(query.limit == limit, "\(question)")
        #expect(query.order.first.map { $0.member == "production.total_gsp" && $0.descending } == true, "\(question)")
    }

    @Test("how many states had double-digit unemployment: a count of every state beside a filtered measure is asked back")
    func countBesideCondition() throws {
        let result = generator.generate("How many states had double-digit unemployment?")
        #expect(result.interpretation == nil)
        #expect(result.notUnderstood?.unknownWords.contains("States") == true, "\(String(describing: result.notUnderstood?.unknownWords))")
    }

    @Test("每年的公路资本总额: an aggregation word after its measure; 所有州的…总额 asks for one total and is asked back")
    func aggregationAfterMeasure() throws {
        let yearly = try #require(generator.generate("每年的公路资本总额是多少？").interpretation?.query)
        #expect(yearly.measures == ["production.total_highway_capital"])
        #expect(yearly.timeDimensions.first?.granularity == .year)
        #expect(generator.generate("所有州的公路资本总额是多少？").interpretation == nil)
    }

    @Test("the average state unemployment rate: the rows' noun between the aggregation word and the measure is no breakdown")
    func nounBetween() throws {
        let query = try #require(generator.generate("What is the average state unemployment rate?").interpretation?.query)
        #expect(query.measures == ["production.avg_unemployment_rate"])
        #expect(query.dimensions.isEmpty)
    }

    @Test("over the whole 1970-1986 period: the span's words are the range; over 1970-1986 is no comparison with 1970")
    func spanOfYears() throws {
        let query = try #require(generator.generate("What is the average unemployment rate over the whole 1970-1986 period?").interpretation?.query)
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: "1970-01-01", to: "1986-12-31"))
        let over = try #require(generator.generate("Which state had the lowest average unemployment rate over 1970-1986?").interpretation?.query)
        #expect(!over.filters.flatMap(\.memberFilters).contains { $0.op == .gt }, "never a condition > 1970")
        #expect(over.timeDimensions.first?.dateRange == .absolute(from: "1970-01-01", to: "1986-12-31"))
    }
}
