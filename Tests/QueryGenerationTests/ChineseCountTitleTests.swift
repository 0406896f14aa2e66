import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: a Chinese count title said with 数量 / 数目")
struct ChineseCountTitleTests {
    private static let households = modelGenerator(yaml: """
        cubes:
          - name: households
            sql_table: households
            title: Households
            measures:
              - {name: count, type: count, title: Number of Households, meta: {title_zh: 家庭数}}
              - {name: smoking, type: count, title: Smoking Households, filters: [{sql: "{CUBE}.tobacco > 0"}], meta: {title_zh: 吸烟家庭数}}
              - {name: members, type: count, title: Members, meta: {title_zh: 成员人数}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: region, sql: region, type: string, title: Region, meta: {title_zh: 地区}}
        """, values: ["households.region": ["north", "south"]])

    @Test("吸烟家庭数量, 吸烟家庭数目: the count titled 吸烟家庭数", arguments: ["按地区统计吸烟家庭数量", "各地区的吸烟家庭数目"])
    func variants(_ question: String) throws {
        let q = try requiredQuery(Self.households, question)
        #expect(q.measures == ["households.smoking"] && q.dimensions == ["households.region"], "\(q)")
    }

    @Test("吸烟家庭占所有家庭的百分比: the filtered count named without 数, its share of all the rows", arguments: [
        "吸烟家庭占所有家庭的百分比是多少？", "吸烟家庭占全部家庭数的比例",
    ])
    func shareOfAll(_ question: String) throws {
        let interpretation = try #require(Self.households.generate(question).interpretation, "\(Self.households.generate(question))")
        #expect(interpretation.shareOfMeasure == "households.smoking", "\(interpretation)")
        #expect(Set(interpretation.query.measures) == ["households.smoking", "households.count"] && interpretation.query.filters.isEmpty, "\(interpretation.query)")
    }

    @Test("a condition beside 占全部 is not read as a share within it: asked")
    func conditionBesideWhole() {
        #expect(Self.households.generate("north地区的吸烟家庭占全部家庭的比例").interpretation?.shareOfMeasure == nil)
    }

    @Test("a title ending in a word of its own (人数) gets no variant")
    func wordsKept() {
        #expect(Self.households.generate("成员人数量").interpretation == nil)
    }
}
