import Testing
import SemanticModel
@testable import QueryGeneration

/// Cars weighed in thousands of pounds; rating cells that add up policyholders and claims; states with their own rates;
/// mammals whose name column has the cube's noun as a synonym; clarities labelled by Clarity.
private let cells = modelGenerator(yaml: """
    cubes:
      - name: cars
        sql_table: cars
        title: Cars
        meta: {title_zh: 汽车}
        measures:
          - {name: count, type: count, title: Number of Cars, meta: {title_zh: 车型数量}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: weight, sql: weight, type: number, title: Weight (1000 lbs), meta: {title_zh: 车重}}
      - name: cells
        sql_table: cells
        title: Rating Cells
        measures:
          - {name: count, type: count, title: Number of Cells}
          - {name: total_holders, type: sum, sql: holders, title: Policyholders (count), meta: {title_zh: 投保人}}
          - {name: total_claims, type: sum, sql: claims, title: Total Claims, meta: {title_zh: 索赔总数}}
          - {name: young, type: count, title: Young Cells, meta: {title_zh: 年轻单元}, filters: [{sql: "{CUBE}.age_group = '<25'"}]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age_group, sql: age_group, type: string, title: Age Group, meta: {title_zh: 年龄组}}
      - name: states
        sql_table: states
        title: States
        measures:
          - {name: count, type: count, title: Number of States, meta: {title_zh: 州数量}}
          - {name: avg_assault, type: avg, sql: assault, title: Average Assault Rate, meta: {title_zh: 平均袭击逮捕率}}
          - {name: violent, type: count, title: Violent States, filters: [{sql: "{CUBE}.assault > 200"}]}
          - {name: violent_share, type: number, sql: "100.0 * {violent} / {count}", format: percent, title: Violent Share (%)}
        dimensions:
          - {name: state, sql: state, type: string, primary_key: true, title: State, meta: {title_zh: 州}}
          - {name: region, sql: region, type: string, title: Region, meta: {title_zh: 地区}}
      - name: animals
        sql_table: animals
        title: Mammals
        measures:
          - {name: count, type: count, title: Number of Mammals}
          - {name: avg_bodywt, type: avg, sql: bodywt, title: Average Body Weight (kg)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Common Name, meta: {synonyms: [mammal]}}
      - name: clarities
        sql_table: clarities
        title: Clarities
        measures:
          - {name: count, type: count, title: Number of Clarity Grades}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: code, sql: code, type: string, title: Clarity}
    """, values: ["cells.age_group": ["<25", "25+"], "states.region": ["South", "West"], "states.state": ["Texas", "Ohio"], "animals.name": ["Giraffe", "Cow"]])

@Suite("Units counted in thousands, sums named as their people, a grouping by the rows' own key under an average")
struct ScaledUnitsAndPeopleSumsTests {
    @Test("over 4,000 lbs, 4 thousand lbs, 4千磅 against Weight (1000 lbs) compare 4", arguments: [
        "How many cars have a weight over 4,000 lbs?", "How many cars have a weight over 4 thousand lbs?", "车重超过4千磅的车型数量",
    ])
    func thousandsOfUnit(_ question: String) throws {
        let q = try requiredQuery(cells, question)
        #expect(memberFilter(q, "cars.weight")?.values == ["4"], "\(q)")
    }

    @Test("a number without the unit is the column's own (over 4)")
    func columnsOwnNumber() throws {
        #expect(memberFilter(try requiredQuery(cells, "How many cars have a weight over 4?"), "cars.weight")?.values == ["4"])
    }

    @Test("a sum titled as its people, after of and another figure or before 的 and one, is asked", arguments: [
        "total claims of policyholders under 25", "<25投保人的索赔总数",
    ])
    func peopleSum(_ question: String) {
        #expect(cells.generate(question).interpretation == nil)
    }

    @Test("the people sum asked alone is its figure")
    func peopleSumAlone() throws {
        #expect(try requiredQuery(cells, "How many policyholders are under 25?").measures == ["cells.total_holders"])
    }

    @Test("各州的平均…: each state's own value or their average is asked; 各地区 groups")
    func eachOwnRowAverage() throws {
        #expect(cells.generate("South地区各州的平均袭击逮捕率是多少？").interpretation == nil)
        #expect(try requiredQuery(cells, "各地区的平均袭击逮捕率").dimensions == ["states.region"])
    }

    @Test("这些 before a noun that is both the cube and its label (哺乳动物) names the rows")
    func theseRows() throws {
        let q = try requiredQuery(cells, "这些哺乳动物的平均体重是多少？")
        #expect(q.measures == ["animals.avg_bodywt"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("a count of a cube's rows grouped by their own key or label is asked")
    func countPerOwnRow() {
        #expect(cells.generate("各州的州数量是多少？").interpretation == nil)
        #expect(cells.generate("Number of states by state").interpretation == nil)
    }

    @Test("Clarity labels the cube Clarities (a plural in -ies)")
    func labelOfIesPlural() {
        #expect(QueryAssembler.label(of: "clarities", cells.model) == "clarities.code")
    }

    @Test("the share of a filtered count said right after share of, or right before 占比, is its share of all the rows", arguments: [
        "What is the share of young cells?", "年轻单元的占比是多少？", "年轻单元占比",
    ])
    func shareOfFilteredCount(_ question: String) throws {
        let result = cells.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures == ["cells.young", "cells.count"] && result.interpretation?.shareOfMeasure == "cells.young", "\(q)")
    }

    @Test("Is … A or B: a yes/no question naming two values of one column asks which holds, not a count of either")
    func whichValueHolds() throws {
        #expect(cells.generate("Is Texas in the South or the West?").interpretation == nil)
        #expect(memberFilter(try requiredQuery(cells, "How many states are in the South or the West?"), "states.region")?.values == ["South", "West"])
    }

    @Test("a ranking on a share's part ranks the model's ratio (the lowest share of violent states)")
    func rankedRatio() throws {
        let q = try requiredQuery(cells, "Which 2 regions have the lowest share of violent states?")
        #expect(q.measures == ["states.violent_share"] && q.order.first?.member == "states.violent_share" && q.limit == 2, "\(q)")
    }
}
