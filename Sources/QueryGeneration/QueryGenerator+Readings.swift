import SemanticModel

extension QueryGenerator {
    /// The readings a clarification offers when words fit several members: the dates a period could bind to, or
    /// the measures a name fits (the average wage per trade or per man). Each is the query with that member, with
    /// the words and the members' titles; nil when the question has one reading.
    func readings(of query: CubeQuery, _ s: ParseState, _ language: Language) -> (words: String, queries: [CubeQuery], titles: [String])? {
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
            return (words, queries, members.map { model.title(of: $0, language) })
        }
        return nil
    }
}
