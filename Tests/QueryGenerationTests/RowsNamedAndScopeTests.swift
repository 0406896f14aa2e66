import Testing
import SemanticModel
@testable import QueryGeneration

/// A cube of countries with one row each and number columns, the shape of an ordinary "one row per entity" model.
private let savings = modelGenerator(yaml: """
    cubes:
      - name: continents
        sql_table: continents
        title: Continents
        measures:
          - {name: count, type: count, title: Continent Count}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Continent}
      - name: countries
        sql_table: countries
        title: Country Savings
        meta: {title_zh: 国家储蓄数据, synonyms: [countries]}
        joins:
          - {name: continents, relationship: many_to_one, sql: "{CUBE}.continent_id = {continents.id}"}
        measures:
          - {name: count, type: count, title: Number of Countries}
          - {name: avg_savings_rate, type: avg, sql: savings_rate, title: Average Savings Rate (% of disposable income)}
          - {name: avg_disposable_income, type: avg, sql: disposable_income, title: Average Disposable Income per Capita (USD), meta: {title_zh: 平均人均可支配收入}}
          - {name: total_disposable_income, type: sum, sql: disposable_income, title: Total Disposable Income per Capita (USD)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Country, meta: {title_zh: 国家}}
          - {name: savings_rate, sql: savings_rate, type: number, title: Savings Rate (% of disposable income), meta: {title_zh: 储蓄率}}
          - {name: disposable_income, sql: disposable_income, type: number, title: Disposable Income per Capita (USD), meta: {title_zh: 人均可支配收入}}
    """, values: ["continents.name": ["Europe", "Oceania"], "countries.name": ["Japan", "Australia"]])

/// "The savings rate of the countries in Oceania": a bare column of a cube whose rows the question names in the
/// plural, or after every / all, is each row's value, not an aggregate to ask about.
@Suite("Understanding: the rows a question names")
struct RowsNamedTests {
    @Test("plural rows with bare columns list each row's values", arguments: [
        "For the countries in Oceania, give me the savings rate and disposable income",
        "savings rate and disposable income for countries in Oceania",
    ])
    func pluralRows(_ question: String) throws {
        let q = try requiredQuery(savings, question)
        #expect(q.ungrouped == true && q.measures.isEmpty, "\(q)")
        #expect(q.dimensions == ["countries.name", "countries.savings_rate", "countries.disposable_income"], "\(q)")
    }

    @Test("every country, 所有国家: one value per country")
    func everyRow() throws {
        for question in ["Show the savings rate of every European country", "所有国家的储蓄率"] {
            let q = try requiredQuery(savings, question)
            #expect(q.dimensions.first == "countries.name", "\(question): \(q)")
            #expect(q.measures == ["countries.avg_savings_rate"] || q.dimensions.contains("countries.savings_rate"), "\(question): \(q)")
        }
    }

    @Test("an aggregate word keeps the aggregate over the rows")
    func aggregateKept() throws {
        let q = try requiredQuery(savings, "What is the average savings rate of the countries in Europe?")
        #expect(q.measures == ["countries.avg_savings_rate"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("a bare column with a grouping of another cube is still asked back")
    func bareByGroupAsked() {
        #expect(savings.generate("savings rate by continent").interpretation == nil)
    }

    @Test("per head, per person and per capita say the same, before or after the noun")
    func perPerson() throws {
        let q = try requiredQuery(savings, "Show me the countries with disposable income under $300 per head, lowest first")
        #expect(q.filters == [.member(MemberFilter(member: "countries.disposable_income", op: .lt, values: ["300"]))], "\(q)")
        #expect(q.order == [OrderItem("countries.disposable_income", descending: false)], "\(q)")
        let avg = try requiredQuery(savings, "What is the average disposable income per person in Europe?")
        #expect(avg.measures == ["countries.avg_disposable_income"], "\(avg)")
        let perCapita = try requiredQuery(savings, "Average savings rate among countries with per-capita disposable income above $2,000")
        #expect(perCapita.filters.count == 1 && perCapita.measures == ["countries.avg_savings_rate"], "\(perCapita)")
    }
}

/// 所有部门的预算加起来, 所有国家的平均收入: a bare category noun that a total word, or all before an aggregate of
/// its own rows, puts as the scope of one figure, not a breakdown.
@Suite("Understanding: all of them, one figure")
struct AllRowsScopeTests {
    @Test("a total word over all departments is one total", arguments: ["公司所有部门的预算加起来是多少？", "部门预算加起来是多少"])
    func totalOverAll(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["departments.total_budget"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("所有 before an average of the noun's own rows is one average")
    func averageOverAll() throws {
        let q = try requiredQuery(Fixtures.generator, "所有部门的平均预算")
        #expect(q.measures == ["departments.avg_budget"] && q.dimensions.isEmpty, "\(q)")
        let c = try requiredQuery(savings, "所有国家的平均人均可支配收入是多少")
        #expect(c.measures == ["countries.avg_disposable_income"] && c.dimensions.isEmpty, "\(c)")
    }

    @Test("各部门 still breaks down")
    func eachKeepsBreakdown() throws {
        let q = try requiredQuery(Fixtures.generator, "各部门的预算")
        #expect(q.dimensions == ["departments.name"], "\(q)")
    }
}

/// The latest in the singular, sorting's own "by", polite openings and Chinese words split where the next word fits.
@Suite("Understanding: latest one, sorted by, 按月薪")
struct LatestOneAndSortedByTests {
    @Test("who joined most recently is one person; the newest employees are a list")
    func latestOne() throws {
        let one = try requiredQuery(Fixtures.generator, "Who joined the company most recently?")
        #expect(one.limit == 1 && one.order == [OrderItem("employees.hire_date", descending: true)], "\(one)")
        let many = try requiredQuery(Fixtures.generator, "who are the newest employees")
        #expect(many.limit == nil, "\(many)")
        let zh = try requiredQuery(Fixtures.generator, "最新入职的员工")
        #expect(zh.limit == nil, "\(zh)")
    }

    @Test("sorted by a column sorts, it doesn't group")
    func sortedBy() throws {
        let q = try requiredQuery(Fixtures.generator, "list the names and salaries of Finance staff, sorted by salary")
        #expect(q.ungrouped == true && q.dimensions == ["employees.name", "employees.salary"], "\(q)")
        #expect(q.order == [OrderItem("employees.salary", descending: false)], "\(q)")
        let measure = try requiredQuery(Fixtures.generator, "departments sorted by average salary, highest first")
        #expect(measure.order == [OrderItem("employees.avg_salary", descending: true)], "\(measure)")
    }

    @Test("按月薪 is 按 + 月薪 when 薪 alone would be left over; 按月 stays monthly")
    func chineseSplit() throws {
        let q = try requiredQuery(Fixtures.generator, "列出月薪超过6万的在职员工姓名和月薪，按月薪从高到低排")
        #expect(q.ungrouped == true && q.dimensions == ["employees.name", "employees.salary"], "\(q)")
        #expect(q.order == [OrderItem("employees.salary", descending: true)], "\(q)")
        let monthly = try requiredQuery(Fixtures.generator, "按月统计入职人数")
        #expect(monthly.timeDimensions.first?.granularity == .month, "\(monthly)")
    }

    @Test("can you, got: asking, not restricting")
    func politeAndGot() throws {
        let q = try requiredQuery(Fixtures.generator, "Can you break down current headcount by education?")
        #expect(q.measures == ["employees.count"] && q.dimensions == ["employees.education"], "\(q)")
        let best = try requiredQuery(Fixtures.generator, "What was the highest review score anyone in Marketing got in Q4 2025?")
        #expect(best.measures == ["performance_reviews.max_score"] && best.dimensions.isEmpty, "\(best)")
    }
}

/// A state's yearly results, one row per state per year (found at start-up, given here): a column for one state
/// and one year is that row's value, and an average per state of one year's rows would say nothing.
private let results = modelGenerator(yaml: """
    cubes:
      - name: states
        sql_table: states
        title: States
        meta: {title_zh: 州}
        measures:
          - {name: count, type: count, title: State Count}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: State}
      - name: results
        sql_table: results
        title: State Election Results
        joins:
          - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
        measures:
          - {name: count, type: count, title: Result Count}
          - {name: avg_share, type: avg, sql: share, title: Average Democratic Vote Share (%)}
          - {name: min_share, type: min, sql: share, title: Lowest Democratic Vote Share (%)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: share, sql: share, type: number, title: Democratic Vote Share (%), meta: {title_zh: 民主党得票率}}
          - {name: election_date, sql: election_date, type: time, title: Election Date}
    """, values: ["states.name": ["Utah", "Wyoming", "Ohio"]],
    periodRows: ["results": PeriodKey(dimension: "results.election_date", grain: .year, within: "states.name")])

@Suite("Understanding: one row per label and period")
struct LabelPeriodRowsTests {
    @Test("one state's column in one year is that row's value")
    func oneRow() throws {
        let q = try requiredQuery(results, "what was Ohio's democratic vote share in 2008")
        #expect(q.measures == ["results.avg_share"], "\(q)")
        #expect(q.filters == [.member(MemberFilter(member: "states.name", op: .equals, values: ["Ohio"]))], "\(q)")
    }

    @Test("an average per state of one year, or a state's lowest year by year, is asked back", arguments: [
        "average democratic vote share by state in 2008", "Wyoming lowest democratic vote share by year",
    ])
    func vacuousAggregate(_ question: String) {
        #expect(results.generate(question).interpretation == nil, "\(question)")
    }

    @Test("over all the years, the average per state is a real average")
    func realAverage() throws {
        let q = try requiredQuery(results, "average democratic vote share by state")
        #expect(q.measures == ["results.avg_share"] && q.dimensions == ["states.name"], "\(q)")
    }

    @Test("the cube title's plural noun names its rows; the data 'covers' asks nothing")
    func titleNoun() throws {
        let q = try requiredQuery(results, "How many results had a democratic vote share below 30%?")
        #expect(q.measures == ["results.count"] && q.filters.count == 1, "\(q)")
    }

    @Test("the lowest three states of one year: the rows listed by the state, not by their key")
    func listedByState() throws {
        let q = try requiredQuery(results, "2004年民主党得票率最低的3个州是哪些？")
        #expect(q.dimensions == ["states.name", "results.share"] && q.limit == 3, "\(q)")
        #expect(q.timeDimensions.first?.dimension == "results.election_date", "\(q)")
    }

    @Test("across the states after an average is one figure")
    func acrossThe() throws {
        let q = try requiredQuery(results, "What was the average Democratic vote share across the states in 2012?")
        #expect(q.measures == ["results.avg_share"] && q.dimensions.isEmpty, "\(q)")
    }
}

/// "The minimum and maximum urban population" answered with one extreme would drop a word: asked back.
@Suite("Understanding: a highest and a lowest")
struct OppositeExtremesTests {
    @Test("min and max measures both answer; one extreme alone is asked back")
    func extremes() throws {
        let both = try requiredQuery(Fixtures.generator, "highest and lowest salary")
        #expect(Set(both.measures) == ["employees.max_salary", "employees.min_salary"], "\(both)")
        #expect(Fixtures.generator.generate("the lowest salary in the highest paid department").interpretation == nil)
    }
}

/// Words that start with a number (15岁以下人口占比), fastest as a superlative, farthest never read as fastest.
@Suite("Understanding: number-led titles, fastest")
struct NumberTitleAndFastestTests {
    private static let ages = modelGenerator(yaml: """
        cubes:
          - name: countries
            sql_table: countries
            title: Countries
            measures:
              - {name: count, type: count, title: Number of Countries}
              - {name: avg_pct_under_15, type: avg, sql: pct_under_15, title: Average Population Under 15 (%), meta: {title_zh: 平均15岁以下人口占比}}
              - {name: avg_income_growth, type: avg, sql: income_growth, title: Average Income Growth (% per year)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Country, meta: {title_zh: 国家}}
              - {name: pct_under_15, sql: pct_under_15, type: number, title: Population Under 15 (%), meta: {title_zh: 15岁以下人口占比}}
              - {name: income_growth, sql: income_growth, type: number, title: Income Growth (% per year)}
        """, values: ["countries.name": ["Japan", "Chile"]])

    @Test("a Chinese title that starts with a number is the title, not the number")
    func numberLedTitle() throws {
        let q = try requiredQuery(Self.ages, "15岁以下人口占比最高的国家是哪个？")
        #expect(q.dimensions == ["countries.name", "countries.pct_under_15"] && q.limit == 1, "\(q)")
        #expect(q.order == [OrderItem("countries.pct_under_15", descending: true)], "\(q)")
    }

    @Test("the fastest income growth is the highest; farthest is not corrected to fastest")
    func fastest() throws {
        let q = try requiredQuery(Self.ages, "Which country had the fastest income growth?")
        #expect(q.order == [OrderItem("countries.income_growth", descending: true)] && q.limit == 1, "\(q)")
        let far = Self.ages.generate("Which country is the farthest west?")
        #expect(far.interpretation == nil)
    }
}

/// From the esoph and hr first runs: lookup cubes labelled by the column named as one row, a title noun several
/// cubes share, "which group" never read as a column's maximum, and a few phrasings of totals and years.
@Suite("Understanding: lookup labels, shared heads, which group, add up to")
struct LookupLabelAndTotalsTests {
    private static let study = modelGenerator(yaml: """
        cubes:
          - name: alcohol_groups
            sql_table: alcohol_groups
            title: Alcohol Consumption Groups
            meta: {title_zh: 饮酒量分组}
            measures:
              - {name: count, type: count, title: Alcohol Group Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: alcohol_group, sql: alcohol_group, type: string, title: Alcohol Consumption (g/day)}
          - name: age_groups
            sql_table: age_groups
            title: Age Groups
            measures:
              - {name: count, type: count, title: Age Group Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: age_group, sql: age_group, type: string, title: Age Group (years)}
          - name: study_groups
            sql_table: study_groups
            title: Study Groups
            joins:
              - {name: alcohol_groups, relationship: many_to_one, sql: "{CUBE}.alcohol_id = {alcohol_groups.id}"}
              - {name: age_groups, relationship: many_to_one, sql: "{CUBE}.age_id = {age_groups.id}"}
            measures:
              - {name: count, type: count, title: Number of Groups}
              - {name: total_cases, type: sum, sql: cases, title: Total Cases (people), meta: {title_zh: 病例总数, synonyms: [cases, number of cases]}}
              - {name: max_cases, type: max, sql: cases, title: Max Cases in a Group (people)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: cases, sql: cases, type: number, title: Cases (people), meta: {title_zh: 病例数}}
        """, values: ["alcohol_groups.alcohol_group": ["0-39", "40-79"], "age_groups.age_group": ["25-34", "35-44"]])

    @Test("each alcohol group is labelled by alcohol_group, not its id")
    func singularColumnLabels() throws {
        let q = try requiredQuery(Self.study, "How many cases were there in each alcohol consumption group?")
        #expect(q.dimensions == ["alcohol_groups.alcohol_group"], "\(q)")
    }

    @Test("'groups', the head of three cube titles, names none of them: the count is not an age group count")
    func sharedHead() {
        let result = Self.study.generate("How many groups have more than 5 cases?")
        #expect(result.interpretation?.query.measures != ["age_groups.count"], "\(result)")
    }

    @Test("which group has the most cases is never the largest single row")
    func whichGroupNotMaximum() {
        let result = Self.study.generate("病例数最多的饮酒量分组是哪个？")
        #expect(result.interpretation?.query.measures.contains("study_groups.max_cases") != true, "\(result)")
    }

    @Test("add up to, the 2024 reviews, 多少钱, received, looked like")
    func phrasings() throws {
        let total = try requiredQuery(Fixtures.generator, "What do all our department budgets add up to?")
        #expect(total.measures == ["departments.total_budget"] && total.dimensions.isEmpty, "\(total)")
        let reviews = try requiredQuery(Fixtures.generator, "Break down the 2024 reviews by rating.")
        #expect(reviews.timeDimensions.first?.dimension == "performance_reviews.period", "\(reviews)")
        let money = try requiredQuery(Fixtures.generator, "深圳的在职员工里，月薪最低的是多少钱？")
        #expect(money.measures == ["employees.min_salary"], "\(money)")
        let received = try requiredQuery(Fixtures.generator, "What was the lowest review score anyone in HR received in 2024?")
        #expect(received.measures == ["performance_reviews.min_score"], "\(received)")
        let trend = try requiredQuery(Fixtures.generator, "What has the average review score of our Shenzhen employees looked like year by year?")
        #expect(trend.timeDimensions.first?.granularity == .year, "\(trend)")
    }
}
