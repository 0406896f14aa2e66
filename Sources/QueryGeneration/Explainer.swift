import SemanticModel

/// Restates a generated query in the question's language: 「各部门 · 在职 · 平均月薪 · 2024年」.
struct Explainer {
    let model: SemanticModel

    func explain(_ query: CubeQuery, _ s: borrowing ParseState) -> String {
        let zh = s.language == .zh
        var parts: [String] = []
        // A number's values queried for the share of a bound on it (salary > 30000) are not a grouping the answer shows.
        let groups = query.ungrouped == true ? [] : query.dimensions.filter { d in s.shareOf.map { $0.member != d || $0.op == .equals } ?? true }
        if !groups.isEmpty {
            let titles = groups.map { model.title(of: $0, s.language) }
            parts.append(zh ? "各" + titles.joined(separator: "、") : "by " + titles.joined(separator: ", "))
        }
        for segment in query.segments { parts.append(model.title(of: segment, s.language)) }
        for top in query.filters {
            let shown = top.memberFilters.filter { !(s.timeLabel != nil && [.beforeDate, .beforeOrOnDate, .inDateRange].contains($0.op)) && $0.op != .set }
            guard !shown.isEmpty else { continue }
            // Sales or Beijing: alternatives read as one part.
            if case .or = top { parts.append(shown.map { describe($0, s) }.joined(separator: zh ? " 或 " : " or ")) } else { parts += shown.map { describe($0, s) } }
        }
        if query.ungrouped == true, let order = query.order.first {
            let cube = order.member.split(separator: ".").first.map(String.init) ?? ""
            let noun = model.cube(named: cube)?.title(s.language) ?? cube
            let title = model.title(of: order.member, s.language)
            let isTime: Bool
            if case .dimension(_, let d, _)? = model.resolve(order.member) { isTime = d.kind == .time } else { isTime = false }
            if zh {
                let direction = isTime ? (order.descending ? "从新到旧" : "从旧到新") : (order.descending ? "从高到低" : "从低到高")
                parts.append("\(noun)（按\(title)\(direction)）")
            } else {
                let direction = isTime ? (order.descending ? "newest" : "oldest") : (order.descending ? "highest" : "lowest")
                parts.append("\(noun) (by \(title.lowercased()), \(direction) first)")
            }
        } else if !query.measures.isEmpty {
            let titles = query.measures.map { model.title(of: $0, s.language) }
            parts.append(titles.joined(separator: zh ? "、" : ", "))
        }
        let timeMember = query.timeDimensions.first?.dimension
            ?? query.filters.flatMap(\.memberFilters).first { $0.op == .beforeDate || $0.op == .beforeOrOnDate }?.member
        if let share = s.shareOf {
            let value = share.op == .equals ? share.values.joined(separator: "、") : describe(share, s)
            parts.append(zh ? "\(value)占比" : "share of \(value)")
        }
        if let part = s.shareOfMeasure {
            let title = model.title(of: part, s.language)
            parts.append(zh ? "\(title)占比" : "share of \(title.lowercased())")
        }
        if let pair = s.difference, pair.values.count == 2 {
            parts.append(zh ? "\(pair.values[0])减\(pair.values[1])的差" : "difference \(pair.values[0]) − \(pair.values[1])")
        }
        if let label = s.timeLabel {
            let title = timeMember.map { model.title(of: $0, s.language) }
            parts.append(title.map { zh ? "\(label)（\($0)）" : "\(label) (\($0.lowercased()))" } ?? label)
        }
        if let td = query.timeDimensions.first, let g = td.granularity {
            let title = model.title(of: td.dimension, s.language)
            parts.append(zh ? "按\(g.chineseName)（\(title)）" : "by \(g.rawValue) (\(title.lowercased()))")
        }
        if let limit = query.limit {
            if query.ungrouped == true || !query.order.isEmpty {
                let first = query.order.first
                let desc = first?.descending ?? true
                var byTime = false
                if let member = first?.member, case .dimension(_, let d, _)? = model.resolve(member) { byTime = d.kind == .time }
                if byTime {
                    parts.append(zh ? "前\(limit)条" : "first \(limit)")
                } else if zh {
                    parts.append(limit == 1 ? (desc ? "最高" : "最低") : (desc ? "前\(limit)名" : "后\(limit)名"))
                } else {
                    parts.append(limit == 1 ? (desc ? "the highest" : "the lowest") : (desc ? "top \(limit)" : "bottom \(limit)"))
                }
            } else {
                parts.append(zh ? "最多\(limit)行" : "at most \(limit) rows")
            }
        } else if let order = query.order.first, query.ungrouped != true {
            let title = model.title(of: order.member, s.language)
            parts.append(zh ? "按\(title)\(order.descending ? "降序" : "升序")" : "sorted by \(title.lowercased()) \(order.descending ? "descending" : "ascending")")
        }
        return parts.joined(separator: " · ")
    }

    private func describe(_ f: MemberFilter, _ s: ParseState) -> String {
        let zh = s.language == .zh
        let title = model.title(of: f.member, s.language)
        let values = f.values.joined(separator: zh ? "、" : ", ")
        let isString: Bool
        if case .dimension(_, let d, _)? = model.resolve(f.member) { isString = d.kind == .string } else { isString = false }
        switch f.op {
        case .equals: return isString ? (zh ? values : "\(title): \(values)") : "\(title) = \(values)"
        case .notEquals: return zh ? "不含\(values)" : "excluding \(values)"
        case .gt: return "\(title) > \(values)"
        case .gte: return "\(title) ≥ \(values)"
        case .lt: return "\(title) < \(values)"
        case .lte: return "\(title) ≤ \(values)"
        case .inDateRange where f.values.count == 2: return "\(title) \(f.values[0]) – \(f.values[1])"
        case .beforeDate: return zh ? "\(title)早于\(values)" : "\(title) before \(values)"
        case .beforeOrOnDate: return zh ? "\(title)不晚于\(values)" : "\(title) on or before \(values)"
        case .afterDate: return zh ? "\(title)晚于\(values)" : "\(title) after \(values)"
        case .afterOrOnDate: return zh ? "\(title)不早于\(values)" : "\(title) on or after \(values)"
        default: return "\(title) \(f.op.rawValue) \(values)"
        }
    }
}
