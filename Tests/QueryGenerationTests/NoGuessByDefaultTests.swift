import QueryGeneration
import SemanticModel
import Testing

/// From the iowa_electricity first run: readings that answered with a default nobody asked for.
@Suite("A noun of amount, a judgement and contradicting conditions are asked back")
struct NoGuessByDefaultTests {
    static let generation = modelGenerator(yaml: """
        cubes:
          - name: generation
            sql_table: generation
            title: Electricity Generation
            meta: {title_zh: 发电量}
            joins:
              - {name: sources, relationship: many_to_one, sql: "{CUBE}.source_id = {sources.id}"}
            measures:
              - {name: count, type: count, title: Generation Records}
              - {name: total, type: sum, sql: net, title: Total Net Generation, meta: {title_zh: 总发电量}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: year, sql: year, type: time, title: Year, meta: {title_zh: 年份}}
          - name: sources
            sql_table: sources
            title: Energy Sources
            measures:
              - {name: count, type: count, title: Source Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Energy Source, meta: {title_zh: 能源来源}}
              - {name: category, sql: category, type: string, title: Category}
        """, values: ["sources.name": ["Fossil Fuels", "Renewables"], "sources.category": ["Renewable", "Non-renewable"]])

    @Test("各能源来源的发电量是多少: 发电量 is an amount, not rows to count; 总发电量 is answered")
    func amountNoun() throws {
        #expect(Self.generation.generate("2017年各能源来源的发电量分别是多少？").interpretation == nil)
        let total = try #require(Self.generation.generate("2017年各能源来源的总发电量").interpretation?.query)
        #expect(total.measures == ["generation.total"])
    }

    @Test("which year was the best / 哪个部门最好: nothing measured, nothing to rank by")
    func judgement() {
        #expect(Self.generation.generate("Which year was the best?").interpretation == nil)
        #expect(Fixtures.generator.generate("which department is the best").interpretation == nil)
        #expect(Fixtures.generator.generate("哪个部门人最多").interpretation != nil)
    }

    @Test("renewable versus non-renewable: equal and unequal to one value is never run")
    func contradiction() {
        #expect(Self.generation.generate("Total generation by category, renewable versus non-renewable").interpretation == nil)
    }
}
