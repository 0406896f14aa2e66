import SemanticModel

extension Lexicon {
    static let wordsEndingIn数: [String] = ["人数", "次数", "个数", "总数", "分数", "指数", "系数", "倍数", "岁数", "件数"]

    /// 吸烟家庭数 → 吸烟家庭数量, 案件数 → 案件数目: a count's Chinese title ending in 数 (not 人数 or 次数, whose 数
    /// is part of a word) said with 数量 / 数目 is the same count, where the lexicon has no entry of its own for it.
    mutating func addChineseCountVariants() {
        for cube in model.cubes where cube.isPublic {
            for measure in cube.measures where measure.isPublic && [.count, .countDistinct].contains(measure.kind) {
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
}
