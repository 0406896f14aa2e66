import QueryGeneration
import SemanticModel
import Testing

@Suite("Question → Cube query")
struct PhraseTableTests {
    @Test("Chinese phrasing", arguments: chinesePhraseCases)
    func chinese(_ c: PhraseCase) throws {
        try check(c)
    }

    @Test("English phrasing", arguments: englishPhraseCases)
    func english(_ c: PhraseCase) throws {
        try check(c)
    }

    @Test("the table covers both languages with at least 150 questions")
    func coverage() {
        #expect(chinesePhraseCases.count + englishPhraseCases.count >= 150)
        #expect(chinesePhraseCases.count >= 60)
        #expect(englishPhraseCases.count >= 60)
    }

    private func check(_ c: PhraseCase) throws {
        let expected = try Fixtures.query(c.expectedJSON)
        let result = Fixtures.generator.generate(c.question)
        let interpretation = try #require(result.interpretation, "not understood: \(c.question)")
        #expect(interpretation.query == expected, "\(c.question): got \(interpretation.query.json.jsonString())")
        #expect(!interpretation.understood.isEmpty)
    }
}

@Suite("Refusals")
struct RefusalTests {
    static let questions = [
        "今天天气怎么样", "what's the weather like today", "删除所有员工", "delete all employees", "把张伟的工资改成10000",
        "update salary set salary = 0", "SELECT * FROM employees", "DROP TABLE employees", "明天会下雨吗", "tell me a joke",
        "employees; DROP TABLE employees --", "1' OR '1'='1", "",
    ]

    @Test("out-of-domain, write and SQL questions are refused with suggestions", arguments: questions)
    func refused(_ question: String) throws {
        guard case .notUnderstood(let nu) = Fixtures.generator.generate(question) else {
            Issue.record("'\(question)' should not be understood")
            return
        }
        #expect(!nu.message.isEmpty)
        #expect(nu.suggestions.count == 3)
        #expect(nu.language == Language.detect(question))
    }

    @Test("every suggestion and example is itself understood", arguments: Language.allCases)
    func suggestionsAreAnswerable(_ language: Language) throws {
        #expect(Suggestions(model: Fixtures.model).examples(language).count == 3)
        let suggestions = Suggestions(model: Fixtures.model).examples(language, limit: 6)
        #expect(suggestions.count == 6)
        for s in suggestions {
            #expect(Fixtures.generator.generate(s).interpretation != nil, "suggestion not understood: \(s)")
        }
    }
}
