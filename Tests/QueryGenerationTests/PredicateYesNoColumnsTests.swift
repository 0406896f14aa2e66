import Testing
import SemanticModel
@testable import QueryGeneration

/// Women with yes/no columns titled as predicates: Lives in Large City (是否住在大城市), Saw a Doctor, In Labor Force.
private let women = modelGenerator(yaml: """
    cubes:
      - name: women
        sql_table: women
        title: Married Women
        meta: {title_zh: 女性}
        measures:
          - {name: count, type: count, title: Number of Women, meta: {title_zh: 女性人数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: big_city, sql: big_city, type: string, title: Lives in Large City (SMSA), meta: {title_zh: 是否住在大城市}}
          - {name: saw_doctor, sql: saw_doctor, type: string, title: Saw a Doctor}
          - {name: in_labor_force, sql: in_labor_force, type: string, title: In Labor Force}
    """, values: ["women.big_city": ["yes", "no"], "women.saw_doctor": ["yes", "no"], "women.in_labor_force": ["yes", "no"]])

@Suite("Understanding: a yes/no column titled as a predicate, said with its verb inflected and an article")
struct PredicateYesNoColumnsTests {
    @Test("the predicate said is the rows where the column is yes", arguments: [
        ("How many women live in a large city?", "women.big_city"), ("样本中住在大城市的女性有多少人？", "women.big_city"),
        ("How many women have seen a doctor?", "women.saw_doctor"), ("How many women are in the labor force?", "women.in_labor_force"),
    ])
    func predicateIsYes(_ question: String, column: String) throws {
        let q = try requiredQuery(women, question)
        #expect(memberFilter(q, column)?.values == ["yes"] && q.measures == ["women.count"], "\(q)")
    }

    @Test("after don't / 不, the rows where it is no", arguments: ["How many women don't live in a large city?", "不住在大城市的女性有多少人？"])
    func negatedPredicateIsNo(_ question: String) throws {
        let q = try requiredQuery(women, question)
        #expect(memberFilter(q, "women.big_city")?.values == ["no"], "\(q)")
    }

    @Test("by whether they live in a large city / 按是否住在大城市: a breakdown by the column", arguments: [
        "Number of women by whether they live in a large city", "按是否住在大城市统计女性人数",
    ])
    func whetherGroups(_ question: String) throws {
        let q = try requiredQuery(women, question)
        #expect(q.dimensions == ["women.big_city"] && q.filters.isEmpty, "\(q)")
    }
}
