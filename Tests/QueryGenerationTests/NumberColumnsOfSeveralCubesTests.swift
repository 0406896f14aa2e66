import Testing
import SemanticModel
@testable import QueryGeneration

/// Wives with their hourly earnings, joined to husbands with their hourly wage: "earned" and 时薪 name both.
private let households = modelGenerator(yaml: """
    cubes:
      - name: women
        sql_table: women
        title: Married Women
        meta: {title_zh: 妻子, synonyms: [wives]}
        joins:
          - {name: husbands, relationship: many_to_one, sql: "{CUBE}.husband_id = {husbands.id}"}
        measures:
          - {name: count, type: count, title: Number of Women, meta: {title_zh: 妻子人数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: hourly_earnings, sql: hourly_earnings, type: number, title: Hourly Earnings (wife), meta: {title_zh: 时薪}}
      - name: husbands
        sql_table: husbands
        title: Husbands
        meta: {title_zh: 丈夫}
        measures:
          - {name: count, type: count, title: Number of Husbands}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: hourly_wage, sql: hourly_wage, type: number, title: Hourly Wage (husband), meta: {title_zh: 时薪}}
    """, values: [:])

@Suite("Understanding: a word naming number columns of several cubes takes the one of the rows named, else asks")
struct NumberColumnsOfSeveralCubesTests {
    @Test("wives who earned more than 7.50 an hour / 时薪超过7.5的妻子: the wife's column, not the husband's", arguments: [
        "How many wives earned more than 7.50 an hour?", "时薪超过7.5的妻子有多少人？",
    ])
    func namedRowsPickTheColumn(_ question: String) throws {
        let q = try requiredQuery(households, question)
        #expect(memberFilter(q, "women.hourly_earnings")?.op == .gt && memberFilter(q, "husbands.hourly_wage") == nil, "\(q)")
    }

    @Test("with no rows named, which column is asked", arguments: ["How many earned more than 7.50 an hour?", "时薪超过7.5的有多少？"])
    func noRowsNamedIsAsked(_ question: String) {
        #expect(households.generate(question).interpretation == nil)
    }
}
