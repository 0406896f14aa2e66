import SemanticModel

/// What kind of member a word names, as grouping and ranking ask it.
extension GroupRule {
    /// Whether the word at `i` names a member whose title gives its unit as a percent (Urban Population (%)).
    static func isPercentColumn(_ s: ParseState, _ i: Int) -> Bool {
        s.tokens[i].entries.contains { entry in
            let title: String
            switch entry {
            case .dimension(let m), .measure(let m): title = s.model.title(of: m, .en)
            default: return false
            }
            guard let unit = TitleUnit.split(title)?.unit.lowercased() else { return false }
            return unit == "%" || unit.contains("percent")
        }
    }

    /// "the ratio of male to female christenings": a ratio of one thing to another, not the share of the first in a
    /// total; unless a measure is named so, "ratio" is left unaccounted and the user is asked.
    static func ratioOfTwo(_ s: ParseState, _ i: Int) -> Bool {
        s.tokens[i].text == "ratio" && ((i + 2)..<min(s.tokens.count, i + 7)).contains { s.tokens[$0].text == "to" && s.isFree($0) }
    }

    /// A max or min measure named with its superlative (the lowest prestige score, 最高工资).
    /// "which three RAM sizes have the highest average price", "which 3 ages have the fewest people": a whole number
    /// after which, with a superlative further on, is how many groups to keep, never a value of the column after it.
    static func ranksAfterWhich(_ s: ParseState, _ i: Int) -> Bool {
        guard i > 0, s.tokens[i - 1].isKeyword(.which), let n = s.tokens[i].number, n >= 2, n <= 1000, n == n.rounded() else { return false }
        return s.tokens[(i + 1)...].contains { $0.isKeyword(.max) || $0.isKeyword(.min) || namesExtreme($0, s.model) }
    }

    static func namesExtreme(_ token: Token, _ model: SemanticModel) -> Bool {
        RankingRule.startsWithSuperlative(token.text) && token.entries.contains { entry in
            guard case .measure(let m) = entry, case .measure(_, let measure)? = model.resolve(m) else { return false }
            return [.max, .min].contains(measure.kind)
        }
    }

    /// Whether `member` is a number column that one of its cube's sum measures adds up (citations, pages): a
    /// quantity, whose values are amounts rather than categories.
    static func isSummedQuantity(_ member: String, _ model: SemanticModel) -> Bool {
        guard case .dimension(let cube, let dimension, _)? = model.resolve(member), dimension.kind == .number, !dimension.primaryKey else { return false }
        return cube.measures.contains { $0.kind == .sum && $0.isPublic && $0.sql == dimension.sql }
    }

    /// "average output per firm" where the question's measures are all averages of the firms' own cube and the
    /// grouping is that cube's key or label (named by the cube's noun or the key's title): "per" names the rows
    /// averaged over.
    static func averagesOwnRows(_ s: ParseState, noun k: Int, grouping d: String) -> Bool {
        let cube = String(d.prefix { $0 != "." })
        guard let c = s.model.cube(named: cube), d == "\(cube).\(c.primaryKey?.name ?? "")" || d == QueryAssembler.label(of: cube, s.model)
        else { return false }
        let measures = s.tokens.indices.flatMap { s.measures($0) }
        return !measures.isEmpty && measures.allSatisfy { m in
            guard m.hasPrefix(cube + "."), case .measure(_, let measure)? = s.model.resolve(m) else { return false }
            return measure.kind == .avg
        }
    }

    /// "Which employees left last month?", 上个月离职的员工有哪些: which right before (or 哪些 right after) the rows'
    /// own noun, with nothing counted or aggregated, asks for those rows.
    static func asksForRows(_ s: ParseState, _ i: Int) -> Bool {
        let text = s.tokens[i].text
        let noun: Int?
        if ["which", "what"].contains(text) {
            noun = s.token(i + 1)?.text == "the" ? i + 2 : i + 1
        } else if ["哪些", "有哪些"].contains(text) {
            noun = s.token(i - 1)?.text == "有" ? i - 2 : i - 1
        } else {
            noun = nil
        }
        guard let k = noun, k >= 0, !s.cubes(k).isEmpty, s.measures(k).isEmpty else { return false }
        return !s.tokens.contains { $0.isKeyword(.count) || $0.isKeyword(.max) || $0.isKeyword(.min) || $0.isKeyword(.avg) || $0.isKeyword(.sum) }
            && s.measures.isEmpty
    }

    /// Whether the word before token `i` is a value the question filters on, or the plain count of `cube`'s rows.
    static func followsValueOrCount(_ s: ParseState, _ i: Int, cube: String) -> Bool {
        guard i > 0, s.used[i - 1] else { return false }
        return s.tokens[i - 1].entries.contains { entry in
            switch entry {
            case .value(let dimension, let value): return s.filters.contains { $0.member == dimension && $0.values.contains(value) }
            case .measure(let m): return m == s.countMeasure(of: cube) && s.measures.contains(m)
            case .cube(let c): return c == cube && i > 1 && s.tokens[i - 2].isKeyword(.count)  // how many cars models
            default: return false
            }
        }
    }

    /// The model's distinct count of a category column, if it has one.
    static func distinctCount(of dimension: String, _ model: SemanticModel) -> String? {
        guard case .dimension(let cube, let d, _)? = model.resolve(dimension) else { return nil }
        let m = cube.measures.first { [.countDistinct, .countDistinctApprox].contains($0.kind) && $0.sql == d.sql && $0.filters.isEmpty && $0.isPublic }
        return m.map { "\(cube.name).\($0.name)" }
    }

    /// "manufacturer's country", 制造商的国家: when `label` (at `k`) is its cube's label and the next word (after 的)
    /// names another category of the same cube, that word's index and category.
    static func possessed(_ s: ParseState, after k: Int, label: String) -> (Int, String)? {
        let cube = String(label.prefix { $0 != "." })
        guard QueryAssembler.label(of: cube, s.model) == label else { return nil }
        var j = k + 1
        if s.token(j)?.text == "的", s.isFree(j) { j += 1 }
        guard let owned = s.dimensions(j).first(where: { $0 != label && $0.hasPrefix(cube + ".") && s.dimensionKind($0) != .number })
        else { return nil }
        return (j, owned)
    }

    /// Whether the words right before token `i` (a linking participle such as "listed" aside) are a value of a
    /// dimension of `cube` that the question filters on.
    static func namedByValueBefore(_ s: ParseState, _ i: Int, cube: Substring) -> Bool {
        var j = i - 1
        if j >= 0, FilterRule.linkingParticiples.contains(s.tokens[j].text) { j -= 1 }
        guard j >= 0, s.used[j] else { return false }
        return s.tokens[j].entries.contains { entry in
            guard case .value(let dimension, let value) = entry, dimension.prefix(while: { $0 != "." }) == cube else { return false }
            // The value whose share is asked for (a manual transmission) names its rows the same way.
            return (s.filters + [s.shareOf].compactMap { $0 }).contains { $0.member == dimension && $0.values.contains(value) }
        }
    }
}
