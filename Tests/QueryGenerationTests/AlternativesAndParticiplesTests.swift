import Testing
import SemanticModel
@testable import QueryGeneration

/// Firms controlled from a nation, known by its code (US, UK: US is also a function word) and its name.
private let firms = modelGenerator(yaml: """
    cubes:
      - name: nations
        sql_table: nations
        title: Nations of Control
        meta: {title_zh: 控制国}
        dimensions:
          - {name: code, sql: code, type: string, primary_key: true, shown: true, title: Nation Code}
          - {name: name, sql: name, type: string, title: Nation of Control, meta: {title_zh: 控制国}}
      - name: firms
        sql_table: firms
        title: Firms
        meta: {title_zh: 企业}
        joins:
          - {name: nations, relationship: many_to_one, sql: "{CUBE}.nation = {nations.code}"}
        measures:
          - {name: count, type: count, title: Number of Firms, meta: {title_zh: 企业数量}}
          - {name: total_assets, type: sum, sql: assets, title: Total Assets, meta: {title_zh: 总资产}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: assets, sql: assets, type: number, title: Assets, meta: {title_zh: 资产}}
    """, values: ["nations.code": ["US", "UK", "CAN"], "nations.name": ["United States", "Britain", "Canada"]])

/// Respondents in age bands written with signs ('65+').
private let bands = modelGenerator(yaml: """
    cubes:
      - name: respondents
        sql_table: respondents
        title: Respondents
        measures:
          - {name: count, type: count, title: Respondents}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age_group, sql: age_group, type: string, title: Age Group}
          - {name: sex, sql: sex, type: string, title: Sex}
    """, values: ["respondents.age_group": ["15-24", "25-64", "65+"], "respondents.sex": ["Male", "Female"]])

@Suite("Understanding: alternatives across columns, the column's participle, a code that is a function word")
struct AlternativesAndParticiplesTests {
    @Test("in Sales or in Beijing: either condition (one or-filter), not both")
    func alternatives() throws {
        let q = try requiredQuery(Fixtures.generator, "How many employees are in Sales or in Beijing?")
        #expect(q.filters.count == 1, "\(q)")
        guard case .or(let parts)? = q.filters.first else { Issue.record("\(q)"); return }
        #expect(Set(parts.flatMap(\.memberFilters).map(\.member)) == ["departments.name_en", "employees.city"], "\(q)")
        let zh = try requiredQuery(Fixtures.generator, "在销售部或者在北京的员工有多少")
        #expect(zh.filters.count == 1, "\(zh)")
    }

    @Test("'or' between other conditions on different columns (a value or a comparison) is asked, never read as both", arguments: [
        "How many employees are in Sales or earn more than 20000?",
        "How many employees work in Beijing or have a master's degree?",
    ])
    func otherAlternativesAsked(_ question: String) {
        let result = Fixtures.generator.generate(question)
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("controlled from the United States, 美国控制的: a participle or word of the value's column title says the column again", arguments: [
        ("How many firms are controlled from the United States?", "nations.name"),
        ("United States控制的企业有多少？", "nations.name"),
    ])
    func participle(_ question: String, _ member: String) throws {
        let q = try requiredQuery(firms, question)
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == member && $0.values == ["United States"] }, "\(q)")
    }

    @Test("the US is the code after 'the'; 'controlled by us' is the pronoun, and the question is asked")
    func functionWordCode() throws {
        let q = try requiredQuery(firms, "Total assets of firms controlled by the US")
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "nations.code" && $0.values == ["US"] }, "\(q)")
        #expect(firms.generate("How many firms are controlled by us?").interpretation == nil)
    }

    @Test("'more' is no part of the band '65+' (read 65 or more): 'more men' doesn't filter to 65+, it is asked")
    func comparisonWordIsNoValue() {
        let result = bands.generate("how many more men")
        #expect(result.interpretation == nil, "\(result)")
        #expect(result.interpretation?.query.filters.flatMap(\.memberFilters).contains { $0.values == ["65+"] } != true)
    }

    @Test("资产最多的那家企业: a classifier after 那 points at the row and restricts nothing")
    func classifierAfterThat() throws {
        let q = try requiredQuery(firms, "资产最多的那家企业")
        #expect(q.limit == 1 && q.order.first?.member == "firms.assets", "\(q)")
    }
}
