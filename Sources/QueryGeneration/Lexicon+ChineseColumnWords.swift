import SemanticModel

/// Chinese words for the columns an ordinary English model names (Weight, Population, Pages): 各物种的平均体重 on a
/// model with no `title_zh`. Each word is added only where exactly one public column of the model has that English
/// noun as its title (without its unit) or as the last word of a two-word title, and nothing else claims the word.
extension Lexicon {
    static let chineseColumnWords: [String: [String]] = [
        "weight": ["体重", "重量"], "population": ["人口"], "income": ["收入"], "wage": ["工资", "薪资"], "salary": ["工资", "薪资", "薪水"],
        "price": ["价格", "价钱"], "age": ["年龄"], "height": ["身高", "高度"], "length": ["长度"], "pages": ["页数"], "temperature": ["温度", "气温"],
        "precipitation": ["降水量", "降水"], "sales": ["销量", "销售额"], "profit": ["利润"], "cost": ["成本", "费用"], "distance": ["距离"],
        "speed": ["速度"], "score": ["分数", "得分"], "votes": ["票数", "得票"], "deaths": ["死亡人数"], "rating": ["评分"], "budget": ["预算"],
        "revenue": ["收入", "营收"], "mileage": ["里程"], "duration": ["时长"], "depth": ["深度"], "magnitude": ["震级"], "width": ["宽度"],
    ]

    mutating func addChineseColumnWords() {
        var byWord: [String: [String]] = [:]
        for cube in model.cubes where cube.isPublic {
            for d in cube.dimensions where d.isPublic && !d.primaryKey && d.meta.titleZh == nil {
                let name = TextNormalizer.normalize(Self.withoutUnit(d.title) ?? d.title).trimmingSpaces
                let words = name.split(separator: " ").map(String.init)
                guard let last = words.last, words.count <= 2 else { continue }
                byWord[last, default: []].append("\(cube.name).\(d.name)")
            }
        }
        for (word, chinese) in Self.chineseColumnWords {
            guard let columns = byWord[word], columns.count == 1 else { continue }
            for zh in chinese { addIfAbsent(zh, .dimension(columns[0])) }
        }
    }
}
