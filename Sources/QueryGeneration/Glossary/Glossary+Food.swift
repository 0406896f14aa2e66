extension Glossary {
    /// Food, drink, nutrition and wine
    static let food = """
        food | 食品, 食物
        beverage | 饮料
        drink | 饮品, 饮料
        snack | 零食, 小吃
        meal | 餐, 正餐, 餐食
        breakfast | 早餐
        dinner | 晚餐
        dessert | 甜点
        bread | 面包
        cake | 蛋糕
        cookie | 饼干, 曲奇
        chocolate | 巧克力
        candy | 糖果
        pizza | 比萨, 披萨
        burger | 汉堡
        hamburger | 汉堡, 汉堡包
        sandwich | 三明治
        salad | 沙拉
        soup | 汤
        noodle | 面条, 面
        pasta | 意大利面
        cheese | 奶酪
        butter | 黄油
        yogurt | 酸奶
        ice cream | 冰淇淋
        juice | 果汁
        soda | 汽水, 苏打水
        soft drink | 软饮料, 碳酸饮料
        beer | 啤酒
        wine | 葡萄酒
        red wine | 红葡萄酒, 红酒
        white wine | 白葡萄酒
        liquor | 烈酒
        whisky | 威士忌
        whiskey | 威士忌
        vodka | 伏特加
        meat | 肉, 肉类
        sugar | 糖
        salt | 盐
        sodium | 钠
        potassium | 钾
        calcium | 钙
        iron | 铁
        magnesium | 镁
        zinc | 锌
        fat | 脂肪
        saturated fat | 饱和脂肪
        trans fat | 反式脂肪
        carbohydrate | 碳水化合物
        fiber | 纤维, 膳食纤维
        dietary fiber | 膳食纤维
        calorie | 热量, 卡路里
        caffeine | 咖啡因
        nutrition | 营养
        nutrient | 营养素
        serving size | 份量
        ingredient | 配料, 成分, 原料
        flavor | 口味, 风味
        flavour | 口味, 风味
        taste | 口味, 味道
        sweetness | 甜度
        vegan | 纯素, 严格素食
        vegetarian | 素食, 素食者
        gluten-free | 无麸质
        alcohol content | 酒精度, 酒精含量
        acidity | 酸度
        ph | 酸碱度, 酸碱值
        fixed acidity | 固定酸度
        volatile acidity | 挥发性酸度
        citric acid | 柠檬酸
        residual sugar | 残糖, 残留糖分
        chloride | 氯化物
        free sulfur dioxide | 游离二氧化硫
        sulphate | 硫酸盐
        sulfate | 硫酸盐
        """
}
