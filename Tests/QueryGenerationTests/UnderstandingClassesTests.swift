import QueryGeneration
import SemanticModel
import Testing

/// Phrasings the held-out sets showed textbi refusing or misreading, each read by a general mechanism: groupings,
/// numbers with a column's unit or noun, period boundaries, counts of rows, one-letter values, linking verbs.
@Suite("Understanding: classes found by held-out questions")
struct UnderstandingClassesTests {
    @Test("groupings: by X and Y, by number of a numeric column, for each period, 各 over named values", arguments: [
        ("headcount by department and education", ["departments.name_en", "employees.education"], nil as Granularity?),
        ("按部门和学历统计人数", ["departments.name", "employees.education"], nil),
        ("average salary by department and year", ["departments.name_en"], .year),
        ("按部门和年份统计平均工资", ["departments.name"], .year),
        ("average salary by number of level", ["employees.level"], nil),
        ("Engineering hires for each quarter of 2024", [], .quarter),
        ("技术部和产品部各有多少人", ["departments.name"], nil),
    ])
    func groupings(_ question: String, _ dimensions: [String], _ grain: Granularity?) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == dimensions, "\(query)")
        #expect(query.timeDimensions.first?.granularity == grain, "\(query.timeDimensions)")
    }

    @Test("numbers with a column's unit or noun: 7级员工, 5到7级, level range", arguments: [
        ("7级员工人数", [MemberFilter(member: "employees.level", op: .equals, values: ["7"])]),
        ("5到7级的员工人数", [MemberFilter(member: "employees.level", op: .gte, values: ["5"]), MemberFilter(member: "employees.level", op: .lte, values: ["7"])]),
        ("职级在5级到7级之间的员工人数", [MemberFilter(member: "employees.level", op: .gte, values: ["5"]), MemberFilter(member: "employees.level", op: .lte, values: ["7"])]),
    ])
    func unitNumbers(_ question: String, _ filters: [MemberFilter]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.filters.flatMap(\.memberFilters) == filters, "\(query.filters)")
    }

    @Test("periods: since the start of, until the end of, years before 1990 as years, amounts that look like years", arguments: [
        ("hires since the start of 2025", "2025-01-01", "2026-11-25"),
        ("employees born in 1985", "1985-01-01", "1985-12-31"),
    ])
    func boundaries(_ question: String, _ from: String, _ to: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: from, to: to), "\(query.timeDimensions)")
    }

    @Test("an amount between two numbers is not a period", arguments: ["employees with a salary between 2000 and 30000", "salary between 2000 and 3000 headcount"])
    func amountsNotYears(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.isEmpty, "\(query.timeDimensions)")
        #expect(query.filters.flatMap(\.memberFilters).allSatisfy { $0.member == "employees.salary" })
    }

    @Test("a count of rows after a count measure is that measure's unit (离职人数超过40人); after a distinct count, it counts rows", arguments: [
        ("哪些部门离职人数超过40人？", "employees.resigned_count"),
        ("departments with a resigned count over 40 employees", "employees.resigned_count"),
        ("positions with more than 100 employees", "employees.count"),
    ])
    func countUnits(_ question: String, _ member: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.filters.flatMap(\.memberFilters).map(\.member) == [member], "\(query.filters)")
    }

    @Test("the N before a superlative, which/哪个 with groups, a bare cube noun", arguments: [
        ("List the 3 lowest-paid employees", true), ("预算最少的部门是哪个", true), ("employees", false), ("员工", false),
    ])
    func misc(_ question: String, _ answered: Bool) {
        let result = Fixtures.generator.generate(question)
        #expect((result.interpretation != nil) == answered, "\(question)")
        if question.hasPrefix("List") { #expect(result.interpretation?.query.limit == 3) }
    }

    @Test("top N periods rank the periods; across all years is one figure", arguments: [
        ("top 3 years by hires", Granularity.year as Granularity?, 3 as Int?), ("average salary across all years", nil, nil),
    ])
    func periodsRanked(_ question: String, _ grain: Granularity?, _ limit: Int?) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.granularity == grain, "\(query)")
        #expect(query.limit == limit)
    }

    @Test("rows that have none of a one-to-many cube can't be asked in a Cube query: asked back", arguments: [
        "How many employees have never been reviewed?", "employees without a review", "从没被考核过的员工人数",
    ])
    func neverIsAsked(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil, "\(question)")
    }

    @Test("one-letter values between Chinese characters, and verbs that link rows to a value", arguments: [
        ("2025年拿到S的考核次数", "performance_reviews.rating", "S"), ("有多少员工拿过D？", "performance_reviews.rating", "D"),
        ("reviews rated good in 2024", "performance_reviews.rating", "B"), ("employees who got an outstanding rating", "performance_reviews.rating", "S"),
    ])
    func letterValues(_ question: String, _ member: String, _ value: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.filters.flatMap(\.memberFilters).contains(MemberFilter(member: member, op: .equals, values: [value])), "\(query.filters)")
    }

    @Test("优秀 is the rating A, but the model's 优秀次数 counts S or A: the word keeps different rows in two places, so it is asked", arguments: [
        "优秀的考核有多少条？", "how many reviews were excellent", "employees who got an excellent rating",
    ])
    func valueWordOfAFilteredMeasure(_ question: String) throws {
        let result = Fixtures.generator.generate(question)
        #expect(result.interpretation == nil, "\(question)")
        // the measure's own reading is offered, without the rating filter it would contradict
        let choices = try #require(result.notUnderstood?.suggestions)
        let queries = choices.compactMap { Fixtures.generator.generate($0).interpretation?.query }
        #expect(queries.contains { $0.measures == ["performance_reviews.excellent_count"] && $0.filters.isEmpty }, "\(choices)")
        // the measure itself, and a value no measure is named after, are read as before
        #expect(Fixtures.generator.generate("优秀次数").interpretation?.query.measures == ["performance_reviews.excellent_count"])
    }

    @Test("a period said next to a condition on the reviews dates the reviews (the hr2 held-out set's reading)", arguments: [
        "2025年第二季度考核为D的员工有几个", "How many employees got a D rating in Q2 2025?",
    ])
    func periodOfConditionCube(_ question: String) throws {
        let q = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(q.measures == ["employees.count"])
        #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"])
    }

    @Test("English number words count: top three, the first two")
    func numberWords() throws {
        let query = try #require(Fixtures.generator.generate("top three departments by headcount").interpretation?.query)
        #expect(query.limit == 3 && query.dimensions == ["departments.name_en"], "\(query)")
        // "one" stays a word: which one
        #expect(Fixtures.generator.generate("which one has the most employees").interpretation?.query.limit != 1)
    }

    @Test("of all X is one figure over all of them; combined / 合计 only totals what adds up", arguments: [
        ("average salary of all employees", ["employees.avg_salary"], true),
        ("headcount of all departments", ["employees.count"], true),
        ("What's the combined budget of all departments?", ["departments.total_budget"], true),
        ("预算一共是多少", ["departments.total_budget"], true),
        ("员工工资合计", ["employees.total_salary"], true),
    ])
    func overAll(_ question: String, _ measures: [String], _ answered: Bool) throws {
        let query = Fixtures.generator.generate(question).interpretation?.query
        #expect((query != nil) == answered, "\(question)")
        guard let query else { return }
        #expect(query.measures == measures && query.dimensions.isEmpty, "\(query)")
    }

    /// A small prices model with a joined companies cube, as an ordinary Cube model writes it.
    static let prices: QueryGenerator = {
        let model = try! ModelLoader().load(sources: [("stocks.yml", """
            cubes:
              - name: prices
                sql_table: prices
                joins:
                  - name: companies
                    relationship: many_to_one
                    sql: "{CUBE}.company_id = {companies}.id"
                measures:
                  - name: company_count
                    type: count_distinct
                    sql: company_id
                    title: Companies
                  - name: max_price
                    type: max
                    sql: price
                    title: Highest Price ($)
                  - name: avg_price
                    type: avg
                    sql: price
                    title: Average Price ($)
                    meta:
                      title_zh: 平均股价
                  - name: price_range
                    type: number
                    sql: "{max_price} - {avg_price}"
                    title: Price Range ($)
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
                  - name: price_date
                    sql: price_date
                    type: time
                    title: Date
              - name: companies
                sql_table: companies
                title: Companies
                meta:
                  title_zh: 公司
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
                  - name: name
                    sql: name
                    type: string
                    title: Company
                    meta:
                      synonyms: [stock]
                  - name: exchange
                    sql: exchange
                    type: string
                    title: Exchange
            """)])
        return QueryGenerator(
            model: model, values: ["companies.name": ["Apple", "IBM"], "companies.exchange": ["NASDAQ", "NYSE"]], clock: .fixed(Fixtures.today))
    }()

    @Test("a word naming a cube and a distinct count of it, after a ranking word, names the cube's rows; 'lowest first' orders")
    func rankedCubeRows() throws {
        let generator = Self.prices
        let ranked = try #require(generator.generate("Rank the companies by their highest price, lowest first").interpretation?.query)
        #expect(ranked.dimensions == ["companies.name"] && ranked.measures == ["prices.max_price"], "\(ranked)")
        #expect(ranked.order == [OrderItem("prices.max_price", descending: false)], "\(ranked.order)")
        let top = try #require(generator.generate("Top 3 companies by average price").interpretation?.query)
        #expect(top.dimensions == ["companies.name"] && top.limit == 3, "\(top)")
        let overall = try #require(generator.generate("average price of all companies").interpretation?.query)
        #expect(overall.dimensions.isEmpty && overall.measures == ["prices.avg_price"], "\(overall)")
    }

    @Test("titles inflect without their unit; 哪家; the whole period; listed on / NASDAQ-listed; a value before a noun picks rows", arguments: [
        ("average prices of Apple", ["prices.avg_price"], [] as [String], [MemberFilter(member: "companies.name", op: .equals, values: ["Apple"])]),
        ("平均股价最高的是哪家公司", ["prices.avg_price"], ["companies.name"], [MemberFilter(member: "prices.avg_price", op: .set)]),
        ("What was IBM's price range over the whole period?", ["prices.price_range"], [], [MemberFilter(member: "companies.name", op: .equals, values: ["IBM"])]),
        ("How many companies are listed on NASDAQ?", ["prices.company_count"], [], [MemberFilter(member: "companies.exchange", op: .equals, values: ["NASDAQ"])]),
        ("What is the average price of NASDAQ-listed stocks?", ["prices.avg_price"], [], [MemberFilter(member: "companies.exchange", op: .equals, values: ["NASDAQ"])]),
        ("average price of NASDAQ stocks by company", ["prices.avg_price"], ["companies.name"], [MemberFilter(member: "companies.exchange", op: .equals, values: ["NASDAQ"])]),
    ])
    func ordinaryModelPhrasings(_ question: String, _ measures: [String], _ dimensions: [String], _ filters: [MemberFilter]) throws {
        let query = try #require(Self.prices.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures && query.dimensions == dimensions, "\(query)")
        #expect(query.filters.flatMap(\.memberFilters) == filters, "\(query.filters)")
    }

    @Test("which rows pass a comparison on their own column: the rows with that column, not a count of one each", arguments: [
        ("预算超过1000万的部门有哪些", ["departments.name", "departments.budget"]),
        ("which departments have a budget above 20000000", ["departments.name_en", "departments.budget"]),
    ])
    func listedRows(_ question: String, _ dimensions: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == dimensions && query.measures.isEmpty, "\(query)")
        // A condition on a count still counts: which departments have more than 100 employees.
        let counted = try #require(Fixtures.generator.generate("which departments have more than 100 employees").interpretation?.query)
        #expect(counted.measures == ["employees.count"])
    }

    @Test("a word that is both the rows' noun and a measure: after a value it names the rows; its singular keeps both meanings")
    func rowsOrMeasure() throws {
        let model = try ModelLoader().load(sources: [("jobs.yml", """
            cubes:
              - name: employment
                sql_table: employment
                meta:
                  synonyms: [jobs]
                joins:
                  - name: industries
                    relationship: many_to_one
                    sql: "{CUBE}.industry_id = {industries}.id"
                measures:
                  - name: count
                    type: count
                    title: Observations
                  - name: total_jobs
                    type: sum
                    sql: jobs
                    title: Employment
                    meta:
                      synonyms: [jobs, number of jobs]
                      title_zh: 就业人数（千人）
                  - name: avg_jobs
                    type: avg
                    sql: jobs
                    title: Average Employment
                  - name: max_jobs
                    type: max
                    sql: jobs
                    title: Peak Employment
                  - name: avg_change
                    type: avg
                    sql: change
                    title: Average Monthly Change
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
              - name: industries
                sql_table: industries
                dimensions:
                  - name: id
                    sql: id
                    type: number
                    primary_key: true
                  - name: name
                    sql: name
                    type: string
                    title: Industry
            """)])
        let generator = QueryGenerator(model: model, values: ["industries.name": ["Manufacturing", "Construction"]], clock: .fixed(Fixtures.today))
        #expect(generator.generate("average monthly change in Manufacturing jobs").interpretation?.query.measures == ["employment.avg_change"])
        #expect(generator.generate("How many Manufacturing jobs were there?").interpretation?.query.measures == ["employment.total_jobs"])
        #expect(generator.generate("job count in Manufacturing").interpretation?.query.measures == ["employment.total_jobs"])
        // A title's full-width unit, an aggregation word before a sum, a superlative with nothing to rank.
        #expect(generator.generate("Manufacturing的就业人数").interpretation?.query.measures == ["employment.total_jobs"])
        #expect(generator.generate("average Manufacturing employment").interpretation?.query.measures == ["employment.avg_jobs"])
        #expect(generator.generate("Manufacturing的最高就业人数").interpretation?.query.measures == ["employment.max_jobs"])
        #expect(generator.generate("the most observations in Manufacturing").interpretation == nil, "a count with nothing to rank")
    }

    @Test("a superlative before the period word asks for one period; the period word first, for each period's", arguments: [
        ("highest monthly hires in 2024", 1 as Int?), ("lowest yearly headcount of hires", 1), ("每月入职人数最多", nil),
    ])
    func onePeriod(_ question: String, _ limit: Int?) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.limit == limit && query.timeDimensions.first?.granularity != nil, "\(query)")
    }

    @Test("a number after an integer column's name, and one-letter values where English marks them", arguments: [
        ("avg salary for current level 3 staff", [MemberFilter(member: "employees.level", op: .equals, values: ["3"]),
                                                  MemberFilter(member: "employees.status", op: .equals, values: ["在职"])]),
        ("职级8级及以上的员工有多少", [MemberFilter(member: "employees.level", op: .gte, values: ["8"])]),
        ("How many C ratings did Operations get in 2025?", [MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["C"]),
                                                           MemberFilter(member: "departments.name_en", op: .equals, values: ["Operations"])]),
        ("how many reviews were rated S in 2024", [MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["S"])]),
        ("how many reviews got an A in 2024", [MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["A"])]),
        ("reviews rated S or A in 2024", [MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["S", "A"])]),
    ])
    func levelsAndLetters(_ question: String, _ filters: [MemberFilter]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(Set(query.filters.flatMap(\.memberFilters).map { "\($0)" }) == Set(filters.map { "\($0)" }), "\(query.filters)")
    }

    @Test("a is a word, not the rating A, unless English marks it; the share of several values is a share, not a filter", arguments: [
        ("how many employees have a master's degree", true), ("What share of reviews were rated S or A in each year?", true),
    ])
    func lettersStayWords(_ question: String, _ answered: Bool) {
        let i = Fixtures.generator.generate(question).interpretation
        #expect((i != nil) == answered, "\(question)")
        #expect(i?.query.filters.flatMap(\.memberFilters).contains { $0.member == "performance_reviews.rating" } != true)
    }

    @Test("按学历分布 and 按入职年份: the grouping said twice, and a date's period word", arguments: [
        ("深圳在职员工按学历分布", ["employees.education"], nil as Granularity?),
        ("按入职年份看，现在在职的各有多少人", [], .year),
    ])
    func groupingsSaidTwice(_ question: String, _ dimensions: [String], _ grain: Granularity?) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == dimensions && query.timeDimensions.first?.granularity == grain, "\(query)")
    }
}
