import Testing
import SemanticModel
@testable import QueryGeneration

/// Workers, cars and houses titled only in English, as an ordinary Cube model is; states counted in Chinese.
private let english = modelGenerator(yaml: """
    cubes:
      - name: workers
        sql_table: workers
        title: Workers
        measures:
          - {name: count, type: count, title: Number of Workers}
          - {name: avg_income, type: avg, sql: income, title: Average Income ($)}
          - {name: total_income, type: sum, sql: income, title: Total Income ($)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: income, sql: income, type: number, title: Income ($)}
          - {name: gender, sql: gender, type: string, title: Gender}
          - {name: region, sql: region, type: string, title: Region, meta: {title_zh: 区域}}
      - name: cars
        sql_table: cars
        title: Cars
        measures:
          - {name: count, type: count, title: Number of Cars}
          - {name: avg_price, type: avg, sql: price, title: Average Price ($1000)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: price, sql: price, type: number, title: Price ($1000)}
      - name: houses
        sql_table: houses
        title: Houses
        measures:
          - {name: count, type: count, title: Number of Houses}
          - {name: avg_price, type: avg, sql: price, title: Average Price ($1000)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: price, sql: price, type: number, title: Price ($1000)}
      - name: states
        sql_table: states
        title: States
        measures:
          - {name: count, type: count, title: Number of States, meta: {title_zh: 州数量}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: population, sql: population, type: number, title: Population, meta: {title_zh: 人口}}
    """, values: ["workers.gender": ["Male", "Female"], "workers.region": ["North", "South"]])

@Suite("A built-in glossary: Chinese for what a model names only in English")
struct GlossaryTests {
    let forms: [String: [String]] = ["murder": ["谋杀"], "rate": ["率"], "body weight": ["体重"], "body": ["身体"], "weight": ["重量"], "state": ["州"]]

    @Test("a title's Chinese is its words' Chinese in order; a listed phrase goes before its words; plurals are singular")
    func wordByWord() {
        #expect(Glossary.chinese(of: "Murder Rates", in: forms) == ["谋杀率"])
        #expect(Glossary.chinese(of: "Body Weight", in: forms) == ["体重"])
        #expect(Glossary.chinese(of: "Women", in: ["woman": ["女性"]]) == ["女性"])
        #expect(Glossary.chinese(of: "states", minimumLength: 1, in: forms) == ["州"])
        #expect(Glossary.chinese(of: "states", in: forms) == [], "a one-character form names no column")
    }

    @Test("a title with a word the glossary lacks has no Chinese")
    func untranslated() {
        #expect(Glossary.chinese(of: "Murder Suspects", in: forms) == [])
    }

    @Test("the glossary's lines parse, and every form is Chinese characters (and digits: 沪深300)")
    func sections() {
        #expect(Glossary.forms.count > 1000)
        for (english, chinese) in Glossary.forms {
            #expect(!english.isEmpty && english == english.lowercased(), "\(english)")
            #expect(chinese.allSatisfy { $0.unicodeScalars.contains(where: TextNormalizer.isCJK) && $0.unicodeScalars.allSatisfy { TextNormalizer.isCJK($0) || ("0"..."9").contains($0) } }, "\(english): \(chinese)")
        }
    }

    @Test("a Chinese question names English-titled columns, values and rows", arguments: [
        ("女性的平均收入是多少？", ["workers.avg_income"], 1),
        ("收入超过5万的工人有几个？", ["workers.count"], 1),
    ])
    func chineseOfEnglishTitles(_ question: String, _ measures: [String], _ filters: Int) throws {
        let q = try requiredQuery(english, question)
        #expect(q.measures == measures && q.filters.count == filters, "\(q)")
    }

    @Test("the model's own Chinese wins over the glossary's")
    func ownChineseWins() throws {
        let q = try requiredQuery(english, "各区域的工人数量")
        #expect(q.dimensions == ["workers.region"], "\(q)")
    }

    @Test("a word naming measures of two cubes is asked, in either language, unless the question names one cube")
    func twoCubes() throws {
        for question in ["What is the average price?", "平均价格是多少？"] {
            let result = english.generate(question)
            let message = result.notUnderstood?.message ?? ""
            #expect(result.interpretation == nil && message.lowercased().contains("cars") && message.lowercased().contains("houses"), "\(question): \(message)")
        }
        #expect(try requiredQuery(english, "What is the average price of the houses?").measures == ["houses.avg_price"])
    }
}

@Suite("A Chinese count title with 数量 names its rows")
struct ChineseCountedNounTests {
    @Test("州数量 → 州: 人口超过600万的州有几个")
    func countedNoun() throws {
        #expect(Lexicon.countedNoun("州数量") == "州" && Lexicon.countedNoun("猫的数量") == "猫" && Lexicon.countedNoun("平均人口") == nil)
        let q = try requiredQuery(english, "人口超过600万的州有几个？")
        #expect(q.measures == ["states.count"] && q.filters.count == 1, "\(q)")
    }
}
