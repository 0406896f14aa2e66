import Testing
import SemanticModel
@testable import QueryGeneration

/// Occupations with counts of drinkers and of men, a percent ratio of them, and two averages of a weekly wage.
private let occupations = modelGenerator(yaml: """
    cubes:
      - name: occupations
        sql_table: occupations
        title: Occupations
        measures:
          - {name: count, type: count, title: Number of Occupations}
          - {name: men, type: sum, sql: total, title: Men Surveyed}
          - {name: drinkers, type: sum, sql: drinkers, title: Drinkers}
          - {name: drinker_share, type: number, sql: "100.0 * {drinkers} / {men}", format: percent, title: Drinkers (%)}
          - {name: avg_wage, type: avg, sql: weekly_wage, title: Average Weekly Wage (shillings), meta: {title_zh: 平均周工资}}
          - {name: wage_bill, type: sum, sql: "{CUBE}.weekly_wage * {CUBE}.total", title: Total Weekly Wages}
          - {name: avg_wage_per_man, type: number, sql: "1.0 * {wage_bill} / {men}", title: Average Weekly Wage per Man (shillings)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: occupation, sql: occupation, type: string, title: Occupation}
          - {name: weekly_wage, sql: weekly_wage, type: number, title: Weekly Wage (shillings)}
    """, values: ["occupations.occupation": ["tailors", "painter"]])

/// States with a percent measure titled by the rows it counts: Southern States (%).
private let states = modelGenerator(yaml: """
    cubes:
      - name: states
        sql_table: states
        title: US States
        measures:
          - {name: count, type: count, title: Number of States}
          - {name: total_population, type: sum, sql: population, title: Total Population}
          - {name: southern_count, type: count, title: Number of Southern States, filters: [{sql: "{CUBE}.region = 'Southern'"}]}
          - {name: southern_share, type: number, sql: "100.0 * {southern_count} / {count}", format: percent, title: Southern States (%)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: region, sql: region, type: string, title: Region}
    """, values: ["states.region": ["Southern", "Non-southern"]])

@Suite("Understanding: a counted part after the copula, a name two measures share, pay verbs of a weekly column, a percent titled by rows")
struct RatioPartsAndReadingsTests {
    @Test("what proportion of tailors were drinkers: the model's ratio over tailors, not tailors' share of all drinkers")
    func partAfterCopula() throws {
        let q = try requiredQuery(occupations, "What proportion of tailors were drinkers?")
        #expect(q.measures == ["occupations.drinker_share"] && q.dimensions.isEmpty, "\(q)")
        #expect(memberFilter(q, "occupations.occupation")?.values == ["tailors"], "\(q)")
    }

    @Test("a part after the copula with no ratio of it in the model is asked")
    func partWithoutRatioIsAsked() {
        #expect(occupations.generate("What proportion of tailors were men surveyed?").interpretation == nil)
    }

    @Test("the average weekly wage, 平均周工资, beside an average per man: which one is asked, naming both", arguments: [
        "What is the average weekly wage?", "平均周工资",
    ])
    func sharedNameIsAsked(_ question: String) throws {
        let result = occupations.generate(question)
        let asked = try #require(result.notUnderstood, "\(result)")
        #expect(asked.reason == .needsClarification && (asked.message.contains("per Man") || asked.message.contains("per man")), "\(asked.message)")
    }

    @Test("per man, or across the occupations, says which average", arguments: [
        ("average weekly wage per man", "occupations.avg_wage_per_man"),
        ("What's the average weekly wage across the occupations?", "occupations.avg_wage"),
    ])
    func sharedNameSettled(_ question: String, measure: String) throws {
        let q = try requiredQuery(occupations, question)
        #expect(q.measures == [measure], "\(q)")
    }

    @Test("occupations paying more than 35 shillings a week: paying and a week restate the weekly wage column", arguments: [
        "How many occupations paid more than 35 shillings a week?", "How many occupations paying over 35 shillings a week?",
    ])
    func payVerbsOfWeeklyColumn(_ question: String) throws {
        let q = try requiredQuery(occupations, question)
        #expect(memberFilter(q, "occupations.weekly_wage")?.op == .gt && q.measures == ["occupations.count"], "\(q)")
    }

    @Test("total population of the southern states: Southern States (%) names rows, not the figure; asked", arguments: [
        "Total population of the southern states", "What share of the total population lives in southern states?",
    ])
    func percentTitledByRowsIsAsked(_ question: String) {
        #expect(states.generate(question).interpretation == nil)
    }

    @Test("what percentage of states are southern states: a share asked of nothing else is that measure")
    func percentTitledByRowsAsShare() throws {
        let q = try requiredQuery(states, "what percentage of states are southern states")
        #expect(q.measures == ["states.southern_share"], "\(q)")
    }
}
