import QueryGeneration
import SemanticModel
import Testing

/// From the airquality, survey, journals and usarrests refusals (tenth session): generic head nouns after a member
/// that fits them ("exercise group", "pulse rates", 臭氧浓度) restate it; comparatives of everyday quantities
/// ("taller than 180 cm", "94°F or hotter", 比…年轻 aside) compare the quantity's column with the number.
@Suite("Understanding: head nouns and quantity comparatives")
struct HeadNounAndComparativeTests {
    let survey = modelGenerator(yaml: """
        cubes:
          - name: students
            sql_table: students
            title: Students
            measures:
              - {name: count, type: count, title: Number of Students}
              - {name: avg_pulse, type: avg, sql: pulse, title: Average Pulse (bpm)}
              - {name: murders, type: sum, sql: murders, title: Murders}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: exercise, sql: exercise, type: string, title: Exercise}
              - {name: pulse, sql: pulse, type: number, title: Pulse (bpm), meta: {title_zh: 脉搏}}
              - {name: height, sql: height, type: number, title: Height (cm)}
              - {name: age, sql: age, type: number, title: Age (years)}
              - {name: temperature, sql: temperature, type: number, title: Temperature (°F)}
              - {name: ozone, sql: ozone, type: number, title: Ozone (ppb), meta: {title_zh: 臭氧}}
        """, values: ["students.exercise": ["Freq", "Some", "None"]])

    func query(_ question: String) throws -> CubeQuery {
        try #require(survey.generate(question).interpretation?.query, "\(question) was not answered")
    }

    func filters(_ q: CubeQuery) -> [MemberFilter] { q.filters.flatMap(\.memberFilters) }

    @Test("a head noun after a member that fits it names the member again", arguments: [
        ("Which exercise group has the lowest average pulse?", ["students.exercise"]),
        ("Average pulse for each exercise level", ["students.exercise"]),
        ("What is the average pulse rate?", []),
        ("Average pulse readings by exercise", ["students.exercise"]),
        ("各锻炼水平的平均臭氧浓度", []),
    ])
    func headNouns(_ question: String, _ dimensions: [String]) throws {
        // 各锻炼水平 names no member (锻炼 is not in the model): left to the ledger.
        guard !question.hasPrefix("各") else {
            #expect(survey.generate(question).interpretation == nil)
            return
        }
        let q = try query(question)
        #expect(q.dimensions == dimensions, "\(q)")
    }

    @Test("a head noun that doesn't fit the member before it stays unaccounted")
    func headNounMismatch() {
        // murders is a total, not a rate: "murder rate" is another number
        #expect(survey.generate("What are the total murders rate?").interpretation == nil)
        // a number's groups are not its values
        #expect(survey.generate("average pulse by height group").interpretation == nil)
    }

    @Test("a comparative and than compare the quantity's column, in its own unit or none", arguments: [
        ("How many students are taller than 180 cm?", "students.height", FilterOperator.gt, "180"),
        ("How many students are younger than 20?", "students.age", .lt, "20"),
        ("Average pulse of students older than 25", "students.age", .gt, "25"),
        ("How many students were warmer than 80 degrees?", "students.temperature", .gt, "80"),
        ("How many students were 94°F or hotter?", "students.temperature", .gte, "94"),
        ("How many students are 20 or younger?", "students.age", .lte, "20"),
    ])
    func comparatives(_ question: String, _ member: String, _ op: FilterOperator, _ value: String) throws {
        let q = try query(question)
        #expect(filters(q).contains { $0.member == member && $0.op == op && $0.values == [value] }, "\(q)")
    }

    @Test("a comparative with another unit than its column's is not converted: asked back")
    func otherUnit() {
        #expect(survey.generate("How many students are taller than 6 feet?").interpretation == nil)
        #expect(survey.generate("How many students were warmer than 30 °C?").interpretation == nil)
    }
}

/// A cube with one row a day (found in the data at start-up): "days" names its rows in a list of them, and the
/// list names each row by its date.
@Suite("Understanding: rows that are days")
struct PeriodRowListTests {
    let weather = modelGenerator(yaml: """
        cubes:
          - name: weather
            sql_table: weather
            title: Weather
            measures:
              - {name: count, type: count, title: Number of Days}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: date, sql: date, type: time, title: Date}
              - {name: temperature, sql: temperature, type: number, title: Temperature (°F)}
              - {name: wind, sql: wind, type: number, title: Wind Speed (mph)}
        """, values: [:], periodRows: ["weather": PeriodKey(dimension: "weather.date", grain: .day)])

    @Test("the 3 hottest days, the windiest days: the days listed by their date, highest first", arguments: [
        ("What were the 3 hottest days?", "weather.temperature", 3),
        ("Which were the five windiest days?", "weather.wind", 5),
    ])
    func hottestDays(_ question: String, _ ranked: String, _ n: Int) throws {
        let q = try #require(weather.generate(question).interpretation?.query, "\(question)")
        #expect(q.ungrouped == true && q.dimensions == ["weather.date", ranked] && q.limit == n, "\(q)")
        #expect(q.order.first == OrderItem(ranked, descending: true))
    }
}
