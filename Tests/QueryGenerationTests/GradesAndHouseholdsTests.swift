import Testing
import SemanticModel
@testable import QueryGeneration

/// Households of a budget survey: one reference person each, a household size, a town-size lookup.
private let households = modelGenerator(yaml: """
    cubes:
      - name: town_sizes
        sql_table: town_sizes
        title: Town Size Groups
        measures:
          - {name: count, type: count, title: Town Size Groups}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, title: Town Size Code}
          - {name: name, sql: name, type: string, title: Town Size}
      - name: households
        sql_table: households
        title: Households
        description: One row per household, with the age and sex of the reference person and the household size.
        meta: {synonyms: [household]}
        joins:
          - {name: town_sizes, relationship: many_to_one, sql: "{CUBE}.town_size_id = {town_sizes.id}"}
        measures:
          - {name: count, type: count, title: Number of Households}
          - {name: avg_age, type: avg, sql: age, title: Average Age of Reference Person}
          - {name: avg_household_size, type: avg, sql: household_size, title: Average Household Size}
          - {name: max_total_expenditure, type: max, sql: total_expenditure, title: Highest Total Expenditure}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age, sql: age, type: number, title: Age of Reference Person}
          - {name: sex, sql: sex, type: string, title: Sex of Reference Person}
          - {name: household_size, sql: household_size, type: number, title: Household Size}
          - {name: total_expenditure, sql: total_expenditure, type: number, title: Total Expenditure}
    """, values: ["households.sex": ["man", "woman"], "town_sizes.name": ["Small", "Large"]])

@Suite("Understanding: grades said in English, what reviews came back with, a household's one person")
struct GradesAndHouseholdsTests {
    @Test("came back with an S, came out as an S, came in at C or worse, A or better, A or S: the grades", arguments: [
        ("How many reviews last year came back with an S rating?", ["S"]),
        ("How many reviews in the second quarter of 2025 came out as an S?", ["S"]),
        ("How many 2024 reviews came in at C or worse?", ["D", "C"]),
        ("How many reviews in 2024 were A or better?", ["A", "S"]),
    ])
    func grades(_ question: String, _ values: [String]) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(Set(memberFilter(q, "performance_reviews.rating")?.values ?? []) == Set(values), "\(q)")
    }

    @Test("what share of reviews came out as A or S: A is the grade, not an article dropped from the share")
    func aOrS() throws {
        let result = Fixtures.generator.generate("What percentage of reviews in 2024 came out as A or S?")
        let share = try #require(result.interpretation?.shareOf, "\(result)")
        #expect(Set(share.values) == ["A", "S"], "\(share)")
    }

    @Test("how many people live in the households is no count of households; the reference person is the household's one person")
    func onePersonPerRow() throws {
        #expect(households.generate("How many people in total live in the surveyed households?").interpretation == nil)
        let woman = try requiredQuery(households, "How many households have a woman as the reference person?")
        #expect(woman.measures == ["households.count"] && memberFilter(woman, "households.sex")?.values == ["woman"], "\(woman)")
    }

    @Test("the highest total expenditure of any household: one figure, no count beside it")
    func ofAnyRow() throws {
        #expect(try requiredQuery(households, "What's the highest total expenditure of any household?").measures == ["households.max_total_expenditure"])
    }

    @Test("the average household size in the largest towns (town size 5): one row sorted by another cube's count is asked")
    func sortedSingleRow() {
        #expect(households.generate("What's the average household size in the largest towns (town size 5)?").interpretation == nil)
    }
}

/// Earthquakes with a depth in km and depth zones named Shallow / Deep.
private let quakes = modelGenerator(yaml: """
    cubes:
      - name: depth_zones
        sql_table: depth_zones
        title: Depth Zones
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Depth Zone}
      - name: quakes
        sql_table: quakes
        title: Earthquakes
        meta: {title_zh: 地震, synonyms: [quakes, earthquakes]}
        joins:
          - {name: depth_zones, relationship: many_to_one, sql: "{CUBE}.zone_id = {depth_zones.id}"}
        measures:
          - {name: count, type: count, title: Number of Earthquakes, meta: {title_zh: 地震次数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, title: Event ID}
          - {name: depth_km, sql: depth_km, type: number, title: Depth (km), meta: {title_zh: 震源深度}}
    """, values: ["depth_zones.name": ["Shallow", "Deep"]])

@Suite("Understanding: depth as a quantity, events counted in 次")
struct DepthAndEventCountTests {
    @Test("deeper than 620 km, less than 120 km deep: the depth column, not the zone Deep; deep quakes: the zone", arguments: [
        ("How many quakes were deeper than 620 km?", FilterOperator.gt, "620"), ("How many quakes were less than 120 km deep?", .lt, "120"),
    ])
    func depth(_ question: String, _ op: FilterOperator, _ value: String) throws {
        let q = try requiredQuery(quakes, question)
        #expect(memberFilter(q, "quakes.depth_km") == MemberFilter(member: "quakes.depth_km", op: op, values: [value]), "\(q)")
    }

    @Test("how many deep quakes: the zone named Deep")
    func deepZone() throws {
        let q = try requiredQuery(quakes, "how many deep quakes are there")
        #expect(memberFilter(q, "depth_zones.name")?.values == ["Deep"], "\(q)")
    }

    @Test("震源深度超过250公里的地震有多少次, 2024年绩效评级为D的一共有多少人次, 员工42被考核了多少次: counts of the events", arguments: [
        "2024年绩效评级为D的一共有多少人次？", "员工42被考核了多少次", "2024年一共有多少次考核被评为D？",
    ])
    func eventCounts(_ question: String) throws {
        #expect(try requiredQuery(Fixtures.generator, question).measures == ["performance_reviews.count"])
    }

    @Test("多少次 of quakes deeper than 250 km: the count of quakes")
    func quakeCount() throws {
        let q = try requiredQuery(quakes, "震源深度超过250公里的地震有多少次？")
        #expect(q.measures == ["quakes.count"] && memberFilter(q, "quakes.depth_km")?.op == .gt, "\(q)")
    }
}
