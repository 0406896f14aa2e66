extension Glossary {
    /// People, demography, family, marital status, ethnicity, religion and language
    static let people = """
        person | 人, 个人
        individual | 个人, 个体
        population | 人口
        population density | 人口密度
        population growth | 人口增长
        resident | 居民, 住户
        inhabitant | 居民
        citizen | 公民
        citizenship | 公民身份, 国籍
        nationality | 国籍
        immigrant | 移民, 外来移民
        immigration | 移民, 入境移民
        emigration | 移居国外, 移民出境
        migration | 迁移, 人口迁移
        net migration | 净迁移, 净移民
        migrant | 流动人口, 外来人口
        refugee | 难民
        asylum | 庇护
        asylum seeker | 寻求庇护者
        native-born | 本土出生
        foreign-born | 外国出生, 国外出生
        naturalized | 入籍
        undocumented | 无证, 无证移民
        household | 家庭, 住户, 户
        household size | 家庭规模, 家庭人数
        family | 家庭, 家族, 科
        family size | 家庭规模, 家庭人口
        family structure | 家庭结构
        head of household | 户主
        householder | 户主
        household head | 户主
        child | 儿童, 孩子, 子女
        kid | 孩子, 小孩
        baby | 婴儿
        infant | 婴儿
        newborn | 新生儿
        toddler | 幼儿
        adolescent | 青少年
        teenager | 青少年
        youth | 青年, 青少年
        adult | 成人, 成年人
        elderly | 老年人, 老人
        senior citizen | 老年人
        man | 男人, 男子, 男性
        woman | 女人, 女子, 女性
        boy | 男孩
        girl | 女孩
        male | 男性, 男
        female | 女性, 女
        nonbinary | 非二元性别
        transgender | 跨性别
        sex | 性别
        gender | 性别
        sex ratio | 性别比, 性别比例
        sexual orientation | 性取向
        heterosexual | 异性恋
        homosexual | 同性恋
        gay | 男同性恋, 同性恋
        lesbian | 女同性恋
        bisexual | 双性恋
        same-sex | 同性
        age | 年龄, 岁数
        age group | 年龄组, 年龄段
        age range | 年龄范围, 年龄段
        age structure | 年龄结构
        generation | 代, 世代, 发电, 发电量
        baby boomer | 婴儿潮一代
        millennial | 千禧一代
        husband | 丈夫
        wife | 妻子
        spouse | 配偶
        partner | 伴侣, 合伙人
        parent | 父母, 家长
        parental | 父母
        father | 父亲
        mother | 母亲
        son | 儿子
        daughter | 女儿
        sibling | 兄弟姐妹
        brother | 兄弟
        sister | 姐妹
        twin | 双胞胎
        only child | 独生子女
        grandparent | 祖父母
        grandchild | 孙辈
        relative | 亲属, 亲戚
        guardian | 监护人
        dependent | 受抚养人, 家属
        orphan | 孤儿
        widow | 寡妇
        widowed | 丧偶
        divorced | 离异, 离婚
        separated | 分居
        married | 已婚
        ever married | 曾结婚, 有婚史
        single | 单身, 未婚
        unmarried | 未婚
        never married | 未婚, 从未结婚
        cohabiting | 同居
        cohabitation | 同居
        marital | 婚姻
        marital status | 婚姻状况
        marriage | 婚姻, 结婚
        divorce | 离婚
        wedding | 婚礼
        single parent | 单亲
        single mother | 单亲妈妈, 单身母亲
        living alone | 独居
        birth | 出生, 生育
        birth order | 出生顺序
        birth rate | 出生率
        crude birth rate | 粗出生率
        birthplace | 出生地
        place of birth | 出生地
        birthday | 生日
        hometown | 家乡
        death | 死亡
        died | 死亡
        dead | 死亡
        deceased | 已故, 死亡
        alive | 存活, 在世
        death rate | 死亡率
        mortality | 死亡率
        fertility | 生育, 生育力
        fertility rate | 生育率
        natural increase | 自然增长
        life expectancy | 预期寿命, 人均预期寿命
        healthy life expectancy | 健康预期寿命
        lifespan | 寿命
        longevity | 长寿, 寿命
        life | 生命, 生活
        surname | 姓, 姓氏
        last name | 姓氏, 姓
        family name | 姓氏, 姓
        first name | 名
        given name | 名
        nickname | 昵称, 绰号
        race | 种族, 人种
        ethnicity | 民族, 族裔
        ethnic group | 民族, 族群
        ancestry | 祖籍, 血统
        origin | 产地, 原产地, 出发地, 来源地
        asian | 亚洲, 亚裔, 亚洲人
        hispanic | 西班牙裔, 拉美裔
        latino | 拉丁裔, 拉美裔
        african american | 非裔美国人, 非裔
        native american | 美洲原住民, 印第安人
        american indian | 美洲印第安人, 印第安人
        alaska native | 阿拉斯加原住民
        pacific islander | 太平洋岛民
        native hawaiian | 夏威夷原住民
        caucasian | 白种人, 高加索人
        indigenous | 原住民, 土著
        aboriginal | 原住民, 土著
        multiracial | 多种族, 混血
        european | 欧洲, 欧洲人, 欧裔
        african | 非洲, 非洲人
        arab | 阿拉伯, 阿拉伯人
        jewish | 犹太, 犹太人
        religion | 宗教, 宗教信仰
        religious | 宗教, 信教
        christian | 基督徒, 基督教
        christianity | 基督教
        catholic | 天主教, 天主教徒
        protestant | 新教, 新教徒
        orthodox | 东正教
        muslim | 穆斯林
        islam | 伊斯兰教
        buddhist | 佛教徒, 佛教
        buddhism | 佛教
        hindu | 印度教徒, 印度教
        hinduism | 印度教
        judaism | 犹太教
        atheist | 无神论者
        nonreligious | 无宗教信仰
        language | 语言
        native language | 母语
        mother tongue | 母语
        english | 英语, 英文
        chinese | 中文, 汉语, 华人, 华裔
        mandarin | 普通话, 汉语普通话
        cantonese | 粤语
        spanish | 西班牙语, 西班牙
        french | 法语, 法国
        german | 德语, 德国
        japanese | 日语, 日本
        korean | 韩语, 韩国
        italian | 意大利语, 意大利
        russian | 俄语, 俄罗斯
        portuguese | 葡萄牙语, 葡萄牙
        arabic | 阿拉伯语
        hindi | 印地语
        bilingual | 双语
        literacy | 识字, 读写能力
        literacy rate | 识字率
        literate | 识字
        illiterate | 文盲
        illiteracy | 文盲, 文盲率
        numeracy | 计算能力
        disability | 残疾, 残障
        disabled | 残疾, 残疾人
        veteran | 退伍军人, 老兵
        homeless | 无家可归者, 流浪者
        homelessness | 无家可归
        poverty | 贫困
        poor | 贫困, 穷人, 差
        rich | 富人, 富裕
        wealthy | 富裕
        middle class | 中产阶级
        working class | 工人阶级
        social class | 社会阶层
        socioeconomic status | 社会经济地位
        height for age | 年龄别身高
        hair color | 发色
        eye color | 眼睛颜色, 瞳色
        blond | 金发
        blonde | 金发
        handedness | 惯用手
        left-handed | 左撇子
        right-handed | 右利手
        personality | 性格, 人格
        happiness | 幸福感, 幸福度
        satisfaction | 满意度
        life satisfaction | 生活满意度
        social support | 社会支持
        generosity | 慷慨程度, 慷慨度
        trust | 信任, 信任度
        attitude | 态度
        opinion | 观点, 意见
        belief | 信念, 信仰
        volunteer | 志愿者
        friend | 朋友
        neighbor | 邻居
        neighbour | 邻居
        community | 社区, 群落
        neighborhood | 街区, 社区
        neighbourhood | 街区, 社区
        society | 社会
        social | 社会
        census | 人口普查
        survey | 调查, 问卷调查
        questionnaire | 问卷
        respondent | 受访者, 调查对象
        participant | 参与者, 参加者
        subject | 受试者, 科目, 主题
        human development index | 人类发展指数
        hdi | 人类发展指数
        urbanization | 城市化, 城镇化
        urbanization rate | 城镇化率
        urban population | 城市人口, 城镇人口
        rural population | 农村人口
        hair | 头发
        relationship | 关系, 家庭关系
        native country | 原籍国, 出生国
        residence | 居住地, 住所
        housing unit | 住房单元, 住宅单元
        vacant | 空置
        occupied | 已入住, 有人居住
        servant | 仆人
        maid | 女佣, 保姆
        housemaid | 女佣, 家政
        parity | 胎次, 产次
        """
}
