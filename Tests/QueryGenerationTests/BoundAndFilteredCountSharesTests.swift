import Testing
import SemanticModel
@testable import QueryGeneration

/// Survey respondents with a plain count, a filtered count of those who saw a doctor and its ratio, a filtered
/// count of those admitted to hospital with no ratio, and number columns.
private let survey = modelGenerator(yaml: """
    cubes:
      - name: respondents
        sql_table: respondents
        title: Survey Respondents
        meta: {title_zh: 受访者, synonyms: [people]}
        measures:
          - {name: count, type: count, title: Number of Respondents, meta: {title_zh: 受访人数}}
          - {name: doctor_visitors, type: count, title: Respondents Who Saw a Doctor, filters: [{sql: "{CUBE}.doctor_visits > 0"}], meta: {title_zh: 看过医生的人数}}
          - {name: doctor_visit_rate, type: number, sql: "100.0 * {doctor_visitors} / {count}", format: percent, title: Share Who Saw a Doctor (%)}
          - {name: admitted, type: count, title: Admitted to Hospital, filters: [{sql: "{CUBE}.admissions > 0"}], meta: {title_zh: 住过院的人数}}
          - {name: insured, type: count, title: Insured Respondents, filters: [{sql: "{CUBE}.insured = 'yes'"}], meta: {synonyms: [respondents were insured]}}
          - {name: insured_rate, type: number, sql: "100.0 * {insured} / {count}", format: percent, title: Insured Rate (%)}
          - {name: avg_medicines, type: avg, sql: medicines, title: Average Medicines Used}
          - {name: avg_age, type: avg, sql: age, title: Average Age}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: sex, sql: sex, type: string, title: Sex, meta: {title_zh: 性别}}
          - {name: age, sql: age, type: number, title: Age (years), meta: {title_zh: 年龄}}
          - {name: medicines, sql: medicines, type: number, title: Medicines Used}
          - {name: volunteered, sql: volunteered, type: string, title: Volunteered}
          - {name: score, sql: score, type: number, title: Neuroticism Score}
          - {name: admissions, sql: admissions, type: number, title: Hospital Admissions}
    """, values: ["respondents.sex": ["Female", "Male"], "respondents.volunteered": ["yes", "no"]])

@Suite("Understanding: the share of a bound on a number, and of a filtered count with no ratio in the model")
struct BoundAndFilteredCountSharesTests {
    @Test("what share of respondents are over 50 / 年龄超过50岁的受访者占比: the bound's share, from the ages' counts", arguments: [
        "What percentage of respondents are older than 50?", "年龄超过50岁的受访者占比",
    ])
    func boundShare(_ question: String) throws {
        let result = survey.generate(question)
        let interpretation = try #require(result.interpretation, "\(result)")
        #expect(interpretation.shareOf == MemberFilter(member: "respondents.age", op: .gt, values: ["50"]), "\(interpretation)")
        #expect(interpretation.query.dimensions == ["respondents.age"] && interpretation.query.filters.isEmpty, "\(interpretation.query)")
        #expect(!interpretation.understood.contains("by Age") && !interpretation.understood.contains("各年龄"), "\(interpretation.understood)")
    }

    @Test("a bound said before the share word in English is the base; the yes/no column named after it is the part", arguments: [
        "Among people with a neuroticism score of 18 or higher, what share volunteered?",
    ])
    func boundAsBase(_ question: String) throws {
        let interpretation = try #require(survey.generate(question).interpretation)
        #expect(interpretation.shareOf == MemberFilter(member: "respondents.volunteered", op: .equals, values: ["yes"]), "\(interpretation)")
        #expect(interpretation.query.filters == [.member(MemberFilter(member: "respondents.score", op: .gte, values: ["18"]))], "\(interpretation.query)")
        #expect(interpretation.query.dimensions == ["respondents.volunteered"], "\(interpretation.query)")
    }

    @Test("the bound after the copula is the part, the conditions before it the whole: a share among women, not of all", arguments: [
        "What percentage of female respondents are older than 50?", "Among female respondents, what percentage are older than 50?",
        "女性受访者中年龄超过50岁的占比",
    ])
    func boundShareWithinBase(_ question: String) throws {
        let result = survey.generate(question)
        let interpretation = try #require(result.interpretation, "\(result)")
        #expect(interpretation.shareOf == MemberFilter(member: "respondents.age", op: .gt, values: ["50"]), "\(interpretation)")
        #expect(interpretation.query.dimensions == ["respondents.age"], "\(interpretation.query)")
        #expect(interpretation.query.filters == [.member(MemberFilter(member: "respondents.sex", op: .equals, values: ["Female"]))], "\(interpretation.query)")
    }

    @Test("two conditions with no copula between them say no whole: not a share of one of them")
    func twoConditionsNoWhole() {
        let interpretation = survey.generate("What percentage older than 50 female respondents?").interpretation
        #expect(interpretation?.shareOf?.member != "respondents.age", "\(String(describing: interpretation))")
    }

    @Test("what percentage of respondents were insured, the copula inside the filtered count's own words: its ratio")
    func copulaInsideMeasure() throws {
        let q = try requiredQuery(survey, "What percentage of respondents were insured overall?")
        #expect(q.measures == ["respondents.insured_rate"] && q.dimensions.isEmpty && q.filters.isEmpty, "\(q)")
    }

    @Test("what percentage of respondents were admitted to hospital / 受访者中住过院的人数的比例: the filtered count over the plain count", arguments: [
        "What percentage of respondents were admitted to hospital?", "受访者中住过院的人数的比例",
    ])
    func filteredCountShare(_ question: String) throws {
        let result = survey.generate(question)
        let interpretation = try #require(result.interpretation, "\(result)")
        #expect(interpretation.shareOfMeasure == "respondents.admitted", "\(interpretation)")
        #expect(Set(interpretation.query.measures) == ["respondents.admitted", "respondents.count"], "\(interpretation.query)")
    }

    @Test("女性受访者中看过医生的比例: the rows before 中 are the base, so the model's ratio over women, not women's share of visitors")
    func chinesePartAfterSeparator() throws {
        let q = try requiredQuery(survey, "女性受访者中看过医生的人数的比例是多少？")
        #expect(q.measures == ["respondents.doctor_visit_rate"] && q.dimensions.isEmpty, "\(q)")
        #expect(memberFilter(q, "respondents.sex")?.values == ["Female"], "\(q)")
    }

    @Test("among the rows a filtered count counts, another figure: the count's filter is the condition", arguments: [
        "Among respondents admitted to hospital, what is the average age?", "What is the average age of those admitted to hospital?",
    ])
    func filteredCountAsRows(_ question: String) throws {
        let q = try #require(survey.generate(question).interpretation?.query, "\(survey.generate(question))")
        #expect(q.measures == ["respondents.avg_age"], "\(q)")
        #expect(q.filters == [.member(MemberFilter(member: "respondents.admissions", op: .gt, values: ["0"]))], "\(q)")
    }

    @Test("a filtered count whose filter is no column's comparison stays a second figure, and is asked")
    func untranslatableFilter() {
        #expect(survey.generate("Among respondents who saw a doctor, what is the average age?").interpretation?.query.filters.isEmpty ?? true)
    }

    @Test("the SQL of a filtered count as a column's comparison: = > >= < <= with a literal of the column's type, never !=")
    func comparisons() throws {
        let cube = try #require(survey.model.cube(named: "respondents"))
        #expect(QueryGenerator.comparison("{CUBE}.admissions >= 2", in: cube) == MemberFilter(member: "respondents.admissions", op: .gte, values: ["2"]))
        #expect(QueryGenerator.comparison("{CUBE}.sex = 'Female'", in: cube) == MemberFilter(member: "respondents.sex", op: .equals, values: ["Female"]))
        #expect(QueryGenerator.comparison("{CUBE}.sex != 'Female'", in: cube) == nil)
        #expect(QueryGenerator.comparison("{CUBE}.sex = 3", in: cube) == nil)
        #expect(QueryGenerator.comparison("{CUBE}.doctor_visits > 0", in: cube) == nil)
        #expect(QueryGenerator.comparison("{CUBE}.admissions > 0 AND {CUBE}.age > 3", in: cube) == nil)
    }

    @Test("the average number of medicines used by people: an average of the column, not a count beside it")
    func averageNumberOf() throws {
        let q = try requiredQuery(survey, "What's the average number of medicines used by people with sex Female?")
        #expect(q.measures == ["respondents.avg_medicines"], "\(q)")
    }
}
