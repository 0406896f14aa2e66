import QueryGeneration
import SemanticModel
import Testing

/// An ordinary model of cars and their makers, in the style of a Cube user's first model: member names that differ
/// from their titles, a synonym without its aggregation word, a label column on the joined cube.
enum CarFixture {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: cars
            sql_table: cars
            title: Cars
            meta: {title_zh: 汽车}
            joins:
              - {name: makers, relationship: many_to_one, sql: "{CUBE}.maker_id = {makers.id}"}
            measures:
              - {name: count, type: count, title: Number of Cars, meta: {title_zh: 车辆数}}
              - {name: model_count, type: count_distinct, sql: model, title: Distinct Models}
              - {name: avg_cty, type: avg, sql: cty, title: Average City Fuel Economy (mpg), meta: {title_zh: 平均城市油耗, synonyms: [city mpg]}}
              - {name: avg_price, type: avg, sql: price, title: Average Price, meta: {title_zh: 平均价格}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: model, sql: model, type: string, title: Model, meta: {title_zh: 车型}}
              - {name: style, sql: style, type: string, title: Body Style}
              - {name: class, sql: class, type: string, title: Vehicle Class, meta: {title_zh: 车辆类别}}
              - {name: transmission_type, sql: transmission_type, type: string, title: Transmission Type, meta: {title_zh: 变速箱}}
              - {name: cty, sql: cty, type: number, title: City Fuel Economy (mpg), meta: {title_zh: 城市油耗}}
              - {name: price, sql: price, type: number, title: Price, meta: {title_zh: 价格}}
          - name: makers
            sql_table: makers
            title: Makers
            measures:
              - {name: count, type: count, title: Maker Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Maker, meta: {title_zh: 制造商}}
              - {name: country, sql: country, type: string, title: Country of Origin, meta: {title_zh: 国家}}
        """, values: [
            "cars.model": ["corolla", "civic", "jetta"], "cars.style": ["Long-wheelbase sedan", "coupe"],
            "cars.class": ["compact", "suv"], "cars.transmission_type": ["auto", "manual"],
            "makers.name": ["toyota", "honda"], "makers.country": ["Japan", "Germany"],
        ])
}

@Suite("Understanding: classes found by the cars held-out sets")
struct CarModelTests {
    let generator = CarFixture.generator

    @Test("a value followed by its column's word (a manual transmission, 手动变速箱) is the value whose share is asked, not a breakdown")
    func shareOfValueNamedWithItsColumn() throws {
        for question in ["What percentage of cars have a manual transmission?", "manual变速箱的车辆数占比"] {
            let interpretation = try #require(generator.generate(question).interpretation, "\(question)")
            #expect(interpretation.query.dimensions == ["cars.transmission_type"], "\(question)")
            #expect(interpretation.shareOf == MemberFilter(member: "cars.transmission_type", op: .equals, values: ["manual"]))
        }
    }

    @Test("a column's own name (class for Vehicle Class) is a word for it; an aggregation word before a synonym without one says it again")
    func memberNamesAndAggregationWords() throws {
        let query = try #require(generator.generate("average city mpg by class").interpretation?.query)
        #expect(query.measures == ["cars.avg_cty"])
        #expect(query.dimensions == ["cars.class"])
    }

    @Test("the rows' label and then another of their columns (maker's country, 制造商的国家) groups by that column only")
    func possessiveLabel() throws {
        for question in ["Average price by maker's country", "按制造商的国家统计平均价格", "average price by maker country"] {
            let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.dimensions == ["makers.country"], "\(question)")
        }
        // "and" joins two groupings
        #expect(generator.generate("average price by maker and country").interpretation?.query.dimensions == ["makers.name", "makers.country"])
    }

    @Test("which model has the best city fuel economy: the best average or the best single car? Asked, even with no max measure")
    func rankingOfAColumnOverGroups() throws {
        for question in ["Which model has the best city fuel economy?", "城市油耗最高的车型"] {
            let result = generator.generate(question)
            #expect(result.interpretation == nil, "\(question)")
            let choices = try #require(result.notUnderstood?.suggestions)
            let first = try #require(choices.first.flatMap { generator.generate($0).interpretation?.query })
            #expect(first.measures == ["cars.avg_cty"] && first.dimensions == ["cars.model"] && first.limit == 1)
        }
        #expect(generator.generate("Which model has the highest average city fuel economy?").interpretation?.query.measures == ["cars.avg_cty"])
    }

    @Test("a category word after a value or after the count of its rows names rows or asks a distinct count; never a breakdown")
    func categoryWordAfterValueOrCount() throws {
        #expect(generator.generate("What is the average price of toyota models?").interpretation == nil)
        #expect(generator.generate("how many cars models are there").interpretation?.query.measures == ["cars.model_count"])
        #expect(generator.generate("how many cars models are there").interpretation?.query.dimensions == [])
        // no distinct count of the style: asked
        #expect(generator.generate("how many cars styles are there").interpretation == nil)
    }

    @Test("the most expensive, the 3 cheapest, 最贵: a ranking by the one price column; expensive alone, or over groups, is asked")
    func quantitySuperlatives() throws {
        let top = try #require(generator.generate("Top 3 most expensive cars").interpretation?.query)
        #expect(top.order.first == OrderItem("cars.price", descending: true) && top.limit == 3)
        let cheap = try #require(generator.generate("What are the 2 cheapest cars by price?").interpretation?.query)
        #expect(cheap.order.first == OrderItem("cars.price", descending: false) && cheap.limit == 2)
        #expect(cheap.dimensions == ["cars.id", "cars.price"])  // the rows listed with the column they are ranked by
        let least = try #require(generator.generate("the least expensive car").interpretation?.query)
        #expect(least.order.first == OrderItem("cars.price", descending: false) && least.limit == 1)
        let zh = try #require(generator.generate("最贵的3辆汽车").interpretation?.query)
        #expect(zh.order.first == OrderItem("cars.price", descending: true) && zh.limit == 3)
        #expect(generator.generate("how many expensive cars are there").interpretation == nil)
        #expect(generator.generate("which maker has the cheapest car").interpretation == nil)
    }

    @Test("one word of a hyphenated value (long of 'Long-wheelbase sedan') is a reading to confirm, not a filter")
    func hyphenatedPartialValue() {
        #expect(generator.generate("how long are the cars on average").interpretation == nil)
        #expect(generator.generate("how many long cars").interpretation == nil)
    }
}
