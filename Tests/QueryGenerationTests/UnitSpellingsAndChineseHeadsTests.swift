import Testing
import SemanticModel
@testable import QueryGeneration

/// From the clothing set's refusals: a column titled with its period (Annual Sales) is said without it, an area unit
/// (m²) and a currency code (NLG) are said in words, and Chinese says a cube by the character its names end with
/// (男装店, 门店 → 店), a column by the rest of its title after the cube's name (门店规模 → 规模), Small / Medium / Large
/// as 小型 / 中型 / 大型, and a share as 占…总数的百分之多少.
@Suite("Period adjectives, area and currency units in words, Chinese cube tails and title rests")
struct UnitSpellingsAndChineseHeadsTests {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: stores
            sql_table: stores
            title: Men's Fashion Stores
            meta: {title_zh: 男装店}
            joins:
              - {name: bands, relationship: many_to_one, sql: "{CUBE}.band_id = {bands.id}"}
            measures:
              - {name: count, type: count, title: Number of Stores, meta: {title_zh: 门店数量}}
              - {name: total_sales, type: sum, sql: annual_sales, title: Total Annual Sales (NLG)}
              - {name: avg_margin, type: avg, sql: margin, title: Average Gross Margin (%), meta: {title_zh: 平均毛利率}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: annual_sales, sql: annual_sales, type: number, title: Annual Sales (NLG), meta: {title_zh: 年销售额}}
              - {name: sales_per_sqm, sql: sales_per_sqm, type: number, title: Sales per m² (NLG)}
              - {name: floor_space, sql: floor_space, type: number, title: Floor Space (m²), meta: {title_zh: 营业面积}}
              - {name: margin, sql: margin, type: number, title: Gross Margin (%), meta: {title_zh: 毛利率}}
          - name: bands
            sql_table: bands
            title: Size Bands
            measures:
              - {name: count, type: count, title: Size Band Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Size Band, meta: {title_zh: 门店规模}}
        """, values: ["bands.name": ["Small", "Medium", "Large"]])

    @Test("Annual Sales is said 'sales'; m² 'square metres'; NLG 'guilders'", arguments: [
        ("Total sales of stores whose gross margin is below 20 percent", ["stores.total_sales"], [String]()),
        ("Top 5 stores by sales per square metre", [], ["stores.id", "stores.sales_per_sqm"]),
        ("How many stores have a floor space above 300 square metres?", ["stores.count"], []),
        ("List the stores with annual sales above 3 million guilders", [], ["stores.id", "stores.annual_sales"]),
    ])
    func unitsInWords(_ question: String, measures: [String], dimensions: [String]) throws {
        let q = try requiredQuery(Self.generator, question)
        #expect(q.measures == measures && q.dimensions == dimensions, "\(q)")
    }

    @Test("店 for the cube, 规模 for the size band, 小型 for Small, 占…总数的百分之多少 for the share", arguments: [
        ("年销售额最高的是哪家店？", [String](), ["stores.id", "stores.annual_sales"]),
        ("各规模门店的平均毛利率是多少？", ["stores.avg_margin"], ["bands.name"]),
        ("小型门店的平均毛利率是多少？", ["stores.avg_margin"], []),
        ("中型门店占门店总数的百分之多少？", ["stores.count"], ["bands.name"]),
    ])
    func chineseWords(_ question: String, measures: [String], dimensions: [String]) throws {
        let q = try requiredQuery(Self.generator, question)
        #expect(q.measures == measures && q.dimensions == dimensions, "\(q)")
    }

    @Test("two columns of one noun said with different periods ask which")
    func twoPeriodsAsk() {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: shops
                sql_table: shops
                title: Shops
                measures:
                  - {name: count, type: count, title: Number of Shops}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: annual_sales, sql: annual_sales, type: number, title: Annual Sales}
                  - {name: monthly_sales, sql: monthly_sales, type: number, title: Monthly Sales}
            """, values: [:])
        #expect(generator.generate("How many shops have sales above 5000?").interpretation == nil)
    }
}
