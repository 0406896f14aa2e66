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
}
