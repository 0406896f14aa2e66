import Testing
import SemanticModel
@testable import QueryGeneration

/// An English-only model: animals with one Weight column and an average of it; births with two weights.
private let animals = modelGenerator(yaml: """
    cubes:
      - name: animals
        sql_table: animals
        title: Animals
        measures:
          - {name: count, type: count, title: Number of Animals}
          - {name: avg_weight, type: avg, sql: weight, title: Average Weight (g)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: species, sql: species, type: string, title: Species, meta: {title_zh: 物种}}
          - {name: weight, sql: weight, type: number, title: Weight (g)}
    """, values: ["animals.species": ["cat", "dog"]])

/// Births with two weights: the baby's and the mother's.
private let births = modelGenerator(yaml: """
    cubes:
      - name: births
        sql_table: births
        title: Births
        measures:
          - {name: count, type: count, title: Number of Births}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: baby_weight, sql: baby_weight, type: number, title: Birth Weight (g)}
          - {name: mother_weight, sql: mother_weight, type: number, title: Mother Weight (lbs)}
    """, values: [:])

@Suite("Understanding: Chinese words for the columns an English-only model names")
struct ChineseColumnWordsTests {
    @Test("各物种的平均体重: 体重 names the one Weight column, averaged by the model's measure")
    func chineseWordOfOneColumn() throws {
        let q = try requiredQuery(animals, "各物种的平均体重")
        #expect(q.measures == ["animals.avg_weight"] && q.dimensions == ["animals.species"], "\(q)")
    }

    @Test("with two weight columns in the model the word names neither")
    func twoColumnsNoWord() {
        let lexicon = Lexicon(model: births.model, values: [:])
        #expect(lexicon.lookup("体重") == nil, "\(String(describing: lexicon.lookup("体重")))")
    }

    @Test("a possessive title's person and noun (Husband's Income → 丈夫的收入), and a three-word title's last word (Log Hourly Wage → 工资)")
    func possessiveAndThreeWords() {
        let lexicon = Lexicon(model: modelGenerator(yaml: """
            cubes:
              - name: women
                sql_table: women
                title: Women
                measures:
                  - {name: count, type: count, title: Number of Women}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: husband_income, sql: husband_income, type: number, title: Husband's Income ($1000s)}
                  - {name: wage, sql: wage, type: number, title: Log Hourly Wage}
                  - {name: protein, sql: protein, type: number, title: Protein (g)}
            """, values: [:]).model, values: [:])
        #expect(lexicon.lookup("丈夫的收入") == [.dimension("women.husband_income")])
        #expect(lexicon.lookup("收入") == [.dimension("women.husband_income")])
        #expect(lexicon.lookup("工资") == [.dimension("women.wage")])
        #expect(lexicon.lookup("蛋白质") == [.dimension("women.protein")])
    }
}
