import QueryGeneration
import SemanticModel
import Testing

@Suite("Spelling")
struct SpellingTests {
    @Test("misspelt English words are read as the word the model knows, and the answer says so", arguments: [
        ("average salery by departmnet", ["salery": "salary", "departmnet": "department"]),
        ("how many emplyees in Shanghia", ["emplyees": "employees", "shanghia": "shanghai"]),
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

    @Test("a short word one letter from a name in the data is another word, not a misspelt name (heard is not judge Heald)")
    func shortWordsNotValues() {
        let court = modelGenerator(yaml: """
            cubes:
              - name: cases
                sql_table: cases
                title: Cases
                joins: [{name: judges, relationship: many_to_one, sql: "{CUBE}.judge_id = {judges.id}"}]
                measures: [{name: count, type: count, title: Number of Cases}]
                dimensions: [{name: id, sql: id, type: number, primary_key: true}]
              - name: judges
                sql_table: judges
                title: Judges
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: name, sql: name, type: string, title: Judge}
            """, values: ["judges.name": ["Heald", "Desjardins", "Stone"]])
        let heard = court.generate("Which judge heard the most cases?").interpretation
        #expect(heard?.query.filters.isEmpty ?? true, "\(String(describing: heard))")
        let long = court.generate("Number of cases for judge Desjardin").interpretation
        #expect(long?.notes.contains("Read 'desjardin' as 'desjardins'") == true, "\(String(describing: long))")
        #expect(long?.query.filters == [.member(MemberFilter(member: "judges.name", op: .equals, values: ["Desjardins"]))])
        #expect(court.generate("Number of cases for judge Heald").interpretation?.query.filters.count == 1)
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
