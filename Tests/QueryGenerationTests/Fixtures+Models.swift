import Foundation
import QueryGeneration
import SemanticModel
import Testing

/// A generator over a model written inline (saved to a temporary folder, as `ModelLoader` reads folders).
/// The query's condition on `member`, if it has one.
func memberFilter(_ query: CubeQuery?, _ member: String) -> MemberFilter? {
    query?.filters.lazy.compactMap { if case .member(let f) = $0, f.member == member { return f } else { return nil } }.first
}

func modelGenerator(
    yaml: String, values: [String: [String]], periodRows: [String: PeriodKey] = [:], dataGrains: [String: Granularity] = [:]
) -> QueryGenerator {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-model-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try! yaml.write(to: folder.appendingPathComponent("model.yml"), atomically: true, encoding: .utf8)
    return QueryGenerator(model: try! ModelLoader().load(directory: folder), values: values, periodRows: periodRows, dataGrains: dataGrains,
        clock: .fixed(Fixtures.today))
}

/// A second, ordinary model: a cube of countries with no number of its own, and yearly statistics joined to it.
/// The sample model can't show these classes (its cubes all carry numbers and dates).
enum CountryFixture {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: countries
            sql_table: countries
            title: Countries
            measures:
              - {name: count, type: count, title: Country Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Country}
              - {name: continent, sql: continent, type: string, title: Continent}
          - name: country_stats
            sql_table: country_stats
            title: Country Statistics
            joins:
              - {name: countries, relationship: many_to_one, sql: "{CUBE}.country_id = {countries.id}"}
            measures:
              - {name: count, type: count, title: Record Count}
              - {name: total_population, type: sum, sql: population, title: Total Population}
              - {name: avg_life_expectancy, type: avg, sql: life_expectancy, title: Average Life Expectancy (years)}
              - {name: min_life_expectancy, type: min, sql: life_expectancy, title: Min Life Expectancy (years)}
              - {name: max_life_expectancy, type: max, sql: life_expectancy, title: Max Life Expectancy (years)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: year, sql: year, type: time, title: Year}
              - {name: life_expectancy, sql: life_expectancy, type: number, title: Life Expectancy (years)}
              - {name: population, sql: population, type: number, title: Population}
        """, values: ["countries.name": ["Japan", "Rwanda", "Afghanistan"], "countries.continent": ["Africa", "Asia", "Europe"]])
}

/// An ordinary model of events (deaths) with a filtered count and a sex column holding Male / Female.
enum EventFixture {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: deaths
            sql_table: deaths
            title: Riot Deaths
            description: People who died in the riots. One row per person.
            measures:
              - {name: count, type: count, title: Deaths, meta: {title_zh: 死亡人数}}
              - {name: avg_age, type: avg, sql: age, title: Average Age (years)}
              - name: homicide_count
                type: count
                title: Homicides
                filters: [{sql: "{CUBE}.death_type = 'Homicide'"}]
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: gender, sql: gender, type: string, title: Gender}
              - {name: race, sql: race, type: string, title: Race, meta: {title_zh: 种族}}
              - {name: death_date, sql: death_date, type: time, title: Date of Death}
              - {name: age, sql: age, type: number, title: Age}
        """, values: ["deaths.gender": ["Male", "Female"], "deaths.race": ["Black", "White", "Latino"]])
}
