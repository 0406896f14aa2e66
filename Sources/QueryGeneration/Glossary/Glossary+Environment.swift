extension Glossary {
    /// Energy, electricity, pollution, weather, climate and geology
    static let environment = """
        energy | 能源, 能量
        electricity | 电力, 电
        power | 功率, 动力, 权力
        power plant | 发电厂, 电厂
        power station | 发电站, 电站
        electricity generation | 发电量, 发电
        electricity consumption | 用电量, 耗电量
        electricity price | 电价
        energy consumption | 能耗, 能源消耗
        energy mix | 能源结构
        primary energy | 一次能源
        energy efficiency | 能效
        energy intensity | 能源强度
        energy storage | 储能
        installed capacity | 装机容量
        grid | 电网
        voltage | 电压
        load | 负荷, 负载
        outage | 停电
        blackout | 停电
        battery | 电池, 殴打
        fuel cell | 燃料电池
        coal | 煤, 煤炭
        natural gas | 天然气
        gas | 燃气, 气体, 天然气
        oil | 石油, 油
        crude oil | 原油
        oil price | 油价, 石油价格
        petroleum | 石油
        oil well | 油井
        pipeline | 管道
        refinery | 炼油厂
        reserve | 储备, 储量
        uranium | 铀
        nuclear | 核能, 核, 核电
        nuclear power | 核电, 核能
        renewable | 可再生
        renewable energy | 可再生能源
        solar | 太阳能
        solar panel | 太阳能电池板
        photovoltaic | 光伏
        wind | 风, 风能
        wind turbine | 风力发电机, 风机
        wind speed | 风速
        wind direction | 风向
        gust | 阵风
        wind gust | 阵风
        hydro | 水电
        hydropower | 水电, 水力发电
        hydroelectric | 水电
        geothermal | 地热
        biomass | 生物质
        biofuel | 生物燃料
        fossil fuel | 化石燃料
        lighting | 照明
        emission | 排放, 排放量
        carbon emission | 碳排放
        carbon | 碳
        carbon dioxide | 二氧化碳
        co2 | 二氧化碳
        carbon intensity | 碳强度
        carbon footprint | 碳足迹
        carbon sink | 碳汇
        greenhouse gas | 温室气体
        methane | 甲烷
        nitrogen | 氮, 氮气
        oxygen | 氧, 氧气
        ozone | 臭氧
        ozone layer | 臭氧层
        sulfur dioxide | 二氧化硫
        so2 | 二氧化硫
        nitrogen dioxide | 二氧化氮
        no2 | 二氧化氮
        nitric oxide | 一氧化氮
        nitrogen oxide | 氮氧化物
        nox | 氮氧化物
        carbon monoxide | 一氧化碳
        benzene | 苯
        particulate matter | 颗粒物
        fine particulate matter | 细颗粒物
        pm10 | 可吸入颗粒物
        pollution | 污染
        air pollution | 空气污染
        water pollution | 水污染
        pollutant | 污染物
        air quality | 空气质量
        air quality index | 空气质量指数
        aqi | 空气质量指数
        smog | 雾霾
        haze | 霾, 雾霾
        acid rain | 酸雨
        monitoring station | 监测站
        noise | 噪音, 噪声
        climate | 气候
        climate change | 气候变化
        global warming | 全球变暖
        weather | 天气
        weather station | 气象站
        weather condition | 天气状况
        meteorological | 气象
        air temperature | 气温
        water temperature | 水温
        sea surface temperature | 海表温度, 海面温度
        apparent temperature | 体感温度
        heat index | 酷热指数, 体感温度
        wind chill | 风寒, 风寒指数
        anomaly | 距平, 异常
        humidity | 湿度
        relative humidity | 相对湿度
        moisture | 水分, 含水量
        soil moisture | 土壤湿度, 土壤水分
        precipitation | 降水, 降水量
        rainfall | 降雨量, 降雨
        rain | 雨, 降雨
        snow | 雪, 降雪
        snowfall | 降雪量
        snow depth | 积雪深度
        hail | 冰雹
        fog | 雾
        mist | 薄雾
        drizzle | 毛毛雨
        shower | 阵雨, 淋浴
        sleet | 雨夹雪
        frost | 霜, 霜冻
        blizzard | 暴风雪
        cloud | 云
        cloud cover | 云量
        cloudy | 多云
        sunny | 晴, 晴天
        clear | 晴朗
        overcast | 阴天, 阴
        storm | 风暴
        thunderstorm | 雷暴, 雷阵雨
        lightning | 闪电
        hurricane | 飓风
        typhoon | 台风
        tornado | 龙卷风
        cyclone | 气旋
        dust storm | 沙尘暴
        sandstorm | 沙尘暴
        flood | 洪水, 洪涝
        drought | 干旱, 旱灾
        heat wave | 热浪
        heat | 热, 高温
        wildfire | 野火, 山火
        fire | 火灾, 火
        disaster | 灾害, 灾难
        natural disaster | 自然灾害
        damage | 损坏, 损害, 损毁
        property damage | 财产损失
        economic loss | 经济损失
        affected | 受影响, 受灾
        displaced | 流离失所
        evacuated | 疏散
        sunshine | 日照
        sunshine duration | 日照时数, 日照时长
        solar radiation | 太阳辐射
        radiation | 辐射
        ultraviolet | 紫外线
        uv index | 紫外线指数
        visibility | 能见度
        dew point | 露点
        air pressure | 气压
        barometric pressure | 气压, 大气压
        atmospheric pressure | 大气压, 气压
        sea level | 海平面
        sea level pressure | 海平面气压
        sea level rise | 海平面上升
        sea ice | 海冰
        glacier | 冰川
        ice | 冰
        el nino | 厄尔尼诺
        la nina | 拉尼娜
        dry season | 旱季
        rainy season | 雨季
        evaporation | 蒸发, 蒸发量
        runoff | 径流
        flow | 流量, 流动
        streamflow | 河流流量, 径流量
        water level | 水位
        tide | 潮汐
        wave | 波, 波浪
        wave height | 波高, 浪高
        environment | 环境
        environmental | 环境
        deforestation | 森林砍伐, 毁林
        forest cover | 森林覆盖率
        tree cover | 树木覆盖率, 林木覆盖
        canopy | 树冠, 冠层
        green space | 绿地
        land use | 土地利用
        land | 土地, 陆地
        land area | 陆地面积, 国土面积
        soil | 土壤
        water | 水, 水资源
        water quality | 水质
        drinking water | 饮用水
        groundwater | 地下水
        wastewater | 废水, 污水
        sewage | 污水
        waste | 废物, 垃圾
        garbage | 垃圾
        trash | 垃圾
        recycling | 回收, 再生利用
        landfill | 垃圾填埋场, 填埋
        plastic | 塑料
        toxic | 有毒
        chemical | 化学品, 化学物质
        conservation | 保护, 保育
        protected area | 保护区
        national park | 国家公园
        park | 公园, 球场
        sustainability | 可持续性
        earthquake | 地震
        magnitude | 震级, 量级
        magnitude type | 震级类型
        richter scale | 里氏震级
        focal depth | 震源深度
        epicenter | 震中
        aftershock | 余震
        seismic | 地震
        seismic station | 地震台
        intensity | 强度, 烈度
        fault | 断层, 故障
        tectonic plate | 构造板块
        tsunami | 海啸
        volcano | 火山
        volcanic | 火山
        eruption | 喷发
        lava | 熔岩
        volcanic ash | 火山灰
        geyser | 间歇泉
        landslide | 山体滑坡, 滑坡
        erosion | 侵蚀
        sediment | 沉积物
        rock | 岩石, 摇滚
        rock type | 岩性, 岩石类型
        mineral | 矿物, 矿产
        mine | 矿, 矿山
        porosity | 孔隙度
        permeability | 渗透率
        crust | 地壳
        mantle | 地幔
        air flow | 气流, 空气流量
        precip | 降水, 降水量
        pm25 | 细颗粒物
        """
}
