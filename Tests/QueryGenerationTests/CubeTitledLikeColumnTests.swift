import Testing
import SemanticModel
@testable import QueryGeneration

/// From the doctor first run (2 wrong): the cube `individuals` titled Doctor Visits, beside its column Doctor Visits,
/// made "the total number of doctor visits" a count of the individuals (485 instead of 781).
@Suite("A cube titled by its own number column; the total number of a number column")
struct CubeTitledLikeColumnTests {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: individuals
            sql_table: individuals
            title: Doctor Visits
            meta: {synonyms: [people, individuals]}
            measures:
              - {name: count, type: count, title: Number of Individuals}
              - {name: total_visits, type: sum, sql: doctor_visits, title: Total Doctor Visits}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true, title: Individual ID}
              - {name: doctor_visits, sql: doctor_visits, type: number, title: Doctor Visits}
              - {name: pregnancies, sql: pregnancies, type: number, title: Pregnancies}
              - {name: total_pregnancies_unused, sql: pregnancies, type: number, title: Pregnancy Count, public: false}
        """, values: [:])

    @Test("the word names the column, not the rows: a total is the column's sum, one row's is its value", arguments: [
        ("What's the total number of doctor visits across everyone?", ["individuals.total_visits"]),
        ("How many people are there?", ["individuals.count"]),
    ])
    func column(_ question: String, measures: [String]) throws {
        #expect(try requiredQuery(Self.generator, question).measures == measures)
    }

    @Test("the total number of a number column the model doesn't sum is not a count of rows")
    func noSum() {
        let q = Self.generator.generate("What's the total number of pregnancies?").interpretation?.query
        #expect(q?.measures != ["individuals.count"], "\(String(describing: q))")
    }

    @Test("a cube named by the word keeps it: a cube `sales` with a Sales column")
    func ownName() {
        let lexicon = Lexicon(model: modelGenerator(yaml: """
            cubes:
              - name: sales
                sql_table: sales
                title: Sales
                measures:
                  - {name: count, type: count, title: Number of Sales}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: sales, sql: amount, type: number, title: Sales}
            """, values: [:]).model, values: [:])
        #expect(lexicon.lookup("sales")?.contains(.cube("sales")) == true)
    }
}
