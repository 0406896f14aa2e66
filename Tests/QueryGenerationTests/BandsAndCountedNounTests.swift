import Testing
import SemanticModel
@testable import QueryGeneration

/// A pre-aggregated frequency table (one row per combination, `people` the number in it) with a rating-cell table
/// beside it whose bands are written with signs: the shape of ordinary models over published cross-tabulations.
private let tables = modelGenerator(yaml: """
    cubes:
      - name: survival_counts
        sql_table: survival_counts
        title: Survival Counts
        description: The people on board, one row per class, age group and survival, with how many people are in it.
        measures:
          - {name: count, type: count, title: Table Cells, description: "Number of rows in the frequency table, not people."}
          - {name: total_people, type: sum, sql: people, title: People (persons), meta: {title_zh: 人数, synonyms: [people, persons]}}
          - {name: survivors, type: sum, sql: people, title: Survivors (persons), filters: [{sql: "{CUBE}.survived = 'Yes'"}], meta: {title_zh: 幸存人数, synonyms: [survived]}}
          - {name: deaths, type: sum, sql: people, title: Deaths (persons), filters: [{sql: "{CUBE}.survived = 'No'"}], meta: {title_zh: 遇难人数, synonyms: [died, lost]}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: class, sql: class, type: string, title: Class, meta: {title_zh: 舱位}}
          - {name: age_group, sql: age_group, type: string, title: Age Group}
          - {name: people, sql: people, type: number, title: People in Cell (persons)}
      - name: insurance_claims
        sql_table: insurance_claims
        title: Car Insurance Claims
        measures:
          - {name: count, type: count, title: Rating Cells, description: Number of district / age group combinations.}
          - {name: total_holders, type: sum, sql: holders, title: Policyholders (count), meta: {title_zh: 投保人数, synonyms: [policyholders]}}
          - {name: total_claims, type: sum, sql: claims, title: Claims (count), meta: {title_zh: 索赔数, synonyms: [number of claims]}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: age_group, sql: age_group, type: string, title: Age Group (years), meta: {title_zh: 年龄组}}
          - {name: engine, sql: engine, type: string, title: Engine Size}
          - {name: holders, sql: holders, type: number, title: Policyholders in Cell (count)}
          - {name: claims, sql: claims, type: number, title: Claims in Cell (count)}
    """, values: [
        "survival_counts.class": ["1st", "Crew"],
        "survival_counts.age_group": ["Adult", "Child"],
        "insurance_claims.age_group": ["<25", "25-29", ">35"],
        "insurance_claims.engine": ["<1 litre", ">2 litre"],
    ])

private func query(_ question: String) throws -> CubeQuery {
    let result = tables.generate(question)
    return try #require(result.interpretation?.query, "\(question): \(result)")
}

private func band(_ q: CubeQuery, _ member: String) -> [String] {
    q.filters.flatMap(\.memberFilters).filter { $0.member == member }.flatMap(\.values)
}

@Suite("Understanding: band values said in words")
struct BandValueTests {
    @Test("under 25 / 25岁以下 / over 35 name the age bands <25 and >35, not a comparison of a measure", arguments: [
        ("Total policyholders under 25", "<25"),
        ("25岁以下的投保人数", "<25"),
        ("policyholders aged over 35", ">35"),
        ("35岁以上的投保人数", ">35"),
        ("policyholders aged 25 to 29", "25-29"),
    ])
    func ageBands(_ question: String, _ value: String) throws {
        let q = try query(question)
        #expect(q.measures == ["insurance_claims.total_holders"], "\(q)")
        #expect(band(q, "insurance_claims.age_group") == [value], "\(q)")
        #expect(!q.filters.flatMap(\.memberFilters).contains { [.lt, .gt, .lte, .gte].contains($0.op) }, "\(q)")
    }

    @Test("over 2 litres names the band >2 litre in the plural and the other spelling")
    func unitBands() throws {
        for question in ["claims for engines over 2 litres", "claims with an engine size above 2 liters"] {
            let q = try query(question)
            #expect(band(q, "insurance_claims.engine") == [">2 litre"], "\(question): \(q)")
        }
    }

    @Test("a value that is not a band gets no spoken forms")
    func notBands() {
        #expect(Lexicon.bandPhrases("District 4", isAge: false).isEmpty)
        #expect(Lexicon.bandPhrases("0-39g/day", isAge: false).isEmpty)
        #expect(Lexicon.bandPhrases("<25", isAge: true).contains("under 25"))
        #expect(Lexicon.bandPhrases("75+", isAge: true).contains("75岁以上"))
    }
}

@Suite("Understanding: the noun a filtered total counts")
struct CountedNounTests {
    @Test("people beside survivors or deaths is what they count, not a second figure", arguments: [
        ("How many people survived?", "survival_counts.survivors"),
        ("How many people died?", "survival_counts.deaths"),
    ])
    func countedNoun(_ question: String, _ measure: String) throws {
        let q = try query(question)
        #expect(q.measures == [measure], "\(q)")
    }

    @Test("children / adults / 儿童 name a child-or-adult column's values; 有多少人幸存 counts the survivors", arguments: [
        ("How many children survived?", "survival_counts.survivors", "Child"),
        ("儿童中有多少人幸存？", "survival_counts.survivors", "Child"),
        ("how many adults died", "survival_counts.deaths", "Adult"),
        ("成年人中有多少人遇难", "survival_counts.deaths", "Adult"),
    ])
    func childAndAdult(_ question: String, _ measure: String, _ value: String) throws {
        let q = try query(question)
        #expect(q.measures == [measure], "\(q)")
        #expect(band(q, "survival_counts.age_group") == [value], "\(q)")
    }

    @Test("crew members are the rows of the value Crew")
    func members() throws {
        let q = try query("How many crew members survived?")
        #expect(q.measures == ["survival_counts.survivors"] && band(q, "survival_counts.class") == ["Crew"], "\(q)")
    }

    @Test("the most people lost ranks the deaths")
    func rankedNoun() throws {
        let q = try query("Which class lost the most people?")
        #expect(q.measures == ["survival_counts.deaths"], "\(q)")
        #expect(q.order.map(\.member) == ["survival_counts.deaths"] && q.limit == 1, "\(q)")
    }

    @Test("a conjunction keeps both figures", arguments: ["people and survivors by class", "人数和幸存人数"])
    func bothFigures(_ question: String) throws {
        let q = try query(question)
        #expect(Set(q.measures) == ["survival_counts.total_people", "survival_counts.survivors"], "\(q)")
    }

    @Test("the cube's noun is counted by the sum of that name when its rows are something else (Rating Cells)")
    func countedByName() throws {
        for question in ["What is the total number of car insurance claims?", "索赔数是多少"] {
            #expect(try query(question).measures == ["insurance_claims.total_claims"], "\(question)")
        }
        #expect(try query("how many rating cells are there").measures == ["insurance_claims.count"])
    }

    @Test("no claims in a column counting things is zero; cells compared on a summed noun compare each row")
    func zeroAndRows() throws {
        let none = try query("How many rating cells had no claims?")
        #expect(none.filters.flatMap(\.memberFilters).contains { $0.member == "insurance_claims.claims" && $0.op == .equals && $0.values == ["0"] }, "\(none)")
        let few = try query("how many rating cells have fewer than 10 policyholders")
        #expect(few.filters.flatMap(\.memberFilters).contains { $0.member == "insurance_claims.holders" && $0.op == .lt }, "\(few)")
        #expect(few.measures == ["insurance_claims.count"], "\(few)")
    }
}

@Suite("Understanding: a sorted column of one row per label")
struct SortedColumnRowsTests {
    @Test("budgets from largest to smallest list the departments' own budgets, with no count beside them", arguments: [
        "List the department budgets from largest to smallest",
        "department budgets sorted from high to low",
        "按预算从高到低列出各部门",
    ])
    func listsRows(_ question: String) throws {
        let result = Fixtures.generator.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures.isEmpty && q.ungrouped == true, "\(q)")
        #expect(q.dimensions.last == "departments.budget" && q.dimensions.count == 2, "\(q)")
        #expect(q.order.map(\.member) == ["departments.budget"] && q.order.first?.descending == true, "\(q)")
    }

    @Test("a direction after 'sorted from' orders the sorted member that way")
    func directionAfterFrom() throws {
        let result = Fixtures.generator.generate("employees sorted by salary from low to high")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.order.first?.member == "employees.salary" && q.order.first?.descending == false, "\(q)")
    }

    @Test("在职人数 then 按人数排 ranks the one measure")
    func restatedHead() throws {
        let result = Fixtures.generator.generate("在职人数最多的三个岗位是哪些？按人数从多到少排")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures == ["employees.active_count"] && q.limit == 3, "\(q)")
    }
}
