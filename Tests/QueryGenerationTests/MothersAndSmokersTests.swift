import Testing
import SemanticModel
@testable import QueryGeneration

/// Births whose columns are the mother's (Mother's Age, 母亲年龄), with a yes/no column named smoker and titled by a
/// verb (Smoked During Pregnancy), and lowest / highest measures of the birth weight.
private let births = modelGenerator(yaml: """
    cubes:
      - name: births
        sql_table: births
        title: Births
        meta: {title_zh: 新生儿, synonyms: [babies]}
        measures:
          - {name: count, type: count, title: Number of Births, meta: {title_zh: 出生人数}}
          - {name: avg_birth_weight, type: avg, sql: birth_weight, title: Average Birth Weight (g)}
          - {name: min_birth_weight, type: min, sql: birth_weight, title: Lowest Birth Weight (g)}
          - {name: max_birth_weight, type: max, sql: birth_weight, title: Highest Birth Weight (g)}
          - {name: avg_mother_age, type: avg, sql: mother_age, title: Average Mother's Age, meta: {title_zh: 母亲平均年龄}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: mother_age, sql: mother_age, type: number, title: Mother's Age, meta: {title_zh: 母亲年龄}}
          - {name: mother_weight, sql: mother_weight, type: number, title: Mother's Weight (lb), meta: {title_zh: 母亲体重}}
          - {name: smoker, sql: smoker, type: string, title: Smoked During Pregnancy}
          - {name: birth_weight, sql: birth_weight, type: number, title: Birth Weight (g), meta: {title_zh: 出生体重}}
    """, values: ["births.smoker": ["No", "Yes"]])

/// People asked to volunteer: a yes/no column titled by a past verb, and their sex.
private let volunteers = modelGenerator(yaml: """
    cubes:
      - name: participants
        sql_table: participants
        title: Volunteering Study Participants
        measures:
          - {name: count, type: count, title: Number of Participants}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: sex, sql: sex, type: string, title: Sex}
          - {name: volunteer, sql: volunteer, type: string, title: Volunteered}
    """, values: ["participants.sex": ["female", "male"], "participants.volunteer": ["no", "yes"]])

@Suite("Understanding: the person of each row (mothers), agent nouns of yes/no columns (smokers), N lowest values")
struct MothersAndSmokersTests {
    @Test("how many mothers were over 40: births whose mother's age is more than 40 (an age column in whole years)")
    func mothersOverAge() throws {
        let q = try requiredQuery(births, "How many mothers were over 40?")
        #expect(q.measures == ["births.count"], "\(q)")
        #expect(memberFilter(q, "births.mother_age").map { $0.op == .gt && $0.values == ["40"] } == true, "\(q)")
    }

    @Test("the average age of mothers who smoked during pregnancy; 母亲的平均年龄: the mother's age column", arguments: [
        ("What is the average age of mothers who smoked during pregnancy?", true), ("母亲的平均年龄是多少？", false),
    ])
    func mothersAge(_ question: String, smoked: Bool) throws {
        let q = try requiredQuery(births, question)
        #expect(q.measures == ["births.avg_mother_age"], "\(q)")
        #expect(memberFilter(q, "births.smoker")?.values == (smoked ? ["Yes"] : nil), "\(q)")
    }

    @Test("smokers and non-smokers for a column named smoker: its yes and its no", arguments: [
        ("How many smokers were there?", "Yes"), ("How many non-smokers were there?", "No"),
    ])
    func agentNouns(_ question: String, value: String) throws {
        let q = try requiredQuery(births, question)
        #expect(q.measures == ["births.count"] && memberFilter(q, "births.smoker")?.values == [value], "\(q)")
    }

    @Test("what percentage of mothers smoked during pregnancy: the share of the column's yes, said right after the rows' noun")
    func shareOfVerbColumn() throws {
        let result = births.generate("What percentage of mothers smoked during pregnancy?")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(result.interpretation?.shareOf?.values == ["Yes"] && q.dimensions == ["births.smoker"], "\(q)")
    }

    @Test("how many women volunteered: the verb after a value of the rows is the column's yes, never dropped")
    func verbAfterValue() throws {
        let q = try requiredQuery(volunteers, "How many women volunteered?")
        #expect(memberFilter(q, "participants.volunteer")?.values == ["yes"] && memberFilter(q, "participants.sex")?.values == ["female"], "\(q)")
    }

    @Test("what percentage of women are volunteers: the yes side's share among women (the copula splits base and part)")
    func shareOfYesAfterCopula() throws {
        let result = volunteers.generate("What percentage of women are volunteers?")
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(result.interpretation?.shareOf?.member == "participants.volunteer" && memberFilter(q, "participants.sex")?.values == ["female"], "\(q)")
    }

    @Test("how many mothers were 35 years old: that age on the age column")
    func exactAge() throws {
        let q = try requiredQuery(births, "How many mothers were 35 years old?")
        #expect(memberFilter(q, "births.mother_age").map { $0.op == .equals && $0.values == ["35"] } == true, "\(q)")
    }

    @Test("which gender has the higher average salary: of the groups, the one a superlative picks")
    func comparativeOfGroups() throws {
        let q = try requiredQuery(Fixtures.generator, "Which gender has the higher average salary?")
        #expect(q.dimensions == ["employees.gender"] && q.limit == 1 && q.order.first?.descending == true, "\(q)")
    }

    @Test("among smokers and among non-smokers: a figure for each side")
    func eachSide() throws {
        let q = try requiredQuery(births, "How many births were there among smokers and among non-smokers?")
        #expect(q.dimensions == ["births.smoker"] && q.measures == ["births.count"], "\(q)")
    }

    @Test("the three lowest birth weights: three rows ranked by the column, not the one minimum with 'three' unread", arguments: [
        ("What were the three lowest birth weights?", false, 3), ("the 2 highest birth weights", true, 2),
    ])
    func countedExtremes(_ question: String, descending: Bool, n: Int) throws {
        let q = try requiredQuery(births, question)
        #expect(q.ungrouped == true && q.limit == n && q.order.first?.member == "births.birth_weight" && q.order.first?.descending == descending, "\(q)")
    }

    @Test("the mothers' weight where two weights share the word in Chinese (母亲体重, 出生体重): 体重 alone is not guessed")
    func ambiguousRestIsAsked() {
        #expect(births.generate("各母亲的平均体重").interpretation == nil)
    }
}
