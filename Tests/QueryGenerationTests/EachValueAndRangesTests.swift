import Testing
import SemanticModel
@testable import QueryGeneration

/// Patients with two dates and no declared default date.
private let patients = modelGenerator(yaml: """
    cubes:
      - name: patients
        sql_table: patients
        title: AIDS Patients
        measures:
          - {name: count, type: count, title: Number of Patients}
          - {name: deaths, type: count, title: Deaths, filters: [{sql: "{CUBE}.status = 'Dead'"}]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: status, sql: status, type: string, title: Status}
          - {name: diagnosis_date, sql: diagnosis_date, type: time, title: Diagnosis Date}
          - {name: end_date, sql: end_date, type: time, title: Date of Death or End of Observation}
    """, values: ["patients.status": ["Alive", "Dead"]])

@Suite("Understanding: a figure per listed value, shares over compared bases, relative quarters, ranges after a column")
struct EachValueAndRangesTests {
    @Test("for men and for women, Engineering and Sales respectively, 男女…分别: one figure per value", arguments: [
        ("Among current staff, what's the average job level for men and for women?", "employees.gender"),
        ("average salary of Engineering and Sales respectively", "departments.name_en"),
        ("男女员工的平均月薪分别是多少", "employees.gender"),
    ])
    func eachListedValue(_ question: String, dimension: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions == [dimension], "\(q)")
    }

    @Test("two values with a bare 'and' (the average salary of Engineering and Sales): together or each? asked")
    func bareAndIsAsked() {
        #expect(Fixtures.generator.generate("average salary of Engineering and Sales").interpretation == nil)
    }

    @Test("what percentage of current level 7+ staff are women: women's share among them (the base compares a number)")
    func shareOverComparedBase() throws {
        let result = Fixtures.generator.generate("What percentage of our current level 7+ staff are women?")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(result.interpretation?.shareOf?.member == "employees.gender" && q.dimensions == ["employees.gender"], "\(q)")
        #expect(memberFilter(q, "employees.level")?.op == .gte && memberFilter(q, "employees.status")?.values == ["在职"], "\(q)")
    }

    @Test("今年第三季度, 去年3月: a quarter or a month of a year said relatively", arguments: [
        ("今年第三季度离职了多少人？", "2026-07-01", "2026-09-30"), ("去年3月入职了多少人", "2025-03-01", "2025-03-31"),
    ])
    func relativeQuarterAndMonth(_ question: String, from: String, to: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let range = q.timeDimensions.first?.dateRange ?? q.filters.flatMap(\.memberFilters).first { $0.op == .inDateRange }.map { DateRange.absolute(from: String($0.values[0].prefix(10)), to: String($0.values[1].prefix(10))) }
        #expect(range == .absolute(from: from, to: to), "\(q)")
    }

    @Test("levels 3 through 5, at levels 3 to 5: a range on the column named before it; 'top 5 to 7' is no range", arguments: [
        "How many active employees sit at levels 3 through 5?", "active employees at levels 3 to 5",
    ])
    func rangeAfterColumn(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let level = q.filters.flatMap(\.memberFilters).filter { $0.member == "employees.level" }
        #expect(level.map(\.op) == [.gte, .lte] && level.map(\.values) == [["3"], ["5"]], "\(q)")
    }

    @Test("deaths in each year, patients by year: with two dates and no declared default, which date is asked; a named one is read", arguments: [
        ("How many patients died in each year?", nil), ("patients by year", nil),
        ("How many patients were diagnosed each year?", "patients.diagnosis_date"),
    ])
    func breakdownByWhichDate(_ question: String, date: String?) {
        let result = patients.generate(question)
        #expect(result.interpretation?.query.timeDimensions.first?.dimension == date, "\(result)")
        if date == nil, case .notUnderstood(let nu) = result { #expect(nu.reason == .needsClarification && nu.message.contains("by year")) }
    }

    @Test("AIDS diagnoses by year: an acronym of the cube's title names its rows; 'diagnoses' names the date, so no date is asked")
    func acronymAndEventDate() throws {
        let q = try requiredQuery(patients, "Which year had the most AIDS diagnoses?")
        #expect(q.timeDimensions.first?.dimension == "patients.diagnosis_date" && q.limit == 1, "\(q)")
        let diagnosed = try requiredQuery(patients, "How many AIDS patients were diagnosed?")
        #expect(memberFilter(diagnosed, "patients.diagnosis_date")?.op == .set && diagnosed.measures == ["patients.count"], "\(diagnosed)")
    }

    @Test("level 3 or lower, level 7 and higher: inclusive bounds said after the number", arguments: [
        ("How many current employees sit at level 3 or lower?", FilterOperator.lte, "3"), ("employees at level 7 and higher", .gte, "7"),
    ])
    func boundsAfterNumber(_ question: String, op: FilterOperator, value: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "employees.level").map { $0.op == op && $0.values == [value] } == true, "\(q)")
    }

    @Test("the 3 states / all 47 states where the key is titled State ID: a count of rows, never the row with key 3 or 47")
    func numberBeforeKeyName() {
        let states = modelGenerator(yaml: """
            cubes:
              - name: states
                sql_table: states
                title: US States 1960
                measures:
                  - {name: count, type: count, title: Number of States}
                  - {name: total_population, type: sum, sql: population, title: Total Population}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true, public: true, title: State ID}
                  - {name: population, sql: population, type: number, title: Population}
            """, values: [:])
        let q = states.generate("What is the total population of all 47 states?").interpretation?.query
        #expect(q.map { memberFilter($0, "states.id") == nil } ?? true, "\(String(describing: q))")
    }

    @Test("工号88的员工叫什么名字，在哪个城市工作 / 上班: the row's name and city")
    func whereSomeoneWorks() throws {
        for question in ["工号88的员工叫什么名字，在哪个城市工作？", "工号1024的员工叫什么名字？在哪个城市上班？"] {
            let q = try requiredQuery(Fixtures.generator, question)
            #expect(q.ungrouped == true && q.dimensions == ["employees.name", "employees.city"], "\(q)")
        }
    }
}
