import QueryGeneration
import SemanticModel
import Testing

/// From the usarrests and hr17 first runs: a noun with only row conditions names the rows (one figure over them,
/// no breakdown); "percentage" after a column counted in percent is its unit, not a share; "best" over a count
/// nobody asked for judges nothing.
@Suite("Understanding: row nouns, percent units and judgements over counts")
struct RowNounAndUnitTests {
    let arrests = modelGenerator(yaml: """
        cubes:
          - name: arrests
            sql_table: arrests
            title: Arrests
            joins:
              - {name: states, relationship: many_to_one, sql: "{CUBE}.state = {states.name}"}
            measures:
              - {name: count, type: count, title: Number of States}
              - {name: avg_assault, type: avg, sql: assault, title: Average Assault Rate (per 100k)}
              - {name: avg_urban_pop, type: avg, sql: urban_pop, title: Average Urban Population (%)}
            dimensions:
              - {name: state, sql: state, type: string, primary_key: true, title: State}
              - {name: assault, sql: assault, type: number, title: Assault Rate (per 100k)}
              - {name: urban_pop, sql: urban_pop, type: number, title: Urban Population (%)}
          - name: states
            sql_table: states
            title: States
            dimensions:
              - {name: name, sql: name, type: string, primary_key: true, title: State Name}
              - {name: region, sql: region, type: string, title: Region}
        """, values: ["states.region": ["Northeast", "South"]])

    func query(_ generator: QueryGenerator, _ question: String) throws -> CubeQuery {
        try #require(generator.generate(question).interpretation?.query, "\(question) was not answered")
    }

    @Test("a noun with only row conditions: one figure over the rows they pick, no breakdown by the noun")
    func rowNoun() throws {
        let q = try query(arrests, "What is the average assault rate for states with an urban population under 50%?")
        #expect(q.measures == ["arrests.avg_assault"])
        #expect(q.dimensions.isEmpty)
        #expect(memberFilter(q, "arrests.urban_pop")?.op == .lt)
    }

    @Test("percentage after a column counted in percent is its unit, not the share of a value")
    func percentUnit() throws {
        let q = try query(arrests, "What is the average urban population percentage in the Northeast?")
        #expect(q.measures == ["arrests.avg_urban_pop"])
        #expect(q.dimensions.isEmpty)
        #expect(memberFilter(q, "states.region")?.values == ["Northeast"])
    }

    @Test("best over a count nobody asked for is asked back, not ranked by the count")
    func bestOverCount() {
        guard case .notUnderstood(let c) = Fixtures.generator.generate("Which office had the best performance reviews last year?") else {
            Issue.record("answered")
            return
        }
        #expect(c.unknownWords.contains("best"))
    }
}
