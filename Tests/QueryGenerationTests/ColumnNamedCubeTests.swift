import QueryGeneration
import SemanticModel
import Testing

/// From the barley and hr6 first runs: a cube named for its own number column, years compared, a superlative for
/// each group, a bare sort word beside a top N, and a level with nothing measured.
@Suite("A cube named for its number column, years compared, and superlatives that need a measure")
struct ColumnNamedCubeTests {
    /// A harvest cube named for its number column (harvests.harvest), as an ordinary model author writes it.
    static let harvests = modelGenerator(yaml: """
        cubes:
          - name: harvests
            sql_table: harvests
            title: Orchard Harvests
            meta: {title_zh: 苹果收成}
            joins:
              - {name: orchards, relationship: many_to_one, sql: "{CUBE}.orchard_id = {orchards.id}"}
            measures:
              - {name: count, type: count, title: Harvest Records}
              - {name: total, type: sum, sql: harvest, title: Total Harvest (tonnes)}
              - {name: average, type: avg, sql: harvest, title: Average Harvest (tonnes)}
              - {name: largest, type: max, sql: harvest, title: Max Harvest (tonnes)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: harvest, sql: harvest, type: number, title: Harvest (tonnes), meta: {title_zh: 收成}}
              - {name: season, sql: season, type: time, title: Season}
          - name: orchards
            sql_table: orchards
            title: Orchards
            measures:
              - {name: count, type: count, title: Orchard Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Orchard, meta: {title_zh: 果园}}
        """, values: ["orchards.name": ["Hillside", "Riverbend"]])

    @Test("harvest names the number column as the model's title says, not rows to count")
    func columnNamedCube() throws {
        // What did Hillside harvest in 2024: the column's value, which a count is not; asked back.
        #expect(Self.harvests.generate("What did Hillside harvest in 2024?").interpretation == nil)
        let average = try #require(Self.harvests.generate("Average Hillside harvest by season").interpretation?.query)
        #expect(average.measures == ["harvests.average"])
        let rows = try #require(Self.harvests.generate("How many harvests were there in 2024?").interpretation?.query)
        #expect(rows.measures == ["harvests.count"])
    }

    @Test("1931 vs 1932: two years compared are one row each, never one sum over both")
    func yearsCompared() throws {
        for question in ["Total harvest in 2023 compared with 2024", "Average harvest at Hillside, 2023 vs 2024"] {
            let query = try #require(Self.harvests.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .year, "\(question)")
        }
        // Years apart are those years only (never one range over the years between); two periods with no range word
        // between them, on different things, aren't one either.
        let apart = try #require(Self.harvests.generate("Total harvest in 2020 compared with 2024").interpretation?.query)
        #expect(apart.timeDimensions.first?.granularity == .year && apart.timeDimensions.first?.dateRange == nil, "\(apart)")
        #expect(apart.filters.flatMap(\.memberFilters).map(\.values) == [["2020-01-01", "2020-12-31"], ["2024-01-01", "2024-12-31"]])
        #expect(Fixtures.generator.generate("2024年入职的员工在2025年的平均绩效").interpretation == nil)
        let range = try #require(Fixtures.generator.generate("2023年到2024年入职的人数").interpretation?.query)
        #expect(range.timeDimensions.first?.dateRange == .absolute(from: "2023-01-01", to: "2024-12-31"))
    }

    @Test("最高收成 is the max measure, for each orchard; so is a bare superlative beside 每个 on the max measure's own words")
    func superlativeForEachGroup() throws {
        for question in ["每个果园的最高收成", "每个果园最高的收成"] {
            let max = try #require(Self.harvests.generate(question).interpretation?.query, "\(question)")
            #expect(max.measures == ["harvests.largest"] && max.dimensions == ["orchards.name"], "\(question)")
            #expect(max.limit == nil, "\(question)")
        }
    }

    @Test("平均月薪排前三: a bare sort word goes the top N's way")
    func sortWordBesideTopN() throws {
        let query = try #require(Fixtures.generator.generate("技术部里平均月薪排前三的岗位").interpretation?.query)
        #expect(query.limit == 3)
        #expect(query.order.first?.descending == true)
    }

    @Test("哪个部门最高 / which department is the highest: a level with nothing measured is asked back")
    func levelWithoutMeasure() {
        #expect(Fixtures.generator.generate("哪个部门最高？").interpretation == nil)
        #expect(Fixtures.generator.generate("which department is the highest").interpretation == nil)
    }

    @Test("工资最高的部门 / which model has the best city mpg: the best average or the best single row? Asked, with both as choices")
    func rankedColumnOfOtherRows() throws {
        for question in ["工资最高的部门", "Which department has the highest pay?"] {
            let result = Fixtures.generator.generate(question)
            #expect(result.interpretation == nil, "\(question)")
            let choices = try #require(result.notUnderstood?.suggestions)
            // each choice is understood exactly as written: the best average, and the best single salary
            let queries = choices.compactMap { Fixtures.generator.generate($0).interpretation?.query }
            #expect(queries.count == choices.count)
            #expect(queries.contains { $0.measures == ["employees.avg_salary"] && $0.limit == 1 && $0.order.first?.descending == true })
            #expect(queries.contains { $0.measures == ["employees.max_salary"] && $0.limit == 1 && $0.order.first?.descending == true })
        }
        // an average word says which; one row per group (预算最少的部门) has one reading
        #expect(Fixtures.generator.generate("平均工资最高的部门").interpretation?.query.measures == ["employees.avg_salary"])
        #expect(Fixtures.generator.generate("which department has the highest average salary").interpretation?.query.limit == 1)
    }

    @Test("which department pays the most: its total or its average? asked; one row per group (预算最少的部门) is not")
    func mostOfALevel() throws {
        #expect(Fixtures.generator.generate("Which department pays the most?").interpretation == nil)
        let budget = try #require(Fixtures.generator.generate("预算最少的部门是哪个").interpretation?.query)
        #expect(budget.limit == 1)
        let harvest = try #require(Self.harvests.generate("which orchard had the most harvest").interpretation?.query)
        #expect(harvest.measures == ["harvests.total"])
    }

    /// Soil readings whose cube the author also calls "ph", the name of its number column; plants whose name column
    /// has "plants" among its synonyms.
    static let readings = modelGenerator(yaml: """
        cubes:
          - name: readings
            sql_table: readings
            title: Soil Readings
            meta: {synonyms: [ph, soil tests]}
            joins:
              - {name: plants, relationship: many_to_one, sql: "{CUBE}.plant_id = {plants.id}"}
            measures:
              - {name: count, type: count, title: Readings}
              - {name: avg_ph, type: avg, sql: ph, title: Average pH (units)}
              - {name: min_ph, type: min, sql: ph, title: Lowest pH (units)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: ph, sql: ph, type: number, title: pH (units)}
              - {name: field, sql: field, type: string, title: Field}
          - name: plants
            sql_table: plants
            title: Plants
            measures:
              - {name: count, type: count, title: Plant Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Plant, meta: {synonyms: [plants, crop]}}
              - {name: family, sql: family, type: string, title: Family}
        """, values: ["readings.field": ["North", "South"], "plants.name": ["Barley", "Oats"], "plants.family": ["Grass", "Legume"]])

    @Test("burtin and driving first runs: a cube's own synonym that is its column's name names the column too")
    func cubeSynonymNamesItsColumn() throws {
        // What's the pH for oats in the North field: the column's value, never a count of readings.
        #expect(Self.readings.generate("What's the pH for Oats in the North field?").interpretation == nil)
        let lowest = try #require(Self.readings.generate("Which plant has the lowest pH?").interpretation?.query)
        #expect(lowest.measures.first?.hasPrefix("readings.") == true && lowest.measures != ["readings.count"])
    }

    @Test("break down the plants by family: the word for the rows is what is counted, not a second breakdown")
    func nounBesideAGrouping() throws {
        let query = try #require(Self.readings.generate("Break down the plants by family").interpretation?.query)
        #expect(query.dimensions == ["plants.family"])
        #expect(query.measures == ["plants.count"])
    }

    @Test("'pH above 7, with their pH' asks to see the column: the second mention is asked back, never dropped")
    func numberColumnNamedAgain() {
        #expect(Self.readings.generate("List the plants with a pH above 7, with their pH").interpretation == nil)
        #expect(Fixtures.generator.generate("职级8级及以上的在职员工有多少").interpretation != nil)
    }
}
