import Testing
import SemanticModel
@testable import QueryGeneration

/// Investments of firms over years, in millions of dollars, and a rate measure whose unit is itself a ratio.
private let panel = modelGenerator(yaml: """
    cubes:
      - name: firms
        sql_table: firms
        title: Firms
        measures:
          - {name: count, type: count, title: Number of Firms}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Firm, meta: {title_zh: 公司}}
      - name: investments
        sql_table: investments
        title: Investments
        joins:
          - {name: firms, relationship: many_to_one, sql: "{CUBE}.firm_id = {firms.id}"}
        measures:
          - {name: count, type: count, title: Firm-Year Records}
          - {name: total_investment, type: sum, sql: gross_investment, title: Total Gross Investment ($M), meta: {synonyms: [gross investment]}}
          - {name: avg_investment, type: avg, sql: gross_investment, title: Average Investment ($M), meta: {title_zh: 平均投资}}
          - {name: total_claims, type: sum, sql: claims, title: Claims (count)}
          - {name: claim_rate, type: number, sql: "100.0 * SUM(claims) / SUM(holders)", title: Claim Rate (claims per 100 policyholders)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: gross_investment, sql: gross_investment, type: number, title: Gross Investment ($M), meta: {synonyms: [investment]}}
          - {name: distance, sql: distance, type: number, title: Distance (m)}
    """, values: ["firms.name": ["General Motors", "IBM"]])

@Suite("Understanding: keyed rows, tenure in words, amounts in a column's scale")
struct KeysTenureAndScaleTests {
    @Test("employee #1500, employee 1357, 工号1357 pick the row by its key and list its columns, with no count of ones", arguments: [
        ("Which department is employee #1500 in, and what's their job title?", "1500"),
        ("what is the name of employee 1357", "1357"),
        ("工号1357的员工叫什么名字？", "1357"),
    ])
    func keyedRow(_ question: String, _ id: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "employees.id")?.values == [id], "\(q)")
        #expect(q.measures.isEmpty && q.ungrouped == true && !q.dimensions.isEmpty, "\(q)")
    }

    @Test("more than five years / five years or more here: a condition on the hire date", arguments: [
        ("How many of our current staff have been here more than five years?", FilterOperator.beforeDate),
        ("How many current employees have worked here 5 years or more?", FilterOperator.beforeOrOnDate),
        ("How many current employees have a tenure of more than 5 years?", FilterOperator.beforeDate),
    ])
    func tenure(_ question: String, _ op: FilterOperator) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let hire = try #require(memberFilter(q, "employees.hire_date"), "\(q)")
        #expect(hire.op == op && hire.values == ["2021-11-25"], "\(q)")
    }

    @Test("still with us is a current employee (the sample model's synonym)")
    func stillWithUs() throws {
        let q = try requiredQuery(Fixtures.generator, "How many level 7 and above employees are still with us?")
        #expect(memberFilter(q, "employees.status")?.values == ["在职"] && memberFilter(q, "employees.level")?.op == .gte, "\(q)")
    }

    @Test("500 million in a $M column is 500; 500 in a metres column stays 500 (an M beside no currency is no scale)")
    func scales() throws {
        let q = try requiredQuery(panel, "How many investments had a gross investment above 500 million?")
        #expect(memberFilter(q, "investments.gross_investment")?.values == ["500"], "\(q)")
        #expect(ColumnUnits.scale(ofUnit: "$M, 1947 dollars")?.scale == 1_000_000)
        #expect(ColumnUnits.scale(ofUnit: "thousand USD")?.scale == 1_000)
        #expect(ColumnUnits.scale(ofUnit: "m") == nil)
    }

    @Test("invest / invested / spent are the verbs of investment and spending")
    func eventVerbs() {
        #expect(panel.lexicon.lookup("invested")?.contains(.dimension("investments.gross_investment")) == true)
        #expect(Lexicon.eventVerbs["spending"]?.contains("spent") == true)
    }

    @Test("a ratio's unit said in words is the ratio itself")
    func rateUnit() throws {
        let q = try requiredQuery(panel, "What is the claim rate, i.e. claims per 100 policyholders?")
        #expect(q.measures == ["investments.claim_rate"], "\(q)")
    }

    @Test("the share of all of a figure is the figure's share, not a count of its groups")
    func shareOfAllFigure() throws {
        let q = try requiredQuery(panel, "What share of all total gross investment came from IBM?")
        #expect(q.measures == ["investments.total_investment"], "\(q)")
    }

    @Test("a noun whose rows are only records of it is not counted: asked back")
    func nounOfRecords() {
        let result = panel.generate("What share of investments came from IBM?")
        #expect(result.interpretation == nil, "\(result)")
    }
}

@Suite("Understanding: one figure over all of them, and ranking by a column")
struct ScopeAndRankByTests {
    @Test("所有X的平均Y, 'of all the X', 'of an X': one figure over the rows of a cube the noun labels", arguments: [
        "所有公司的平均投资",
        "What was the combined gross investment of all the firms?",
        "What is the average investment of a firm?",
    ])
    func oneFigure(_ question: String) throws {
        let result = panel.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.dimensions.isEmpty && q.measures.count == 1, "\(q)")
    }

    @Test("rank the departments by budget sorts by the column; its 'by' groups nothing")
    func rankBy() throws {
        let result = Fixtures.generator.generate("rank the departments by budget")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures.isEmpty && q.ungrouped == true, "\(q)")
        #expect(q.order.first?.member == "departments.budget" && q.order.first?.descending == true, "\(q)")
    }
}

@Suite("Understanding: years kept in a number column")
struct YearColumnTests {
    static let costs = modelGenerator(yaml: """
        cubes:
          - name: airlines
            sql_table: airlines
            title: Airlines
            measures:
              - {name: count, type: count, title: Number of Airlines}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Airline, meta: {title_zh: 航空公司}}
          - name: airline_costs
            sql_table: airline_costs
            title: Airline Annual Costs
            joins:
              - {name: airlines, relationship: many_to_one, sql: "{CUBE}.airline_id = {airlines.id}"}
            measures:
              - {name: count, type: count, title: Airline-Year Records}
              - {name: total_cost, type: sum, sql: cost, title: Total Cost (thousand USD), meta: {title_zh: 总成本}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: year, sql: year, type: number, title: Year, meta: {title_zh: 年份}}
        """, values: ["airlines.name": ["Airline 1", "Airline 3"]])

    @Test("in 1975 / 1982年 / from 1980 to 1984 are conditions on the Year column when the cube has no date", arguments: [
        ("total cost in 1975", [MemberFilter(member: "airline_costs.year", op: .equals, values: ["1975"])]),
        ("1982年的总成本是多少？", [MemberFilter(member: "airline_costs.year", op: .equals, values: ["1982"])]),
        ("total cost from 1980 to 1984", [
            MemberFilter(member: "airline_costs.year", op: .gte, values: ["1980"]), MemberFilter(member: "airline_costs.year", op: .lte, values: ["1984"]),
        ]),
    ])
    func yearConditions(_ question: String, _ expected: [MemberFilter]) throws {
        let result = Self.costs.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.filters.flatMap(\.memberFilters) == expected, "\(q)")
        #expect(q.measures == ["airline_costs.total_cost"] && q.timeDimensions.isEmpty, "\(q)")
    }

    @Test("a month has no whole year: still asked back")
    func monthAsked() {
        #expect(Self.costs.generate("total cost in March 1975").interpretation == nil)
    }
}

@Suite("Understanding: ranking the rows of one period by a column")
struct RankedPeriodRowsTests {
    @Test("rank the firms by capital stock in 1954: each firm's row of that year, by firm, sorted by the column")
    func rankedRows() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: firms
                sql_table: firms
                title: Firms
                measures:
                  - {name: count, type: count, title: Number of Firms}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: name, sql: name, type: string, title: Firm}
              - name: investments
                sql_table: investments
                title: Firm Investment
                joins:
                  - {name: firms, relationship: many_to_one, sql: "{CUBE}.firm_id = {firms.id}"}
                measures:
                  - {name: count, type: count, title: Firm-Year Records}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: year, sql: year, type: time, title: Year}
                  - {name: capital_stock, sql: capital_stock, type: number, title: Capital Stock ($M)}
            """, values: ["firms.name": ["IBM"]],
            periodRows: ["investments": PeriodKey(dimension: "investments.year", grain: .year, within: "firms.name")])
        let result = generator.generate("Rank the firms by capital stock in 1954, largest first")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.dimensions == ["firms.name", "investments.capital_stock"] && q.measures.isEmpty && q.ungrouped == true, "\(q)")
        #expect(q.order == [OrderItem("investments.capital_stock", descending: true)], "\(q)")
        #expect(q.timeDimensions.first?.dimension == "investments.year", "\(q)")
    }
}
