import SemanticModel

extension Lexicon {
    static let wordsEndingIn数: [String] = ["人数", "次数", "个数", "总数", "分数", "指数", "系数", "倍数", "岁数", "件数"]

    /// 吸烟家庭数 → 吸烟家庭数量, 案件数 → 案件数目: a count's Chinese title ending in 数 (not 人数 or 次数, whose 数
    /// is part of a word) said with 数量 / 数目 is the same count, where the lexicon has no entry of its own for it.
    mutating func addChineseCountVariants() {
        for cube in model.cubes where cube.isPublic {
            for measure in cube.measures where measure.isPublic && [.count, .countDistinct].contains(measure.kind) {
                // 州数量, 猫的数量, 机场数目 of an unfiltered count: the rows' own noun (人口超过600万的州有几个).
                if measure.filters.isEmpty, measure.kind == .count, let noun = measure.meta.titleZh.flatMap(Self.countedNoun) {
                    addIfAbsent(noun, .cube(cube.name))
                }
                guard let title = measure.meta.titleZh, title.hasSuffix("数"), title.count >= 3,
                    !Self.wordsEndingIn数.contains(where: { title.hasSuffix($0) })
                else { continue }
                for variant in ["数量", "数目"] { addIfAbsent(String(title.dropLast()) + variant, .measure("\(cube.name).\(measure.name)")) }
                // 吸烟家庭数 → 吸烟家庭 (吸烟家庭占所有家庭的百分比): a filtered count's rows, named without 数.
                if !measure.filters.isEmpty, title.count >= 4 { addIfAbsent(String(title.dropLast()), .measure("\(cube.name).\(measure.name)")) }
                // 普查区数 of the cube 人口普查区: an unfiltered count's title without 数 is the rows' own noun (普查区有多少个).
                if measure.filters.isEmpty, measure.kind == .count { addIfAbsent(String(title.dropLast()), .cube(cube.name)) }
            }
        }
    }

    /// 州数量 → 州, 猫的数量 → 猫: the noun a Chinese count title counts with 数量 or 数目; nil for any other title.
    static func countedNoun(_ title: String) -> String? {
        guard let suffix = ["数量", "数目"].first(where: title.hasSuffix) else { return nil }
        var noun = String(title.dropLast(suffix.count))
        if noun.hasSuffix("的") { noun.removeLast() }
        guard !noun.isEmpty, noun.unicodeScalars.allSatisfy(TextNormalizer.isCJK) else { return nil }
        return noun
    }
}
