import SemanticModel

extension Cube {
    /// The number column an aggregate measure reads (avg_salary → salary), if the cube exposes one.
    func numberColumn(of measure: Measure) -> Dimension? {
        dimensions.first { $0.kind == .number && $0.sql == measure.sql }
    }

    /// Whether two or more of the cube's Chinese names start with `word` (绩效 of 绩效考核, 绩效评估, 绩效记录): it names
    /// the cube's rows as their head word does. Reads the names without building anything, for use per question.
    func isChineseHead(_ word: String) -> Bool {
        guard word.count == 2 else { return false }
        var seen: [String] = []
        for name in [meta.titleZh].compactMap({ $0 }) + meta.synonyms
        where name.count >= 4 && name.hasPrefix(word) && !seen.contains(name)
            && name.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        {
            seen.append(name)
            if seen.count == 2 { return true }
        }
        return false
    }

    /// Every such head word of the cube's names.
    var chineseHeads: Set<String> { Set(([meta.titleZh].compactMap { $0 } + meta.synonyms).map { String($0.prefix(2)) }.filter(isChineseHead)) }
}
