import Testing
import SemanticModel
@testable import QueryGeneration

/// Displaced workers: a count titled 工人数 in Chinese, and a time column titled "Year of Job Loss".
private let workers = modelGenerator(yaml: """
    cubes:
      - name: workers
        sql_table: workers
        title: Displaced Workers
        measures:
          - {name: count, type: count, title: Workers, meta: {title_zh: 工人数}}
          - {name: avg_age, type: avg, sql: age, title: Average Age, meta: {title_zh: 平均年龄}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: state, sql: state, type: string, title: State}
          - {name: sex, sql: sex, type: string, title: Sex, meta: {title_zh: 性别}}
          - {name: loss_year, sql: loss_year, type: time, title: Year of Job Loss, meta: {title_zh: 失业年份}}
    """, values: ["workers.state": ["Michigan", "Texas"], "workers.sex": ["male", "female"]])

/// Patients whose outcome is a verb: Gained, Lost or No change in weight.
private let patients = modelGenerator(yaml: """
    cubes:
      - name: patients
        sql_table: patients
        title: Patients
        measures:
          - {name: count, type: count, title: Number of Patients}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: outcome, sql: outcome, type: string, title: Outcome, description: "Gained, Lost or No change in weight over the study."}
    """, values: ["patients.outcome": ["Gained", "Lost", "No change"]])

@Suite("Understanding: an event's verb with its object (lost their jobs, lost weight), a Chinese count's two-character noun (工人数 → 工人)")
struct EventObjectsAndCountNounsTests {
    @Test("how many Michigan workers lost their jobs between 1982 and 1984: the period binds the job-loss year", arguments: [
        "How many Michigan workers lost their jobs between 1982 and 1984?", "how many workers lost a job in 1983",
    ])
    func eventWithObject(_ question: String) throws {
        let q = try requiredQuery(workers, question)
        let bound = q.timeDimensions.contains { $0.dimension == "workers.loss_year" && $0.dateRange != nil }
            || memberFilter(q, "workers.loss_year")?.op == .inDateRange
        #expect(bound && q.measures == ["workers.count"], "\(q)")
    }

    @Test("女性工人中有多少人, 1990年失业的工人平均年龄: 工人 names the rows of the count titled 工人数", arguments: [
        ("女性工人有多少人？", "workers.count"), ("1990年失业的工人平均年龄是多少？", "workers.avg_age"),
    ])
    func chineseCountNoun(_ question: String, measure: String) throws {
        let q = try requiredQuery(workers, question)
        #expect(q.measures == [measure], "\(q)")
    }

    @Test("a word of the noun alone (工) is still not a noun: 工厂 is not understood")
    func partOfNounIsNotANoun() {
        #expect(workers.generate("工厂有多少个").interpretation == nil)
    }

    @Test("how many patients lost weight: the object of a value that is a verb, from its column's description")
    func objectOfValueVerb() throws {
        let q = try requiredQuery(patients, "How many patients lost weight?")
        #expect(memberFilter(q, "patients.outcome")?.values == ["Lost"] && q.measures == ["patients.count"], "\(q)")
        #expect(patients.generate("How many patients lost money?").interpretation == nil)
    }
}
