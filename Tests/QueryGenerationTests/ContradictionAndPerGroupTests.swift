import QueryGeneration
import SemanticModel
import Testing

/// From the mtcars and psid_wages first runs (eleventh session): findings that contradict each other are asked
/// back (a filtered count whose values the query's own filter excludes, a filtered count named as the rows
/// another measure is taken over, a count per row label); "the highest X for each group" is each group's own
/// extreme; a dimension whose synonym is the cube's singular labels its rows.
@Suite("Understanding: contradictions, per-group extremes and row labels")
struct ContradictionAndPerGroupTests {
    let cars = modelGenerator(yaml: """
        cubes:
          - name: cars
            sql_table: cars
            title: Cars
            joins:
              - {name: makers, relationship: many_to_one, sql: "{CUBE}.maker_id = {makers.id}"}
            measures:
              - {name: count, type: count, title: Number of Cars, meta: {title_zh: 车型数量}}
              - {name: avg_mpg, type: avg, sql: mpg, title: Average Fuel Economy (mpg), meta: {title_zh: 平均油耗}}
              - {name: max_horsepower, type: max, sql: horsepower, title: Max Horsepower (hp), meta: {title_zh: 最高马力}}
              - {name: manual_count, type: count, title: Manual Cars, filters: [{sql: "{CUBE}.transmission = 'Manual'"}]}
              - {name: union_count, type: count, title: Union Records, filters: [{sql: "{CUBE}.union_contract = 1"}]}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: model, sql: model, type: string, title: Car Model, meta: {synonyms: [car, vehicle]}}
              - {name: transmission, sql: transmission, type: string, title: Transmission}
              - {name: weight, sql: weight, type: number, title: Weight (1000 lbs)}
              - {name: union_contract, sql: union_contract, type: boolean, title: Union Contract, meta: {synonyms: [union]}}
              - {name: south, sql: south, type: boolean, title: South}
          - name: makers
            sql_table: makers
            title: Manufacturers
            measures:
              - {name: count, type: count, title: Number of Manufacturers}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Manufacturer}
              - {name: country, sql: country, type: string, title: Country, meta: {title_zh: 国家}}
        """, values: ["cars.transmission": ["Automatic", "Manual"], "makers.country": ["Italy", "Japan", "USA"], "cars.model": ["Fiat 128", "Honda Civic"]])

    func query(_ question: String) throws -> CubeQuery {
        try #require(cars.generate(question).interpretation?.query, "\(question) was not answered")
    }

    @Test("a filtered count whose own values the query's filter excludes counts nothing: asked back")
    func contradictedFilteredCount() throws {
        let result = cars.generate("Show average fuel economy for automatic versus manual cars")
        #expect(result.interpretation == nil, "\(String(describing: result.interpretation?.query))")
        // the same measure where nothing contradicts it is answered
        #expect(try query("How many manual cars are there?").measures == ["cars.manual_count"])
    }

    @Test("a filtered count after 'of' and another measure names the rows that measure is taken over: asked back")
    func filteredCountAsPopulation() throws {
        #expect(cars.generate("Average fuel economy of union records").interpretation == nil)
        // listed beside it, it is a second figure
        #expect(try query("average fuel economy and union records").measures == ["cars.avg_mpg", "cars.union_count"])
    }

    @Test("the highest X for each group is every group's own extreme; which group has the highest is one", arguments: [
        ("What's the highest horsepower for each country?", nil as Int?),
        ("每个国家的最高马力", nil),
        ("Which country has the highest horsepower?", 1),
    ])
    func perGroupExtreme(_ question: String, _ limit: Int?) throws {
        let q = try query(question)
        #expect(q.measures == ["cars.max_horsepower"] && q.dimensions == ["makers.country"], "\(q)")
        #expect(q.limit == limit, "\(q)")
    }

    @Test("a dimension whose synonym is one of the rows (car, in Cars) labels them in a ranked list")
    func labelFromSynonym() throws {
        let q = try query("List the five heaviest cars, heaviest first, with their weight")
        #expect(q.dimensions == ["cars.model", "cars.weight"] && q.limit == 5, "\(q)")
    }

    @Test("a count per row label beside another grouping is one in every group: asked back")
    func countPerLabel() {
        let result = cars.generate("Which manufacturer has the most models?")
        #expect(result.interpretation == nil, "\(String(describing: result.interpretation?.query))")
    }
}
