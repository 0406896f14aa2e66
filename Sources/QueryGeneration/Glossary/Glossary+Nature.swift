extension Glossary {
    /// Agriculture, crops, livestock, animals, plants, biology and ecology
    static let nature = """
        farm | 农场
        farm size | 农场规模
        farmland | 农田, 耕地
        cropland | 耕地
        arable land | 耕地
        crop | 作物, 农作物
        harvest | 收成, 收获
        harvested area | 收获面积
        planted area | 种植面积
        sown area | 播种面积
        planting | 种植
        sowing | 播种
        irrigation | 灌溉
        fertilizer | 肥料, 化肥
        pesticide | 农药, 杀虫剂
        herbicide | 除草剂
        pest | 害虫
        crop rotation | 轮作
        tillage | 耕作
        tractor | 拖拉机
        greenhouse | 温室
        orchard | 果园
        vineyard | 葡萄园
        ranch | 牧场
        pasture | 草场, 牧草地
        plot | 样地, 试验小区
        organic | 有机
        genetically modified | 转基因
        seed | 种子
        seedling | 幼苗
        germination | 发芽, 发芽率
        plant | 植物, 工厂
        plant height | 株高
        tree | 树, 树木
        grain | 粮食, 谷物
        cereal | 谷类, 麦片
        wheat | 小麦
        rice | 大米, 稻米, 水稻, 米饭
        corn | 玉米
        maize | 玉米
        soybean | 大豆
        barley | 大麦
        oat | 燕麦
        sorghum | 高粱
        millet | 小米, 粟
        potato | 土豆, 马铃薯
        sweet potato | 红薯, 甘薯
        cassava | 木薯
        cotton | 棉花, 棉
        sugarcane | 甘蔗
        sugar beet | 甜菜
        coffee | 咖啡
        tea | 茶, 茶叶
        cocoa | 可可
        peanut | 花生
        sunflower | 向日葵
        rapeseed | 油菜籽, 油菜
        canola | 油菜籽
        palm oil | 棕榈油
        linseed | 亚麻籽
        vegetable | 蔬菜
        fruit | 水果
        apple | 苹果
        banana | 香蕉
        grape | 葡萄
        strawberry | 草莓
        tomato | 番茄, 西红柿
        lettuce | 生菜
        cabbage | 卷心菜, 白菜
        carrot | 胡萝卜
        onion | 洋葱
        garlic | 大蒜
        pepper | 辣椒, 胡椒
        bean | 豆, 豆类
        pea | 豌豆
        lemon | 柠檬
        peach | 桃, 桃子
        pear | 梨
        cherry | 樱桃
        watermelon | 西瓜
        mango | 芒果
        pineapple | 菠萝
        olive | 橄榄
        nut | 坚果
        almond | 杏仁
        walnut | 核桃
        livestock | 牲畜, 家畜
        cattle | 牛, 牛只
        cow | 奶牛, 母牛
        beef | 牛肉
        pig | 猪
        hog | 猪, 生猪
        pork | 猪肉
        sheep | 羊, 绵羊
        goat | 山羊
        lamb | 羔羊, 羊肉
        chicken | 鸡, 鸡肉
        chick | 小鸡, 雏鸡
        poultry | 家禽
        egg | 鸡蛋, 蛋
        duck | 鸭, 鸭子
        horse | 马
        donkey | 驴
        wool | 羊毛
        dairy | 乳制品, 奶制品
        milk | 牛奶, 奶
        milk yield | 产奶量
        feed | 饲料
        slaughter | 屠宰
        fish | 鱼, 鱼类
        fishery | 渔业
        fishing | 捕鱼, 钓鱼
        aquaculture | 水产养殖
        catch | 捕捞量, 渔获量
        salmon | 三文鱼, 鲑鱼
        tuna | 金枪鱼
        shrimp | 虾
        seafood | 海鲜
        forestry | 林业
        timber | 木材
        wood | 木材, 木头
        hunting | 狩猎
        animal | 动物
        wildlife | 野生动物
        pet | 宠物
        adoption | 领养, 收养
        shelter | 收容所, 庇护所
        zoo | 动物园
        species | 物种, 种
        genus | 属
        kingdom | 王国, 界
        taxonomy | 分类学
        breed | 品种
        variety | 品种, 种类
        cultivar | 品种
        strain | 菌株, 品系
        habitat | 栖息地
        ecosystem | 生态系统
        ecology | 生态, 生态学
        biodiversity | 生物多样性
        species richness | 物种丰富度
        richness | 丰富度
        abundance | 丰度
        endangered | 濒危
        extinct | 灭绝
        extinction | 灭绝
        threatened | 受威胁
        conservation status | 保护状况, 保护等级
        invasive | 入侵, 外来入侵
        native | 原生, 本土
        predator | 捕食者, 天敌
        prey | 猎物
        herbivore | 食草动物
        carnivore | 食肉动物
        omnivore | 杂食动物
        sighting | 目击, 观测记录
        transect | 样带
        quadrat | 样方
        trap | 陷阱, 诱捕器
        capture | 捕获
        recapture | 重捕
        nest | 巢, 巢穴
        mammal | 哺乳动物
        bird | 鸟, 鸟类
        reptile | 爬行动物
        amphibian | 两栖动物
        insect | 昆虫
        dog | 狗, 犬
        cat | 猫
        mouse | 小鼠, 老鼠
        rat | 大鼠
        rabbit | 兔, 兔子
        guinea pig | 豚鼠
        monkey | 猴子, 猴
        chimpanzee | 黑猩猩
        gorilla | 大猩猩
        bear | 熊
        wolf | 狼
        fox | 狐狸
        deer | 鹿
        elephant | 大象, 象
        lion | 狮子
        tiger | 老虎, 虎
        panda | 熊猫, 大熊猫
        whale | 鲸, 鲸鱼
        dolphin | 海豚
        shark | 鲨鱼
        seal | 海豹
        penguin | 企鹅
        adelie | 阿德利企鹅
        chinstrap | 帽带企鹅, 南极企鹅
        gentoo | 巴布亚企鹅, 白眉企鹅
        snake | 蛇
        turtle | 海龟, 龟
        frog | 青蛙, 蛙
        bee | 蜜蜂
        butterfly | 蝴蝶
        moth | 蛾
        mosquito | 蚊子
        ant | 蚂蚁
        spider | 蜘蛛
        bat | 蝙蝠, 球棒
        squirrel | 松鼠
        owl | 猫头鹰
        eagle | 鹰, 老鹰
        pigeon | 鸽子
        crow | 乌鸦
        sparrow | 麻雀
        worm | 蠕虫
        beetle | 甲虫
        crab | 螃蟹, 蟹
        octopus | 章鱼
        coral | 珊瑚
        algae | 藻类
        plankton | 浮游生物
        fungus | 真菌
        mushroom | 蘑菇
        flower | 花, 花朵
        leaf | 叶, 叶子, 叶片
        leaf area | 叶面积
        root | 根, 根系
        stem | 茎
        petal | 花瓣
        sepal | 萼片
        petal length | 花瓣长度
        petal width | 花瓣宽度
        sepal length | 萼片长度
        sepal width | 萼片宽度
        iris | 鸢尾, 鸢尾花, 虹膜
        setosa | 山鸢尾
        versicolor | 变色鸢尾
        virginica | 维吉尼亚鸢尾
        beak | 喙
        bill length | 喙长, 喙长度
        bill depth | 喙深, 喙深度
        flipper | 鳍状肢
        flipper length | 鳍状肢长度, 鳍长
        wing | 翅膀, 翼
        wingspan | 翼展
        tail | 尾巴, 尾
        tail length | 尾长
        fur | 毛皮, 皮毛
        feather | 羽毛
        body length | 体长
        brain weight | 脑重
        clutch size | 窝卵数
        litter size | 产仔数, 窝仔数
        offspring | 后代, 子代
        girth | 周长, 围长
        dbh | 胸径
        dry weight | 干重
        fresh weight | 鲜重
        uptake | 吸收, 吸收量
        chilled | 冷藏, 冷却
        insect spray | 杀虫喷雾
        spray | 喷雾, 喷剂
        tooth length | 牙齿长度
        orange juice | 橙汁
        casein | 酪蛋白
        horsebean | 蚕豆
        meatmeal | 肉粉
        vegetation | 植被
        grassland | 草原
        grass | 草, 草地
        wetland | 湿地
        tundra | 苔原
        savanna | 稀树草原
        rainforest | 雨林, 热带雨林
        tropical | 热带
        temperate | 温带
        polar | 极地
        arid | 干燥, 干旱区
        gene | 基因
        genome | 基因组
        gene expression | 基因表达
        expression | 表达
        mutation | 突变
        chromosome | 染色体
        genotype | 基因型
        phenotype | 表型
        protein | 蛋白质
        cell | 细胞
        enzyme | 酶
        organism | 生物, 有机体
        photosynthesis | 光合作用
        respiration | 呼吸
        phosphorus | 磷
        lynx | 猞猁
        """
}
