import QueryGeneration
import SemanticModel
import Testing

/// Phrasings from the fifth session's held-out first runs (hr8), as classes: "8+", colloquial place and aspect
/// words, "up to now" after a period, and a period with a grouping lent by another cube.
@Suite("Understanding: colloquial phrasings and the measure's own period")
struct ColloquialPhraseTests {
    let generator = Fixtures.generator

    @Test("N+ is N or more, in either language's question", arguments: ["how many level 8+ employees are based in Beijing", "how many employees at level 8 or more are in Beijing"])
    func numberPlus(_ question: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "employees.level") == MemberFilter(member: "employees.level", op: .gte, values: ["8"]))
    }

    @Test("8+2 is not 'or more'")
    func sumIsNotOrMore() {
        #expect(!TextNormalizer.units(of: "8+2").contains { $0.text == "more" })
    }

    @Test("那边 / 已经 say nothing; 今年到现在 is this year up to today")
    func colloquialWords() throws {
        let shenzhen = try #require(generator.generate("深圳那边员工的平均月薪是多少").interpretation?.query)
        #expect(memberFilter(shenzhen, "employees.city")?.values == ["深圳"])
        let leavers = try #require(generator.generate("今年到现在已经离职了多少人？").interpretation?.query)
        #expect(leavers.timeDimensions.first?.dateRange == .absolute(from: "2026-01-01", to: Fixtures.today.iso))
    }

    @Test("a year with a measure of reviews grouped by the employees' city is the review period")
    func measureOwnsThePeriod() throws {
        let query = try #require(generator.generate("2025年考核平均分最高的是哪个城市？").interpretation?.query)
        #expect(query.timeDimensions.first?.dimension == "performance_reviews.period")
        #expect(query.dimensions == ["employees.city"])
    }

    @Test("what share of current employees are women, 在职员工中女性的占比: the condition after the copula or 中 is the share, the one before it the base")
    func shareSplitByCopula() throws {
        for question in ["What share of our current employees are women?", "在职员工中女性的占比", "what percentage of employees in Beijing are women"] {
            let interpretation = try #require(generator.generate(question).interpretation, "\(question)")
            let female = interpretation.shareOf == MemberFilter(member: "employees.gender", op: .equals, values: ["女"])
            let measured = interpretation.query.measures == ["employees.female_share"]
            #expect(female || measured, "\(question)")
            #expect(!interpretation.query.filters.flatMap(\.memberFilters).contains { $0.member == "employees.gender" }, "\(question)")
        }
        // the model's share of women with a condition after the copula is the reverse reading: asked
        #expect(generator.generate("what share of women are current employees").interpretation == nil)
    }

    @Test("30,000 a month, more than 20000 per month, 月薪每月: the period of a monthly column, not a breakdown by month")
    func periodOfAMonthlyAmount() throws {
        for question in ["How many employees earn at least 30,000 a month?", "how many employees earn more than 20000 per month", "月薪每月超过3万的员工有多少"] {
            let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.isEmpty, "\(question)")
            #expect(memberFilter(query, "employees.salary") != nil, "\(question)")
        }
        // a count per month after a year is still per month
        let monthly = try #require(generator.generate("headcount hired in 2024 per month").interpretation?.query)
        #expect(monthly.timeDimensions.first?.granularity == .month)
    }

    @Test("财务部的预算, budget by department: one row of the column's cube (or one per group) is its value, not an aggregate to choose")
    func columnOfOneRow() throws {
        let one = try #require(generator.generate("财务部的预算有多少？").interpretation?.query)
        #expect(one.measures == ["departments.avg_budget"])
        let each = try #require(generator.generate("budget by department").interpretation?.query)
        #expect(each.measures == ["departments.avg_budget"])
        // employees' salary by department is many rows per group: still asked
        #expect(generator.generate("salary by department").interpretation == nil)
    }
}
