import Testing
import SemanticModel
@testable import QueryGeneration

/// Workers (people, by the cube's description) with an hourly wage in euro, years of experience and a joined education.
private let workers = modelGenerator(yaml: """
    cubes:
      - name: education_levels
        sql_table: education_levels
        title: Education Levels
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Education}
      - name: workers
        sql_table: workers
        title: Workers
        description: Wage earners, one row per person.
        meta: {title_zh: 员工}
        joins:
          - {name: education_levels, relationship: many_to_one, sql: "{CUBE}.education_id = {education_levels.id}"}
        measures:
          - {name: count, type: count, title: Number of Workers, meta: {title_zh: 员工人数}}
          - {name: avg_experience, type: avg, sql: experience, title: Average Experience (years)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: wage, sql: wage, type: number, title: Hourly Wage (EUR), meta: {title_zh: 时薪}}
          - {name: experience, sql: experience, type: number, title: Years of Experience, meta: {synonyms: [work experience]}}
    """, values: ["education_levels.name": ["Primary school", "Higher vocational", "University"]])

@Suite("Understanding: words for people and their units (headcount, graduates, either, 欧元, in years)")
struct PeopleWordsTests {
    @Test("headcount is the plain count of the one cube of people")
    func headcount() throws {
        let q = try requiredQuery(workers, "Headcount by education")
        #expect(q.measures == ["workers.count"] && q.dimensions == ["education_levels.name"], "\(q)")
    }

    @Test("university graduates: a noun of the people who have a value, after it, restates the value")
    func graduates() throws {
        let q = try requiredQuery(workers, "How many university graduates earn more than 25 euros an hour?")
        #expect(memberFilter(q, "education_levels.name")?.values == ["University"], "\(q)")
        #expect(memberFilter(q, "workers.wage")?.op == .gt, "\(q)")
    }

    @Test("either a higher vocational or a university education: one condition with both values")
    func either() throws {
        let q = try requiredQuery(workers, "How many people have either a higher vocational or a university education?")
        #expect(Set(memberFilter(q, "education_levels.name")?.values ?? []) == ["Higher vocational", "University"], "\(q)")
    }

    @Test("时薪超过25欧元: 欧元 is the column's currency, said after the number")
    func euroInChinese() throws {
        let q = try requiredQuery(workers, "时薪超过25欧元的员工有多少人？")
        #expect(memberFilter(q, "workers.wage").map { ($0.op, $0.values) } ?? (.equals, []) == (.gt, ["25"]), "\(q)")
    }

    @Test("the average work experience in years: the unit of the averaged column")
    func unitOfAveragedColumn() throws {
        let q = try requiredQuery(workers, "What's the average work experience in years?")
        #expect(q.measures == ["workers.avg_experience"], "\(q)")
    }
}
