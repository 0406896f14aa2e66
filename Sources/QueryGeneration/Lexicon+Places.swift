import SemanticModel

/// Adjectives and Chinese names of common places, so a value 'Japan' answers to Japanese and 日本, and 'USA' to
/// American and 美国, without the model listing them. Added only where the lexicon has no entry of its own.
extension Lexicon {
    static let places: [(names: Set<String>, words: [String])] = [
        (["japan"], ["japanese", "日本"]),
        (["usa", "us", "u.s.", "united states", "america", "united states of america"], ["american", "美国"]),
        (["europe"], ["european", "欧洲"]),
        (["china"], ["chinese", "中国"]),
        (["germany"], ["german", "德国"]),
        (["france"], ["french", "法国"]),
        (["uk", "united kingdom", "britain", "great britain"], ["british", "英国"]),
        (["korea", "south korea"], ["korean", "韩国"]),
        (["italy"], ["italian", "意大利"]),
        (["sweden"], ["swedish", "瑞典"]),
        (["india"], ["indian", "印度"]),
        (["canada"], ["canadian", "加拿大"]),
        (["asia"], ["asian", "亚洲"]),
        (["africa"], ["african", "非洲"]),
        (["australia"], ["australian", "澳大利亚"]),
        (["mexico"], ["mexican", "墨西哥"]),
        (["spain"], ["spanish", "西班牙"]),
    ]

    /// The place words of `value`, if it names one of `places`.
    static func placeWords(of value: String) -> [String] {
        let key = TextNormalizer.normalize(value).trimmingSpaces
        return places.first { $0.names.contains(key) }?.words ?? []
    }
}
