extension Glossary {
    /// Geography: administrative units, landforms, directions, continents and world regions
    static let places = """
        country | 国家
        nation | 国家
        state | 州
        province | 省, 省份
        city | 城市, 市
        capital | 首都, 资本
        capital city | 首都, 首府
        town | 城镇, 镇
        village | 村, 村庄
        county | 县, 郡
        district | 区, 辖区
        municipality | 市, 自治市, 市镇
        metropolitan | 都市, 大都市
        metropolitan area | 都市区, 大都会区
        metro area | 都市区, 大都会区
        suburb | 郊区, 市郊
        suburban | 郊区
        urban | 城市, 城镇
        rural | 农村, 乡村
        countryside | 乡村, 农村
        downtown | 市中心
        city center | 市中心
        region | 地区, 区域
        zone | 区, 地带
        continent | 大洲, 洲
        territory | 领土, 属地
        border | 边境, 边界
        coast | 海岸, 沿海
        coastal | 沿海
        inland | 内陆
        landlocked | 内陆
        island | 岛, 岛屿
        mountain | 山, 山脉, 山地
        mountainous | 山区, 多山
        river | 河, 河流
        lake | 湖, 湖泊
        ocean | 海洋, 大洋
        sea | 海
        bay | 海湾
        gulf | 海湾, 湾
        desert | 沙漠
        forest | 森林
        plain | 平原
        plateau | 高原
        valley | 山谷, 河谷
        hill | 山丘, 小山
        basin | 盆地, 流域
        watershed | 分水岭, 集水区
        peninsula | 半岛
        canal | 运河
        zip code | 邮政编码, 邮编
        postal code | 邮政编码, 邮编
        area code | 区号
        street | 街道, 街
        road | 道路, 路
        highway | 公路, 高速公路
        avenue | 大道
        block | 街区, 区块, 盖帽
        lot | 地块
        parcel | 地块, 包裹
        world | 世界, 全球
        global | 全球
        international | 国际
        domestic | 国内, 家庭
        foreign | 外国, 国外
        national | 全国, 国家级
        local | 本地, 当地
        federal | 联邦
        north | 北, 北部, 北方
        south | 南, 南部, 南方
        east | 东, 东部
        west | 西, 西部
        northeast | 东北, 东北部
        northwest | 西北, 西北部
        southeast | 东南, 东南部
        southwest | 西南, 西南部
        midwest | 中西部
        central | 中部, 中央
        northern | 北部, 北方
        southern | 南部, 南方
        eastern | 东部, 东方
        western | 西部, 西方, 西部片
        middle | 中间, 中部
        new england | 新英格兰
        mid-atlantic | 中大西洋, 中大西洋地区
        pacific | 太平洋
        atlantic | 大西洋
        indian ocean | 印度洋
        arctic | 北极
        antarctic | 南极
        mediterranean | 地中海
        caribbean | 加勒比, 加勒比海
        middle east | 中东
        far east | 远东
        near east | 近东
        latin america | 拉丁美洲, 拉美
        south america | 南美洲, 南美
        north america | 北美洲, 北美
        central america | 中美洲
        americas | 美洲
        europe | 欧洲
        western europe | 西欧
        eastern europe | 东欧
        northern europe | 北欧
        southern europe | 南欧
        central europe | 中欧
        asia | 亚洲
        east asia | 东亚
        southeast asia | 东南亚
        south asia | 南亚
        central asia | 中亚
        west asia | 西亚
        asia pacific | 亚太, 亚太地区
        africa | 非洲
        sub-saharan africa | 撒哈拉以南非洲
        north africa | 北非
        west africa | 西非
        east africa | 东非
        southern africa | 南部非洲
        oceania | 大洋洲
        antarctica | 南极洲
        scandinavia | 斯堪的纳维亚
        nordic | 北欧
        balkans | 巴尔干
        developed | 发达
        developing | 发展中
        developed country | 发达国家
        developing country | 发展中国家
        least developed country | 最不发达国家
        emerging market | 新兴市场
        third world | 第三世界
        low income | 低收入
        middle income | 中等收入
        high income | 高收入
        upper middle income | 中高收入
        lower middle income | 中低收入
        european union | 欧盟
        eurozone | 欧元区
        united nations | 联合国
        oecd | 经合组织, 经济合作与发展组织
        commonwealth | 英联邦
        borough | 行政区, 区
        north central | 中北部
        middle atlantic | 中大西洋
        south atlantic | 南大西洋
        east north central | 东北中部
        west north central | 西北中部
        east south central | 东南中部
        west south central | 西南中部
        water area | 水域面积
        forest area | 森林面积
        community area | 社区, 社区区域
        """
}
