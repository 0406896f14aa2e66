import SemanticModel

extension QueryGenerator {
    /// The readings a clarification offers when words fit several members: the dates a period could bind to, or
    /// the measures a name fits (the average wage per trade or per man). Each is the query with that member, with
    /// the words and the members' titles; nil when the question has one reading.
    func readings(of query: CubeQuery, _ s: borrowing ParseState, _ language: Language) -> (words: String, queries: [CubeQuery], titles: [String])? {
        if s.timeReadings.count > 1 {
            let queries = s.timeReadings.map { Clarifier.replacingTime(in: query, s.timeReadings[0], with: $0) }
            return (s.timeLabel ?? Clarifier.grainLabel(query, language), queries, s.timeReadings.map { model.title(of: $0, language) })
        }
        if let (words, members) = s.measureReadings, let first = members.first, query.measures.contains(first) {
            let queries = members.map { other in
                var q = query
                q.measures = q.measures.map { $0 == first ? other : $0 }
                q.order = q.order.map { $0.member == first ? OrderItem(other, descending: $0.descending) : $0 }
                return q
            }
            // Average Price ($1000) of cars and of houses: titles alike are told apart by their cubes'.
            var titles = members.map { model.title(of: $0, language) }
            if Set(titles).count < titles.count {
                titles = zip(members, titles).map { member, title in
                    model.cube(named: String(member.prefix { $0 != "." })).map { "\($0.title(language)) · \(title)" } ?? title
                }
            }
            return (words, queries, titles)
        }
        if let (words, readings) = s.valueReadings, let first = readings.first {
            let queries = readings.map { Self.replacingValue(in: query, first, with: $0) }
            return (words, queries, readings.map { "\(model.title(of: $0.dimension, language)): \($0.value)" })
        }
        return nil
    }

    /// `query` with the condition on `from` read as `to`: the same word as a value of another column.
    static func replacingValue(in query: CubeQuery, _ from: ValueTwins.Reading, with to: ValueTwins.Reading) -> CubeQuery {
        func replaced(_ filter: QueryFilter) -> QueryFilter {
            switch filter {
            case .member(var f):
                guard f.member == from.dimension, f.values.contains(from.value) else { return filter }
                f.member = to.dimension
                f.values = [to.value]
                return .member(f)
            case .and(let list): return .and(list.map(replaced))
            case .or(let list): return .or(list.map(replaced))
            }
        }
        var q = query
        q.filters = q.filters.map(replaced)
        return q
    }
}
