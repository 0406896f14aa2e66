import SemanticModel

/// Chinese words for the columns an ordinary English model names (Weight, Population, Pages): 各物种的平均体重 on a
/// model with no `title_zh`. Each word is added only where exactly one public column of the model has that English
/// noun as its title (without its unit) or as the last word of a title of two or three words, and nothing else claims
/// the word.
extension Lexicon {
    static let chineseColumnWords: [String: [String]] = [
        "weight": ["体重", "重量"], "population": ["人口"], "income": ["收入"], "wage": ["工资", "薪资"], "salary": ["工资", "薪资", "薪水"],
        "price": ["价格", "价钱"], "age": ["年龄"], "height": ["身高", "高度"], "length": ["长度"], "pages": ["页数"], "temperature": ["温度", "气温"],
        "precipitation": ["降水量", "降水"], "sales": ["销量", "销售额"], "profit": ["利润"], "cost": ["成本", "费用"], "distance": ["距离"],
        "speed": ["速度"], "score": ["分数", "得分"], "votes": ["票数", "得票"], "deaths": ["死亡人数"], "rating": ["评分"], "budget": ["预算"],
        "revenue": ["收入", "营收"], "mileage": ["里程"], "duration": ["时长"], "depth": ["深度"], "magnitude": ["震级"], "width": ["宽度"],
        "protein": ["蛋白质"], "calories": ["热量", "卡路里"], "fat": ["脂肪"], "sugars": ["糖分", "含糖量"], "sodium": ["钠"], "fiber": ["纤维"],
        "potassium": ["钾"], "carbohydrates": ["碳水化合物"], "vitamins": ["维生素"], "earnings": ["收入"], "experience": ["工作经验", "经验"],
        "rent": ["租金"], "expenditure": ["支出"], "spending": ["支出"], "investment": ["投资"], "horsepower": ["马力"], "area": ["面积"],
        "cholesterol": ["胆固醇"], "glucose": ["血糖"], "insulin": ["胰岛素"], "yield": ["产量"], "production": ["产量"], "density": ["密度"],
        "stations": ["台站数"], "latitude": ["纬度"], "longitude": ["经度"], "elevation": ["海拔"], "altitude": ["海拔"], "rainfall": ["降雨量"],
    ]

    /// The people a possessive title speaks of (Husband's Income → 丈夫收入, 丈夫的收入).
    static let chinesePersonWords: [String: String] = [
        "husband's": "丈夫", "wife's": "妻子", "mother's": "母亲", "father's": "父亲", "child's": "孩子", "baby's": "婴儿", "patient's": "患者",
        "husbands": "丈夫", "wives": "妻子", "mothers": "母亲", "fathers": "父亲",
    ]

    mutating func addChineseColumnWords() {
        var byWord: [String: [String]] = [:]
        for cube in model.cubes where cube.isPublic {
            for d in cube.dimensions where d.isPublic && !d.primaryKey && d.meta.titleZh == nil {
                let name = TextNormalizer.normalize(Self.withoutUnit(d.title) ?? d.title).trimmingSpaces
                let words = name.split(separator: " ").map(String.init)
                guard let last = words.last, words.count <= 3 else { continue }
                byWord[last, default: []].append("\(cube.name).\(d.name)")
                // Husband's Income: 丈夫收入, 丈夫的收入 name it whatever else has income.
                if words.count == 2, let person = Self.chinesePersonWords[words[0]] {
                    for zh in Self.chineseColumnWords[last] ?? [] {
                        addIfAbsent(person + zh, .dimension("\(cube.name).\(d.name)"))
                        addIfAbsent(person + "的" + zh, .dimension("\(cube.name).\(d.name)"))
                    }
                }
            }
        }
        for (word, chinese) in Self.chineseColumnWords {
            guard let columns = byWord[word], columns.count == 1 else { continue }
            for zh in chinese { addIfAbsent(zh, .dimension(columns[0])) }
        }
    }
}
