import SemanticModel

extension RankingRule {
    /// 最新 / latest / oldest: rows ordered by a date, newest (or oldest) first. Which date is read from the question
    /// (入职, left), else the cube's default, and the answer notes the choice (latest could mean hired or left).
    /// "The longest-serving employee", 司龄最长: the earliest start, read only by a date that is a start (hire, join).
    func latest(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.keyword(i, .latest) || s.keyword(i, .earliest) || s.keyword(i, .longestServing)
            // 最近招了多少人 counts the recent hires over a period nobody said: no list of the latest, and asked.
            || (s.keyword(i, .recent) && !s.tokens.contains(where: { $0.isKeyword(.count) })
                && s.token(i + 1)?.entries.contains { if case .dimension(let d) = $0 { return s.dimensionKind(d) == .time } else { return false } } == true)
        {
            let tenure = s.tokens[i].isKeyword(.longestServing)
            let newest = !s.tokens[i].isKeyword(.earliest) && !tenure
            s.use(i)
            var count: Int? = s.superlative?.count
            let nearby = Array(max(0, i - 2)..<i).reversed() + Array((i + 1)..<min(s.tokens.count, i + 5))
            for k in nearby where s.isFree(k) {
                if let n = s.tokens[k].number, n >= 1, n == n.rounded(), n <= 1000 {
                    count = Int(n)
                    s.use(k)
                    if s.keyword(k + 1, .classifier) { s.use(k + 1) }
                    break
                }
            }
            s.latestOrder = (newest, count, i, tenure)
        }
    }
}
