import QueryGeneration
import SemanticModel
import Testing

@Suite("Spelling")
struct SpellingTests {
    @Test("misspelt English words are read as the word the model knows, and the answer says so", arguments: [
        ("average salery by departmnet", ["salery": "salary", "departmnet": "department"]),
        ("how many emplyees in Bejing", ["emplyees": "employees", "bejing": "beijing"]),
        ("hedcount by citty", ["hedcount": "headcount", "citty": "city"]),
    ])
    func corrections(_ question: String, _ expected: [String: String]) throws {
        let notes = try #require(Fixtures.generator.generate(question).interpretation).notes
        for (from, to) in expected { #expect(notes.contains("Read '\(from)' as '\(to)'"), "\(notes)") }
    }

    @Test("known words and other languages are left alone")
    func leftAlone() throws {
        let i = try #require(Fixtures.generator.generate("headcount by department").interpretation)
        #expect(i.notes.isEmpty)
        #expect(Fixtures.generator.generate("tell me a joke").interpretation == nil)
    }

    @Test("a word that differs in its first letter is another word, not a misspelling (weight is not height)")
    func firstLetterKept() {
        let students = modelGenerator(yaml: """
            cubes:
              - name: students
                sql_table: students
                title: Students
                measures:
                  - {name: count, type: count, title: Number of Students}
                  - {name: avg_height, type: avg, sql: height, title: Average Height (cm)}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: height, sql: height, type: number, title: Height (cm)}
            """, values: [:])
        #expect(students.generate("What is the average weight of the students?").interpretation == nil)
        #expect(students.generate("What is the average heigth of the students?").interpretation?.query.measures == ["students.avg_height"])
    }
}
