import Testing
import SemanticModel
@testable import QueryGeneration

/// The query `generator` makes of `question`; a failure names the question and what came back instead.
func requiredQuery(_ generator: QueryGenerator, _ question: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CubeQuery {
    let result = generator.generate(question)
    return try #require(result.interpretation?.query, "\(question): \(result)", sourceLocation: sourceLocation)
}

/// The first condition on `member` anywhere in the query's filters (inside and / or groups too).
func memberFilter(_ q: CubeQuery, _ member: String) -> MemberFilter? {
    q.filters.flatMap(\.memberFilters).first { $0.member == member }
}
