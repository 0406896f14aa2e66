import SemanticModel

extension QueryAssembler {
    /// The dimension that names a cube's rows: the one marked `meta.label: true`, else `name` or `title`, else a
    /// string dimension named like a name (`company_name`, `label`) or titled as one row (Car in Cars), else the
    /// primary key. Never another category
    /// (sex, status): a list of rows labelled by one would name no row.
    static func label(of cube: String, _ model: SemanticModel) -> String? {
        guard let c = model.cube(named: cube) else { return nil }
        let strings = c.dimensions.filter { $0.kind == .string && !$0.primaryKey && $0.isPublic }
        // A column titled as one of the rows (Car in the cube Cars), or with that word among its synonyms (Car
        // Model, also called car), names them too.
        let one = TextNormalizer.normalize(c.title).trimmingSpaces
        // alcohol_group in the cube alcohol_groups: a column named as one of the rows names them.
        let singular = c.name.hasSuffix("ies") ? String(c.name.dropLast(3)) + "y" : c.name.hasSuffix("s") ? String(c.name.dropLast()) : ""
        let label = c.dimensions.first { $0.meta.isLabel } ?? c.dimension(named: "name") ?? c.dimension(named: "title")
            ?? strings.first { $0.name.hasSuffix("_name") || $0.name == "label" || $0.name == singular }
            ?? strings.first { d in
                ([d.title] + d.meta.synonyms).contains { name in
                    let t = TextNormalizer.normalize(name).trimmingSpaces
                    return t.count >= 3 && (t + "s" == one || t + "es" == one)
                }
            }
            ?? c.dimensions.first { $0.primaryKey }
        return label.map { "\(c.name).\($0.name)" }
    }
}

extension QueryAssembler {
    /// "How many reviews has employee 1000 had, and what's their average score?": the columns in the order the
    /// question names them. A measure is placed by the first word that named it (a plain count by its count word);
    /// when any measure has no such word, the order is left as the rules made it.
    static func orderMeasuresAsAsked(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.measures.count > 1 else { return }
        func position(_ member: String) -> Int? {
            if let i = s.tokens.indices.first(where: { s.used[$0] && s.tokens[$0].entries.contains(.measure(member)) }) { return i }
            guard case .measure(_, let measure)? = s.model.resolve(member), measure.kind == .count, measure.filters.isEmpty else { return nil }
            return s.tokens.indices.first { s.tokens[$0].isKeyword(.count) }
        }
        let positions = query.measures.compactMap(position)
        guard positions.count == query.measures.count, Set(positions).count == positions.count else { return }
        query.measures = zip(query.measures, positions).sorted { $0.1 < $1.1 }.map(\.0)
    }
}

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
