import QueryGeneration
import SemanticModel
import Testing

/// From the slid, us_states and hr18 first runs (tenth session): a ranking keeps only rows that have the ranked
/// value (a NULL wage is nobody's lowest); rows named before 中 / after "among" are a scope, not rows asked for; a
/// count word before a cube's own label counts its rows; "the past year" and 近一年 are asked back; a list of rows
/// answered with one total is asked back; a column named before its unit ("ozone above 100 ppb") is claimed.
@Suite("Understanding: ranked values, scopes, counted labels and rolling years")
struct RankedValueAndScopeTests {
    let survey = modelGenerator(yaml: """
        cubes:
          - name: respondents
            sql_table: respondents
            title: Respondents
            meta: {title_zh: 受访者}
            measures:
              - {name: count, type: count, title: Respondents, meta: {title_zh: 受访者人数}}
              - {name: avg_wage, type: avg, sql: wage, title: Average Hourly Wage ($), meta: {title_zh: 平均时薪}}
              - {name: min_wage, type: min, sql: wage, title: Lowest Hourly Wage ($)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true, title: Respondent ID}
              - {name: wage, sql: wage, type: number, title: Hourly Wage ($), meta: {title_zh: 时薪}}
              - {name: sex, sql: sex, type: string, title: Sex, meta: {title_zh: 性别}}
          - name: states
            sql_table: states
            title: States
            meta: {title_zh: 美国各州}
            measures:
              - {name: count, type: count, title: Number of States, meta: {title_zh: 州数量}}
              - {name: total_population, type: sum, sql: population, title: Total Population (thousands), meta: {synonyms: [population]}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: State Name, meta: {title_zh: 州}}
              - {name: division, sql: division, type: string, title: Census Division}
              - {name: population, sql: population, type: number, title: Population (thousands), meta: {title_zh: 人口}}
              - {name: sat_takers, sql: sat_takers, type: number, title: SAT Participation (%), meta: {title_zh: SAT参考率}}
              - {name: ozone, sql: ozone, type: number, title: Ozone (ppb)}
        """, values: ["respondents.sex": ["Male", "Female"], "states.division": ["New England", "Pacific"]])

    func query(_ generator: QueryGenerator, _ question: String) throws -> CubeQuery {
        try #require(generator.generate(question).interpretation?.query, "\(question) was not answered")
    }

    func memberFilters(_ q: CubeQuery) -> [MemberFilter] { q.filters.flatMap(\.memberFilters) }

    func unknownWords(_ generator: QueryGenerator, _ question: String) -> [String]? {
        guard case .notUnderstood(let c) = generator.generate(question) else { return nil }
        return c.unknownWords
    }

    @Test("a ranking cut to N keeps only rows (or groups) that have the ranked value", arguments: [
        ("Which respondent has the lowest hourly wage?", "respondents.wage"),
        ("时薪最低的3个受访者", "respondents.wage"),
        ("Which sex has the lowest average hourly wage?", "respondents.avg_wage"),
        ("平均时薪最高的性别", "respondents.avg_wage"),
    ])
    func rankedValueIsSet(_ question: String, _ ranked: String) throws {
        let q = try query(survey, question)
        #expect(q.order.first?.member == ranked && q.limit != nil, "\(q)")
        #expect(memberFilters(q).contains { $0.member == ranked && $0.op == .set }, "\(q)")
    }

    @Test("a sorted list without a cut and a ranking by a count add no condition")
    func noConditionWithoutCut() throws {
        let counted = try query(survey, "Which sex has the most respondents?")
        #expect(!memberFilters(counted).contains { $0.op == .set }, "\(counted)")
    }

    @Test("rows named before 中 or after among are where the value is looked for: the column's extreme, not a row")
    func scopeNoun() throws {
        for question in ["男性受访者中最低的时薪是多少？", "What is the lowest hourly wage among male respondents?"] {
            let q = try query(survey, question)
            #expect(q.measures == ["respondents.min_wage"], "\(question): \(q)")
            #expect(q.ungrouped != true && q.dimensions.isEmpty, "\(question): \(q)")
        }
        // without the scope word, the superlative picks the row
        #expect(try query(survey, "时薪最低的男性受访者").ungrouped == true)
    }

    @Test("a count word before a cube's own label counts its rows; it is no breakdown by the label", arguments: [
        "有多少个州的SAT参考率低于10%？", "SAT参考率低于10%的州有多少个？", "州的数量",
    ])
    func countedLabel(_ question: String) throws {
        let q = try query(survey, question)
        #expect(q.measures == ["states.count"], "\(q)")
        #expect(q.dimensions.isEmpty, "\(q)")
    }

    @Test("the past year, the last year and 近一年 may be the last calendar year or the last twelve months: asked back")
    func rollingYear() {
        for question in ["How many respondents were surveyed in the past year?", "How many states joined in the last year?", "近一年有多少受访者"] {
            #expect(unknownWords(survey, question)?.isEmpty == false, "\(question) was answered")
        }
        let hr = Fixtures.generator
        #expect(hr.generate("How many people left in the past year?").interpretation == nil)
        #expect(hr.generate("近一年离职了多少人").interpretation == nil)
        #expect(hr.generate("How many people left last year?").interpretation?.query.timeDimensions.first?.dateRange == .absolute(from: "2025-01-01", to: "2025-12-31"))
        #expect(hr.generate("去年离职了多少人").interpretation != nil)
    }

    @Test("a list of rows answered with one total is asked back, values before the rows' noun included")
    func listedRowsNotTotalled() {
        for question in ["List the New England states by population, largest first", "List the states by population"] {
            #expect(unknownWords(survey, question)?.contains("list") == true, "\(question) was answered with a total")
        }
    }

    @Test("a column named before the number is the one its unit picks, and both words are claimed")
    func columnBeforeUnit() throws {
        let q = try query(survey, "How many states had ozone above 100 ppb?")
        #expect(q.measures == ["states.count"])
        #expect(memberFilters(q).contains { $0.member == "states.ozone" && $0.op == .gt && $0.values == ["100"] }, "\(q)")
    }
}
