import SemanticModel

/// What a ranking reads besides its order: the rows it may rank (those with a value) and the rows it ranks within.
extension QueryAssembler {
    /// "the lowest hourly wage": a row or group without a value sorts first (SQLite puts NULL first ascending,
    /// PostgreSQL descending), and a missing value is nobody's lowest or highest. A ranking cut to N keeps only rows
    /// whose ranked column (or groups whose ranked measure) has a value.
    static func requireRankedValue(_ model: SemanticModel, _ query: inout CubeQuery) {
        guard query.limit != nil, let ranked = query.order.first?.member else { return }
        switch model.resolve(ranked) {
        case .dimension(_, let d, _)? where d.kind == .number || d.kind == .time: break
        case .measure(_, let m)? where ![.count, .countDistinct, .countDistinctApprox].contains(m.kind): break
        default: return
        }
        guard !query.filters.flatMap(\.memberFilters).contains(where: { $0.member == ranked && $0.op == .set }) else { return }
        query.filters.append(.member(MemberFilter(member: ranked, op: .set)))
    }

    /// The 3 hottest days, where the cube holds one row a day and no name: its rows are named by their date, not by
    /// a key nobody reads.
    static func namePeriodRows(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.ungrouped == true, let first = query.dimensions.first, case .dimension(let cube, let d, _)? = s.model.resolve(first),
            d.primaryKey, let key = s.periodRows[cube.name], !query.dimensions.contains(key.dimension)
        else { return }
        query.dimensions[0] = key.dimension
    }

    /// 男性受访者中最低的时薪, the lowest wage among men: the rows named before 中/里 (or after "among") are where
    /// the value is looked for, not rows asked for.
    static func isScope(_ s: ParseState, _ i: Int) -> Bool {
        ["中", "里", "当中", "之中", "里面"].contains(s.token(i + 1)?.text ?? "") || s.token(i - 1)?.text == "among"
    }
}

extension QueryAssembler {
    /// Superlatives of an amount (the most interlocks: the sum is as likely as the largest one), not of a level
    /// (the lowest salary, the highest pH: the group with the lowest one, as the measure says).
    static let superlativeHeads: Set<String> = ["most", "least", "fewest"]

    /// "Which sector has the most interlocks?" with a measure titled Most Interlocks (one firm's largest): the
    /// title's superlative is the question's ranking of the groups, and which figure of each group ranks (its
    /// total, its average or its largest one) is not said, so it is asked, unless each group is one row.
    static func askSuperlativeTitleRanking(_ s: inout ParseState, _ query: CubeQuery) {
        guard !query.dimensions.isEmpty, query.limit != nil, let first = query.order.first,
            case .measure(_, let measure)? = s.model.resolve(first.member), [.max, .min].contains(measure.kind),
            let i = s.tokens.indices.first(where: { s.used[$0] && s.tokens[$0].entries.contains(.measure(first.member)) }),
            s.superlativeIndex == nil || s.superlativeIndex == i
        else { return }
        // Where each group is one row (a district, each state in one year, each year of a yearly series) the
        // readings agree: the largest of one row is its value.
        let cube = String(first.member.prefix { $0 != "." })
        let ownLabel = label(of: cube, s.model).map { l in query.dimensions.allSatisfy { $0 == l || $0.hasPrefix(cube + ".") } } ?? false
        if ownLabel || isOneLabelPeriodRow(s, cube: cube, groups: query.dimensions) || (s.periodRows[cube] != nil && query.dimensions.isEmpty) { return }
        let text = s.tokens[i].text
        let head = text.split(separator: " ").first.map(String.init) ?? text
        guard text.contains(" ") && superlativeHeads.contains(head) || text.hasPrefix("最多") || text.hasPrefix("最少") else { return }
        s.unexpressed.append(text)
    }
}

extension QueryAssembler {
    /// Words of a quantity where more is better (a score, mileage, income) or worse (mortality, crime, cost).
    static let moreIsBetter = ["score", "rating", "mileage", "mpg", "economy", "income", "salary", "wage", "pay", "sales",
                               "revenue", "profit", "growth", "yield", "survival", "satisfaction", "绩效", "评分", "分数", "收入", "工资", "月薪", "销量", "利润"]
    static let moreIsWorse = ["mortality", "death", "crime", "unemployment", "cost", "debt", "loss", "error", "defect", "injur",
                              "accident", "fatalit", "pollution", "arrest", "murder", "assault", "attrition", "turnover", "complaint",
                              "absence", "delay", "churn", "死亡", "失业", "成本", "亏损", "犯罪", "流失", "离职率"]

    /// "the worst infant mortality", "the best average review score": best and worst (strongest, weakest) rank by
    /// what the ranked column's words say is good. More mortality is worse, so the worst is the highest; a column
    /// whose words say neither is asked back rather than ranked by a guess.
    static func rankJudgement(_ s: inout ParseState, _ query: inout CubeQuery) {
        guard let i = s.superlativeIndex, QueryGenerator.judgementWords.contains(s.tokens[i].text), let first = query.order.first else { return }
        let words: [String]
        switch s.model.resolve(first.member) {
        case .measure(let cube, let m)?:
            let column = cube.numberColumn(of: m)
            words = [m.title, m.description ?? "", m.meta.titleZh ?? "", column?.title ?? "", column?.meta.titleZh ?? ""]
        case .dimension(_, let d, _)?: words = [d.title, d.description ?? "", d.meta.titleZh ?? ""]
        default: return
        }
        let text = words.joined(separator: " ").lowercased()
        let better = moreIsBetter.contains { text.contains($0) }, worse = moreIsWorse.contains { text.contains($0) }
        guard better != worse else {
            s.unexpressed.append(s.tokens[i].text)
            return
        }
        // The keyword read best as the highest and worst as the lowest; where more is worse, the other way round.
        if worse { query.order[0].descending.toggle() }
    }

    /// 技术人员最少的大学有多少技术人员: a superlative that ends as the order of one total row picked nothing (the
    /// university with the fewest is not the total of all), so its word is not accounted for. A max or min measure
    /// ordered is the extreme itself and stays.
    static func askSuperlativeOfOneRow(_ s: inout ParseState, _ query: CubeQuery) {
        guard s.superlative != nil, let i = s.superlativeIndex, query.dimensions.isEmpty, query.ungrouped != true,
            query.timeDimensions.allSatisfy({ $0.granularity == nil }),
            query.order.contains(where: { o in
                guard case .measure(_, let m)? = s.model.resolve(o.member) else { return false }
                return ![.max, .min].contains(m.kind)
            })
        else { return }
        s.unexpressed.append(s.tokens[i].text)
    }
}
