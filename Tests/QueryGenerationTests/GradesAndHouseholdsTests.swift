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
