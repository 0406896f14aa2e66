import SemanticModel

extension Cube {
    /// The number column an aggregate measure reads (avg_salary → salary), if the cube exposes one.
    func numberColumn(of measure: Measure) -> Dimension? {
        dimensions.first { $0.kind == .number && $0.sql == measure.sql }
    }

    /// The word two or more of the cube's Chinese names start with (绩效 of 绩效考核, 绩效评估, 绩效记录): it names the
    /// cube's rows as their head word does.
    var chineseHeads: Set<String> {
        let names = Set(([meta.titleZh].compactMap { $0 } + meta.synonyms).filter { name in
            name.count >= 4 && name.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        })
        return Set(Dictionary(grouping: names, by: { String($0.prefix(2)) }).filter { $0.value.count >= 2 }.keys)
    }
}
