import SemanticModel

/// Generic head nouns that only restate the member named right before them: "weather type", 天气类型, "sodium content"
/// (any member), "exercise group", "society status" (a category's groups), "ozone readings", 臭氧浓度 (a number's
/// values), "pulse rate" (a number that is itself a rate). Only words the model gives no meaning of their own, and
/// only where the member fits the noun: "murder rate" after a plain count of murders stays unclaimed, since a rate
/// is another number. Also "still" before a state the question names (still employed, 还有多少在职).
struct HeadNounRule: InterpretationRule {
    /// Nouns after any member's name.
    static let memberNouns: Set<String> = ["type", "types", "kind", "kinds", "category", "categories", "类型", "种类", "类别", "content", "含量"]
    /// Nouns for a category's values.
    static let categoryNouns: Set<String> = ["group", "groups", "level", "levels", "status", "class", "classes", "holder", "holders"]
    /// Nouns for a number's values.
    static let valueNouns: Set<String> = ["reading", "readings", "figure", "figures", "value", "values", "size", "sizes", "counts", "读数", "数值", "浓度", "水平"]
    /// Nouns for a number that is a rate.
    static let rateNouns: Set<String> = ["rate", "rates", "率"]

    func apply(_ s: inout ParseState) {
        // still employed, 现在还有多少在职: "still" before a state the question filters on only says it holds now; with
        // no such state named ("still with us") it stays unaccounted.
        for i in s.tokens.indices where s.isFree(i) && ["still", "还", "还有", "仍", "仍然", "依然"].contains(s.tokens[i].text) {
            // the state right after it (still employed), or after a count word (还有多少在职)
            let k = s.token(i + 1)?.isKeyword(.count) == true ? i + 2 : i + 1
            let state = [k].first { k in
                s.tokens.indices.contains(k) && s.used[k] && s.tokens[k].entries.contains { entry in
                    if case .value(let d, let v) = entry { return s.filters.contains { $0.member == d && $0.values.contains(v) } }
                    if case .segment(let g) = entry { return s.segments.contains(g) }
                    return false
                }
            }
            if state != nil { s.use(i) }
        }
        for i in s.tokens.indices.dropFirst() where s.isFree(i) && s.used[i - 1] && s.tokens[i].entries.allSatisfy({ if case .keyword = $0 { true } else { false } }) {
            // 天气类型的: a Chinese head noun may carry 的.
            let word = s.language == .zh && s.tokens[i].text.count > 1 && s.tokens[i].text.hasSuffix("的")
                ? String(s.tokens[i].text.dropLast()) : s.tokens[i].text
            let before = s.tokens[i - 1].entries
            let fits: Bool
            if Self.memberNouns.contains(word) {
                fits = before.contains { entry in
                    switch entry {
                    case .dimension, .measure: return true
                    default: return false
                    }
                }
            } else if Self.categoryNouns.contains(word) {
                fits = before.contains { entry in
                    switch entry {
                    case .dimension(let d): return [.string, .boolean].contains(s.dimensionKind(d))
                    case .value: return true
                    default: return false
                    }
                }
            } else if Self.valueNouns.contains(word) {
                fits = before.contains { Self.number(of: $0, s.model) != nil }
            } else if Self.rateNouns.contains(word) {
                fits = before.contains { Self.number(of: $0, s.model).map(Self.isRate) == true }
            } else {
                continue
            }
            if fits { s.use(i) }
        }
    }

    /// The title of the number a dimension or (non-count) measure entry names.
    static func number(of entry: LexEntry, _ model: SemanticModel) -> String? {
        switch entry {
        case .dimension(let d):
            if case .dimension(_, let dimension, _)? = model.resolve(d), dimension.kind == .number { return dimension.title }
        case .measure(let m):
            if case .measure(_, let measure)? = model.resolve(m), ![.count, .countDistinct, .countDistinctApprox].contains(measure.kind) {
                return measure.title
            }
        default: break
        }
        return nil
    }

    /// Whether a title reads as a rate: it says rate or ratio, or its unit is per something or a percentage.
    static func isRate(_ title: String) -> Bool {
        let t = title.lowercased()
        return ["rate", "ratio", "per ", "%", "percent", "/", "bpm", "率"].contains { t.contains($0) }
    }
}
