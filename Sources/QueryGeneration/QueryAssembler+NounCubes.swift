import SemanticModel

extension QueryAssembler {
    /// A cube named by a noun must shape the answer. When the measured cube reaches it through joins, the noun
    /// asks for a breakdown by its label where a word asks for groups (which islands, islands with more than 100
    /// penguins); it names the rows where conditions pick them (the average rate for states with …), "any / all"
    /// say all of them, or another breakdown splits them; with none of these it is asked. When it reaches the measured cube, only rows
    /// that have one count (employees who have had a review). Otherwise the noun played no part, and its word goes
    /// back to the ledger as not accounted for.
    func applyNounCubes(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard !s.nounCubes.isEmpty else { return }
        let used = Set((query.measures + query.dimensions + query.segments + query.timeDimensions.map(\.dimension)
            + query.filters.flatMap(\.memberFilters).map(\.member)).compactMap { $0.split(separator: ".").first.map(String.init) })
        let measured = query.measures.first.flatMap { $0.split(separator: ".").first.map(String.init) }
        for noun in Self.unique(s.nounCubes) where !used.contains(noun) {
            guard let measured, query.ungrouped != true, let tree = try? s.model.joinTree(for: [measured, noun]) else {
                release(noun, &s)
                continue
            }
            let onAggregate = query.filters.flatMap(\.memberFilters).contains { f in
                if case .measure? = s.model.resolve(f.member) { return true } else { return false }
            }
            // "the average assault rate for states with less than 50% urban population": a measure asked for, then the
            // noun after for / of / among with only conditions on rows: it names the rows they pick, and the answer is
            // one figure over them ("employees who got an S rating" still lists the employees).
            let nounTokens = s.tokens.indices.filter { s.used[$0] && s.tokens[$0].entries.first == .cube(noun) }
            // "How many reviews did Customer Service people get": a value the question filters on, right before the
            // noun, says which of them, as "for" would.
            let filtered = Set(query.filters.flatMap(\.memberFilters).filter { $0.op == .equals }.flatMap { f in f.values.map { "\(f.member)=\($0)" } })
            let tokens = s.tokens
            let overRows = !s.defaultedMeasure && !nounTokens.isEmpty && nounTokens.allSatisfy { k in
                k > 0 && (["for", "of", "among", "across"].contains(tokens[k - 1].text) || tokens[k - 1].entries.contains { entry in
                    if case .value(let d, let v) = entry { return filtered.contains("\(d)=\(v)") } else { return false }
                })
            }
            // Only a word that asks for groups makes the noun a breakdown: which / each / by / 各 / 哪 before it, a
            // superlative or a limit, a condition on the aggregate. "the smallest net assets of any university",
            // 大学的平均学费收入 ask for one figure over the rows.
            let cuedByWord = nounTokens.contains { k in k > 0 && (Self.groupCueWords.contains(tokens[k - 1].text) || tokens[k - 1].isKeyword(.group)) }
            let cued = s.superlative != nil || query.limit != nil || onAggregate || s.asksWhichIndex != nil || s.listing != nil
                || !query.order.isEmpty || s.sortDirection != nil || cuedByWord
            let overAll = nounTokens.contains { k in k > 0 && Self.allRowsWords.contains(tokens[k - 1].text) }
            if tree.root == measured, query.dimensions.isEmpty, !cued, Self.label(of: noun, s.model) != nil,
                !query.filters.isEmpty && overRows || overAll
            {
                for i in nounTokens { s.namesRowsOnly.insert(i) }
            } else if tree.root == measured, query.dimensions.isEmpty, !cued,
                // "employees who got an S rating": a clause on the noun lists its rows.
                !nounTokens.contains(where: { k in tokens.indices.contains(k + 1) && Self.relativeWords.contains(tokens[k + 1].text) })
            {
                release(noun, &s)
            } else if tree.root == measured, !query.dimensions.isEmpty || query.timeDimensions.contains(where: { $0.granularity != nil }), !cuedByWord {
                // 各规模类别的大学平均净资产, "the total grants of large and small universities", "which year had the
                // most takeover targets": grouped by something else already (a superlative ranks those groups), the
                // noun names the rows those groups split.
                for i in nounTokens { s.namesRowsOnly.insert(i) }
            } else if tree.root == measured, query.dimensions.isEmpty, let label = Self.label(of: noun, s.model) {
                query.dimensions = [localized(label, s)]
                // 按吸烟量分组统计: 按 before the noun says this breakdown.
                for k in nounTokens where k > 0 && s.isFree(k - 1) && (["按", "按照"].contains(s.tokens[k - 1].text) || s.tokens[k - 1].isKeyword(.group)) {
                    s.use(k - 1)
                }
                // which five states had the largest GSP: the noun's groups are what the superlative ranks.
                if query.limit == nil, query.ungrouped != true { rank(s, &query, byNoun: true) }
            } else if tree.root == noun, let pk = s.model.cube(named: noun)?.primaryKey {
                query.filters.append(.member(MemberFilter(member: "\(noun).\(pk.name)", op: .set)))
                let zh = s.language == .zh
                let title = s.model.cube(named: noun)?.title(s.language) ?? noun
                s.notes.append(zh ? "只统计有\(title)的\(s.model.title(of: query.measures[0], .zh))" : "Counting only rows that have \(title.lowercased())")
            } else {
                release(noun, &s)
            }
        }
    }

    /// "Finance's budget per current employee", "total salary per employee": per (每) and a cube's noun ask for one
    /// figure for each of its rows. A breakdown by that cube says it, and so does an average over its own rows; any
    /// other answer (a total, or a figure of departments that merely have employees) would divide by nothing, so
    /// the words are left not accounted for.
    func askPerNoun(_ s: inout ParseState, _ query: CubeQuery) {
        for i in s.tokens.indices where s.tokens[i].text == "per" || (s.tokens[i].text.hasPrefix("每") && Self.perWords.contains(s.tokens[i].text)) {
            var k = i + 1
            while let t = s.token(k), t.text == "the" || t.namesValue { k += 1 }
            guard let noun = s.token(k)?.entries.lazy.compactMap({ entry -> String? in if case .cube(let c) = entry { return c } else { return nil } }).first
            else { continue }
            let grouped = (query.dimensions + query.timeDimensions.filter { $0.granularity != nil }.map(\.dimension)).contains { $0.hasPrefix(noun + ".") }
            let averaged = !query.measures.isEmpty && query.measures.allSatisfy { m in
                guard m.hasPrefix(noun + "."), case .measure(_, let measure)? = s.model.resolve(m) else { return false }
                return measure.kind == .avg
            }
            if !grouped, !averaged { s.unexpressed.append(s.tokens[i].text + (s.language == .zh ? "" : " ") + s.tokens[k].text) }
        }
    }

    static let groupCueWords: Set<String> = [
        "which", "what", "each", "every", "by", "per", "各", "各个", "每", "每个", "每所", "每家", "哪", "哪个", "哪些", "哪所", "哪家", "按", "按照",
    ]
    static let allRowsWords: Set<String> = ["any", "all", "所有", "全部", "全体"]
    static let relativeWords: Set<String> = ["who", "that", "which", "with", "whose", "where"]

    static let perWords: Set<String> = ["每", "每个", "每名", "每位", "每一个"]

    /// Marks the words that named `cube` as not accounted for.
    private func release(_ cube: String, _ s: inout ParseState) {
        for i in s.tokens.indices where s.used[i] && s.tokens[i].entries.first == .cube(cube) { s.used[i] = false }
    }
}
