import QueryGeneration
import SemanticModel
import Testing

/// A yes/no column said as an adjective of the rows (married workers, 已婚者; unmarried, non-union; "union versus
/// non-union"): the rows on one side, or a breakdown by it when both sides are named. A negating prefix is never
/// spell-corrected away (unmarried is not "married"), and a SQL word the model names (a union column) is that
/// column, not SQL typed into the question.
@Suite("Understanding: yes/no columns said as adjectives")
struct YesNoAdjectiveTests {
    let generator = modelGenerator(yaml: """
        cubes:
          - name: workers
            sql_table: workers
            title: Workers
            meta: {title_zh: 员工}
            measures:
              - {name: count, type: count, title: Number of Workers, meta: {title_zh: 员工数}}
              - {name: avg_wage, type: avg, sql: wage, title: Average Wage, meta: {title_zh: 平均工资}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - name: married
                sql: married
                type: string
                title: Married
                meta: {title_zh: 已婚}
              - name: union_member
                sql: union_member
                type: string
                title: Union Wage Setting
                meta: {synonyms: [union, unionized]}
              - {name: status, sql: status, type: string, title: Status}
        """, values: ["workers.married": ["yes", "no"], "workers.union_member": ["no", "yes"], "workers.status": ["active", "retired"]])

    @Test("married workers, workers who were married, unionized workers, 已婚者: the rows with 'yes'", arguments: [
        ("What is the average wage of married workers?", "workers.married"),
        ("How many workers were married?", "workers.married"),
        ("How many unionized workers are there?", "workers.union_member"),
        ("已婚者的平均工资是多少？", "workers.married"),
    ])
    func yesSide(_ question: String, _ member: String) throws {
        let result = generator.generate(question)
        let query = try #require(result.interpretation?.query, "\(question): \(String(describing: result.notUnderstood))")
        #expect(memberFilter(query, member)?.values == ["yes"], "\(question): \(query)")
        #expect(query.dimensions.isEmpty, "\(question)")
    }

    @Test("unmarried, non-union, nonunion, workers who were not married: the rows with 'no'", arguments: [
        ("What is the average wage of unmarried workers?", "workers.married"),
        ("How many non-union workers are there?", "workers.union_member"),
        ("average wage of nonunion workers", "workers.union_member"),
        ("How many workers were not married?", "workers.married"),
    ])
    func noSide(_ question: String, _ member: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, member)?.values == ["no"], "\(question): \(query)")
    }

    @Test("union versus non-union, married and unmarried: both sides, a breakdown by the column", arguments: [
        ("Average wage for union versus non-union workers", "workers.union_member"),
        ("average wage of married and unmarried workers", "workers.married"),
    ])
    func bothSides(_ question: String, _ member: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == [member], "\(question): \(query)")
        #expect(query.filters.isEmpty, "\(question)")
    }

    @Test("said bare, with no rows' noun after it and no copula before it: never a side by guess")
    func bareIsNotASide() {
        #expect(generator.generate("average wage married").interpretation == nil)
    }

    @Test("a negating prefix is not a misspelling: inactive is not 'active'; SQL is still refused")
    func prefixesAndSQL() {
        #expect(generator.generate("How many inactive workers are there?").interpretation == nil)
        let sql = generator.generate("select count(*) from workers union select 1")
        #expect(sql.interpretation == nil)
        #expect(sql.notUnderstood?.message.contains("SQL") == true, "\(String(describing: sql.notUnderstood?.message))")
    }

    @Test("a boolean dimension is a yes/no column too: free-lunch students are the rows with true, never a breakdown")
    func booleanDimension() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: students
                sql_table: students
                title: Students
                measures:
                  - {name: count, type: count, title: Number of Students}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: free_lunch, sql: free_lunch, type: boolean, title: Free Lunch}
                  - {name: class_type, sql: class_type, type: string, title: Class Type}
            """, values: ["students.class_type": ["Small", "Regular"]])
        let yes = try #require(generator.generate("How many free-lunch students are there in each class type?").interpretation?.query)
        #expect(memberFilter(yes, "students.free_lunch")?.values == ["true"], "\(yes)")
        #expect(yes.dimensions == ["students.class_type"])
        let no = try #require(generator.generate("How many students without free lunch are there?").interpretation?.query)
        #expect(memberFilter(no, "students.free_lunch")?.values == ["false"], "\(no)")
    }
}

