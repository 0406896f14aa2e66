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

/// The same for groups: "the three departments with the highest average salary", "Name the two cities …".
@Suite("The N groups with the most keep N groups")
struct CountedGroupTests {
    @Test("the three departments with the highest average salary / List the 3 cities with the most employees / Name the two cities with the lowest …")
    func nGroups() throws {
        let cases: [(String, String, Int, Bool)] = [
            ("the three departments with the highest average salary", "employees.avg_salary", 3, true),
            ("List the 3 cities with the most employees", "employees.count", 3, true),
            ("Name the two cities with the lowest average salary", "employees.avg_salary", 2, false),
        ]
        for (question, measure, limit, descending) in cases {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.dimensions.count == 1 && !query.dimensions.contains("employees.name"), "\(question): \(query.dimensions)")
            #expect(query.limit == limit, "\(question)")
            #expect(query.order.first?.member == measure && query.order.first?.descending == descending, "\(question)")
        }
    }

    @Test("N with nothing to keep N of (the 3 employees with the highest salary, read as one figure) is asked back")
    func nothingToKeep() {
        #expect(Fixtures.generator.generate("the 3 employees with the highest salary").interpretation == nil)
    }
}
