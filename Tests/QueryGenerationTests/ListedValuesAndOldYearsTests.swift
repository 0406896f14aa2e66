import QueryGeneration
import SemanticModel
import Testing

/// From the crimea first run: years before 1900, a cube's noun of number (死亡人数) over rows that carry a sum, and
/// values listed with "and" that nothing groups by.
@Suite("Old years, a noun of number, and values listed with and")
struct ListedValuesAndOldYearsTests {
    /// Monthly losses of a fleet by cause, with a Chinese cube title that is a noun of number.
    static let losses = modelGenerator(yaml: """
        cubes:
          - name: losses
            sql_table: losses
            title: Ship Losses
            meta: {title_zh: 损失数}
            joins:
              - {name: causes, relationship: many_to_one, sql: "{CUBE}.cause_id = {causes.id}"}
            measures:
              - {name: count, type: count, title: Loss Records}
              - {name: total, type: sum, sql: ships, title: Ships Lost, meta: {title_zh: 损失总数}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: month, sql: month, type: time, title: Month, meta: {title_zh: 月份}}
          - name: causes
            sql_table: causes
            title: Causes
            measures:
              - {name: count, type: count, title: Cause Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Cause, meta: {title_zh: 原因}}
        """, values: ["causes.name": ["storm", "battle", "fire"]])

    @Test("a year before 1900 is one where a word makes it one (in 1855, 1855年, October 1854); alone it is an amount")
    func oldYears() throws {
        for question in ["ships lost in 1855", "1855年的损失总数", "ships lost between October 1854 and March 1855"] {
            let query = try #require(Self.losses.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.dateRange != nil, "\(question)")
        }
        let amount = try #require(Self.losses.generate("causes with more than 1500 ships lost").interpretation?.query)
        #expect(amount.timeDimensions.allSatisfy { $0.dateRange == nil })
    }

    @Test("各原因的损失数: a noun of number over rows that carry a sum is not a count of rows; 损失总数 is answered")
    func nounOfNumber() throws {
        #expect(Self.losses.generate("1854年各原因的损失数分别是多少？").interpretation == nil)
        let total = try #require(Self.losses.generate("1854年各原因的损失总数").interpretation?.query)
        #expect(total.measures == ["losses.total"])
    }

    @Test("storm and fire: one total or each? asked, unless a word says together (combined, 一共) or one of them (or)")
    func valuesListedWithAnd() throws {
        #expect(Self.losses.generate("How many ships were lost to storm and fire?").interpretation == nil)
        #expect(Fixtures.generator.generate("北京和上海的员工人数").interpretation == nil)
        let combined = try #require(Self.losses.generate("ships lost to storm and fire combined").interpretation?.query)
        #expect(combined.dimensions.isEmpty)
        let either = try #require(Self.losses.generate("ships lost to storm or fire").interpretation?.query)
        #expect(either.dimensions.isEmpty)
        let each = try #require(Self.losses.generate("ships lost by cause, storm and fire").interpretation?.query)
        #expect(each.dimensions == ["causes.name"])
    }

    /// Ports by state, with two-letter state codes among the values (IN, OR) and a count whose synonym is the cube's noun.
    static let ports = modelGenerator(yaml: """
        cubes:
          - name: ports
            sql_table: ports
            title: Ports
            joins:
              - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
            measures:
              - {name: count, type: count, title: Number of Ports, meta: {synonyms: [ports, port count]}}
              - {name: avg_depth, type: avg, sql: depth, title: Average Depth (m)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Port Name}
              - {name: city, sql: city, type: string, title: City}
              - {name: depth, sql: depth, type: number, title: Depth (m)}
          - name: states
            sql_table: states
            title: States
            measures:
              - {name: count, type: count, title: Number of States}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: code, sql: code, type: string, title: State Code}
              - {name: name, sql: name, type: string, title: State}
        """, values: ["states.code": ["IN", "OR", "TX"], "states.name": ["Indiana", "Oregon", "Texas"], "ports.city": ["Ames", "Houston"]])

    @Test("airports first run: 'in' is not Indiana's code, 'names' is not the city Ames, 'port depth' adds no count")
    func functionWordsAndModifiers() throws {
        let texas = try #require(Self.ports.generate("How many ports are in Texas?").interpretation?.query)
        #expect(texas.filters.count == 1)
        let code = try #require(Self.ports.generate("How many ports are in TX?").interpretation?.query)
        #expect(code.filters.count == 1)
        #expect(Self.ports.generate("What are the names of the ports in Texas?").interpretation?.query.filters.count ?? 1 == 1)
        let depth = try #require(Self.ports.generate("Average port depth by state").interpretation?.query)
        #expect(depth.measures == ["ports.avg_depth"])
    }

    @Test("有多少个不同的城市: a count of distinct values, not a breakdown by them with another count: the number of the groups")
    func differentValuesCounted() throws {
        for (generator, question, dimension) in [
            (Self.ports, "How many different cities in Texas have ports?", "ports.city"),
            (Fixtures.generator, "有多少个不同的城市", "employees.city"),
        ] {
            let interpretation = try #require(generator.generate(question).interpretation, "\(question)")
            #expect(interpretation.countsGroups, "\(question)")
            #expect(interpretation.query.dimensions == [dimension])
        }
        // 不同 as "by" (不同学历的平均工资) is a breakdown; a condition on the groups' count (HAVING) counts the groups left
        #expect(Fixtures.generator.generate("不同学历的平均工资是多少").interpretation?.countsGroups == false)
        #expect(Fixtures.generator.generate("how many different cities have more than 100 employees").interpretation?.countsGroups == true)
        #expect(Fixtures.generator.generate("which 3 different cities have the most employees").interpretation?.countsGroups != true)
    }
}
