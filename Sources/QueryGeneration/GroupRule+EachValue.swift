import SemanticModel

extension GroupRule {
    /// "the average level for men and for women", 男女分别的平均职级, "Engineering and Sales respectively": values
    /// listed each with its own "for" (or "how many"), or followed by respectively / separately / 分别, ask for a
    /// figure per value.
    func eachOfListedValues(_ s: inout ParseState) {
        for filter in s.filters where filter.op == .equals && filter.values.count >= 2 && !s.groupDimensions.contains(filter.member) {
            var places = filter.values.compactMap { v in s.tokens.indices.first { s.used[$0] && s.tokens[$0].entries.contains(.value(dimension: filter.member, value: v)) } }
            // smokers and non-smokers: both sides of a yes/no column are said by its name.
            if places.isEmpty { places = s.tokens.indices.filter { s.used[$0] && s.tokens[$0].entries.contains(.dimension(filter.member)) } }
            guard places.count == filter.values.count, let last = places.max() else { continue }
            // for men and for women, among smokers and among non-smokers (the word before a negation's prefix too).
            let fors = places.map { k in s.isFree(k - 1) && ["for", "among"].contains(s.token(k - 1)?.text ?? "") ? k - 1 : k - 2 }
                .filter { $0 >= 0 && s.isFree($0) && ["for", "among"].contains(s.tokens[$0].text) }
            // how many men and how many women: each value after its own count word (the first one the count's).
            let counted = s.language == .en && places.count == 2 && places.allSatisfy { k in k > 0 && s.tokens[k - 1].isKeyword(.count) }
                && s.tokens[places.min()! + 1].text == "and"
            if counted {
                s.groupDimensions.append(filter.member)
                s.use(places.max()! - 1, places.min()! + 1)
                continue
            }
            let each = [last + 1, last + 2].first { k in s.isFree(k) && ["respectively", "separately", "分别", "各自", "each"].contains(s.token(k)?.text ?? "") }
            guard fors.count == places.count || each != nil else { continue }
            s.groupDimensions.append(filter.member)
            fors.forEach { s.use($0) }
            if let each { s.use(each) }
        }
    }
}
