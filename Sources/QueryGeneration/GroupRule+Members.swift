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
}
