import Testing
import SemanticModel
@testable import QueryGeneration

/// People measured and self-reported, with their sex in a two-row lookup; a filtered count of the tall ones.
private let subjects = modelGenerator(yaml: """
    cubes:
      - name: sexes
        sql_table: sexes
        title: Sexes
        measures:
          - {name: count, type: count, title: Sex Count}
        dimensions:
          - {name: code, sql: code, type: string, primary_key: true}
          - {name: name, sql: name, type: string, title: Sex}
      - name: subjects
        sql_table: subjects
        title: Subjects
        joins:
          - {name: sexes, relationship: many_to_one, sql: "{CUBE}.sex = {sexes.code}"}
        measures:
          - {name: count, type: count, title: Number of Subjects, meta: {title_zh: 人数}}
          - {name: tall_count, type: count, title: Tall Subjects, filters: [{sql: "{CUBE}.height > 185"}]}
          - {name: avg_weight, type: avg, sql: weight, title: Average Weight (kg)}
          - {name: max_weight, type: max, sql: weight, title: Max Weight (kg)}
          - {name: min_height, type: min, sql: height, title: Min Height (cm)}
          - {name: max_height, type: max, sql: height, title: Max Height (cm)}
          - {name: max_reported_weight, type: max, sql: repwt, title: Max Reported Weight (kg)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: weight, sql: weight, type: number, title: Weight (kg), meta: {title_zh: 体重}}
          - {name: height, sql: height, type: number, title: Height (cm), meta: {title_zh: 身高}}
          - {name: repwt, sql: repwt, type: number, title: Reported Weight (kg)}
    """, values: ["sexes.name": ["Female", "Male"]])

@Suite("Understanding: values of a lookup count its facts; rows asked for by which; extremes and reports")
struct LookupsAndRowListsTests {
    @Test("how many women are in the data: the subjects who are women, not the one row of the Sex lookup")
    func lookupValueCountsFacts() throws {
        let q = try requiredQuery(subjects, "How many women are in the data?")
        #expect(q.measures == ["subjects.count"] && memberFilter(q, "sexes.name")?.values == ["Female"], "\(q)")
    }

    @Test("the shortest and tallest height among women: both extremes")
    func quantitySuperlatives() throws {
        let q = try requiredQuery(subjects, "What's the shortest and tallest height among women?")
        #expect(q.measures == ["subjects.min_height", "subjects.max_height"], "\(q)")
    }

    @Test("the heaviest weight anyone reported, where the model keeps a Reported Weight: asked, not the measured maximum")
    func reportedIsTheModels() {
        #expect(subjects.generate("What's the heaviest weight anyone reported?").interpretation == nil)
    }

    @Test("the average weight of tall subjects: a filtered count beside another figure, with no and between them, is asked")
    func filteredCountAsCondition() {
        #expect(subjects.generate("On average, what do tall subjects weigh").interpretation == nil)
    }

    @Test("which employees left last month, 上个月离职的员工有哪些: the employees, listed", arguments: [
        "Which employees left last month?", "上个月离职的员工有哪些？",
    ])
    func whichRows(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.ungrouped == true && q.dimensions.first == "employees.name" && q.measures.isEmpty, "\(q)")
    }

    @Test("the yearly payroll where pay is monthly: asked (twelve times it, or by year?); the monthly payroll is the total")
    func yearlyOfMonthly() throws {
        #expect(Fixtures.generator.generate("What's the yearly payroll for current Finance staff?").interpretation == nil)
        #expect(try requiredQuery(Fixtures.generator, "What's the total monthly salary for Finance?").measures == ["employees.total_salary"])
    }

    @Test("what percentage of our current employees hold a PhD: the PhDs' share among current employees")
    func shareSplitByHold() throws {
        let result = Fixtures.generator.generate("What percentage of our current employees hold a PhD?")
        let share = try #require(result.interpretation?.shareOf, "\(result)")
        #expect(share.values == ["博士"], "\(share)")
    }
}

/// Households with a food share kept as a fraction (0-1), as the survey does.
private let budgets = modelGenerator(yaml: """
    cubes:
      - name: households
        sql_table: households
        title: Households
        meta: {title_zh: 家庭}
        measures:
          - {name: count, type: count, title: Number of Households, meta: {title_zh: 家庭数, synonyms: [households]}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: food_share, sql: food_share, type: number, title: Food Share, meta: {title_zh: 食品支出占比}}
          - {name: year, sql: year, type: time, title: Year}
    """, values: [:])

@Suite("Understanding: percents of columns that don't say percent, 户, the top N periods")
struct PercentsAndPeriodsTests {
    @Test("a food share over 60% where the column is a plain number (a fraction?) is asked; 户 counts households")
    func percentOfPlainColumn() {
        #expect(budgets.generate("食品支出占比超过60%的家庭有多少户？").interpretation == nil)
    }

    @Test("食品支出占比超过0.6的家庭有多少户: 户 is the households' classifier")
    func householdClassifier() throws {
        let q = try requiredQuery(budgets, "食品支出占比超过0.6的家庭有多少户？")
        #expect(q.measures == ["households.count"] && memberFilter(q, "households.food_share")?.op == .gt, "\(q)")
    }

    @Test("an attrition rate above 20%: a rate is in percent, as before")
    func percentOfRate() throws {
        let q = try requiredQuery(Fixtures.generator, "Departments with an attrition rate above 20%")
        #expect(memberFilter(q, "employees.attrition_rate")?.values == ["20"], "\(q)")
    }

    @Test("top 3 years by hires: the years, by the hire date")
    func topYears() throws {
        let q = try requiredQuery(Fixtures.generator, "top 3 years by hires")
        #expect(q.timeDimensions.first?.granularity == .year && q.limit == 3, "\(q)")
    }
}

@Suite("Understanding: metric units said in Chinese")
struct ChineseUnitsTests {
    @Test("体重超过100公斤的有几个人: kg; 身高超过180公斤: no column of the question is in kg, asked")
    func kilograms() throws {
        let q = try requiredQuery(subjects, "体重超过100公斤的有几个人？")
        #expect(memberFilter(q, "subjects.weight") == MemberFilter(member: "subjects.weight", op: .gt, values: ["100"]), "\(q)")
        #expect(subjects.generate("身高超过180公斤的有几个人？").interpretation == nil)
    }
}

@Suite("Understanding: totals of other rows as conditions, shares of averages, reviewed at least once")
struct TotalsSharesAndOnceTests {
    @Test("how many departments have a total salary over 1 million: each department's total, which one query can't count, is asked")
    func countOfGroupsByTotal() {
        #expect(Fixtures.generator.generate("工资总额超过100万的部门有几个？").interpretation == nil)
    }

    @Test("reviewed at least once in 2023: the reviewed employees; at least twice is still asked")
    func atLeastOnce() throws {
        let q = try requiredQuery(Fixtures.generator, "How many employees were reviewed at least once in 2023?")
        #expect(q.measures == ["performance_reviews.reviewed_employees"], "\(q)")
        #expect(Fixtures.generator.generate("How many employees got an S at least twice?").interpretation == nil)
    }

    @Test("Sales' average salary share: a share of an average is asked")
    func shareOfAverage() {
        #expect(Fixtures.generator.generate("What is Sales' share of the average salary?").interpretation == nil)
    }
}

@Suite("Understanding: two filtered counts joined by and / vs are both asked for")
struct JoinedFilteredCountsTests {
    @Test("在职人数和离职人数, Active Count vs Resigned Count: both figures", arguments: ["在职人数和离职人数", "Active Count vs Resigned Count", "在职人数对比离职人数"])
    func joined(_ question: String) throws {
        #expect(try requiredQuery(Fixtures.generator, question).measures == ["employees.active_count", "employees.resigned_count"])
    }
}
