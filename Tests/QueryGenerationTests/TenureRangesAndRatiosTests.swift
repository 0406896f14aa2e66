import Testing
import SemanticModel
@testable import QueryGeneration

/// Yearly christenings by sex, as a historian would model them: a row per year and sex, a key to the sexes, a sum
/// titled "Total Christenings", filtered sums per sex, and a ratio measure.
private let christenings = modelGenerator(yaml: """
    cubes:
      - name: sexes
        sql_table: sexes
        title: Sexes
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Sex}
      - name: christenings
        sql_table: christenings
        title: Christenings
        meta: {synonyms: [christenings, baptisms]}
        joins:
          - {name: sexes, relationship: many_to_one, sql: "{CUBE}.sex_id = {sexes.id}"}
        measures:
          - {name: count, type: count, title: Christening Records}
          - {name: total_christenings, type: sum, sql: christenings, title: Total Christenings, meta: {title_zh: 洗礼总数}}
          - {name: avg_christenings, type: avg, sql: christenings, title: Average Christenings per Year and Sex}
          - {name: male_christenings, type: sum, sql: christenings, title: Male Christenings, filters: [{sql: "{CUBE}.sex_id = 2"}]}
          - {name: female_christenings, type: sum, sql: christenings, title: Female Christenings, filters: [{sql: "{CUBE}.sex_id = 1"}]}
          - {name: sex_ratio, type: number, sql: "1.0 * {male_christenings} / {female_christenings}", title: Sex Ratio, meta: {synonyms: [male to female ratio]}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: year, sql: year, type: time, title: Year}
          - {name: christenings, sql: christenings, type: number, title: Christenings (year and sex)}
    """, values: ["sexes.name": ["Female", "Male"]])

/// Survey respondents with an age column and a vote intention; cars with a price and its own range columns.
private let survey = modelGenerator(yaml: """
    cubes:
      - name: respondents
        sql_table: respondents
        title: Survey Respondents
        measures:
          - {name: count, type: count, title: Number of Respondents, meta: {synonyms: [respondents]}}
          - {name: min_age, type: min, sql: age, title: Youngest Age}
          - {name: max_age, type: max, sql: age, title: Oldest Age}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age, sql: age, type: number, title: Age}
          - {name: vote, sql: vote, type: string, title: Vote Intention}
      - name: cars
        sql_table: cars
        title: Cars
        measures:
          - {name: count, type: count, title: Number of Cars}
          - {name: lowest_price, type: min, sql: price, title: Lowest Price}
          - {name: highest_price, type: max, sql: price, title: Highest Price}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: price, sql: price, type: number, title: Price}
          - {name: min_price, sql: min_price, type: number, title: Minimum Price}
          - {name: max_price, sql: max_price, type: number, title: Maximum Price}
    """, values: ["respondents.vote": ["Yes", "No", "Undecided"]])

@Suite("Understanding: tenure and ages, coordinated extremes and ranges, ratios of two things, decades, intentions")
struct TenureRangesAndRatiosTests {
    @Test("入职满5年 / 入职不满1年 / 5+ years of tenure: the hire date against today minus N years", arguments: [
        ("入职满5年的在职员工有多少人", FilterOperator.beforeOrOnDate, "2021-11-25"),
        ("入职不满1年的员工有多少", .afterDate, "2025-11-25"),
        ("How many active employees have 5+ years of tenure?", .beforeOrOnDate, "2021-11-25"),
    ])
    func tenure(_ question: String, _ op: FilterOperator, _ boundary: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "employees.hire_date") == MemberFilter(member: "employees.hire_date", op: op, values: [boundary]), "\(q)")
    }

    @Test("who are our five highest-paid employees, and what do they earn: they are the listed rows; a count of 'they' is asked")
    func theyAreTheListedRows() throws {
        let q = try requiredQuery(Fixtures.generator, "Who are our five highest-paid current employees, and what do they earn?")
        #expect(q.ungrouped == true && q.limit == 5 && q.dimensions.contains("employees.salary"), "\(q)")
        #expect(Fixtures.generator.generate("How many reviews did they get?").interpretation == nil)
    }

    @Test("which city lost the most people: the people who left; employees who plan to leave are asked")
    func lostPeople() throws {
        let q = try requiredQuery(Fixtures.generator, "Which city has lost the most people?")
        #expect(q.dimensions == ["employees.city"] && memberFilter(q, "employees.termination_date")?.op == .set, "\(q)")
        #expect(Fixtures.generator.generate("How many employees plan to leave?").interpretation == nil)
    }

    @Test("the total monthly salary bill: a monthly column said monthly is itself, not a breakdown by month; annual is not it")
    func monthlyAmount() throws {
        let q = try requiredQuery(Fixtures.generator, "What's the total monthly salary bill for current employees in each department?")
        #expect(q.measures == ["employees.total_salary"] && q.timeDimensions.isEmpty, "\(q)")
        // An annual bill of a monthly column is not that column restated (it would be twelve times it).
        let annual = Fixtures.generator.generate("What's the total annual salary bill?").interpretation?.query
        #expect(annual == nil || annual?.timeDimensions.first?.granularity == .year, "\(String(describing: annual))")
    }

    @Test("the lowest and highest monthly salary, the salary range, the youngest and oldest ages: both extremes", arguments: [
        "What's the lowest and highest monthly salary among current Finance staff?", "What's the salary range in Finance?", "财务部的最低和最高工资",
        "What's the salary range for current Finance staff, lowest and highest?", "财务部的工资范围，最低和最高",
    ])
    func extremes(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["employees.min_salary", "employees.max_salary"], "\(q)")
    }

    @Test("the oldest age among the respondents: one figure over them, no count beside it; the youngest and oldest ages: both")
    func amongTheRows() throws {
        #expect(try requiredQuery(survey, "What is the oldest age among the respondents?").measures == ["respondents.max_age"])
        #expect(try requiredQuery(survey, "What are the youngest and oldest ages among the respondents?").measures == ["respondents.min_age", "respondents.max_age"])
    }

    @Test("the price range where each car has its own minimum and maximum price columns is asked")
    func rangeWithRangeColumns() {
        #expect(survey.generate("What is the price range of the cars?").interpretation == nil)
    }

    @Test("in their twenties: 20 up to 30 on an age column; in their thirties on a birth date")
    func decadesOfLife() throws {
        let q = try requiredQuery(survey, "How many respondents are in their twenties?")
        #expect(memberFilter(q, "respondents.age") == MemberFilter(member: "respondents.age", op: .gte, values: ["20"]), "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).contains(MemberFilter(member: "respondents.age", op: .lt, values: ["30"])), "\(q)")
        let born = try requiredQuery(Fixtures.generator, "How many employees are in their thirties?")
        #expect(born.filters.flatMap(\.memberFilters).contains(MemberFilter(member: "employees.birth_date", op: .afterDate, values: ["1986-11-25"])), "\(born)")
    }

    @Test("say they will vote No, intend to vote Yes: where the model's column is an intention, the intending words are its values'")
    func intentions() throws {
        let q = try requiredQuery(survey, "How many respondents say they will vote No?")
        #expect(q.measures == ["respondents.count"] && memberFilter(q, "respondents.vote")?.values == ["No"], "\(q)")
    }

    @Test("the ratio of male to female christenings is asked, not the share of Male; the model's ratio answers its own name")
    func ratioOfTwo() throws {
        #expect(christenings.generate("What was the overall ratio of male to female christenings?").interpretation == nil)
        #expect(try requiredQuery(christenings, "male to female ratio").measures == ["christenings.sex_ratio"])
    }

    @Test("male vs female christenings read as Male rows' female christenings is asked: the measure's key filter meets a condition on the joined cube")
    func filteredThroughJoin() {
        #expect(christenings.generate("Female christenings of Male children").interpretation == nil)
    }

    @Test("the number of christenings adds up Total Christenings, not the year-and-sex records; how many on average per year is asked")
    func weightedRows() throws {
        let q = try requiredQuery(christenings, "How many christenings were there in 1700?")
        #expect(q.measures == ["christenings.total_christenings"], "\(q)")
        #expect(christenings.generate("On average, how many children were christened per year?").interpretation == nil)
    }

    @Test("the 1630s and 1680年代: the decade's ten years, in any century", arguments: [
        ("Total christenings in the 1630s", "1630-01-01", "1639-12-31"), ("1680年代的洗礼总数", "1680-01-01", "1689-12-31"),
    ])
    func decades(_ question: String, _ from: String, _ to: String) throws {
        let q = try requiredQuery(christenings, question)
        #expect(q.timeDimensions.first?.dateRange == .absolute(from: from, to: to), "\(q)")
    }
}

@Suite("Understanding: a period of a measure over reviews, with the reviewed employees' values beside it")
struct ReviewPeriodTests {
    @Test("men vs women's average score in 2024, 2025年硕士学历员工的平均绩效分, the average score in 2023 for employees in Beijing: the review period", arguments: [
        "Men vs women: average performance score in 2024", "2025年硕士学历员工的平均绩效分是多少",
        "What was the average performance score in 2023 for employees based in Beijing?",
    ])
    func reviewPeriod(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.timeDimensions.first?.dimension == "performance_reviews.period", "\(q)")
    }

    @Test("a headcount in 2024 is still asked (hired, left or born?); hired in 2022 still dates the hire")
    func stillAsked() throws {
        #expect(Fixtures.generator.generate("How many employees did we have in 2024?").interpretation == nil)
        let q = try requiredQuery(Fixtures.generator, "2022年入职的员工的平均绩效分")
        #expect(q.timeDimensions.first?.dimension == "employees.hire_date", "\(q)")
    }

    @Test("how many reviews did Customer Service people get: one figure over those people, not one per person")
    func valueBeforeNoun() throws {
        let q = try requiredQuery(Fixtures.generator, "How many performance reviews did Customer Service people get in Q4 2025?")
        #expect(q.dimensions.isEmpty && q.measures == ["performance_reviews.count"], "\(q)")
    }
}

/// Women surveyed, with an age column and no birth date.
private let women = modelGenerator(yaml: """
    cubes:
      - name: women
        sql_table: women
        title: Women
        measures:
          - {name: count, type: count, title: Number of Women}
          - {name: min_age, type: min, sql: age, title: Youngest Age}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age, sql: age, type: number, title: Age}
    """, values: [:])

@Suite("Understanding: irregular plurals of people, ages under N on an age column")
struct PeoplePluralsAndAgesTests {
    @Test("how many women are under 30: the age column below 30")
    func underOnAgeColumn() throws {
        let q = try requiredQuery(women, "How many women are under 30?")
        #expect(memberFilter(q, "women.age") == MemberFilter(member: "women.age", op: .lt, values: ["30"]), "\(q)")
    }

    @Test("a cube titled Women answers to woman: how old is the youngest woman")
    func womanWoman() throws {
        let q = try requiredQuery(women, "How old is the youngest woman?")
        #expect(q.dimensions.contains("women.age") || q.measures == ["women.min_age"], "\(q)")
    }
}

@Suite("Understanding: half-years said relatively")
struct RelativeHalfYearTests {
    @Test("今年上半年入职了多少人, 去年下半年: that half of this or last year", arguments: [
        ("今年上半年入职了多少人？", "2026-01-01", "2026-06-30"), ("去年下半年入职了多少人？", "2025-07-01", "2025-12-31"),
    ])
    func half(_ question: String, _ from: String, _ to: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.timeDimensions.first?.dateRange == .absolute(from: from, to: to), "\(q)")
    }
}
