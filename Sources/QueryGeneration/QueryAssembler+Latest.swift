import SemanticModel

extension QueryAssembler {
    /// Turns 最新 / latest into an order on a date: the one the question names, or the subject's default.
    func resolveLatest(_ s: inout ParseState) {
        guard let (newest, count, at, tenure) = s.latestOrder, s.sortDimensions.isEmpty else { return }
        var named: String? = nil
        for i in s.tokens.indices where s.isFree(i) && !tenure {
            if let d = s.dimensions(i).first(where: { s.dimensionKind($0) == .time }) {
                named = d
                s.use(i)
                break
            }
        }
        let dimension = named ?? s.impliedTimeDimensions.first ?? subjectCube(s).flatMap { cube in
            s.model.cube(named: cube)?.meta.timeDimension.map { "\(cube).\($0)" }
        }
        guard let dimension else { return }
        // The longest-serving reads a start (a hire or join date); by any other date the words say nothing.
        if tenure, !TenureRule.isStart(dimension, s.model) {
            s.unexpressed.append(s.tokens[at].text)
            return
        }
        // "the average pay of our recent hires", 最新入职5人的平均工资: a figure over the newest rows is one number over
        // a cut nobody said (one query can't average the five newest); ordering by the date would answer per date.
        if !s.measures.isEmpty, s.granularity == nil {
            s.unexpressed.append(s.tokens[at].text)
            return
        }
        s.sortDimensions.append((dimension, newest))
        if let count {
            s.superlative = (newest, count)
        } else if Self.asksForOneRow(s) || (tenure && s.language == .zh), let label = Self.labelDimension(of: dimension, in: s.model),
            case .dimension(_, let d, _)? = s.model.resolve(label), !d.primaryKey
        {
            // Rows with a name (a person), not reviews known by their id, many of them on one date.
            s.superlative = (newest, 1)
        }
        if named == nil {
            let title = s.model.title(of: dimension, s.language)
            let others = tenure ? [] : s.model.cube(named: String(dimension.split(separator: ".")[0]))?.dimensions
                .filter { $0.kind == .time && "\(dimension.split(separator: ".")[0]).\($0.name)" != dimension }.map { $0.title(s.language) } ?? []
            s.notes.append(s.language == .zh
                ? "「\(tenure ? "司龄最长" : newest ? "最新" : "最早")」按\(title)理解" + (others.isEmpty ? "" : "（也可按\(others.joined(separator: "、"))问）")
                : "'\(tenure ? "Longest-serving" : newest ? "Latest" : "Earliest")' is read by \(title.lowercased())" + (others.isEmpty ? "" : " (ask by \(others.map { $0.lowercased() }.joined(separator: ", ")) for another date)"))
        }
    }

    /// "Who joined most recently?", "the newest employee": one row, in the singular. "The latest hires", "who are the
    /// newest employees" and Chinese (no number on the noun) stay a list, newest first.
    static func asksForOneRow(_ s: ParseState) -> Bool {
        guard s.language == .en, !s.tokens.contains(where: { ["are", "were", "people", "ones"].contains($0.text) }) else { return false }
        let nouns = s.tokens.filter(\.namesCube)
        if nouns.contains(where: { $0.text.hasSuffix("s") }) { return false }
        return s.asksWho || !nouns.isEmpty
    }
}
