import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: a year said inside a measure's words is its period")
struct YearInsideMeasureTests {
    @Test("the average 2025 review score reads as the 2025 average review score", arguments: [
        ("Break down the average 2025 review score by gender.", ["employees.gender"]),
        ("Compare the average 2025 review score of Engineering and Sales.", ["departments.name_en"]),
    ])
    func yearBetweenAggregationAndColumn(_ question: String, _ dimensions: [String]) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["performance_reviews.avg_score"] && q.dimensions == dimensions, "\(q)")
        #expect(q.timeDimensions.first?.dateRange == .absolute(from: "2025-01-01", to: "2025-12-31"), "\(q)")
    }

    @Test("a year-like number before words that name no member stays where it is")
    func numberBeforeOtherWords() {
        let texts = Fixtures.generator.tokenize("average 2000 hours of overtime").map(\.text)
        #expect(texts.starts(with: ["average", "2000"]), "\(texts)")
    }
}
