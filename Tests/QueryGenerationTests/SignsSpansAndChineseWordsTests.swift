import Testing
import SemanticModel
@testable import QueryGeneration

/// Firms with prices paid, a signed index, a year column; tracts whose Chinese noun is only said by their count.
private let firms = modelGenerator(yaml: """
    cubes:
      - name: firms
        sql_table: firms
        title: Electricity Producers
        meta: {title_zh: 电力企业}
        joins: [{name: size_classes, relationship: many_to_one, sql: "{CUBE}.size_class_id = {size_classes.id}"}]
        measures:
          - {name: count, type: count, title: Number of Firms, meta: {title_zh: 企业数}}
          - {name: avg_output, type: avg, sql: output, title: Average Output (million kWh), meta: {title_zh: 平均产量}}
          - {name: max_fuel_price, type: max, sql: fuel_price, title: Highest Fuel Price (cents per million BTU)}
          - {name: avg_logit, type: avg, sql: logit, title: Average Success Logit}
          - {name: total_output, type: sum, sql: output, title: Total Output (million kWh)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, public: true, title: Firm ID}
          - {name: size_class_id, sql: size_class_id, type: number, public: false}
          - {name: fuel_price, sql: fuel_price, type: number, title: Fuel Price (cents per million BTU)}
          - {name: wage_rate, sql: wage_rate, type: number, title: Wage Rate (USD per hour), meta: {synonyms: [wage]}}
          - {name: logit, sql: logit, type: number, title: Success Logit}
          - {name: value, sql: value, type: number, title: Median Home Value (USD), meta: {title_zh: 房价中位数}}
          - {name: year, sql: year, type: time, title: Year}
          - {name: output, sql: output, type: number, title: Output (million kWh)}
      - name: size_classes
        sql_table: size_classes
        title: Size Classes
        measures:
          - {name: count, type: count, title: Number of Size Classes}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Size Class, meta: {title_zh: 规模}}
      - name: tracts
        sql_table: tracts
        title: Census Tracts
        meta: {title_zh: 人口普查区}
        measures:
          - {name: count, type: count, title: Number of Tracts, meta: {title_zh: 普查区数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: value, sql: value, type: number, title: Median Home Value (USD), meta: {title_zh: 房价中位数}}
    """, values: ["size_classes.name": ["Small", "Medium", "Large"]])

/// Boats that hold counts of people, daily readings, road segments with a length in miles.
private let boats = modelGenerator(yaml: """
    cubes:
      - name: lifeboats
        sql_table: lifeboats
        title: Titanic Lifeboats
        meta: {title_zh: 救生艇}
        joins: [{name: decks, relationship: many_to_one, sql: "{CUBE}.deck_id = {decks.id}"}]
        measures:
          - {name: count, type: count, title: Number of Lifeboats, meta: {title_zh: 救生艇数}}
          - {name: total_women, type: sum, sql: women, title: Women Aboard (persons)}
          - {name: total_length, type: sum, sql: length_miles, title: Total Length (miles)}
          - {name: avg_women, type: avg, sql: women, title: Average Women Aboard (persons), meta: {title_zh: 平均女性人数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, title: Boat Number, meta: {title_zh: 救生艇编号}}
          - {name: women, sql: women, type: number, title: Women (persons)}
          - {name: length_miles, sql: length_miles, type: number, title: Length (miles)}
          - {name: side, sql: side, type: string, title: Side}
          - {name: deck_id, sql: deck_id, type: number, public: false}
      - name: decks
        sql_table: decks
        title: Decks
        meta: {title_zh: 甲板}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true, public: true, title: Deck Number, meta: {title_zh: 甲板编号}}
      - name: patients
        sql_table: patients
        title: Patients
        measures:
          - {name: count, type: count, title: Number of Patients}
          - name: deaths
            type: count
            title: Deaths
            filters: [{sql: "{CUBE}.status = 'Dead'"}]
            meta: {synonyms: [died]}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: sex, sql: sex, type: string, title: Sex}
          - {name: heart_weight, sql: heart_weight, type: number, title: Heart Weight (g)}
          - {name: murder_rate, sql: murder_rate, type: number, title: Murder Rate (per 100,000)}
          - {name: visits, sql: visits, type: number, title: Clinic Visits (visits), description: Average number of clinic visits a year}
      - name: readings
        sql_table: readings
        title: Daily Readings
        measures:
          - {name: count, type: count, title: Number of Days}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: day, sql: day, type: time, title: Date}
          - {name: temperature, sql: temperature, type: number, title: Temperature (°F)}
    """, values: ["lifeboats.side": ["port", "starboard"], "patients.sex": ["male", "female"]], periodRows: ["readings": PeriodKey(dimension: "readings.day", grain: .day)])

@Suite("Understanding: units and totals said anywhere, the rows of a share, ranked rows by their count or top")
struct UnitsTotalsAndRankedRowsTests {
    @Test("in miles, in millions of dollars: a shown member's unit after in, wherever it stands", arguments: [
        "What's the total length of all lifeboats in miles?",
    ])
    func unitAfterIn(_ question: String) throws {
        #expect(try requiredQuery(boats, question).measures == ["lifeboats.total_length"])
    }

    @Test("a unit the answer doesn't have stays unaccounted for")
    func foreignUnitAfterIn() {
        #expect(boats.generate("What's the total length of all lifeboats in kilometres?").interpretation == nil)
    }

    @Test("in total after a sum or a count says what it is; before a noun it is left to the rules", arguments: [
        ("Which side has the most women aboard in total?", "lifeboats.total_women"),
        ("How many lifeboats are there in total?", "lifeboats.count"),
    ])
    func inTotal(_ question: String, _ measure: String) throws {
        #expect(try requiredQuery(boats, question).measures == [measure])
    }

    @Test("in total beside an average is not accounted for")
    func inTotalOfAverage() {
        #expect(boats.generate("What is the average women aboard in total?").interpretation == nil)
    }

    @Test("what percentage of days: the share's base is the daily rows")
    func shareOfDays() throws {
        let result = boats.generate("What percentage of days had a temperature above 90?")
        #expect(result.interpretation?.shareOf != nil, "\(String(describing: result.notUnderstood?.unknownWords))")
    }

    @Test("top 3 lifeboats by (number of) women aboard, the 3 lifeboats with the most women: the rows ranked by their column", arguments: [
        "Top 3 lifeboats by number of women aboard", "Top 3 lifeboats by women aboard", "the 3 lifeboats with the most women aboard",
    ])
    func rankedOwnRows(_ question: String) throws {
        let q = try requiredQuery(boats, question)
        #expect(q.ungrouped == true && q.limit == 3 && q.dimensions.contains("lifeboats.women"), "\(q)")
        #expect(q.order.first.map { $0.member == "lifeboats.women" && $0.descending } == true, "\(q)")
    }

    @Test("what percentage of (male) patients died: a filtered count said as the rows' verb is the share's part", arguments: [
        ("What percentage of patients died?", 0), ("What percentage of male patients died?", 1),
    ])
    func shareOfVerb(_ question: String, _ filters: Int) throws {
        let result = boats.generate(question)
        let q = try #require(result.interpretation?.query, "\(String(describing: result.notUnderstood?.unknownWords))")
        #expect(result.interpretation?.shareOfMeasure == "patients.deaths" && q.measures == ["patients.deaths", "patients.count"], "\(q)")
        #expect(q.filters.count == filters, "\(q)")
    }

    @Test("14 grams for a column in g; a heart weighing … names Heart Weight before its comparison")
    func spelledUnitAndTitleNoun() throws {
        let q = try requiredQuery(boats, "How many patients have a heart weighing more than 14 grams?")
        #expect(memberFilter(q, "patients.heart_weight")?.op == .gt && q.measures == ["patients.count"], "\(q)")
    }

    @Test("the compared column's noun after the comparison asks it shown: not accounted for by the comparison")
    func titleNounAfterComparison() {
        #expect(boats.generate("Which patients have a murder rate above 10, and what are their rates?").interpretation?.query.measures != ["patients.count"])
    }

    @Test("patients who average more than 3 visits, where the column is itself an average: the verb restates it")
    func averageVerbOfAverageColumn() throws {
        let q = try requiredQuery(boats, "How many patients average more than 3 clinic visits?")
        #expect(memberFilter(q, "patients.visits")?.op == .gt && q.measures == ["patients.count"], "\(q)")
    }

    @Test("PhD holders who are still with us, the most people in them, 员工里有多少: relative who, in them, 里有", arguments: [
        "What's the average monthly salary of PhD holders who are still with us?",
        "Which five job titles have the most people in them right now?",
        "今年入职的员工里有多少是硕士？",
    ])
    func clauseWords(_ question: String) throws {
        _ = try requiredQuery(Fixtures.generator, question)
    }

    @Test("哪些 over groups named by their key lists them")
    func listWordOverKeys() throws {
        let q = try requiredQuery(boats, "平均女性人数最多的3个甲板是哪些？")
        #expect(q.dimensions == ["decks.id"] && q.limit == 3, "\(q)")
    }
}

@Suite("Understanding: signed numbers, spans of years after over, per the averaged rows, paying a price, Chinese function words")
struct SignsSpansAndChineseWordsTests {
    @Test("below -1, above -0.5: a minus sign before the digits is the number's sign", arguments: [
        ("How many firms have a success logit below -1?", FilterOperator.lt, "-1"),
        ("How many firms have a success logit above -0.5?", FilterOperator.gt, "-0.5"),
    ])
    func negativeNumbers(_ question: String, _ op: FilterOperator, _ value: String) throws {
        let q = try requiredQuery(firms, question)
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "firms.logit" && $0.op == op && $0.values == [value] }, "\(q)")
    }

    @Test("a dash between spaces, away from numbers, is punctuation")
    func dashAsPunctuation() throws {
        let q = try requiredQuery(firms, "Medium firms - how many?")
        #expect(q.measures == ["firms.count"] && q.filters.count == 1, "\(q)")
    }

    @Test("1 - 5 stays a range of numbers, not a negative five")
    func spacedRange() throws {
        let q = try requiredQuery(firms, "How many firms have a success logit between 1 - 5?")
        #expect(!q.filters.flatMap(\.memberFilters).contains { $0.values.contains("-5") }, "\(q)")
    }

    @Test("over 1970-1984 is the span of years, not a comparison with 1970")
    func overSpanOfYears() throws {
        let q = try requiredQuery(firms, "What was the average output over 1970-1984?")
        #expect(q.filters.isEmpty, "\(q)")
        #expect(q.timeDimensions.first?.dateRange == .absolute(from: "1970-01-01", to: "1984-12-31"), "\(q)")
    }

    @Test("the average output per firm (the cube's noun or its key's title): one average over the firms, not each firm's own", arguments: [
        "What is the average output per firm?", "What is the average output per firm ID?",
    ])
    func averagePerOwnRow(_ question: String) throws {
        let q = try requiredQuery(firms, question)
        #expect(q.measures == ["firms.avg_output"] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("the average budget per department: the departments' own column averaged over them, labelled rows too")
    func averagePerLabelledRow() throws {
        let q = try requiredQuery(Fixtures.generator, "What is the average budget per department?")
        #expect(q.measures == ["departments.avg_budget"] && q.dimensions.isEmpty, "\(q)")
        let other = try requiredQuery(Fixtures.generator, "What is the average salary per department?")
        #expect(!other.dimensions.isEmpty, "another cube's average per department is a breakdown: \(other)")
    }

    @Test("top 5 firms by output, where firms also names the key: the firms listed")
    func topRowsByColumn() throws {
        let q = try requiredQuery(firms, "Top 5 firms by output")
        #expect(q.ungrouped == true && q.limit == 5, "\(q)")
    }

    @Test("the average output per size class stays a breakdown by the other cube")
    func averagePerOtherCube() throws {
        let q = try requiredQuery(firms, "average output per size class")
        #expect(q.dimensions == ["size_classes.name"], "\(q)")
    }

    @Test("pay / paid beside a price the answer reads restates it", arguments: [
        "How many firms pay a fuel price of at least 35 cents per million BTU?",
        "What is the highest fuel price paid by a Medium firm?",
    ])
    func payingAPrice(_ question: String) throws {
        let q = try requiredQuery(firms, question)
        #expect(q.measures.contains { $0.hasPrefix("firms.") }, "\(q)")
    }

    @Test("paying with no price in the answer is not accounted for")
    func payingNothing() {
        #expect(firms.generate("How much did the firms pay?").interpretation == nil)
    }

    @Test("数据中一共有多少个, 3万美元的普查区: Chinese function words and currencies are their own words; 普查区数 names 普查区", arguments: [
        ("数据中一共有多少个普查区？", "tracts.count", 0),
        ("房价中位数超过3万美元的普查区有多少个？", "tracts.count", 1),
    ])
    func chineseFunctionWords(_ question: String, _ measure: String, _ filters: Int) throws {
        let q = try requiredQuery(firms, question)
        #expect(q.measures == [measure] && q.filters.count == filters, "\(q)")
    }

    @Test("一共有多少: 多少 inside a function word is still the count word")
    func countInsideFunctionWord() throws {
        #expect(try requiredQuery(firms, "一共有多少家电力企业？").measures == ["firms.count"])
    }
}

/// Four-week periods of ice cream consumption: the cube's title names a quantity of its rows.
private let icecream = modelGenerator(yaml: """
    cubes:
      - name: ice_cream_consumption
        sql_table: ice_cream_consumption
        title: Ice Cream Consumption
        measures:
          - {name: count, type: count, title: Number of Periods}
          - {name: total_consumption, type: sum, sql: consumption, title: Total Consumption (pints per head)}
          - {name: avg_consumption, type: avg, sql: consumption, title: Average Consumption (pints per head)}
          - {name: avg_income, type: avg, sql: income, title: Average Weekly Family Income (USD)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: consumption, sql: consumption, type: number, title: Consumption (pints per head)}
          - {name: income, sql: income, type: number, title: Weekly Family Income (USD)}
          - {name: season, sql: season, type: string, title: Season}
    """, values: ["ice_cream_consumption.season": ["Summer", "Winter"]])

@Suite("Understanding: a cube's noun that is also its quantity, when before a condition")
struct QuantityNounAndWhenTests {
    @Test("what was ice cream consumption in summer: the noun is the quantity as much as the rows; not a count")
    func quantityNoun() {
        #expect(icecream.generate("What was ice cream consumption in summer?").interpretation?.query.measures != ["ice_cream_consumption.count"])
    }

    @Test("how many … still counts the rows")
    func countWordCounts() throws {
        #expect(try requiredQuery(icecream, "How many ice cream consumption records are in summer?").measures == ["ice_cream_consumption.count"])
    }

    @Test("when before the compared column opens its condition", arguments: [
        "What was the average consumption when weekly family income was more than $88?",
        "What was the average weekly family income when consumption was above 0.4 pints per head?",
    ])
    func whenCondition(_ question: String) throws {
        let q = try requiredQuery(icecream, question)
        #expect(q.filters.count == 1 && q.measures.count == 1, "\(q)")
    }
}

@Suite("Understanding: a yes/no question about one keyed row shows the value")
struct KeyedRowYesNoTests {
    @Test("are they still with us: the row's status is shown, not a condition that hides a no", arguments: [
        "When did employee 777 join, and are they still with us?",
    ])
    func yesNoOfKeyedRow(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions.contains("employees.status"), "\(q)")
        #expect(q.filters.flatMap(\.memberFilters).map(\.member) == ["employees.id"], "\(q)")
    }
}
