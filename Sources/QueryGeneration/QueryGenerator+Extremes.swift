import SemanticModel

extension QueryGenerator {
    /// "The minimum and maximum urban population": a highest and a lowest word, answered with one extreme. Nil when
    /// the query has both a max and a min measure, or the words say a sort ("from highest to lowest").
    func oneOfOppositeExtremes(_ tokens: [Token], _ query: CubeQuery) -> String? {
        guard let high = tokens.firstIndex(where: { $0.isKeyword(.max) }), let low = tokens.firstIndex(where: { $0.isKeyword(.min) }),
            !tokens.contains(where: { $0.isKeyword(.sort) || $0.isKeyword(.desc) || $0.isKeyword(.asc) || ["to", "from", "到"].contains($0.text) })
        else { return nil }
        let kinds = Set(query.measures.compactMap { member -> Measure.Kind? in
            if case .measure(_, let m)? = model.resolve(member) { return m.kind } else { return nil }
        })
        if kinds.contains(.max) && kinds.contains(.min) { return nil }
        return tokens[max(high, low)].text
    }
}
