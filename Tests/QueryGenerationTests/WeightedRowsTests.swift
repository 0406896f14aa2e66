import QueryGeneration
import SemanticModel
import Testing

/// A table of weighted rows (the ucb first run, tenth session): one row per department, gender and outcome, holding
/// how many applicants it stands for. The model's count says it counts rows, not applicants, and one plain sum counts
/// people: counting people is that sum. Readings only a nested query could give are asked back.
@Suite("Understanding: tables of weighted rows")
struct WeightedRowsTests {
    let admissions = modelGenerator(yaml: """
        cubes:
          - name: admissions
            sql_table: admissions
            title: Graduate Admissions
            measures:
              - {name: count, type: count, title: Group Rows, description: "Number of department / gender / outcome rows (not applicants)."}
              - {name: total_applicants, type: sum, sql: applicants, title: Applicants (people), meta: {title_zh: 申请人数, synonyms: [number of applicants]}}
              - {name: avg_applicants, type: avg, sql: applicants, title: Average Applicants per Group (people)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: department, sql: department, type: string, title: Department, meta: {title_zh: 院系}}
              - {name: gender, sql: gender, type: string, title: Gender}
              - {name: applicants, sql: applicants, type: number, title: Applicants (people)}
        """, values: ["admissions.department": ["A", "B", "C"], "admissions.gender": ["Male", "Female"]])

    @Test("counting people counts the people the rows stand for", arguments: ["How many female applicants were there?", "What percentage of all applicants were women?"])
    func countsPeople(_ question: String) throws {
        let result = try #require(admissions.generate(question).interpretation, "\(question)")
        #expect(result.query.measures == ["admissions.total_applicants"], "\(result.query)")
    }

    @Test("a letter right after its dimension's noun is that value (department A)")
    func letterAfterNoun() throws {
        let q = try #require(admissions.generate("How many applicants were there in department A?").interpretation?.query)
        #expect(q.filters.flatMap(\.memberFilters).contains { $0.member == "admissions.department" && $0.values == ["A"] }, "\(q)")
    }

    @Test("counts of groups passing a total, averages of totals, and row weights compared per group are asked back", arguments: [
        "How many departments had more than 700 applicants?", "申请人数超过700的院系有几个？",
        "What's the average number of applicants per department?", "Which departments had more than 700 applicants?",
    ])
    func nested(_ question: String) {
        #expect(admissions.generate(question).interpretation == nil, "\(question) was answered")
    }
}
