import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: Chinese linking verbs the range word 到 used to split (拿到过, 拿到了, 得过, 拿), and 分布在几个城市")
struct ChineseLinkingVerbsTests {
    @Test("拿到过S级, 拿到了S级, 得过D, 拿A: the rating after the verb", arguments: [
        ("2023年拿到过S级的一共有多少人？", "S", "employees.count"), ("2024年一共有多少人次拿到了S级？", "S", "performance_reviews.count"),
        ("2023年考核得过D的员工有多少个", "D", "employees.count"), ("2025年每个季度拿A的有多少人次", "A", "performance_reviews.count"),
    ])
    func ratingAfterVerb(_ question: String, rating: String, measure: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "performance_reviews.rating")?.values == [rating] && q.measures == [measure], "\(q)")
    }

    @Test("the tokenizer keeps 拿到过 whole, and 3到5级 is still a range")
    func tokens() throws {
        let texts = Fixtures.generator.tokenize("拿到过S级").map(\.text)
        #expect(texts.first == "拿到过", "\(texts)")
        let q = try requiredQuery(Fixtures.generator, "职级3到5级的员工有多少")
        #expect(memberFilter(q, "employees.level")?.op == .gte, "\(q)")
    }

    @Test("在职的产品总监分布在几个城市: spread over how many cities is the distinct count, no breakdown")
    func spreadOverDistinctCount() throws {
        let q = try requiredQuery(Fixtures.generator, "在职的产品总监分布在几个城市？")
        #expect(q.measures == ["employees.city_count"] && q.dimensions.isEmpty, "\(q)")
    }
}
