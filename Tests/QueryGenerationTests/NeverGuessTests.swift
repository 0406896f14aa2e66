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
        "职位经理及以上的人数", "employees in Beijing or above",                          // an order the model doesn't declare
        "硕士以下的员工人数", "博士以上的员工人数",                                        // bare 以上/以下 after a category: inclusive or not?
        "how many employees were born in the 1985s", "how many employees were born in the 1995s",  // not a decade
        "How many employees did we have in 2024?", "2024年员工人数",                   // hired, terminated or born in 2024?
    ])
    func clarified(_ question: String) throws {
        let c = try #require(clarification(question), "\(question) was answered or refused outright")
        #expect(!c.unknownWords.isEmpty)
        #expect(!c.suggestions.isEmpty)
    }

    @Test("now / 现在 reads as the employees on staff, and the answer says so", arguments: [
        "我们公司现在一共有多少员工？", "how many employees do we have now", "How many people work here right now?",
    ])
    func now(_ question: String) throws {
        let i = try #require(Fixtures.generator.generate(question).interpretation, "\(question)")
        #expect(i.query.filters.flatMap(\.memberFilters) == [MemberFilter(member: "employees.status", op: .equals, values: ["在职"])])
        #expect(i.understood.contains("在职"))
    }

    @Test("a comparator next to an ordered category selects the values from there on (meta.order)", arguments: [
        ("本科及以上的员工人数", "employees.education", ["本科", "硕士", "博士"]),
        ("employees with a bachelor's degree or higher", "employees.education", ["本科", "硕士", "博士"]),
        ("at least a master's, headcount by department", "employees.education", ["硕士", "博士"]),
        ("硕士及以下学历的员工人数", "employees.education", ["大专", "本科", "硕士"]),
        ("reviews rated below good", "performance_reviews.rating", ["D", "C"]),
        ("reviews rated good or better", "performance_reviews.rating", ["B", "A", "S"]),
        ("B级及以上的考核次数", "performance_reviews.rating", ["B", "A", "S"]),
    ])
    func orderedCategories(_ question: String, _ member: String, _ values: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        let filter = try #require(query.filters.flatMap(\.memberFilters).first { $0.member == member }, "\(query.filters)")
        #expect(filter.op == .equals)
        #expect(filter.values == values)
        #expect(!query.dimensions.contains(member))
    }

    @Test("one word of a longer value is asked back with the whole value offered ('private sector' is not 'Private service-providing')", arguments: [
        ("how many employees are in customer", "departments.name_en", "Customer Service"),
        ("headcount in Resources", "departments.name_en", "Human Resources"),
    ])
    func partialValues(_ question: String, _ member: String, _ value: String) throws {
        guard case .notUnderstood(let asked) = Fixtures.generator.generate(question) else {
            Issue.record("\(question) was answered from one word of '\(value)'")
            return
        }
        #expect(asked.reason == .needsClarification && asked.message.contains(value), "\(asked.message)")
        // The first choice names the whole value, and is understood as that value.
        let choice = try #require(asked.suggestions.first)
        let query = try #require(Fixtures.generator.generate(choice).interpretation?.query, "\(choice)")
        #expect(query.filters.flatMap(\.memberFilters) == [MemberFilter(member: member, op: .equals, values: [value])], "\(choice)")
    }

    @Test("no number asked for: a vague word (情况, how … doing) with only a default count is asked back", arguments: [
        "帮我看看杭州的情况", "How is Hangzhou doing?", "杭州的员工怎么样",
    ])
    func vague(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil, "\(question)")
        #expect(Fixtures.generator.generate("杭州有多少员工").interpretation != nil)
    }

    @Test("a superlative that picks rows for another measure is asked back, not answered beside it")
    func superlativeRows() {
        guard case .notUnderstood(let asked) = Fixtures.generator.generate("职级最高的在职员工里，平均月薪是多少？") else {
            Issue.record("answered the average with the top level beside it")
            return
        }
        #expect(asked.unknownWords == ["职级最高"])
        #expect(Fixtures.generator.generate("最低的职级是多少").interpretation?.query.measures == ["employees.min_level"])
    }

    @Test("a count's title after a value names the rows another measure is computed over", arguments: [
        ("average salary of female employees", ["employees.avg_salary"]),
        ("女员工的平均工资", ["employees.avg_salary"]),
        ("how many female employees", ["employees.count"]),
    ])
    func rowNouns(_ question: String, _ measures: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures)
    }

    @Test("dates: between … and …, 到 … 之间, the first quarter of, the first N quarters (a period, not a top N)", arguments: [
        ("hires between 2023-01-01 and 2023-06-30", "2023-01-01", "2023-06-30"),
        ("2023-01-01 到 2023-06-30 之间入职了多少人", "2023-01-01", "2023-06-30"),
        ("hires in the first quarter of 2023", "2023-01-01", "2023-03-31"),
        ("how many employees were born in the 1990s", "1990-01-01", "1999-12-31"),
        ("90年代出生的员工人数", "1990-01-01", "1999-12-31"),
        ("How many people were hired between March and August 2024?", "2024-03-01", "2024-08-31"),
        ("2024年3月到8月入职人数", "2024-03-01", "2024-08-31"),
        ("2026年前三个季度一共入职多少人", "2026-01-01", "2026-09-30"),
        ("how many people were hired in the first three quarters of 2026", "2026-01-01", "2026-09-30"),
        ("2025年前6个月入职人数", "2025-01-01", "2025-06-30"),
        ("hires in the first 2 months of 2025", "2025-01-01", "2025-02-28"),
        ("How many employees left in the second half of 2025?", "2025-07-01", "2025-12-31"),
    ])
    func dateRanges(_ question: String, _ from: String, _ to: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: from, to: to), "\(query.timeDimensions)")
        #expect(query.timeDimensions.first?.granularity == nil && query.limit == nil, "\(query)")
    }

    @Test("a count over qualified rows: more than 300 active employees, 超过200名在职员工", arguments: [
        "Which departments have more than 300 active employees?", "超过200名在职员工的部门",
    ])
    func qualifiedCounts(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        let filters = query.filters.flatMap(\.memberFilters)
        #expect(filters.contains { $0.member == "employees.count" && $0.op == .gt })
        #expect(filters.contains { $0.member == "employees.status" } || query.segments == ["employees.active"], "\(query)")
    }

    @Test("a comparison after a measure is on the measure, even with the column's unit after the number", arguments: [
        ("平均职级超过5级的部门", "employees.avg_level"), ("departments with an average level above 5", "employees.avg_level"),
    ])
    func measureComparisons(_ question: String, _ member: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.filters.flatMap(\.memberFilters).map(\.member) == [member], "\(query.filters)")
    }

    @Test("which / 哪个 is accounted for by an answer that names groups, not by a single number", arguments: [
        ("预算最少的部门是哪个", true), ("which month had the most hires in 2024", true), ("2022/5/24 入职的员工都有谁", true),
    ])
    func whichWords(_ question: String, _ answered: Bool) {
        #expect((Fixtures.generator.generate(question).interpretation != nil) == answered, "\(question)")
    }

    @Test("members no join connects are not asked together")
    func unjoinable() throws {
        let model = try ModelLoader().load(sources: [("penguins.yml", """
            cubes:
              - name: penguins
                sql_table: penguins
                joins:
                  - name: species
                    relationship: many_to_one
                    sql: "{CUBE}.species_id = {species}.id"
                  - name: islands
                    relationship: many_to_one
                    sql: "{CUBE}.island_id = {islands}.id"
                measures:
                  - name: count
                    type: count
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
              - name: species
                sql_table: species
                measures:
                  - name: count
                    type: count
                    title: Species Count
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
              - name: islands
                sql_table: islands
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
                  - name: name
                    sql: name
                    type: string
                    title: Island
            """)])
        let generator = QueryGenerator(model: model, values: ["islands.name": ["Dream", "Biscoe"]], clock: .fixed(Fixtures.today))
        guard case .notUnderstood(let refusal) = generator.generate("species count on Dream") else {
            Issue.record("answered a query no join can render")
            return
        }
        #expect(refusal.message.contains("aren't connected"))
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
