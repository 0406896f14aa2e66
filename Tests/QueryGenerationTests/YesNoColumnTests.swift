import QueryGeneration
import SemanticModel
import Testing

/// A column whose only values are a yes and a no (computers' CD-ROM: 'yes' / 'no'), said after have / with /
/// include (配有, 带) or without / don't have (没有): the rows with it or without it, never a breakdown by it and never
/// the rows where it is missing.
@Suite("Understanding: yes/no columns")
struct YesNoColumnTests {
    let generator = modelGenerator(yaml: """
        cubes:
          - name: computers
            sql_table: computers
            title: Computers
            meta: {title_zh: 电脑}
            measures:
              - {name: count, type: count, title: Number of Computers, meta: {title_zh: 电脑数量}}
              - {name: avg_price, type: avg, sql: price, title: Average Price (US$), meta: {title_zh: 平均价格}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: price, sql: price, type: number, title: Price (US$)}
              - name: cd
                sql: cd
                type: string
                title: CD-ROM
                meta: {title_zh: 光驱}
              - name: multi
                sql: multi
                type: string
                title: Multimedia Kit
                meta: {title_zh: 多媒体套件}
              - name: premium
                sql: premium
                type: string
                title: Premium Range
        """, values: ["computers.cd": ["yes", "no"], "computers.multi": ["no", "yes"], "computers.premium": ["yes", "no"]])

    @Test("have / include / 配有 a yes/no column: the rows with it", arguments: [
        ("What's the average price of computers that have a CD-ROM?", "computers.cd"),
        ("How many computers include a multimedia kit?", "computers.multi"),
        ("配有多媒体套件的电脑平均价格是多少？", "computers.multi"),
    ])
    func having(_ question: String, _ member: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, member)?.op == .equals, "\(question)")
        #expect(memberFilter(query, member)?.values == ["yes"], "\(question)")
        #expect(query.dimensions.isEmpty, "\(question)")
    }

    @Test("without / don't have / 没有 a yes/no column: the rows with 'no', not the rows where it is missing", arguments: [
        "How many computers don't have a CD-ROM?", "average price of computers without a CD-ROM", "没有光驱的电脑有多少台？",
    ])
    func lacking(_ question: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "computers.cd")?.op == .equals, "\(question)")
        #expect(memberFilter(query, "computers.cd")?.values == ["no"], "\(question)")
    }

    @Test("with and without a CD-ROM: both sides, a breakdown by the column")
    func bothSides() throws {
        let query = try #require(generator.generate("Compare the average price of computers with and without a CD-ROM").interpretation?.query)
        #expect(query.dimensions == ["computers.cd"])
        #expect(query.filters.isEmpty)
    }

    @Test("have a CD-ROM and a multimedia kit: the columns listed take the same side; in the premium range is its rows")
    func listedAndIn() throws {
        let both = try #require(generator.generate("How many computers have a CD-ROM and a multimedia kit?").interpretation?.query)
        #expect(memberFilter(both, "computers.cd")?.values == ["yes"] && memberFilter(both, "computers.multi")?.values == ["yes"], "\(both)")
        #expect(both.dimensions.isEmpty)
        let premium = try #require(generator.generate("What is the average price of computers in the premium range?").interpretation?.query)
        #expect(memberFilter(premium, "computers.premium")?.values == ["yes"])
    }

    @Test("a yes/no column said bare (or a multimedia kit) is either side or a breakdown: asked, never a breakdown by guess")
    func bareIsAsked() throws {
        #expect(generator.generate("How many computers don't have a CD-ROM or a multimedia kit?").interpretation == nil)
        let by = try #require(generator.generate("Average price by multimedia kit").interpretation?.query)
        #expect(by.dimensions == ["computers.multi"])
    }
}
