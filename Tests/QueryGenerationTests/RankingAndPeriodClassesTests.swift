import Foundation
import QueryGeneration
import SemanticModel
import Testing

/// A second, ordinary model: a cube of countries with no number of its own, and yearly statistics joined to it.
/// The sample model can't show these classes (its cubes all carry numbers and dates).
enum CountryFixture {
    static let generator: QueryGenerator = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-countries-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! """
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
        """.write(to: folder.appendingPathComponent("model.yml"), atomically: true, encoding: .utf8)
        let model = try! ModelLoader().load(directory: folder)
        let values = ["countries.name": ["Japan", "Rwanda", "Afghanistan"], "countries.continent": ["Africa", "Asia", "Europe"]]
        return QueryGenerator(model: model, values: values, clock: .fixed(Fixtures.today))
    }()
}

@Suite("Rankings named by a measure, cube nouns as groups, listed periods, bare columns")
struct RankingAndPeriodClassesTests {
    @Test("which group has the lowest X, where 'lowest X' is a min measure's own name: the groups ranked, one kept", arguments: [
        ("Which department has the lowest salary?", "employees.min_salary", false, 1),
        ("哪个部门的最高工资最高", "employees.max_salary", true, 1),
        ("哪3个城市的最低工资最低", "employees.min_salary", false, 3),
    ])
    func superlativeInTheMeasureName(_ question: String, _ measure: String, _ descending: Bool, _ limit: Int) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.order.first == OrderItem(measure, descending: descending) && query.limit == limit && query.dimensions.count == 1, "\(query)")
    }

    @Test("without 'which' the same words stay the measure, per group")
    func measureWithoutWhich() throws {
        let query = try #require(Fixtures.generator.generate("the lowest salary in each department").interpretation?.query)
        #expect(query.measures == ["employees.min_salary"] && query.limit == nil)
    }

    @Test("which 3 employees have the highest salary: the people, listed by the column, not grouped by name")
    func whichRowsOfTheMeasuresCube() throws {
        let query = try #require(Fixtures.generator.generate("which 3 employees have the highest salary").interpretation?.query)
        #expect(query.ungrouped == true && query.limit == 3 && query.order.first == OrderItem("employees.salary", descending: true), "\(query)")
    }

    @Test("aggregation words joined by and / 和 each give a measure of the column", arguments: [
        ("最低和最高工资", ["employees.min_salary", "employees.max_salary"]),
        ("minimum and maximum salary by department", ["employees.min_salary", "employees.max_salary"]),
        ("各部门的平均和最高工资", ["employees.avg_salary", "employees.max_salary"]),
    ])
    func coordinatedAggregates(_ question: String, _ measures: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures && query.order.allSatisfy { !$0.member.isEmpty } && query.limit == nil, "\(query)")
    }

    @Test("two listed years are a row each; years apart are asked back; 之间 and between stay one range")
    func listedYears() throws {
        for question in ["2024年和2025年的平均绩效分", "average score in 2024 and 2025"] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .year, "\(query)")
            #expect(query.timeDimensions.first?.dateRange == .absolute(from: "2024-01-01", to: "2025-12-31"))
        }
        #expect(Fixtures.generator.generate("2023年和2025年的平均绩效分").interpretation == nil)
        for question in ["2024和2025年之间入职的人数", "hires between 2024 and 2025"] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == nil && query.timeDimensions.first?.dateRange != nil, "\(query)")
        }
    }

    @Test("a grain word before a measure that is itself that period's figure restates it: no breakdown", arguments: [
        "What's the monthly payroll for current Sales staff?", "每月的工资总额",
    ])
    func periodFigure(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == ["employees.total_salary"] && query.timeDimensions.isEmpty, "\(query)")
        let hires = try #require(Fixtures.generator.generate("monthly hires").interpretation?.query)
        #expect(hires.timeDimensions.first?.granularity == .month)
    }

    @Test("a bare number column is asked back with its aggregates as the choices, in both languages", arguments: [
        ("销售部的工资是多少？", "平均月薪"), ("salary by department", "Average Salary"), ("各城市工资", "平均月薪"),
    ])
    func bareColumn(_ question: String, _ choice: String) throws {
        guard case .notUnderstood(let c) = Fixtures.generator.generate(question) else {
            Issue.record("\(question) was answered")
            return
        }
        #expect(c.reason == .needsClarification && c.suggestions.contains { $0.contains(choice) }, "\(c)")
    }

    @Test("a verb of change before a comparison is not a write; a write stays refused")
    func changeVerbs() {
        guard case .notUnderstood(let drop) = Fixtures.generator.generate("did any salary ever drop below 3000") else { return }
        #expect(drop.reason == .needsClarification)
        guard case .notUnderstood(let write) = Fixtures.generator.generate("drop the employees table") else {
            Issue.record("a write was answered")
            return
        }
        #expect(write.reason != .needsClarification)
    }

    @Test("the share of several values together is their combined share; beside a breakdown it is asked back")
    func shareOfSeveralValues() throws {
        let i = try #require(Fixtures.generator.generate("What share of reviews in Q3 2025 were rated S or A?").interpretation)
        #expect(i.shareOf == MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["S", "A"]))
        #expect(i.query.dimensions == ["performance_reviews.rating"] && i.query.filters.isEmpty)
        #expect(Fixtures.generator.generate("What share of reviews were rated S or A in each year?").interpretation == nil)
    }

    @Test("decades with their century: 20世纪80年代, 上世纪90年代")
    func centuries() throws {
        for (question, from) in [("20世纪80年代入职的员工人数", "1980-01-01"), ("上世纪90年代入职的员工人数", "1990-01-01")] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            guard case .absolute(let start, _)? = query.timeDimensions.first?.dateRange else {
                Issue.record("\(query)")
                continue
            }
            #expect(start == from)
        }
    }

    @Test("a period in a question counting a cube without dates dates the rows its condition is on")
    func periodOnTheConditionsCube() throws {
        let query = try #require(CountryFixture.generator.generate("How many countries had a life expectancy above 75 years in 2007?").interpretation?.query)
        #expect(query.measures == ["countries.count"] && query.timeDimensions.first?.dimension == "country_stats.year", "\(query)")
        // Nothing the period could date: it is reported, not dropped.
        #expect(CountryFixture.generator.generate("How many countries are there in Asia in 2007?").interpretation == nil)
    }

    @Test("which 3 countries / top 3 countries, where the word names a cube without numbers: grouped by its label", arguments: [
        "Which 3 countries had the lowest life expectancy in 2007?", "Top 3 countries by total population in 2007",
    ])
    func cubeNounGroups(_ question: String) throws {
        let query = try #require(CountryFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == ["countries.name"] && query.limit == 3, "\(query)")
    }
}

/// An ordinary model of events (deaths) with a filtered count and a sex column holding Male / Female.
enum EventFixture {
    static let generator: QueryGenerator = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-events-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! """
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
        """.write(to: folder.appendingPathComponent("model.yml"), atomically: true, encoding: .utf8)
        let model = try! ModelLoader().load(directory: folder)
        let values = ["deaths.gender": ["Male", "Female"], "deaths.race": ["Black", "White", "Latino"]]
        return QueryGenerator(model: model, values: values, clock: .fixed(Fixtures.today))
    }()
}

@Suite("Event verbs, partitives and everyday words for a person's sex")
struct EventWordsTests {
    @Test("the event's verb and 'how many of the X' name the rows: the filtered count alone is the answer", arguments: [
        ("How many of the deaths were homicides?", ["deaths.homicide_count"], [] as [String]),
        ("How many Black men died in homicides?", ["deaths.homicide_count"], ["Black", "Male"]),
        ("How many women died?", ["deaths.count"], ["Female"]),
        ("How many deaths were there among men?", ["deaths.count"], ["Male"]),
        ("How many people died?", ["deaths.count"], []),
        ("What was the average age of the people who died?", ["deaths.avg_age"], []),
    ])
    func rowsNamedByVerbs(_ question: String, _ measures: [String], _ values: [String]) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures, "\(query)")
        #expect(Set(query.filters.flatMap(\.memberFilters).flatMap(\.values)) == Set(values), "\(query)")
    }
}

extension EventWordsTests {
    @Test("'who' after the rows' noun asks for a list unless the question asks for a number")
    func relativeWho() {
        #expect(Fixtures.generator.generate("employees who joined in 2024").interpretation == nil)
        #expect(Fixtures.generator.generate("how many employees who joined in 2024 are in Sales").interpretation != nil)
    }
}

@Suite("A day without its year in a range takes the other day's year")
struct DayRangeTests {
    @Test("from April 29 to May 3, 1992; between April 29 and May 3, 1992", arguments: [
        "deaths per day from April 29 to May 3, 1992", "deaths between April 29 and May 3, 1992",
    ])
    func carriedYear(_ question: String) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: "1992-04-29", to: "1992-05-03"), "\(query)")
    }
}

extension EventWordsTests {
    @Test("light verbs (happened, 发生), least / most common, 每种, and 死亡 from 死亡人数", arguments: [
        ("How many of the deaths happened after May 3, 1992?", nil as String?, nil as Int?),
        ("Which two races were the least common among the deaths?", "deaths.race", 2),
        ("每种种族的死亡人数", "deaths.race", nil),
        ("1992年5月1日有多少人死亡？", nil, nil),
    ])
    func lightWords(_ question: String, _ dimension: String?, _ limit: Int?) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == (dimension.map { [$0] } ?? []) && query.limit == limit, "\(query)")
        if limit != nil { #expect(query.order.first?.descending == false) }
    }
}
