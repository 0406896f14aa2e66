import Yams

extension ModelReader {
    /// Reads one `pre_aggregations` entry of cube `cube`; member names become full names (`CUBE.x` and `x` mean
    /// this cube's `x`). Shape problems are recorded; semantic ones (unknown members) are the validator's.
    mutating func readPreAggregation(_ node: Node, cube: String, path: String) -> PreAggregation? {
        guard node.mapping != nil else {
            recordIssue(path, node, "expected a mapping")
            return nil
        }
        guard let name = node["name"]?.scalar?.string else {
            recordIssue("\(path).name", node, "is required")
            return nil
        }
        let type = node["type"]?.scalar?.string ?? "rollup"
        guard type == "rollup" else {
            recordIssue("\(path).type", node["type"], "unsupported pre-aggregation type '\(type)' (textbi builds type rollup)")
            return nil
        }
        func members(_ key: String) -> [String] {
            guard let value = node[key] else { return [] }
            guard let seq = value.sequence else {
                recordIssue("\(path).\(key)", value, "expected a list of member names")
                return []
            }
            return Array(seq).compactMap { (item: Node) in item.scalar?.string }.map { Self.fullName($0, cube: cube) }
        }
        var result = PreAggregation(
            name: name, measures: members("measures"), dimensions: members("dimensions"), segments: members("segments"))
        if let time = node["time_dimension"]?.scalar?.string { result.timeDimension = Self.fullName(time, cube: cube) }
        result.granularity = granularity(node, "granularity", path)
        result.partitionGranularity = granularity(node, "partition_granularity", path)
        if let key = node["refresh_key"] {
            readRefreshKey(key, path: "\(path).refresh_key", into: &result)
        }
        result.buildRangeStart = rangeSQL(node, "build_range_start", path)
        result.buildRangeEnd = rangeSQL(node, "build_range_end", path)
        return result
    }

    /// `cube.member` as written, `CUBE.member` and a bare `member` as members of `cube`.
    static func fullName(_ written: String, cube: String) -> String {
        if written.hasPrefix("CUBE.") { return cube + "." + written.dropFirst(5) }
        return written.contains(".") ? written : "\(cube).\(written)"
    }

    private mutating func granularity(_ node: Node, _ key: String, _ path: String) -> Granularity? {
        guard let value = node[key] else { return nil }
        guard let text = value.scalar?.string, let g = Granularity(rawValue: text) else {
            let known = Granularity.allCases.map(\.rawValue).joined(separator: ", ")
            recordIssue("\(path).\(key)", value, "unknown granularity '\(value.scalar?.string ?? "")' (expected one of \(known))")
            return nil
        }
        return g
    }

    private mutating func readRefreshKey(_ node: Node, path: String, into result: inout PreAggregation) {
        guard node.mapping != nil else {
            recordIssue(path, node, "expected a mapping with 'every' or 'sql'")
            return
        }
        if let sql = node["sql"]?.scalar?.string {
            result.refreshKey = .sql(sql)
        } else if let every = node["every"] {
            guard let text = every.scalar?.string, let seconds = Self.seconds(text) else {
                recordIssue("\(path).every", every, "expected a duration such as '1 hour' or '30 minute'")
                return
            }
            result.refreshKey = .every(seconds: seconds)
        }
        if let incremental = node["incremental"] {
            guard let flag = incremental.bool else {
                recordIssue("\(path).incremental", incremental, "expected true or false")
                return
            }
            result.incremental = flag
        }
        if let window = node["update_window"] {
            guard let text = window.scalar?.string, let seconds = Self.seconds(text), seconds % 86_400 == 0 else {
                recordIssue("\(path).update_window", window, "expected whole days, such as '7 day' or '1 week'")
                return
            }
            result.updateWindowDays = seconds / 86_400
        }
    }

    private mutating func rangeSQL(_ node: Node, _ key: String, _ path: String) -> String? {
        guard let value = node[key] else { return nil }
        guard let sql = value["sql"]?.scalar?.string else {
            recordIssue("\(path).\(key)", value, "expected a mapping with 'sql'")
            return nil
        }
        return sql
    }

    /// `N unit` (second, minute, hour, day, week; plural or not) in seconds.
    static func seconds(_ text: String) -> Int? {
        let words = text.split(separator: " ")
        guard words.count == 2, let n = Int(words[0]), n > 0 else { return nil }
        var unit = String(words[1]).lowercased()
        if unit.hasSuffix("s") { unit.removeLast() }
        let sizes = ["second": 1, "minute": 60, "hour": 3_600, "day": 86_400, "week": 604_800]
        guard let size = sizes[unit] else { return nil }
        return n * size
    }
}
