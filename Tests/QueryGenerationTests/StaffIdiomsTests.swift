import Testing
import SemanticModel
@testable import QueryGeneration

/// From hr46's refusals: "do we employ", "on the books", "the male/female split"; hr44-03, which "employ" exposed;
/// hr45-36 and hr42-29 ("how much does employee 777 earn").
@Suite("Staff idioms: employ, on the books, a split of listed values")
struct StaffIdiomsTests {
    @Test("employ names the employees; on the books is on the payroll (在职)")
    func employAndBooks() throws {
        let phd = try requiredQuery(Fixtures.generator, "How many PhDs do we currently employ?")
        #expect(phd.measures == ["employees.count"] && memberFilter(phd, "employees.education")?.values == ["博士"], "\(phd)")
        let books = try requiredQuery(Fixtures.generator, "How many people are on the books in Chengdu?")
        #expect(memberFilter(books, "employees.status")?.values == ["在职"], "\(books)")
    }

    @Test("the male/female split: a row for each value listed")
    func split() throws {
        let q = try requiredQuery(Fixtures.generator, "What's the male/female split among current level 9 employees?")
        #expect(q.dimensions == ["employees.gender"], "\(q)")
    }

    @Test("how many … in departments with a condition: one count over them, not a row per department", arguments: [
        "How many people are in departments with a budget over 10 million?",
        "How many people do we currently employ in departments with a budget over 10 million?",
    ])
    func countInRestrictedRows(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["employees.count"] && q.dimensions.isEmpty && memberFilter(q, "departments.budget")?.op == .gt, "\(q)")
    }

    @Test("with which or by, the departments are still the groups")
    func groupsStay() throws {
        let q = try requiredQuery(Fixtures.generator, "headcount by department for departments with a budget over 10 million")
        #expect(q.dimensions == ["departments.name_en"], "\(q)")
    }

    @Test("how much, asked of one row whose pay is shown, is that pay; how much … doing stays vague", arguments: [
        "How much does employee 777 earn per month?", "What level is employee 777 at, and how much do they make?",
    ])
    func howMuchOfARow(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions.contains("employees.salary") && q.ungrouped == true, "\(q)")
    }

    @Test("how much with no number shown is not accounted for")
    func howMuchVague() {
        #expect(Fixtures.generator.generate("How much is employee 777 doing?").interpretation == nil)
    }

    @Test("how old, asked of one keyed row, is its age column; with no age column the words stay unaccounted")
    func howOld() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: patients
                sql_table: patients
                title: Patients
                measures:
                  - {name: count, type: count, title: Number of Patients}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true, title: Patient ID}
                  - {name: age, sql: age, type: number, title: Age}
            """, values: [:])
        let q = try requiredQuery(generator, "How old is patient 57?")
        #expect(q.dimensions.contains("patients.age") && q.ungrouped == true, "\(q)")
        #expect(Fixtures.generator.generate("How old is employee 777?").interpretation == nil)
    }
}
