extension Glossary {
    /// Countries, nationalities, US states, Chinese provinces and major cities
    static let countries = """
        united states | 美国
        usa | 美国
        america | 美国, 美洲
        american | 美国, 美国人
        united kingdom | 英国
        uk | 英国
        britain | 英国
        great britain | 大不列颠, 英国
        british | 英国, 英国人
        england | 英格兰
        scotland | 苏格兰
        wales | 威尔士
        ireland | 爱尔兰
        northern ireland | 北爱尔兰
        canada | 加拿大
        canadian | 加拿大, 加拿大人
        mexico | 墨西哥
        mexican | 墨西哥, 墨西哥人
        brazil | 巴西
        argentina | 阿根廷
        chile | 智利
        peru | 秘鲁
        colombia | 哥伦比亚
        venezuela | 委内瑞拉
        cuba | 古巴
        china | 中国
        mainland china | 中国大陆, 内地
        india | 印度
        indian | 印度, 印度人
        japan | 日本
        korea | 韩国
        south korea | 韩国
        north korea | 朝鲜
        taiwan | 台湾
        hong kong | 香港
        macau | 澳门
        singapore | 新加坡
        malaysia | 马来西亚
        indonesia | 印度尼西亚, 印尼
        thailand | 泰国
        vietnam | 越南
        philippines | 菲律宾
        pakistan | 巴基斯坦
        bangladesh | 孟加拉国
        sri lanka | 斯里兰卡
        nepal | 尼泊尔
        afghanistan | 阿富汗
        iran | 伊朗
        iraq | 伊拉克
        israel | 以色列
        saudi arabia | 沙特阿拉伯, 沙特
        united arab emirates | 阿联酋, 阿拉伯联合酋长国
        qatar | 卡塔尔
        turkey | 土耳其, 火鸡
        egypt | 埃及
        nigeria | 尼日利亚
        south africa | 南非
        kenya | 肯尼亚
        ethiopia | 埃塞俄比亚
        ghana | 加纳
        morocco | 摩洛哥
        algeria | 阿尔及利亚
        australia | 澳大利亚, 澳洲
        australian | 澳大利亚, 澳大利亚人
        new zealand | 新西兰
        russia | 俄罗斯
        soviet union | 苏联
        ukraine | 乌克兰
        poland | 波兰
        germany | 德国
        france | 法国
        italy | 意大利
        spain | 西班牙
        portugal | 葡萄牙
        netherlands | 荷兰
        dutch | 荷兰, 荷兰语
        belgium | 比利时
        switzerland | 瑞士
        swiss | 瑞士
        austria | 奥地利
        sweden | 瑞典
        swedish | 瑞典, 瑞典语
        norway | 挪威
        denmark | 丹麦
        finland | 芬兰
        iceland | 冰岛
        greece | 希腊
        czech republic | 捷克
        hungary | 匈牙利
        romania | 罗马尼亚
        mongolia | 蒙古
        alabama | 阿拉巴马州, 阿拉巴马
        alaska | 阿拉斯加州, 阿拉斯加
        arizona | 亚利桑那州, 亚利桑那
        arkansas | 阿肯色州, 阿肯色
        california | 加利福尼亚州, 加州
        colorado | 科罗拉多州, 科罗拉多
        connecticut | 康涅狄格州, 康涅狄格
        delaware | 特拉华州, 特拉华
        florida | 佛罗里达州, 佛罗里达
        georgia | 佐治亚州, 佐治亚, 格鲁吉亚
        hawaii | 夏威夷州, 夏威夷
        idaho | 爱达荷州, 爱达荷
        illinois | 伊利诺伊州, 伊利诺伊
        indiana | 印第安纳州, 印第安纳
        iowa | 艾奥瓦州, 爱荷华州, 艾奥瓦, 爱荷华
        kansas | 堪萨斯州, 堪萨斯
        kentucky | 肯塔基州, 肯塔基
        louisiana | 路易斯安那州, 路易斯安那
        maine | 缅因州, 缅因
        maryland | 马里兰州, 马里兰
        massachusetts | 马萨诸塞州, 麻省, 马萨诸塞
        michigan | 密歇根州, 密歇根
        minnesota | 明尼苏达州, 明尼苏达
        mississippi | 密西西比州, 密西西比
        missouri | 密苏里州, 密苏里
        montana | 蒙大拿州, 蒙大拿
        nebraska | 内布拉斯加州, 内布拉斯加
        nevada | 内华达州, 内华达
        new hampshire | 新罕布什尔州, 新罕布什尔
        new jersey | 新泽西州, 新泽西
        new mexico | 新墨西哥州, 新墨西哥
        new york | 纽约, 纽约州, 纽约市
        north carolina | 北卡罗来纳州, 北卡
        north dakota | 北达科他州, 北达科他
        ohio | 俄亥俄州, 俄亥俄
        oklahoma | 俄克拉何马州, 俄克拉荷马州, 俄克拉何马
        oregon | 俄勒冈州, 俄勒冈
        pennsylvania | 宾夕法尼亚州, 宾州
        rhode island | 罗得岛州, 罗德岛
        south carolina | 南卡罗来纳州, 南卡
        south dakota | 南达科他州, 南达科他
        tennessee | 田纳西州, 田纳西
        texas | 得克萨斯州, 德克萨斯州, 得州, 德州
        utah | 犹他州, 犹他
        vermont | 佛蒙特州, 佛蒙特
        virginia | 弗吉尼亚州, 弗吉尼亚
        washington | 华盛顿州, 华盛顿
        west virginia | 西弗吉尼亚州, 西弗吉尼亚
        wisconsin | 威斯康星州, 威斯康星
        wyoming | 怀俄明州, 怀俄明
        district of columbia | 哥伦比亚特区, 华盛顿特区
        puerto rico | 波多黎各
        guam | 关岛
        los angeles | 洛杉矶
        chicago | 芝加哥
        houston | 休斯敦, 休斯顿
        san francisco | 旧金山
        boston | 波士顿
        seattle | 西雅图
        atlanta | 亚特兰大
        dallas | 达拉斯
        denver | 丹佛
        miami | 迈阿密
        philadelphia | 费城
        phoenix | 菲尼克斯, 凤凰城
        detroit | 底特律
        las vegas | 拉斯维加斯
        san diego | 圣迭戈, 圣地亚哥
        baltimore | 巴尔的摩
        minneapolis | 明尼阿波利斯
        new orleans | 新奥尔良
        pittsburgh | 匹兹堡
        cleveland | 克利夫兰
        portland | 波特兰
        austin | 奥斯汀
        nashville | 纳什维尔
        london | 伦敦
        paris | 巴黎
        berlin | 柏林
        madrid | 马德里
        rome | 罗马
        amsterdam | 阿姆斯特丹
        vienna | 维也纳
        moscow | 莫斯科
        tokyo | 东京
        seoul | 首尔
        bangkok | 曼谷
        dubai | 迪拜
        mumbai | 孟买
        delhi | 德里
        new delhi | 新德里
        sydney | 悉尼
        melbourne | 墨尔本
        toronto | 多伦多
        vancouver | 温哥华
        montreal | 蒙特利尔
        beijing | 北京
        shanghai | 上海
        guangzhou | 广州
        shenzhen | 深圳
        tianjin | 天津
        chongqing | 重庆
        wuhan | 武汉
        chengdu | 成都
        hangzhou | 杭州
        nanjing | 南京
        xi'an | 西安
        guangdong | 广东, 广东省
        jiangsu | 江苏, 江苏省
        zhejiang | 浙江, 浙江省
        shandong | 山东, 山东省
        henan | 河南, 河南省
        sichuan | 四川, 四川省
        hubei | 湖北, 湖北省
        hunan | 湖南, 湖南省
        hebei | 河北, 河北省
        fujian | 福建, 福建省
        anhui | 安徽, 安徽省
        liaoning | 辽宁, 辽宁省
        shaanxi | 陕西, 陕西省
        shanxi | 山西, 山西省
        jiangxi | 江西, 江西省
        yunnan | 云南, 云南省
        guizhou | 贵州, 贵州省
        guangxi | 广西, 广西壮族自治区
        inner mongolia | 内蒙古, 内蒙古自治区
        xinjiang | 新疆, 新疆维吾尔自治区
        tibet | 西藏, 西藏自治区
        heilongjiang | 黑龙江, 黑龙江省
        jilin | 吉林, 吉林省
        gansu | 甘肃, 甘肃省
        hainan | 海南, 海南省
        ningxia | 宁夏, 宁夏回族自治区
        qinghai | 青海, 青海省
        ontario | 安大略省, 安大略
        quebec | 魁北克省, 魁北克
        british columbia | 不列颠哥伦比亚省
        alberta | 阿尔伯塔省, 阿尔伯塔
        """
}
