import QueryGeneration
import SemanticModel
import Testing

/// The classes of confident wrong answers found by questions written outside the team, each in both languages:
/// every one now gets the right query, or a clarification, or a refusal, never a guessed number.
@Suite("Understanding that never guesses")
struct NeverGuessTests {
    func clarification(_ question: String) -> NotUnderstood? {
        if case .notUnderstood(let c) = Fixtures.generator.generate(question), c.reason == .needsClarification { return c }
        return nil
    }

    @Test("a word no rule accounts for, or a period two dates could mean, gets a clarification", arguments: [
        "员工平均通勤时间", "average commute time of employees",                       // not in the model
        "本科及以上的员工人数", "employees with a bachelor degree or above",             // an order the model doesn't declare
        "how many employees were born in the 1990s", "90年代出生的员工人数",            // decades are not read
        "How many employees did we have in 2024?", "2024年员工人数",                   // hired, terminated or born in 2024?
        "2022/5/24 入职的员工都有谁", "who joined on 2022-05-24",                      // a list of people, not a count
        "我们公司现在一共有多少员工？", "how many employees do we have now",     // all records or active ones?
    ])
    func clarified(_ question: String) throws {
        let c = try #require(clarification(question), "\(question) was answered or refused outright")
        #expect(!c.unknownWords.isEmpty)
        #expect(!c.suggestions.isEmpty)
    }

    @Test("a request to change data is refused, whatever its verb", arguments: [
        "把工资都调高10%", "raise every engineer's salary by 5%", "删除财务部的员工", "delete all reviews",
    ])
    func writesRefused(_ question: String) throws {
        guard case .notUnderstood(let refusal) = Fixtures.generator.generate(question) else {
            Issue.record("\(question) was answered")
            return
        }
        #expect(refusal.reason == .notUnderstood)
        #expect(refusal.message.contains("只读取") || refusal.message.contains("only reads"))
    }

    @Test("new hires are a read, not a write")
    func newHires() throws {
        let query = try #require(Fixtures.generator.generate("本月新增员工数").interpretation?.query)
        #expect(query.measures == ["employees.count"])
        #expect(query.timeDimensions.first?.dimension == "employees.hire_date")
    }

    @Test("an exclusion list excludes every value it names", arguments: [
        ("除了财务部和人力资源部的平均工资", "departments.name", ["财务部", "人力资源部"]),
        ("number of employees per city excluding Beijing and Shanghai", "employees.city", ["北京", "上海"]),
        ("除了北京和上海，各城市的员工人数", "employees.city", ["北京", "上海"]),
    ])
    func exclusions(_ question: String, _ member: String, _ values: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        let excluded = query.filters.flatMap(\.memberFilters).filter { $0.member == member && $0.op == .notEquals }
        #expect(Set(excluded.flatMap(\.values)) == Set(values), "\(query.filters)")
        #expect(!query.filters.flatMap(\.memberFilters).contains { $0.op == .equals && $0.member == member })
    }

    @Test("counting entities that have rows in a one-to-many cube", arguments: ["how many employees have had a review", "有考核记录的员工人数"])
    func entitiesWithRows(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == ["employees.count"])
        #expect(query.filters.flatMap(\.memberFilters).contains { $0.member == "performance_reviews.id" && $0.op == .set })
    }

    @Test("a period in a question about reviews binds to the review period", arguments: ["2024年的平均绩效分", "average review score in 2024"])
    func reviewPeriod(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query)
        #expect(query.timeDimensions.first?.dimension == "performance_reviews.period")
    }

    @Test("order words sort, they don't pick one row", arguments: [
        "average salary by department from highest to lowest", "ranked from highest to lowest, average salary by department",
        "各部门平均工资从高到低排列",
    ])
    func orderWords(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.order == [OrderItem("employees.avg_salary", descending: true)])
        #expect(query.limit == nil)
        #expect(query.dimensions.contains { $0.hasPrefix("departments.") })
    }

    @Test("which N keeps N groups of a superlative; an N nothing ranks is not accounted for", arguments: [
        "Which 3 departments have the highest average salary?", "哪3个部门的平均工资最高",
    ])
    func whichN(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.limit == 3)
        #expect(query.order.first == OrderItem("employees.avg_salary", descending: true))
        #expect(clarification("which 2 cities have employees")?.unknownWords.contains("2") == true)
    }

    @Test("which month / 哪个月 ranks the periods and keeps one")
    func whichPeriod() throws {
        for question in ["which month had the most hires", "哪个月入职的人最多"] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .month, "\(question)")
            #expect(query.limit == 1, "\(question)")
        }
    }

    @Test("order words with 'first' sort: biggest first, 从少到多")
    func firstOrder() throws {
        let query = try #require(Fixtures.generator.generate("headcount by city, biggest first").interpretation?.query)
        #expect(query.order == [OrderItem("employees.count", descending: true)])
        #expect(query.limit == nil)
    }
}
