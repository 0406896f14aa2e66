import Testing
import SemanticModel
@testable import QueryGeneration

/// Staff with a status whose values have everyday synonyms (现在 / currently for 在职), an average measure named by a
/// synonym, a sum over a number column, and patients with an outcome and a count filtered on it.
private let staff = modelGenerator(yaml: """
    cubes:
      - name: staff
        sql_table: staff
        title: Staff
        meta: {title_zh: 员工}
        measures:
          - {name: count, type: count, title: Headcount, meta: {title_zh: 员工人数}}
          - {name: avg_salary, type: avg, sql: salary, title: Average Salary, meta: {synonyms: [pay level]}}
          - {name: total_bonus, type: sum, sql: bonus, title: Total Bonus}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: status, sql: status, type: string, title: Status, meta: {title_zh: 状态, value_synonyms: {在职: [现在, currently], 离职: [resigned]}}}
          - {name: city, sql: city, type: string, title: City, meta: {title_zh: 城市}}
          - {name: bonus, sql: bonus, type: number, title: Bonus}
          - {name: salary, sql: salary, type: number, title: Salary}
      - name: patients
        sql_table: patients
        title: Patients
        measures:
          - {name: count, type: count, title: Number of Patients}
          - {name: improved_count, type: count, title: Improved Patients, filters: [{sql: "{CUBE}.outcome IN ('Some', 'Marked')"}]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: outcome, sql: outcome, type: string, title: Outcome, meta: {synonyms: [improved]}}
          - {name: arm, sql: arm, type: string, title: Treatment Arm}
    """, values: ["staff.status": ["在职", "离职"], "staff.city": ["北京", "上海"], "patients.outcome": ["None", "Some", "Marked"],
                  "patients.arm": ["Placebo", "Treated"]])

@Suite("Understanding: two values of one column said apart, an aggregation said twice, a category said by a verb")
struct ValuesApartAndRestatedAggregatesTests {
    @Test("现在已经离职 / currently resigned: two values of the status said apart, not as a list, are asked", arguments: [
        "北京的员工里现在已经离职的有几个？", "How many Beijing staff are currently resigned?",
    ])
    func valuesApartAsked(_ question: String) {
        let result = staff.generate(question)
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("values listed (北京或上海, 北京上海, 北京、上海, … or …) stay one condition", arguments: [
        "北京或上海的员工人数", "北京上海的员工人数", "北京、上海的员工人数", "Headcount in 北京 or 上海",
    ])
    func listedValues(_ question: String) throws {
        let q = try requiredQuery(staff, question)
        #expect(Set(memberFilter(q, "staff.city")?.values ?? []) == ["北京", "上海"], "\(q)")
    }

    @Test("the average pay level: the word says the average measure's own aggregation again")
    func averageOfAverageMeasure() throws {
        let q = try requiredQuery(staff, "What is the average pay level in 北京?")
        #expect(q.measures == ["staff.avg_salary"], "\(q)")
    }

    @Test("which city got the most bonus in total: the ranking sums the column")
    func mostInTotal() throws {
        let q = try requiredQuery(staff, "Which city got the most bonus in total?")
        #expect(q.measures == ["staff.total_bonus"] && q.dimensions == ["staff.city"] && q.limit == 1, "\(q)")
    }

    @Test("how many placebo patients improved: a category said by a verb names none of its values, so it is asked, not a breakdown")
    func verbCategoryAsked() {
        let result = staff.generate("How many Placebo patients improved?")
        #expect(result.interpretation?.query.dimensions.contains("patients.outcome") != true, "\(result)")
    }

    @Test("the share of Some or Marked among Improved Patients, a count filtered on the same column, is asked")
    func shareOfOwnFilterAsked() {
        let result = staff.generate("What percentage of improved patients were Some or Marked in each treatment arm?")
        #expect(result.interpretation == nil, "\(result)")
    }
}
