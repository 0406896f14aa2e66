import QueryGeneration
import SemanticModel
import Testing

/// From the iowa and driving refusals: "which 3 years", 哪三年 and "the three years with the lowest …" rank periods.
@Suite("Which N periods, and the N periods with the most, rank the periods")
struct PeriodRankingTests {
    @Test("which 3 years / 哪三年 / the three years with the lowest: by year, ascending, three rows")
    func nPeriods() throws {
        for question in ["Which 3 years had the lowest average price?", "the three years with the lowest average price", "哪三年平均油价最低"] {
            let query = try #require(UnitPhraseTests.prices.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .year, "\(question)")
            #expect(query.limit == 3, "\(question)")
            #expect(query.order.first?.member == "prices.avg_price" && query.order.first?.descending == false, "\(question)")
        }
    }

    @Test("'over the last 3 years' stays a period, not a ranking; 'over' is its span")
    func lastYears() throws {
        let query = try #require(UnitPhraseTests.prices.generate("the average price over the last 3 years").interpretation?.query)
        #expect(query.limit == nil)
        #expect(query.timeDimensions.first?.dateRange != nil)
    }
}
