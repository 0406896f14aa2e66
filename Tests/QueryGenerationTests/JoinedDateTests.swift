import Foundation
import QueryGeneration
import SemanticModel
import Testing

/// A cube with no date of its own (computers) dated by the one cube it belongs to (months, many_to_one); and
/// "the average number of ads per month" where the column's own average is a per-month figure.
@Suite("Understanding: a date through the join graph, a measure's own period")
struct JoinedDateTests {
    static let yaml = """
        cubes:
          - name: computers
            sql_table: computers
            title: Computers
            meta: {title_zh: 电脑}
            joins:
              - {name: months, relationship: many_to_one, sql: "{CUBE}.month_id = {months.id}"}
            measures:
              - {name: count, type: count, title: Number of Computers, meta: {title_zh: 电脑数量}}
              - {name: avg_price, type: avg, sql: price, title: Average Price (US$), meta: {title_zh: 平均价格}}
              - {name: min_price, type: min, sql: price, title: Lowest Price (US$), meta: {title_zh: 最低价格}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: price, sql: price, type: number, title: Price (US$)}
          - name: months
            sql_table: months
            title: Months
            meta: {title_zh: 月份}
            measures:
              - {name: total_ads, type: sum, sql: ads, title: Total Ads (listings)}
              - {name: avg_ads, type: avg, sql: ads, title: Average Ads per Month (listings)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: ads, sql: ads, type: number, title: Ads}
              - {name: month, sql: month, type: time, title: Month}
        """
    let generator = modelGenerator(yaml: yaml, values: [:])

    @Test("a period or grain for computers dates them by their month row", arguments: [
        ("What was the average price in March 1994?", "1994-03-01", "1994-03-31"),
        ("1994年电脑的最低价格是多少？", "1994-01-01", "1994-12-31"),
    ])
    func period(_ question: String, _ from: String, _ to: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.dimension == "months.month", "\(question)")
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: from, to: to), "\(question)")
    }

    @Test("average price per year: the month row's date by year")
    func grain() throws {
        let query = try #require(generator.generate("Average price per year").interpretation?.query)
        #expect(query.timeDimensions.first.map { $0.dimension == "months.month" && $0.granularity == .year } == true)
    }

    @Test("two parents with a date each: which dates the rows is not said, so it is asked")
    func twoParents() throws {
        let generator = modelGenerator(yaml: Self.yaml.replacingOccurrences(of: """
                  - {name: months, relationship: many_to_one, sql: "{CUBE}.month_id = {months.id}"}
            """, with: """
                  - {name: months, relationship: many_to_one, sql: "{CUBE}.month_id = {months.id}"}
                  - {name: shipments, relationship: many_to_one, sql: "{CUBE}.shipment_id = {shipments.id}"}
            """) + """

              - name: shipments
                sql_table: shipments
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: shipped, sql: shipped, type: time, title: Shipped}
            """, values: [:])
        #expect(generator.generate("What was the average price in March 1994?").interpretation == nil)
    }

    @Test("the average number of ads per month: the column's average is a per-month figure, not a breakdown by month")
    func ownPeriod() throws {
        let query = try #require(generator.generate("What was the average number of ads per month?").interpretation?.query)
        #expect(query.measures == ["months.avg_ads"])
        #expect(query.timeDimensions.allSatisfy { $0.granularity == nil })
        let total = try #require(generator.generate("total ads per month").interpretation?.query)
        #expect(total.timeDimensions.first?.granularity == .month)
    }

    @Test("a count whose description says its rows are one a year is no per-year figure: by year is a breakdown")
    func countDescribedPerYear() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: observations
                sql_table: observations
                title: Yearly Observations
                measures:
                  - {name: count, type: count, title: Person-Years, description: One per man per year, meta: {synonyms: [observations]}}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: year, sql: year, type: time, title: Year}
            """, values: [:])
        let query = try #require(generator.generate("number of observations by year").interpretation?.query)
        #expect(query.timeDimensions.first?.granularity == .year, "\(query)")
        // Said before the count, the period word names its rows: one total.
        let total = try #require(generator.generate("How many yearly observations are there in total?").interpretation?.query)
        #expect(total.timeDimensions.allSatisfy { $0.granularity == nil }, "\(total)")
    }

    @Test("the average monthly salary, where the salary column's average is titled monthly: one figure, no breakdown by month")
    func averageMonthlyColumn() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: staff
                sql_table: staff
                title: Staff
                measures:
                  - {name: avg_salary, type: avg, sql: salary, title: Average Salary, meta: {title_zh: 平均月薪}}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: salary, sql: salary, type: number, title: Salary}
                  - {name: hired, sql: hired, type: time, title: Hire Date}
            """, values: [:])
        let query = try #require(generator.generate("What's the average monthly salary?").interpretation?.query)
        #expect(query.measures == ["staff.avg_salary"])
        #expect(query.timeDimensions.allSatisfy { $0.granularity == nil }, "\(query)")
    }

    @Test("the highest monthly spending where the rows are one a month: the highest of the rows, not a list of months")
    func aggregateOfPeriodRows() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: economy
                sql_table: economy
                title: Economy
                measures:
                  - {name: max_spending, type: max, sql: spending, title: Highest Spending}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: spending, sql: spending, type: number, title: Spending}
                  - {name: date, sql: date, type: time, title: Date}
            """, values: [:], periodRows: ["economy": PeriodKey(dimension: "economy.date", grain: .month)])
        let query = try #require(generator.generate("What was the highest monthly spending?").interpretation?.query)
        #expect(query.measures == ["economy.max_spending"])
        #expect(query.timeDimensions.allSatisfy { $0.granularity == nil }, "\(query)")
    }
}

