import QueryGeneration
import SemanticModel
import Testing

/// From the salaries refusals and its one listing: pay verbs, a number followed by its column, people counted
/// with 人, and the label of rows that have no name.
@Suite("Pay verbs, a number before its column, 多少人, and rows without a name column")
struct PayAndLabelTests {
    static let staff = modelGenerator(yaml: """
        cubes:
          - name: staff
            sql_table: staff
            title: Staff
            meta: {synonyms: [staff, lecturers], title_zh: 讲师}
            measures:
              - {name: count, type: count, title: Number of Lecturers, meta: {title_zh: 讲师人数}}
              - {name: avg_salary, type: avg, sql: salary, title: Average Salary ($)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: sex, sql: sex, type: string, title: Sex}
              - {name: salary, sql: salary, type: number, title: Salary ($)}
              - {name: years_service, sql: years_service, type: number, title: Years of Service, meta: {title_zh: 工龄}}
          - name: units
            sql_table: units
            title: Units
            measures:
              - {name: count, type: count, title: Unit Count}
            dimensions:
              - {name: code, sql: code, type: string, primary_key: true, public: true}
              - {name: faculty, sql: faculty, type: string, title: Faculty}
              - {name: unit_name, sql: unit_name, type: string, title: Unit}
              - {name: credits, sql: credits, type: number, title: Credits}
        """, values: ["staff.sex": ["Female", "Male"], "units.faculty": ["Arts", "Science"]])

    @Test("'lecturers who earn more than $90,000' compares the salary; 'the five highest-paid' ranks by it")
    func payVerbs() throws {
        let earn = try #require(Self.staff.generate("How many lecturers earn more than $90,000?").interpretation?.query)
        #expect(memberFilter(earn, "staff.salary")?.values == ["90000"])
        let paid = try #require(Self.staff.generate("Who are the five highest-paid lecturers?").interpretation?.query)
        #expect(paid.order.first?.member == "staff.salary" && paid.limit == 5)
    }

    @Test("rows with no name column are listed by their key, never by a category such as sex")
    func labelOfUnnamedRows() throws {
        let paid = try #require(Self.staff.generate("Who are the five highest-paid lecturers?").interpretation?.query)
        #expect(paid.dimensions.first == "staff.id")
        #expect(!paid.dimensions.contains("staff.sex"))
        // A string column named like a name (unit_name) names the rows.
        let units = try #require(Self.staff.generate("Which 3 units have the most credits?").interpretation?.query)
        #expect(units.dimensions.first == "units.unit_name")
    }

    @Test("'more than 20 years of service': the column right after the number is compared, not the average before it")
    func numberBeforeItsColumn() throws {
        let query = try #require(Self.staff.generate("Average salary for lecturers with more than 20 years of service").interpretation?.query)
        #expect(query.measures == ["staff.avg_salary"])
        #expect(memberFilter(query, "staff.years_service")?.values == ["20"])
    }

    @Test("女讲师有多少人: 人 counts the rows when the count's Chinese title is a number of people")
    func peopleCounted() throws {
        let query = try #require(Self.staff.generate("女讲师有多少人？").interpretation?.query)
        #expect(query.measures == ["staff.count"])
        #expect(memberFilter(query, "staff.sex")?.values == ["Female"])
    }
}
