import QueryGeneration
import SemanticModel
import Testing

/// From the msleep and salaries first runs and the barley, driving and iowa refusals: units of several words after
/// a number, currency signs, values named in a column's description, the rows' noun after their count, and the
/// period word that counts a yearly series' rows.
@Suite("Units of several words, currency signs, values a description names, and counted periods")
struct UnitPhraseTests {
    static let harvests = modelGenerator(yaml: """
        cubes:
          - name: harvests
            sql_table: harvests
            title: Harvests
            meta: {synonyms: [harvests, plots], title_zh: 收成}
            measures:
              - {name: count, type: count, title: Harvest Count, meta: {synonyms: [how many harvests]}}
              - {name: avg_yield, type: avg, sql: yield, title: Average Yield (tonnes per hectare)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: plot, sql: plot, type: string, title: Plot Name, meta: {synonyms: [plot, harvest]}}
              - {name: crop, sql: crop, type: string, title: Crop, description: "Crop code: wh (wheat), ba (barley), ma (maize).",
                 meta: {title_zh: 作物, synonyms: [crop type, wheat]}}
              - name: grade
                sql: grade
                type: string
                title: Grade
                description: "质量等级：a（优等）、b（普通）"
              - {name: yield, sql: yield, type: number, title: Yield (tonnes per hectare), meta: {title_zh: 产量}}
              - {name: price, sql: price, type: number, title: Price (€ per tonne)}
        """, values: ["harvests.plot": ["North", "South"], "harvests.crop": ["wh", "ba", "ma"], "harvests.grade": ["a", "b"]])

    static let prices = modelGenerator(yaml: """
        cubes:
          - name: prices
            sql_table: prices
            title: Fuel Prices
            measures:
              - {name: count, type: count, title: Number of Years}
              - {name: avg_price, type: avg, sql: price, title: Average Price ($ per litre)}
            dimensions:
              - {name: year, sql: year, type: time, title: Year}
              - {name: price, sql: price, type: number, title: Price ($ per litre), meta: {title_zh: 油价}}
        """, values: [:], periodRows: ["prices": PeriodKey(dimension: "prices.year", grain: .year)])

    @Test("'above 5 tonnes per hectare', 'a tonne': the whole unit of the compared column is accounted for; another column's unit is not")
    func unitOfSeveralWords() throws {
        for question in ["How many harvests had a yield above 5 tonnes per hectare?", "How many harvests had a yield above 5 tonnes a hectare?"] {
            let query = try #require(Self.harvests.generate(question).interpretation?.query, "\(question)")
            #expect(memberFilter(query, "harvests.yield")?.values == ["5"])
        }
        // The yield compared, but the price's unit written after it: not the yield's unit, so not accounted for.
        #expect(Self.harvests.generate("How many harvests had a yield above 5 € per tonne?").interpretation == nil)
    }

    @Test("$2 on a column in dollars is 2; €200 on a column in euros is 200; $200 on a column in euros is asked back")
    func currencySigns() throws {
        let dollars = try #require(Self.prices.generate("How many years had a price above $2?").interpretation?.query)
        #expect(memberFilter(dollars, "prices.price")?.values == ["2"])
        let euros = try #require(Self.harvests.generate("How many harvests had a price above €200 a tonne?").interpretation?.query)
        #expect(memberFilter(euros, "harvests.price")?.values == ["200"])
        #expect(Self.harvests.generate("How many harvests had a price above $200?").interpretation == nil)
    }

    @Test("a value the description names (wh (wheat), a（优等）) is that value, even where the author listed it as the column's synonym")
    func describedValues() throws {
        for question in ["How many wheat harvests are there?", "What is the average yield of barley?"] {
            let query = try #require(Self.harvests.generate(question).interpretation?.query, "\(question)")
            #expect(query.dimensions.isEmpty, "\(question)")
            #expect(memberFilter(query, "harvests.crop") != nil, "\(question)")
        }
        let zh = try #require(Self.harvests.generate("优等的收成有多少个").interpretation?.query)
        #expect(memberFilter(zh, "harvests.grade")?.values == ["a"])
        #expect(zh.dimensions.isEmpty)
    }

    @Test("how many harvest plots: a noun of the counted rows after their count is not a grouping")
    func nounAfterCount() throws {
        let query = try #require(Self.harvests.generate("How many harvest plots are in the data?").interpretation?.query)
        #expect(query.measures == ["harvests.count"])
        #expect(query.dimensions.isEmpty)
    }

    @Test("'how many years' counts a yearly series' rows; in a cube that is not one row a year it is not accounted for")
    func countedPeriods() throws {
        let query = try #require(Self.prices.generate("How many years had a price above 1.5 dollars per litre?").interpretation?.query)
        #expect(query.measures == ["prices.count"])
        #expect(memberFilter(query, "prices.price")?.values == ["1.5"])
        let zh = try #require(Self.prices.generate("油价超过2美元的年份有几个").interpretation?.query)
        #expect(memberFilter(zh, "prices.price")?.values == ["2"])
        #expect(Self.harvests.generate("How many years had a yield above 5?").interpretation == nil)
    }
}
