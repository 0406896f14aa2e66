import QueryGeneration
import SemanticModel
import Testing

@Suite("Event verbs, partitives and everyday words for a person's sex")
struct EventWordsTests {
    @Test("the event's verb and 'how many of the X' name the rows: the filtered count alone is the answer", arguments: [
        ("How many of the deaths were homicides?", ["deaths.homicide_count"], [] as [String]),
        ("How many Black men died in homicides?", ["deaths.homicide_count"], ["Black", "Male"]),
        ("How many women died?", ["deaths.count"], ["Female"]),
        ("How many deaths were there among men?", ["deaths.count"], ["Male"]),
        ("How many people died?", ["deaths.count"], []),
        ("What was the average age of the people who died?", ["deaths.avg_age"], []),
    ])
    func rowsNamedByVerbs(_ question: String, _ measures: [String], _ values: [String]) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures, "\(query)")
        #expect(Set(query.filters.flatMap(\.memberFilters).flatMap(\.values)) == Set(values), "\(query)")
    }
}

extension EventWordsTests {
    @Test("'who' after the rows' noun asks for a list unless the question asks for a number")
    func relativeWho() {
        #expect(Fixtures.generator.generate("employees who joined in 2024").interpretation == nil)
        #expect(Fixtures.generator.generate("how many employees who joined in 2024 are in Sales").interpretation != nil)
    }
}

@Suite("A day without its year in a range takes the other day's year")
struct DayRangeTests {
    @Test("from April 29 to May 3, 1992; between April 29 and May 3, 1992", arguments: [
        "deaths per day from April 29 to May 3, 1992", "deaths between April 29 and May 3, 1992",
    ])
    func carriedYear(_ question: String) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: "1992-04-29", to: "1992-05-03"), "\(query)")
    }
}

extension EventWordsTests {
    @Test("light verbs (happened, 发生), least / most common, 每种, and 死亡 from 死亡人数", arguments: [
        ("How many of the deaths happened after May 3, 1992?", nil as String?, nil as Int?),
        ("Which two races were the least common among the deaths?", "deaths.race", 2),
        ("每种种族的死亡人数", "deaths.race", nil),
        ("1992年5月1日有多少人死亡？", nil, nil),
    ])
    func lightWords(_ question: String, _ dimension: String?, _ limit: Int?) throws {
        let query = try #require(EventFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == (dimension.map { [$0] } ?? []) && query.limit == limit, "\(query)")
        if limit != nil { #expect(query.order.first?.descending == false) }
    }
}
