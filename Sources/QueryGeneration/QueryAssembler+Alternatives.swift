import SemanticModel

extension QueryAssembler {
    /// "in Sales or in Beijing", "controlled by the US or Britain": "or" between values of two different columns is
    /// either condition, one filter of the two joined by or, not both at once (which would count nobody in Sales
    /// outside Beijing). Values of one column joined by "or" are already one condition with both values. Any other
    /// "or" beside two conditions on different columns ("in Sales or earn more than 20,000") could be either, which
    /// the query can't tell apart from both: it is not accounted for, and asked.
    static func joinAlternatives(_ s: inout ParseState, _ query: inout CubeQuery) {
        let skip: Set<String> = ["in", "the", "at", "from", "by", "a", "an", "在", "是"]
        func value(_ start: Int, _ step: Int) -> (dimension: String, value: String)? {
            var k = start
            while let t = s.token(k), skip.contains(t.text) { k += step }
            guard let t = s.token(k), s.used[k] else { return nil }
            for entry in t.entries { if case .value(let d, let v) = entry { return (d, v) } }
            return nil
        }
        for i in s.tokens.indices where !s.used[i] && ["or", "或", "或者"].contains(s.tokens[i].text) {
            let left = value(i - 1, -1), right = value(i + 1, 1)
            if let left, let right, left.dimension == right.dimension { continue }  // Sales or Marketing: one condition
            func index(_ side: (dimension: String, value: String)?) -> Int? {
                guard let side else { return nil }
                return query.filters.firstIndex { if case .member(let f) = $0 { f.member == side.dimension && f.op == .equals && f.values == [side.value] } else { false } }
            }
            if let a = index(left), let b = index(right), a != b {
                let joined = QueryFilter.or([query.filters[a], query.filters[b]])
                query.filters.remove(at: max(a, b))
                query.filters.remove(at: min(a, b))
                query.filters.append(joined)
                s.use(i)
            } else if Set(query.filters.flatMap(\.memberFilters).map(\.member)).count >= 2, !query.filters.contains(where: { if case .or = $0 { true } else { false } }) {
                s.unexpressed.append(s.tokens[i].text)
            }
        }
    }
}
