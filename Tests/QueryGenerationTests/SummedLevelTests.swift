import QueryGeneration
import SemanticModel
import Testing

/// From us_employment #39 ("What was total employment in 2010?", marked ambiguous): a level counted each month
/// (jobs) summed over a year counts the same jobs twelve times. The model says so in the measure's description or
/// with `meta.non_additive_dimension`; the data is monthly (read at start-up).
@Suite("A level counted each period is not added up across periods")
struct SummedLevelTests {
    static let jobs = modelGenerator(yaml: """
        cubes:
          - name: jobs
            sql_table: jobs
            title: Jobs
            measures:
              - {name: count, type: count, title: Job Records}
              - {name: employment, type: sum, sql: jobs, title: Employment, description: "Summing over several months double-counts.", meta: {title_zh: 就业人数}}
              - {name: stock, type: sum, sql: stock, title: Stock On Hand, meta: {non_additive_dimension: month}}
              - {name: hires, type: sum, sql: hires, title: Hires}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: sector, sql: sector, type: string, title: Sector}
              - {name: month, sql: month, type: time, title: Month}
        """, values: ["jobs.sector": ["Retail", "Mining"]], dataGrains: ["jobs.month": .month])

    @Test("a year's total of a monthly level, or all time, is asked back, in both languages; a flow (hires) is summed")
    func summedOverPeriods() {
        for question in ["What was total employment in 2010?", "employment by year", "stock on hand in 2010", "2010年的就业人数是多少"] {
            #expect(Self.jobs.generate(question).interpretation == nil, "\(question)")
        }
        #expect(Self.jobs.generate("total hires in 2010").interpretation?.query.measures == ["jobs.hires"])
    }

    @Test("one month, or each month, is that month's level")
    func onePeriod() throws {
        for question in ["What was employment in January 2010?", "employment by month in 2010", "2010年1月的就业人数", "stock on hand by month"] {
            let query = try #require(Self.jobs.generate(question).interpretation?.query, "\(question)")
            #expect(!query.measures.isEmpty, "\(question)")
        }
    }
}
