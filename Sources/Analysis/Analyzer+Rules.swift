import Foundation
import Execution
import Formatting
import SQLRendering
import SemanticModel

extension Context {
    /// One row without groups: the answer, one line per measure ("共有 2,000 名员工。").
    func singleValues() -> [Insight] {
        let row = result.rows[0]
        var insights: [Insight] = []
        for i in columns.indices where columns[i].role == .measure {
            guard let value = number(row, i) else {
                insights.append(Insight(kind: "answer", text: zh ? "\(title(i))没有数据。" : "\(title(i)): no data."))
                continue
            }
            if case .measure(let cube, let m)? = model.resolve(columns[i].member), m.kind == .count, m.filters.isEmpty,
                let noun = zh ? cube.meta.nounZh : cube.meta.nounEn
            {
                let n = formatter.number(value, format: nil)
                let classifier = cube.meta.classifierZh ?? ""
                let text = zh ? (isFiltered ? "符合条件的\(noun)共有 \(n) \(classifier)。" : "共有 \(n) \(classifier)\(noun)。")
                    : (isFiltered ? "\(n) \(value == 1 ? noun.singularized : noun) match." : "There are \(n) \(value == 1 ? noun.singularized : noun).")
                insights.append(Insight(kind: "answer", text: text.replacingOccurrences(of: "  ", with: " ")))
            } else {
                insights.append(Insight(kind: "answer", text: zh ? "\(title(i))为 \(show(value, i))。" : "\(title(i)) is \(show(value, i))."))
            }
        }
        return insights
    }

    /// Groups: the answer (largest and smallest), the total and shares for additive measures, outliers.
    func groups(categories: [Int], time: Int?, measure: Int) -> [Insight] {
        let labelColumns = categories + (time.map { [$0] } ?? [])
        let points = result.rows.compactMap { row in number(row, measure).map { (label(row, labelColumns), $0) } }
        guard let top = points.max(by: { $0.1 < $1.1 }), let bottom = points.min(by: { $0.1 < $1.1 }) else {
            return [Insight(kind: "empty", text: zh ? "\(title(measure))没有数据。" : "\(title(measure)) has no data.")]
        }
        var insights: [Insight] = []
        let groupTitle = labelColumns.map { title($0) }.joined(separator: zh ? "、" : ", ")
        let total = points.reduce(0) { $0 + $1.1 }
        let additive = isAdditive(measure) && total > 0
        if query.limit == 1, !query.order.isEmpty, points.count == 1 {
            let desc = query.order.first?.descending != false
            insights.append(Insight(kind: "answer", text: zh ? "\(title(measure))\(desc ? "最高" : "最低")的是\(top.0)（\(show(top.1, measure))）。"
                : "\(top.0) has the \(desc ? "highest" : "lowest") \(title(measure).lowercased()) (\(show(top.1, measure)))."))
            return insights
        }
        if points.count == 1 {
            insights.append(Insight(kind: "answer", text: zh ? "\(top.0)的\(title(measure))为 \(show(top.1, measure))。" : "\(title(measure)) for \(top.0) is \(show(top.1, measure))."))
            return insights
        }
        func share(_ v: Double) -> String { additive ? (zh ? "，占 \(formatter.share(v / total))" : ", \(formatter.share(v / total)) of the total") : "" }
        insights.append(Insight(kind: "extremes", text: zh
            ? "共 \(points.count) 个\(groupTitle)分组；\(title(measure))最高的是\(top.0)（\(show(top.1, measure))\(share(top.1))），最低的是\(bottom.0)（\(show(bottom.1, measure))\(share(bottom.1))）。"
            : "\(points.count) \(groupTitle.lowercased()) groups; the highest \(title(measure).lowercased()) is \(top.0) (\(show(top.1, measure))\(share(top.1))), the lowest \(bottom.0) (\(show(bottom.1, measure))\(share(bottom.1)))."))
        if additive {
            insights.append(Insight(kind: "total", text: zh ? "合计 \(show(total, measure))。" : "Total: \(show(total, measure))."))
        } else if bottom.1 > 0 {
            let ratio = top.1 / bottom.1
            insights.append(Insight(kind: "spread", text: zh ? "最高是最低的 \(formatter.grouped(ratio, decimals: 2)) 倍。" : "The highest is \(formatter.grouped(ratio, decimals: 2))× the lowest."))
        }
        insights += outliers(points, measure)
        return insights
    }

    /// A time series: overall change, biggest rise and fall, the latest period against the one before.
    func series(time: Int, measure: Int) -> [Insight] {
        let points = result.rows.compactMap { row in number(row, measure).map { (label(row, [time]), $0) } }
        guard let first = points.first, let last = points.last else { return [] }
        var insights: [Insight] = []
        if points.count == 1 {
            return [Insight(kind: "answer", text: zh ? "\(first.0)的\(title(measure))为 \(show(first.1, measure))。" : "\(title(measure)) in \(first.0) is \(show(first.1, measure)).")]
        }
        let change = last.1 - first.1
        let pct = first.1 != 0 ? " (\(change >= 0 ? "+" : "")\(formatter.share(change / first.1)))" : ""
        let pctZh = first.1 != 0 ? "（\(change >= 0 ? "+" : "")\(formatter.share(change / first.1))）" : ""
        insights.append(Insight(kind: "trend", text: zh
            ? "\(title(measure))从\(first.0)的 \(show(first.1, measure)) \(change >= 0 ? "增加" : "减少")到\(last.0)的 \(show(last.1, measure))\(pctZh)，共 \(points.count) 个周期。"
            : "\(title(measure)) went from \(show(first.1, measure)) in \(first.0) to \(show(last.1, measure)) in \(last.0)\(pct) over \(points.count) periods."))
        var rise: (Int, Double)? = nil, fall: (Int, Double)? = nil
        for i in 1..<points.count {
            let d = points[i].1 - points[i - 1].1
            if d > 0, d > (rise?.1 ?? 0) { rise = (i, d) }
            if d < 0, d < (fall?.1 ?? 0) { fall = (i, d) }
        }
        if let (i, d) = rise {
            insights.append(Insight(kind: "change", text: zh ? "增长最多的是\(points[i].0)，比上一期增加 \(show(d, measure))。" : "The biggest rise was in \(points[i].0): +\(show(d, measure)) on the period before."))
        }
        if let (i, d) = fall {
            insights.append(Insight(kind: "change", text: zh ? "下降最多的是\(points[i].0)，比上一期减少 \(show(-d, measure))。" : "The biggest fall was in \(points[i].0): −\(show(-d, measure)) on the period before."))
        }
        let previous = points[points.count - 2]
        let latestChange = last.1 - previous.1
        let latestPct = previous.1 != 0 ? formatter.share(abs(latestChange) / previous.1) : "—"
        insights.append(Insight(kind: "latest", text: zh
            ? "最近一期（\(last.0)）为 \(show(last.1, measure))，比上一期（\(previous.0)）\(latestChange >= 0 ? "增加" : "减少") \(latestPct)。"
            : "The latest period (\(last.0)) is \(show(last.1, measure)), \(latestChange >= 0 ? "up" : "down") \(latestPct) on \(previous.0)."))
        insights += outliers(points, measure)
        return insights
    }

    /// Ranked rows: who comes first, and the spread among them.
    func ranking() -> [Insight] {
        guard let order = query.order.first, let valueIndex = columns.firstIndex(where: { $0.member == order.member }) else {
            return [Insight(kind: "answer", text: zh ? "共 \(result.rows.count) 行。" : "\(result.rows.count) rows.")]
        }
        let labelIndexes = columns.indices.filter { $0 != valueIndex && columns[$0].role == .dimension }
        let first = result.rows[0]
        let isTime = model.resolve(columns[valueIndex].member).map { if case .dimension(_, let d, _) = $0 { return d.kind == .time } else { return false } } ?? false
        let value = isTime ? label(first, [valueIndex]).prefix(10).description : (number(first, valueIndex).map { show($0, valueIndex) } ?? "—")
        let extreme = isTime ? (zh ? (order.descending ? "最晚" : "最早") : (order.descending ? "latest" : "earliest"))
            : (zh ? (order.descending ? "最高" : "最低") : (order.descending ? "highest" : "lowest"))
        var insights = [Insight(kind: "answer", text: zh
            ? "\(title(valueIndex))\(extreme)的是\(label(first, labelIndexes))（\(value)）。"
            : "\(label(first, labelIndexes)) has the \(extreme) \(title(valueIndex).lowercased()) (\(value)).")]
        if isTime { return insights }
        if result.rows.count > 1, let lastValue = number(result.rows[result.rows.count - 1], valueIndex) {
            insights.append(Insight(kind: "extremes", text: zh
                ? "列出的 \(result.rows.count) 行中，第 \(result.rows.count) 名为 \(show(lastValue, valueIndex))。"
                : "Of the \(result.rows.count) rows listed, number \(result.rows.count) has \(show(lastValue, valueIndex))."))
        }
        return insights
    }

    /// One value's share of the total of the first measure ("硕士占比 28.15%（563 / 2,000）").
    func share(of filter: MemberFilter) -> Insight? {
        guard let dimension = columns.firstIndex(where: { $0.member == filter.member }),
            let measure = columns.firstIndex(where: { $0.role == .measure })
        else { return nil }
        let total = result.rows.reduce(0.0) { $0 + (number($1, measure) ?? 0) }
        guard total > 0 else { return nil }
        let part = result.rows.filter { $0[dimension].satisfies(filter) }.reduce(0.0) { $0 + (number($1, measure) ?? 0) }
        let name = Self.shareName(filter, model.title(of: filter.member, language), zh)
        let ratio = formatter.share(part / total)
        return Insight(kind: "share", text: zh
            ? "\(name)占比 \(ratio)（\(show(part, measure)) / \(show(total, measure))）。"
            : "\(name) is \(ratio) of the total (\(show(part, measure)) of \(show(total, measure))).")
    }

    /// A filtered count's share of the plain count of the same rows, over every row.
    func share(ofMeasure part: String) -> Insight? {
        guard let p = columns.firstIndex(where: { $0.member == part && $0.role == .measure }),
            let t = columns.indices.first(where: { $0 != p && columns[$0].role == .measure })
        else { return nil }
        let partSum = result.rows.reduce(0.0) { $0 + (number($1, p) ?? 0) }
        let total = result.rows.reduce(0.0) { $0 + (number($1, t) ?? 0) }
        guard total > 0 else { return nil }
        let ratio = formatter.share(partSum / total)
        let (partTitle, totalTitle) = (model.title(of: part, language), model.title(of: columns[t].member, language))
        return Insight(kind: "share", text: zh
            ? "\(partTitle)占\(totalTitle)的 \(ratio)（\(show(partSum, p)) / \(show(total, t))）。"
            : "\(partTitle): \(ratio) of \(totalTitle) (\(show(partSum, p)) of \(show(total, t))).")
    }

    /// One value's figure minus another's (硕士的平均工资比本科高多少), each figure said beside it.
    func difference(_ pair: MemberFilter) -> Insight? {
        guard let d = columns.firstIndex(where: { $0.member == pair.member && $0.role == .dimension }),
            let m = columns.firstIndex(where: { $0.role == .measure })
        else { return nil }
        guard let (first, second) = ResultFormatter.figures(of: pair, in: result.rows, value: d, measure: m), let a = first.double, let b = second.double else { return nil }
        let (firstValue, secondValue, title) = (pair.values[0], pair.values[1], model.title(of: columns[m].member, language))
        let gap = show(abs(a - b), m)
        return Insight(kind: "difference", text: zh
            ? "\(firstValue)的\(title)为 \(show(a, m))，\(secondValue)为 \(show(b, m))，\(firstValue)比\(secondValue)\(a >= b ? "高" : "低") \(gap)。"
            : "\(title): \(firstValue) \(show(a, m)), \(secondValue) \(show(b, m)); \(firstValue) is \(gap) \(a >= b ? "higher" : "lower").")
    }

    /// What a share is of: the values (硕士, female), or the condition on a number (Carat Weight (ct) ≥ 1).
    static func shareName(_ filter: MemberFilter, _ title: String, _ zh: Bool) -> String {
        let symbols: [FilterOperator: String] = [.gt: ">", .gte: "≥", .lt: "<", .lte: "≤"]
        if let symbol = symbols[filter.op] { return "\(title) \(symbol) \(filter.values.joined())" }
        return filter.values.joined(separator: zh ? "、" : ", ")
    }

    /// The answer of "on average, how many were hired each month": the periods' figures averaged, and how many
    /// periods that is (those with data). Per group it is the table itself, so nothing is added.
    func periodAverage() -> Insight? {
        guard columns.allSatisfy({ $0.role != .dimension }),
            let time = columns.firstIndex(where: { if case .timeDimension = $0.role { return true } else { return false } }),
            case .timeDimension(let granularity) = columns[time].role,
            let measure = columns.firstIndex(where: { $0.role == .measure })
        else { return nil }
        let values = result.rows.compactMap { number($0, measure) }
        guard !values.isEmpty else { return nil }
        let average = values.reduce(0, +) / Double(values.count)
        return Insight(kind: "answer", text: zh
            ? "平均每\(granularity.chineseName)\(show(average, measure))（\(values.count) 个有数据的\(granularity.chineseName)）。"
            : "On average \(show(average, measure)) per \(granularity.rawValue), over the \(values.count) \(granularity.rawValue)s with data.")
    }

    /// Values beyond two standard deviations of the mean (with at least five points).
    func outliers(_ points: [(String, Double)], _ measure: Int) -> [Insight] {
        guard points.count >= 5 else { return [] }
        let mean = points.reduce(0) { $0 + $1.1 } / Double(points.count)
        let variance = points.reduce(0) { $0 + ($1.1 - mean) * ($1.1 - mean) } / Double(points.count)
        let sd = variance.squareRoot()
        guard sd > 0 else { return [] }
        return points.filter { abs($0.1 - mean) > 2 * sd }.map { point in
            Insight(kind: "outlier", text: zh
                ? "\(point.0)的\(title(measure))（\(show(point.1, measure))）明显\(point.1 > mean ? "高于" : "低于")平均水平（\(show(mean, measure))），超过 2 个标准差。"
                : "\(point.0) stands out: \(show(point.1, measure)) is more than two standard deviations \(point.1 > mean ? "above" : "below") the mean (\(show(mean, measure))).")
        }
    }
}

extension String {
    var singularized: String { hasSuffix("s") ? String(dropLast()) : self }
}
