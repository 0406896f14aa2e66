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

    @Test("'over the last 3 years' is a period, not a ranking: the period is asked (complete years, or up to today?), never 'over' or a top 3")
    func lastYears() throws {
        let result = UnitPhraseTests.prices.generate("the average price over the last 3 years")
        guard case .notUnderstood(let asked) = result else { Issue.record("\(result)"); return }
        #expect(asked.unknownWords.count == 1 && asked.unknownWords.allSatisfy { $0.contains("last 3 years") }, "\(asked)")
        #expect(asked.understood?.contains("top") != true, "\(asked)")
        let years = try #require(UnitPhraseTests.prices.generate("the average price from 2021 to 2023").interpretation?.query)
        #expect(years.limit == nil && years.timeDimensions.first?.dateRange != nil, "\(years)")
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
