import Testing
import SemanticModel
@testable import QueryGeneration

/// Universities, each with one row of finances; no name column, so the key is their label.
private let universities = modelGenerator(yaml: """
    cubes:
      - name: universities
        sql_table: universities
        title: Universities
        meta: {synonyms: [university], title_zh: 大学}
        joins: [{name: finances, relationship: one_to_one, sql: "{CUBE}.id = {finances.university_id}"}]
        measures:
          - {name: count, type: count, title: Number of Universities, meta: {title_zh: 大学数量}}
          - {name: total_technicians, type: sum, sql: technicians, title: Technicians (FTE), meta: {title_zh: 技术人员}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, public: true, title: University Number}
          - {name: technicians, sql: technicians, type: number, title: Technicians (FTE)}
      - name: finances
        sql_table: finances
        title: Finances
        joins: [{name: universities, relationship: many_to_one, sql: "{CUBE}.university_id = {universities.id}"}]
        measures:
          - {name: avg_student_fees, type: avg, sql: student_fees, title: Average Student Fees (GBP thousand), meta: {title_zh: 平均学费收入}}
          - {name: min_net_assets, type: min, sql: net_assets, title: Min Net Assets (GBP thousand)}
          - {name: total_research_grants, type: sum, sql: research_grants, title: Research Grants (GBP thousand)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: university_id, sql: university_id, type: number, public: false}
          - {name: net_assets, sql: net_assets, type: number, title: Net Assets (GBP thousand)}
          - {name: research_grants, sql: research_grants, type: number, title: Research Grant Income (GBP thousand)}
    """, values: [:])

@Suite("Understanding: a joined cube's noun is a breakdown only when a word asks for groups")
struct NounBreakdownCueTests {
    @Test("of any / of all: one figure over the rows, in both languages", arguments: [
        "What is the smallest net assets figure of any university?", "What is the average student fees of all universities?",
        "所有大学的平均学费收入是多少？",
    ])
    func overAll(_ question: String) throws {
        let q = try requiredQuery(universities, question)
        #expect(q.dimensions.isEmpty, "\(q)")
        #expect(q.measures.count == 1, "\(q)")
    }

    @Test("no word asks for groups and none says all: the two readings differ, so it is asked", arguments: [
        "大学的平均学费收入是多少？", "average student fees universities",
    ])
    func asked(_ question: String) {
        let result = universities.generate(question)
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("which / each / 各 / a ranking: a breakdown by the noun's label", arguments: [
        "average student fees for each university", "各大学的平均学费收入", "the 3 universities with the highest average student fees",
    ])
    func breakdown(_ question: String) throws {
        let q = try requiredQuery(universities, question)
        #expect(q.dimensions == ["universities.id"], "\(q)")
    }

    @Test("a superlative that only orders one total row is not accounted for (the fewest is not the total)")
    func superlativeOfOneRow() {
        let result = universities.generate("技术人员最少的大学有多少技术人员？")
        #expect(result.interpretation == nil, "\(result)")
        #expect(result.notUnderstood?.message.contains("最少") == true, "\(result)")
    }
}

@Suite("Understanding: a cube's own rows ranked by their own column")
struct OwnRowsRankedTests {
    @Test("which N of a cube's rows, a superlative and an aggregate of that cube's column: its rows by the column", arguments: [
        ("Which 3 universities have the most technicians?", true, 3), ("Which university has the fewest technicians?", false, 1),
        ("哪所大学的技术人员最多？", true, 1), ("技术人员最少的三所大学是哪几所？", false, 3),
    ])
    func ranked(_ question: String, _ descending: Bool, _ limit: Int) throws {
        let q = try requiredQuery(universities, question)
        #expect(q.measures.isEmpty, "\(q)")
        #expect(q.dimensions == ["universities.id", "universities.technicians"], "\(q)")
        #expect(q.order.first == OrderItem("universities.technicians", descending: descending), "\(q)")
        #expect(q.limit == limit, "\(q)")
    }
}

@Suite("Understanding: a condition on a one-to-one cube's total is a condition on its one row")
struct OneToOneConditionTests {
    @Test("universities that received more than 10,000 in research grants (a total): each university's one finances row")
    func rowCondition() throws {
        let q = try requiredQuery(universities, "How many universities received more than 10,000 in research grants?")
        #expect(q.measures == ["universities.count"], "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).map(\.member) == ["finances.research_grants"], "\(q)")
    }
}
