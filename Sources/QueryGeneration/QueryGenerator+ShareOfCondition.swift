import SemanticModel

extension QueryGenerator {
    /// "What share of reviews were rated S or A in each year?", "what percentage of 2025 reviews were rated A or S,
    /// broken down by department": a share word no rule used, a count, and one condition on a category (its only
    /// condition): the answer is that condition's share of the rows, per the other groups. The condition becomes a
    /// breakdown and the share is computed from it (Interpretation.shareOf), as 硕士占比 is; a bound on a number
    /// ("what share of diamonds weigh 1 carat or more") the same way, by the number's values. Not with a ranking (the
    /// groups would be ranked by the count, not the share) or any other condition (which would be the population
    /// and which the part is not said).
    func shareOfCondition(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery, _ s: borrowing ParseState) -> (query: CubeQuery, shareOf: MemberFilter)? {
        if let yes = shareOfYesNoColumn(tokens, used, query, s) { return yes }
        guard s.shareOf == nil, query.limit == nil, query.ungrouped != true, query.measures.count == 1,
            case .measure(_, let m)? = model.resolve(query.measures[0]), m.kind == .count,
            tokens.indices.contains(where: { !used[$0] && tokens[$0].isKeyword(.share) }),
            let (condition, base) = partAndBase(query.filters, tokens, used, s), !condition.matchesNull,
            !query.dimensions.contains(condition.member), !base.contains(where: { $0.member == condition.member })
        else { return nil }
        // A category's values (rated S or A), or a number's bound (1 carat or more): the rows are then counted per
        // value of the number and folded on either side of the bound.
        switch (condition.op, s.dimensionKind(condition.member)) {
        case (.equals, .string?), (.equals, .boolean?): break
        case (.gt, .number?), (.gte, .number?), (.lt, .number?), (.lte, .number?):
            // Only the bound said after the share word (before it in Chinese, 月薪超过3万的员工占比), with no grouping:
            // "among people scoring 18 or more, what share volunteered" makes the bound the base, and "what percentage
            // of countries …" grouped by country is no share.
            guard query.dimensions.isEmpty, let share = tokens.indices.first(where: { !used[$0] && tokens[$0].isKeyword(.share) }),
                let at = GroupRule.position(of: condition, s), s.language == .zh ? at < share : at > share
            else { return nil }
        default: return nil
        }
        var shaped = query
        shaped.filters = base.map { .member($0) }
        shaped.dimensions.append(condition.member)
        shaped.order = []
        return (shaped, condition)
    }

    /// "Among people scoring 18 or more, what share volunteered?": a yes/no column named by itself after the share
    /// word (before it in Chinese) is its "yes" side's share of the rows, grouped by the column as any share is; the
    /// query's conditions are the whole. Not with a ranking or a second grouping.
    private func shareOfYesNoColumn(_ tokens: [Token], _ used: [Bool], _ query: CubeQuery, _ s: borrowing ParseState) -> (query: CubeQuery, shareOf: MemberFilter)? {
        guard s.shareOf == nil, query.limit == nil, query.ungrouped != true, query.measures.count == 1, query.dimensions.count == 1,
            case .measure(_, let m)? = model.resolve(query.measures[0]), m.kind == .count,
            let share = tokens.indices.first(where: { !used[$0] && tokens[$0].isKeyword(.share) }),
            let column = query.dimensions.first, let pair = s.yesNo.pairs[column],
            !query.filters.flatMap(\.memberFilters).contains(where: { $0.member == column }),
            let at = tokens.indices.first(where: { used[$0] && tokens[$0].entries.contains(.dimension(column)) }),
            s.language == .zh ? at < share : at > share
        else { return nil }
        var shaped = query
        shaped.order = []
        return (shaped, MemberFilter(member: column, op: .equals, values: [pair.yes]))
    }

    /// The condition whose share is asked and the conditions on the rows it is a share of. One condition is the
    /// part. With more, the part is the one said after the copula that follows the share word ("what percentage of
    /// active Engineering employees are level 7 or above") and every other one before that copula ("among …" or
    /// between the share word and the copula); in Chinese the part is said between 中 / 里 and the share word and the
    /// others before 中 / 里 (在职技术部员工中7级及以上的占比). Otherwise which rows are the whole is not said: nil.
    private func partAndBase(_ filters: [QueryFilter], _ tokens: [Token], _ used: [Bool], _ s: borrowing ParseState) -> (MemberFilter, [MemberFilter])? {
        let conditions = filters.compactMap { f -> MemberFilter? in if case .member(let m) = f { m } else { nil } }
        guard !conditions.isEmpty, conditions.count == filters.count else { return nil }
        if conditions.count == 1 { return (conditions[0], []) }
        guard let share = tokens.indices.first(where: { !used[$0] && tokens[$0].isKeyword(.share) }) else { return nil }
        let positions = conditions.map { GroupRule.position(of: $0, s) }
        guard positions.allSatisfy({ $0 != nil }) else { return nil }
        let divide: Int
        if s.language == .zh {
            guard let separator = (0..<share).last(where: { !used[$0] && ["中", "里", "当中", "之中", "里面"].contains(tokens[$0].text) }) else { return nil }
            divide = separator
        } else {
            guard let copula = ((share + 1)..<tokens.count).first(where: { !used[$0] && ["are", "is", "were", "was"].contains(tokens[$0].text) })
            else { return nil }
            divide = copula
        }
        let parts = conditions.indices.filter { positions[$0]! > divide && (s.language != .zh || positions[$0]! < share) }
        guard parts.count == 1, conditions.indices.allSatisfy({ parts.contains($0) || positions[$0]! < divide }) else { return nil }
        return (conditions[parts[0]], conditions.indices.filter { $0 != parts[0] }.map { conditions[$0] })
    }

    /// 占全部花朵的比例: "of all" the counted rows, before the share word, restates the share's base: accounted when
    /// every word between it and the share word is 的 or names the rows the query counts, and no condition narrows
    /// them (技术部的女性占全部员工的比例 is not the women's share within 技术部).
    func restatesWholeBase(_ tokens: [Token], _ i: Int, _ query: CubeQuery, shared: Bool) -> Bool {
        guard shared, tokens[i].isKeyword(.wholeBase), query.filters.isEmpty, query.segments.isEmpty,
            query.timeDimensions.allSatisfy({ $0.dateRange == nil }), let end = tokens[(i + 1)...].firstIndex(where: { $0.isKeyword(.share) }), end > i + 1 else { return false }
        let counted = query.measures.filter { m in
            if case .measure(_, let measure)? = model.resolve(m) { return measure.kind == .count } else { return false }
        }
        let cubes = Set(counted.map { String($0.prefix { $0 != "." }) })
        return tokens[(i + 1)..<end].allSatisfy { t in
            t.text == "的" || t.isKeyword(.count) || t.entries.contains { e in
                switch e {
                case .cube(let c): return cubes.contains(c)
                case .measure(let m): return counted.contains(m)
                default: return false
                }
            }
        }
    }
}
