import QueryGeneration
import SemanticModel
import Testing

@Suite("Autocomplete")
struct AutocompleteTests {
    let autocomplete = Autocomplete(lexicon: Fixtures.generator.lexicon, model: Fixtures.model, values: Fixtures.values)

    @Test("completes the Chinese word being typed, measures first")
    func chinese() {
        let completions = autocomplete.complete("各部门平均", limit: 5)
        #expect(completions.first?.kind == "measure")
        #expect(completions.contains { $0.text == "各部门平均工资" && $0.member == "employees.avg_salary" })
        #expect(completions.allSatisfy { $0.text.hasPrefix("各部门") })
    }

    @Test("completes multi-word English terms without splitting words")
    func english() {
        let completions = autocomplete.complete("average sal", limit: 3)
        #expect(completions.first?.text == "Average Salary")
        #expect(!autocomplete.complete("headcount by dep").isEmpty)
        #expect(autocomplete.complete("headcount by dep").allSatisfy { $0.text.lowercased().hasPrefix("headcount by dep") })
    }

    @Test("offers values from the database and their aliases")
    func values() {
        #expect(autocomplete.complete("北").contains { $0.text == "北京" && $0.kind == "value" })
        #expect(autocomplete.complete("shang").contains { $0.term.lowercased() == "shanghai" })
    }

    @Test("nothing for nothing")
    func empty() {
        #expect(autocomplete.complete("").isEmpty)
        #expect(autocomplete.complete("   ").isEmpty)
        #expect(autocomplete.complete("zzqx").isEmpty)
    }
}
