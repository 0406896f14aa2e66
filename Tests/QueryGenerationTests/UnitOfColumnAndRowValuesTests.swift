import QueryGeneration
import SemanticModel
import Testing

/// From the mtcars and psid_wages first runs (eleventh session): "years of education" names the column measured in
/// years; "between" before compared values and "in percent" after a share are accounted for; one named row's
/// values are asked several at a time.
@Suite("Understanding: a unit of a column, compared values, a share's unit, one row's values")
struct UnitOfColumnAndRowValuesTests {
    let panel = modelGenerator(yaml: """
        cubes:
          - name: cars
            sql_table: cars
            title: Cars
            measures:
              - {name: count, type: count, title: Number of Cars}
              - {name: avg_horsepower, type: avg, sql: horsepower, title: Average Horsepower (hp)}
              - {name: avg_weight, type: avg, sql: weight, title: Average Weight (1000 lbs)}
              - {name: avg_qsec, type: avg, sql: qsec, title: Average Quarter-Mile Time (s)}
              - {name: avg_experience, type: avg, sql: experience, title: Average Experience (years)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: model, sql: model, type: string, title: Car Model, meta: {synonyms: [car]}}
              - {name: transmission, sql: transmission, type: string, title: Transmission}
              - {name: cylinders, sql: cylinders, type: number, title: Cylinders}
              - {name: weight, sql: weight, type: number, title: Weight (1000 lbs)}
              - {name: qsec, sql: qsec, type: number, title: Quarter-Mile Time (s)}
              - {name: horsepower, sql: horsepower, type: number, title: Horsepower (hp)}
              - {name: experience, sql: experience, type: number, title: Experience (years)}
              - {name: education, sql: education, type: number, title: Education (years)}
              - {name: hours_driven, sql: hours_driven, type: number, title: Hours Driven}
        """, values: ["cars.transmission": ["Automatic", "Manual"], "cars.model": ["Lotus Europa", "Ferrari Dino"]])

    func query(_ question: String) throws -> CubeQuery {
        try #require(panel.generate(question).interpretation?.query, "\(question) was not answered")
    }

    @Test("a unit, of, and a column measured in it name the column", arguments: [
        ("Average years of experience", ["cars.avg_experience"], [] as [String]),
        ("How many cars have 16 or more years of education?", ["cars.count"], ["cars.education"]),
    ])
    func unitOfColumn(_ question: String, _ measures: [String], _ filtered: [String]) throws {
        let q = try query(question)
        #expect(q.measures == measures, "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).map(\.member) == filtered, "\(q)")
    }

    @Test("how many years of a column asks something else: left to the ledger")
    func howManyUnits() {
        #expect(panel.generate("How many years of experience does the Lotus Europa have?").interpretation?.query.measures != ["cars.count"])
    }

    @Test("between before two compared values of the grouping says what is compared")
    func betweenValues() throws {
        let q = try query("Compare average horsepower between manual and automatic cars")
        #expect(q.dimensions == ["cars.transmission"] && q.measures == ["cars.avg_horsepower"], "\(q)")
        // between with no values after it is not accounted for by them
        #expect(panel.generate("average horsepower between cars").interpretation == nil)
    }

    @Test("in percent after a share is the share's own unit")
    func percentOfShare() throws {
        let result = panel.generate("What share of the cars have 8 cylinders, in percent?")
        #expect(result.interpretation?.shareOf?.values == ["8"], "\(String(describing: result.interpretation))")
        // without a share, percent is not accounted for
        #expect(panel.generate("average horsepower in percent").interpretation == nil)
    }

    @Test("several values of one named row are each that row's value")
    func rowValues() throws {
        let q = try query("What are the weight and quarter-mile time of the Lotus Europa?")
        #expect(q.measures == ["cars.avg_weight", "cars.avg_qsec"], "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).map(\.values) == [["Lotus Europa"]])
    }

    @Test("Hours Driven counts in hours: a title with a unit among its words is compared by that unit")
    func unitInTitle() throws {
        let q = try query("How many cars were driven more than 300 hours?")
        #expect(q.measures == ["cars.count"] && q.filters.flatMap { $0.memberFilters }.map(\.member) == ["cars.hours_driven"], "\(q)")
    }
}

/// "On average, how many people were hired each month": an unused average word beside a count (said with a count
/// word) or a total per period is the periods' figures averaged; a cube's noun alone is not a count asked for.
@Suite("Understanding: averages of per-period figures")
struct PeriodAverageUnderstandingTests {
    @Test("an average word beside a count per period averages the periods", arguments: [
        "On average, how many people were hired each month in 2025?", "2025年平均每月入职多少人",
    ])
    func averagesPeriods(_ question: String) throws {
        let interpretation = try #require(Fixtures.generator.generate(question).interpretation, "\(question)")
        #expect(interpretation.averagesPeriods, "\(interpretation.query)")
        #expect(interpretation.query.timeDimensions.first?.granularity == .month)
        #expect(try Interpretation(json: interpretation.json).averagesPeriods)
    }

    @Test("a ranking or a plain breakdown is not averaged")
    func notAveraged() throws {
        let ranked = try #require(Fixtures.generator.generate("Which month of 2025 had the most hires?").interpretation)
        #expect(!ranked.averagesPeriods)
        let series = try #require(Fixtures.generator.generate("How many people were hired each month in 2025?").interpretation)
        #expect(!series.averagesPeriods)
    }
}

/// "What share of reviews were rated S or A in each year?": a share word beside a count and one condition on a
/// category is that condition's share of the rows, per the other groups.
@Suite("Understanding: the share of a condition, per group")
struct ShareOfConditionTests {
    @Test("the condition becomes the share, per the groups asked", arguments: [
        ("What share of reviews were rated S or A in each year?", ["performance_reviews.rating"]),
        ("What percentage of 2025 reviews were rated A or S, broken down by department?", ["departments.name_en", "performance_reviews.rating"]),
        ("各部门2025年考核结果为A或S的占比", ["departments.name", "performance_reviews.rating"]),
    ])
    func shareOfCondition(_ question: String, _ dimensions: [String]) throws {
        let interpretation = try #require(Fixtures.generator.generate(question).interpretation, "\(question)")
        #expect(Set(interpretation.shareOf?.values ?? []) == ["S", "A"], "\(interpretation.query)")
        #expect(interpretation.query.dimensions == dimensions && interpretation.query.filters.isEmpty, "\(interpretation.query)")
    }

    @Test("with a ranking, which share is meant is not said: asked back (other conditions before the copula are the base: ShareOverSeveralConditionsTests)")
    func notWithRanking() {
        #expect(Fixtures.generator.generate("Which three departments had the lowest share of S or A ratings in 2024?").interpretation == nil)
    }
}

/// "The average ozone on days when the temperature was above 85°F": in a cube with one row a day, "days when" before
/// a condition the query holds says which rows; where the period noun is the count itself, it stays unaccounted.
@Suite("Understanding: the rows' own period before when")
struct RowsWhenTests {
    func daily(count title: String) -> QueryGenerator {
        modelGenerator(yaml: """
        cubes:
          - name: air
            sql_table: air
            title: Air Quality
            measures:
              - {name: count, type: count, title: \(title)}
              - {name: avg_ozone, type: avg, sql: ozone, title: Average Ozone (ppb)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: date, sql: date, type: time, title: Date}
              - {name: temperature, sql: temperature, type: number, title: Temperature (°F)}
        """, values: [:], periodRows: ["air": PeriodKey(dimension: "air.date", grain: .day)])
    }

    @Test("days when a condition: the rows that meet it")
    func daysWhen() throws {
        let result = daily(count: "Number of Days").generate("What was the average ozone on days when the temperature was above 85°F?")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures == ["air.avg_ozone"] && q.filters.flatMap(\.memberFilters).map(\.op) == [.gt], "\(q)")
    }

    @Test("when with no condition after it, or after the count's own noun, is not accounted for")
    func notWhen() {
        #expect(daily(count: "Number of Days").generate("average ozone on days when").interpretation == nil)
        // Days is the count's own title: "list the days when …" is not a count of them
        #expect(daily(count: "Days").generate("List the days when the temperature was above 85°F").interpretation?.query.measures != ["air.count"])
    }
}

/// "The average salary across all departments", "the average wage over all person-years": over / across with all,
/// every, both or whole names what one figure is taken over, never a breakdown or a count.
@Suite("Understanding: over all, across every")
struct AcrossAllTests {
    @Test("across all departments is one figure", arguments: [
        "What is the average salary across all departments?", "average salary over all departments and all cities",
        "What is the average salary across all departments and years?", "average salary across all cities and departments",
    ])
    func acrossAll(_ question: String) throws {
        let q = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(q.measures == ["employees.avg_salary"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("over all the rows' count title is the rows, not their number")
    func overAllRows() throws {
        let panel = modelGenerator(yaml: """
            cubes:
              - name: observations
                sql_table: observations
                title: Observations
                measures:
                  - {name: count, type: count, title: Person-Years}
                  - {name: avg_wage, type: avg, sql: wage, title: Average Log Hourly Wage}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
            """, values: [:])
        let q = try #require(panel.generate("What is the average log hourly wage over all person-years?").interpretation?.query)
        #expect(q.measures == ["observations.avg_wage"], "\(q)")
    }

    @Test("by department, or over with no quantifier, keeps the breakdown")
    func breakdownKept() throws {
        let q = try #require(Fixtures.generator.generate("average salary by department").interpretation?.query)
        #expect(q.dimensions == ["departments.name_en"])
    }
}
