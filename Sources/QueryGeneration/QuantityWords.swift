import SemanticModel

/// Adjectives of everyday quantities, as Power BI Q&A's linguistic schema has them: "the most expensive", "the 3
/// cheapest", 最贵 rank by a price column; heaviest / lightest by a weight; oldest / youngest by an age; hottest by a
/// temperature. Comparatives compare the column with a number ("taller than 180 cm", "90 degrees or hotter":
/// FilterRule+Quantities), in the column's own unit or none.
struct QuantityWords: Sendable {
    /// A quantity: the nouns its column's title says, and its superlatives (single words, or after most / least).
    private struct Concept {
        let nouns: [String]
        let high: [String]
        let low: [String]
        let highest: [String]
        let lowest: [String]
        /// Comparatives: taller / shorter (than 180 cm, or 90 degrees or hotter).
        var higher: [String] = []
        var lower: [String] = []
    }

    private static let concepts: [Concept] = [
        Concept(nouns: ["price", "价格", "售价", "budget", "cost", "预算"], high: ["expensive", "pricey", "costly"], low: ["cheap", "inexpensive"],
                highest: ["priciest", "最贵", "最贵的"], lowest: ["cheapest", "最便宜", "最便宜的"],
                higher: ["pricier"], lower: ["cheaper"]),
        Concept(nouns: ["weight", "重量", "体重"], high: ["heavy"], low: ["light"],
                highest: ["heaviest", "最重", "最重的"], lowest: ["lightest", "最轻", "最轻的"],
                higher: ["heavier"], lower: ["lighter"]),
        Concept(nouns: ["age", "年龄"], high: ["old"], low: ["young"],
                highest: ["oldest", "最年长", "最年长的"], lowest: ["youngest", "最年轻", "最年轻的"],
                higher: ["older"], lower: ["younger"]),
        Concept(nouns: ["height", "身高"], high: ["tall"], low: [],
                highest: ["tallest", "最高的个子"], lowest: [],
                higher: ["taller"], lower: []),
        Concept(nouns: ["speed", "速度"], high: ["fast"], low: ["slow"],
                highest: ["fastest", "最快", "最快的"], lowest: ["slowest", "最慢", "最慢的"],
                higher: ["faster"], lower: ["slower"]),
        Concept(nouns: ["horsepower", "马力"], high: ["powerful"], low: [],
                highest: [], lowest: []),
        Concept(nouns: ["temperature", "气温", "温度"], high: ["hot", "warm"], low: ["cold", "cool"],
                highest: ["hottest", "warmest", "最热", "最热的"], lowest: ["coldest", "coolest", "最冷", "最冷的"],
                higher: ["hotter", "warmer"], lower: ["colder", "cooler"]),
        Concept(nouns: ["wind", "wind speed", "风速"], high: ["windy"], low: ["calm"],
                highest: ["windiest"], lowest: ["calmest"],
                higher: ["windier"], lower: ["calmer"]),
        Concept(nouns: ["population", "人口"], high: ["populous"], low: [],
                highest: [], lowest: []),
        Concept(nouns: ["depth", "深度", "震源深度"], high: ["deep"], low: ["shallow"],
                highest: ["deepest", "最深", "最深的"], lowest: ["shallowest", "最浅", "最浅的"],
                higher: ["deeper"], lower: ["shallower"]),
        Concept(nouns: ["length", "duration", "runtime", "running time", "片长", "时长"], high: ["long", "lengthy"], low: ["short"],
                highest: ["longest", "最长", "最长的"], lowest: ["shortest", "最短", "最短的"],
                higher: ["longer"], lower: ["shorter"]),
    ]

    /// Every quantity word, whichever model: known words the spelling corrector leaves alone (older is no "order").
    static let allWords: Set<String> = {
        var words: Set<String> = []
        for c in concepts {
            for list in [c.high, c.low, c.highest, c.lowest, c.higher, c.lower] { words.formUnion(list) }
        }
        return words
    }()

    /// Word → the column it ranks by and whether the word means its high end; `superlative` when the word ranks alone
    /// (cheapest), else it needs most / least before it (most expensive).
    private(set) var words: [String: (column: String, high: Bool, superlative: Bool)] = [:]
    /// Comparative → the column it compares and whether it means above (taller) or below (younger).
    private(set) var comparatives: [String: (column: String, higher: Bool)] = [:]

    init(model: SemanticModel) {
        for concept in Self.concepts {
            guard let column = Self.column(for: concept.nouns, in: model) else { continue }
            for w in concept.high { words[w] = (column, true, false) }
            for w in concept.low { words[w] = (column, false, false) }
            for w in concept.highest { words[w] = (column, true, true) }
            for w in concept.lowest { words[w] = (column, false, true) }
            for w in concept.higher { comparatives[w] = (column, true) }
            for w in concept.lower { comparatives[w] = (column, false) }
        }
    }

    /// The one public number column the nouns name: its title without a unit (or Chinese title) is the noun, else
    /// the only one whose title has the noun as a word. Nil when none or several do.
    private static func column(for nouns: [String], in model: SemanticModel) -> String? {
        var exact: [String] = [], containing: [String] = []
        for cube in model.cubes where cube.isPublic {
            for d in cube.dimensions where d.isPublic && d.kind == .number && !d.primaryKey {
                let title = TextNormalizer.normalize(TitleUnit.split(d.title)?.name ?? d.title).trimmingSpaces
                let zh = d.meta.titleZh.map { TextNormalizer.normalize($0).trimmingSpaces }
                let name = d.name.split(separator: "_").joined(separator: " ")
                let member = "\(cube.name).\(d.name)"
                if nouns.contains(where: { $0 == title || $0 == zh || $0 == name }) {
                    exact.append(member)
                } else if nouns.contains(where: { n in title.split(separator: " ").contains(Substring(n)) }) {
                    containing.append(member)
                }
            }
        }
        if exact.count == 1 { return exact[0] }
        return exact.isEmpty && containing.count == 1 ? containing[0] : nil
    }
}
