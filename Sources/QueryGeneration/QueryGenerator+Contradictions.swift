import SemanticModel

extension QueryGenerator {
    /// Findings of `query` that contradict each other, by the title of the member to ask about: a filtered count
    /// the query's own filter empties (FilteredMeasureNames.contradicted), and "which manufacturer has the most
    /// models" where a model is a row itself (the cube's label): a count of the rows per label is one in every group
    /// beside another grouping.
    func contradictions(in query: CubeQuery, _ language: Language, _ tokens: [Token] = [], shareOf: MemberFilter? = nil, shareOfMeasure: String? = nil) -> [String] {
        let sharing = shareOf != nil
        var titles = filteredMeasures.contradicted(in: query).map { model.title(of: $0, language) }
        for case .measure(let cube, let m)? in query.measures.map(model.resolve) where m.kind == .count && query.ungrouped != true
            && query.dimensions.count >= 2
        {
            if let label = QueryAssembler.label(of: cube.name, model), query.dimensions.contains(label) {
                titles.append(model.title(of: label, language))
            }
        }
        // "what percentage of patients improved (some or marked)": a value's share of a count filtered on that very
        // column (Improved Patients) is all of it, not the share of the rows.
        if let shareOf {
            var withShare = query
            withShare.filters.append(.member(shareOf))
            titles += filteredThroughJoin(withShare, share: shareOf).map { model.title(of: $0, language) }
        } else {
            titles += filteredThroughJoin(query).map { model.title(of: $0, language) }
        }
        titles += valuesNotListed(query, tokens).map { model.title(of: $0, language) }
        // "Bush's average vote share": one value's share of an average is no share of anything (and the mean of the
        // counties' shares is another number): asked.
        if sharing {
            for member in query.measures {
                if case .measure(_, let m)? = model.resolve(member), m.kind == .avg { titles.append(model.title(of: member, language)) }
            }
        }
        // "how many older children do women in the labour force have": a filtered count (Women in the Labour Force)
        // beside another figure, with nothing joining the two, more likely says which rows than asks a second number;
        // its share of the plain count is asked by a share word.
        if query.measures.count >= 2, shareOfMeasure == nil, !tokens.contains(where: { Self.joiningWords.contains($0.text) || $0.isKeyword(.compare) }) {
            for member in query.measures {
                guard case .measure(_, let m)? = model.resolve(member), m.kind == .count, !m.filters.isEmpty else { continue }
                titles.append(model.title(of: member, language))
            }
        }
        // "the average household size in the largest towns (town size 5)": one row, sorted by a count of another
        // cube's rows that nobody asked for; what "largest" meant is asked.
        if query.dimensions.isEmpty, query.ungrouped != true, query.timeDimensions.allSatisfy({ $0.granularity == nil }), query.measures.count >= 2,
            let sorted = query.order.first?.member, case .measure(let cube, let m)? = model.resolve(sorted), m.kind == .count,
            query.measures.contains(where: { !$0.hasPrefix(cube.name + ".") })
        {
            titles.append(model.title(of: sorted, language))
        }
        return titles
    }

    /// 现在已经离职 read as 在职 or 离职: two values of one column with no word between them that lists or compares
    /// them ("Beijing and Shanghai", S或A, S/A, "men and … women", "budget vs Finance") are no "either" the question
    /// asks; one of the words means something else. The column is asked.
    static let listJoiners: Set<String> = ["and", "or", "和", "或", "或者", "及", "以及", "与", "跟", "、", ",", "，", "/", "nor", "还是", "versus", "vs", "vs.",
                                           "compared", "compare", "than", "对比", "比", "比较", "同"]

    func valuesNotListed(_ query: CubeQuery, _ tokens: [Token]) -> [String] {
        let joiners = Self.listJoiners
        guard query.filters.contains(where: { $0.memberFilters.contains { $0.values.count >= 2 && ($0.op == .equals || $0.op == .notEquals) } }) else { return [] }
        return query.filters.flatMap(\.memberFilters).filter { f in
            guard f.op == .equals || f.op == .notEquals, f.values.count >= 2 else { return false }
            // Where each value is first named, in one pass over the tokens.
            var first: [String: Int] = [:]
            for (i, t) in tokens.enumerated() {
                for case .value(let d, let v) in t.entries where d == f.member && first[v] == nil { first[v] = i }
            }
            let sorted = Set(first.values).sorted()
            guard f.values.allSatisfy({ first[$0] != nil }), sorted.count >= 2 else { return false }
            // 男的女的, 北京上海: said side by side they are a list too; "compare … in A with B" joins them by "with".
            let compares = tokens.contains { $0.isKeyword(.compare) }
            return zip(sorted, sorted.dropFirst()).contains { a, b in
                let between = tokens[(a + 1)..<b]
                return !between.allSatisfy({ $0.text == "的" })
                    && !between.contains { t in joiners.contains(t.text) || t.isKeyword(.rangeAnd) || t.isKeyword(.compare) || (compares && t.text == "with") }
            }
        }.map(\.member)
    }

    /// Words that join two figures asked together (active and resigned headcount, 在职人数和离职人数, … vs …).
    static let joiningWords: Set<String> = ["and", "和", "与", "及", "以及", "还有", "、", ",", "，", "&", "plus", "as well as", "together with", "along with",
                                            "vs", "versus", "compared", "compare", "对比", "比较"]

    /// "Male vs female christenings" read as the female christenings of Male rows: a measure filtered on a key column
    /// (`{CUBE}.sex_id = 1`) beside a value condition on the cube that column joins to (sexes.name = Male). Which
    /// value the key stands for is in the database, not the model, so the two may contradict: the measure is asked.
    /// A value's share (`share`) is of rows filtered on its own column too.
    func filteredThroughJoin(_ query: CubeQuery, share: MemberFilter? = nil) -> [String] {
        let conditioned = Set(query.filters.flatMap(\.memberFilters).filter { [.equals, .notEquals].contains($0.op) }.map { String($0.member.prefix { $0 != "." }) })
        guard !conditioned.isEmpty else { return [] }
        return query.measures.filter { member in
            guard case .measure(let cube, let measure)? = model.resolve(member), !measure.filters.isEmpty else { return false }
            let columns = Set(measure.filters.flatMap { Self.columnsReferenced($0, cube: cube.name) })
            let sameCube = [share].compactMap({ $0 }).contains { f in
                guard f.member.hasPrefix(cube.name + "."), case .dimension(_, let d, _)? = model.resolve(f.member) else { return false }
                return Self.columnsReferenced(d.sql, cube: cube.name).contains(where: columns.contains) || columns.contains(d.sql)
            }
            return sameCube || cube.joins.contains { join in
                conditioned.contains(join.name) && !columns.isDisjoint(with: Self.columnsReferenced(join.sql, cube: cube.name))
            }
        }
    }

    /// The columns of `cube` a SQL snippet names as {CUBE}.column or cube.column.
    static func columnsReferenced(_ sql: String, cube: String) -> [String] {
        var found: [String] = []
        for prefix in ["{CUBE}.", "\(cube)."] {
            for piece in sql.split(separator: prefix, omittingEmptySubsequences: false).dropFirst() {
                let column = piece.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !column.isEmpty { found.append(String(column)) }
            }
        }
        return found
    }

    /// "Compare Engineering and Sales" with no figure named: a default count of a cube's rows by that cube's own label
    /// (or its other-language column) is one a group, which compares nothing. The compare word to report, or nil.
    func countOfOwnRows(_ tokens: [Token], _ query: CubeQuery, _ language: Language) -> String? {
        guard let measure = query.measures.first else { return nil }
        let cube = String(measure.prefix { $0 != "." })
        guard let label = QueryAssembler.label(of: cube, model), case .dimension(_, let d, _)? = model.resolve(label) else { return nil }
        let labels = Set([label] + d.meta.localized.values.map { $0.contains(".") ? $0 : "\(cube).\($0)" })
        guard query.dimensions.contains(where: labels.contains) else { return nil }
        return tokens.first(where: { $0.isKeyword(.compare) })?.text
    }
}
