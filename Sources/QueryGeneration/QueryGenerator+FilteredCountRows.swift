import SemanticModel

extension QueryGenerator {
    /// "Among households that buy tobacco, what is the average tobacco budget share?", "the average age of patients
    /// who died": a filtered count (Smoking Households: tobacco_share > 0) said after among / of / for (before 的 / 中
    /// in Chinese), beside another figure of its cube, names the rows that figure is taken over, not a second figure.
    /// Its filter becomes the query's condition when each of its SQL filters is a plain comparison of one of the
    /// cube's columns with a literal ({CUBE}.col > 0, {CUBE}.status = 'dead'); anything else is left as it was (and
    /// the ledger asks).
    func filteredCountAsRows(_ query: CubeQuery, _ s: inout ParseState) -> CubeQuery? {
        guard query.measures.count == 2 else { return nil }
        let resolved = query.measures.compactMap { m -> (String, Cube, Measure)? in
            if case .measure(let c, let measure)? = model.resolve(m) { (m, c, measure) } else { nil }
        }
        guard resolved.count == 2,
            let counted = resolved.first(where: { $0.2.kind == .count && !$0.2.filters.isEmpty }),
            let figure = resolved.first(where: { $0.0 != counted.0 && $0.2.kind != .count && $0.2.filters.isEmpty }),
            figure.1.name == counted.1.name,
            let k = s.tokens.indices.first(where: { s.used[$0] && s.tokens[$0].entries.contains(.measure(counted.0)) }),
            let f = s.tokens.indices.first(where: { s.used[$0] && s.tokens[$0].entries.contains(.measure(figure.0)) })
        else { return nil }
        let said: Bool
        var rowWords: [Int] = []
        if s.language == .zh {
            said = k < f && ["的", "中", "里"].contains(s.token(k + 1)?.text ?? "")
        } else {
            // among (all) (the) respondents / those admitted to hospital: words for the rows may stand between
            var before = k - 1
            while let t = s.token(before), ["the", "all", "those", "people"].contains(t.text)
                || t.entries.contains(where: { $0 == .cube(counted.1.name) || $0 == .measure(s.countMeasure(of: counted.1.name) ?? "") })
            {
                if s.used[before] { rowWords.append(before) }
                before -= 1
            }
            said = ["among", "of", "for"].contains(s.token(before)?.text ?? "")
        }
        guard said else { return nil }
        let conditions = counted.2.filters.map { Self.comparison($0, in: counted.1) }
        guard !conditions.isEmpty, conditions.allSatisfy({ $0 != nil }) else { return nil }
        var shaped = query
        shaped.measures = [figure.0]
        shaped.filters += conditions.compactMap { $0.map(QueryFilter.member) }
        shaped.order.removeAll { $0.member == counted.0 }
        for i in [k] + rowWords { s.namesRowsOnly.insert(i) }
        return shaped
    }

    /// `{CUBE}.col OP literal` as a filter on the cube's dimension whose SQL is that column: = > >= < <= with a
    /// number on a number column or a quoted string on a string one. Not != (Cube's notEquals keeps NULLs, SQL's
    /// doesn't), nor anything else.
    static func comparison(_ sql: String, in cube: Cube) -> MemberFilter? {
        let text = sql.trimmingSpaces
        let ops: [(String, FilterOperator)] = [(">=", .gte), ("<=", .lte), ("!=", .notEquals), ("<>", .notEquals), ("=", .equals), (">", .gt), ("<", .lt)]
        guard let (symbol, op) = ops.first(where: { text.contains($0.0) }), op != .notEquals,
            let range = text.firstRange(of: symbol)
        else { return nil }
        var column = String(text[..<range.lowerBound]).trimmingSpaces
        var literal = String(text[range.upperBound...]).trimmingSpaces
        for prefix in ["{CUBE}.", "\(cube.name)."] where column.hasPrefix(prefix) { column.removeFirst(prefix.count) }
        guard !column.isEmpty, column.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
            let dimension = cube.dimensions.first(where: { $0.sql == column || $0.sql == "{CUBE}.\(column)" })
        else { return nil }
        if literal.count >= 2, literal.hasPrefix("'"), literal.hasSuffix("'") {
            literal = String(literal.dropFirst().dropLast())
            guard dimension.kind == .string, !literal.contains("'") else { return nil }
        } else {
            guard dimension.kind == .number, Double(literal) != nil else { return nil }
        }
        return MemberFilter(member: "\(cube.name).\(dimension.name)", op: op, values: [literal])
    }
}
