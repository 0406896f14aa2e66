extension Glossary {
    /// Transport, cars, aviation, traffic and travel
    static let transport = """
        car | 汽车, 车
        automobile | 汽车
        vehicle | 车辆, 机动车
        motor vehicle | 机动车
        truck | 卡车, 货车
        bus | 公交车, 巴士, 公共汽车
        van | 面包车, 厢式货车
        minivan | 多用途汽车, 小型面包车
        suv | 运动型多用途车, 越野车
        sedan | 轿车, 三厢车
        coupe | 双门轿跑车, 轿跑
        convertible | 敞篷车
        hatchback | 掀背车, 两厢车
        wagon | 旅行车
        compact | 紧凑型
        midsize | 中型车, 中型
        subcompact | 小型车
        two-seater | 双座车
        pickup | 皮卡, 上车
        pickup truck | 皮卡
        dropoff | 下车
        motorcycle | 摩托车
        bicycle | 自行车
        bike | 自行车, 单车
        bike sharing | 共享单车
        scooter | 踏板车, 滑板车
        taxi | 出租车, 的士
        train | 火车, 列车
        railway | 铁路
        railroad | 铁路
        subway | 地铁
        metro | 地铁
        tram | 有轨电车
        ship | 船, 船舶, 轮船
        boat | 船, 船只
        ferry | 渡轮, 轮渡
        airplane | 飞机
        aircraft | 飞机, 航空器
        plane | 飞机
        helicopter | 直升机
        jet | 喷气式飞机
        make | 品牌, 厂商, 制造商
        manufacturer | 制造商, 厂商, 生产商
        horsepower | 马力
        engine | 发动机, 引擎
        engine size | 排量, 发动机排量
        displacement | 排量
        cylinder | 气缸, 缸数
        torque | 扭矩
        carburetor | 化油器
        mpg | 每加仑英里数, 油耗
        city mpg | 城市油耗
        highway mpg | 高速油耗
        fuel economy | 燃油经济性, 油耗
        fuel efficiency | 燃油效率, 燃油经济性
        fuel consumption | 油耗, 燃油消耗
        fuel | 燃料, 燃油
        fuel type | 燃料类型, 燃油类型
        fuel price | 燃油价格
        gasoline | 汽油
        petrol | 汽油
        diesel | 柴油
        electric | 电动, 电
        electric vehicle | 电动汽车, 电动车
        charging station | 充电站
        charger | 充电器, 充电桩
        automatic | 自动, 自动挡
        manual | 手动, 手动挡
        gear | 挡位, 档位, 齿轮
        drive type | 驱动方式
        front-wheel drive | 前驱, 前轮驱动
        rear-wheel drive | 后驱, 后轮驱动
        all-wheel drive | 全轮驱动, 四驱
        four-wheel drive | 四驱, 四轮驱动
        acceleration | 加速, 加速度
        curb weight | 整备质量
        wheelbase | 轴距
        mileage | 里程, 行驶里程
        odometer | 里程表
        door | 车门, 门
        body type | 车身类型
        body style | 车身样式
        safety rating | 安全评级
        crash | 碰撞, 撞车
        accident | 事故
        collision | 碰撞
        traffic | 交通, 车流量
        traffic accident | 交通事故
        traffic volume | 交通流量, 车流量
        congestion | 拥堵
        parking | 停车
        parking lot | 停车场
        parking space | 停车位
        toll | 通行费
        license | 执照, 许可证, 驾照
        driver's license | 驾照, 驾驶证
        driving license | 驾照, 驾驶证
        license plate | 车牌
        registration | 登记, 注册
        route | 路线, 航线
        trip | 行程, 出行
        trip purpose | 出行目的
        journey | 旅程
        ride | 乘车, 骑行
        passenger | 乘客, 旅客
        commuter | 通勤者
        ridership | 客流量, 乘客量
        load factor | 客座率, 载客率
        fare | 票价, 车费
        ticket | 票, 门票, 车票, 机票
        station | 车站, 站点, 站
        bus stop | 公交站, 公交车站
        start station | 起始站, 起点站
        end station | 终点站
        terminal | 航站楼, 终点站
        transit | 公共交通, 公交, 中转
        airport | 机场
        airline | 航空公司
        carrier | 承运商, 航空公司, 运营商
        flight | 航班, 飞行
        flight number | 航班号
        tail number | 机尾号
        aircraft type | 机型
        departure | 出发, 起飞
        arrival | 到达, 抵达
        scheduled | 计划, 预定
        scheduled departure | 计划起飞时间
        destination | 目的地
        delay | 延误, 延迟
        departure delay | 起飞延误, 出发延误
        arrival delay | 到达延误
        weather delay | 天气延误
        carrier delay | 航空公司延误
        security delay | 安检延误
        late aircraft delay | 前序航班延误
        on-time | 准点
        on time | 准点, 准时
        on-time performance | 准点率
        punctuality | 准点率
        cancelled | 取消, 已取消
        canceled | 取消, 已取消
        cancellation | 取消
        diverted | 备降, 改航
        taxi out | 滑出时间
        taxi in | 滑入时间
        air time | 飞行时间, 空中时间
        elapsed time | 经过时间, 耗时
        travel time | 路程时间, 出行时间
        runway | 跑道
        economy class | 经济舱
        business class | 商务舱
        first class | 头等舱
        passenger class | 舱位等级, 客舱等级
        pclass | 舱位等级
        cabin | 舱位, 客舱, 船舱
        crew | 船员, 机组人员
        baggage | 行李
        luggage | 行李
        cargo | 货物
        freight | 货运, 运费
        shipping | 航运, 运输
        ship mode | 运输方式, 配送方式
        shipping mode | 运输方式, 配送方式
        logistics | 物流
        port | 港口
        harbor | 港口
        container | 集装箱, 容器
        bridge | 桥, 桥梁
        tunnel | 隧道
        intersection | 交叉路口, 路口
        lane | 车道
        speed limit | 限速
        pedestrian | 行人
        cyclist | 骑行者, 骑车人
        fatal | 致命, 致死
        seatbelt | 安全带
        helmet | 头盔
        airbag | 安全气囊
        used car | 二手车
        new car | 新车
        dealer | 经销商, 车商
        dealership | 经销商
        travel | 旅行, 出行
        tourist | 游客
        traveler | 旅行者, 旅客
        visitor | 访客, 游客
        hotel | 酒店, 宾馆
        hostel | 青年旅舍
        accommodation | 住宿
        booking | 预订
        reservation | 预订
        check-in | 入住, 值机
        guest | 客人, 住客
        repeated guest | 回头客
        host | 主办方, 房东
        superhost | 超赞房东
        listing | 房源, 挂牌
        private room | 独立房间, 单间
        shared room | 合住房间
        entire home | 整套房源
        occupancy | 入住率, 占用率
        occupancy rate | 入住率
        lead time | 提前期, 提前预订天数
        meal plan | 餐食计划
        deposit type | 押金类型
        special request | 特殊要求
        distribution channel | 分销渠道
        tour | 旅行团, 游览
        cruise | 邮轮, 巡航
        visa | 签证
        passport | 护照
        border crossing | 过境
        country of residence | 居住国
        toyota | 丰田
        honda | 本田
        ford | 福特
        chevrolet | 雪佛兰
        bmw | 宝马
        mercedes | 奔驰
        mercedes-benz | 梅赛德斯奔驰, 奔驰
        audi | 奥迪
        volkswagen | 大众
        nissan | 日产
        hyundai | 现代
        kia | 起亚
        mazda | 马自达
        subaru | 斯巴鲁
        tesla | 特斯拉
        volvo | 沃尔沃
        porsche | 保时捷
        ferrari | 法拉利
        lamborghini | 兰博基尼
        jaguar | 捷豹, 美洲豹
        lexus | 雷克萨斯
        jeep | 吉普
        dodge | 道奇
        chrysler | 克莱斯勒
        cadillac | 凯迪拉克
        buick | 别克
        lincoln | 林肯
        fiat | 菲亚特
        peugeot | 标致
        renault | 雷诺
        citroen | 雪铁龙
        mitsubishi | 三菱
        suzuki | 铃木
        land rover | 路虎
        mini | 迷你
        byd | 比亚迪
        geely | 吉利
        datsun | 达特桑
        pontiac | 庞蒂亚克
        plymouth | 普利茅斯
        maserati | 玛莎拉蒂
        saab | 萨博
        isuzu | 五十铃
        acura | 讴歌
        infiniti | 英菲尼迪
        rolls-royce | 劳斯莱斯
        bentley | 宾利
        aston martin | 阿斯顿马丁
        opel | 欧宝
        skoda | 斯柯达
        alfa romeo | 阿尔法罗密欧
        boeing | 波音
        airbus | 空客, 空中客车
        american airlines | 美国航空
        united airlines | 美国联合航空, 美联航
        delta air lines | 达美航空
        southwest airlines | 西南航空
        wheel base | 轴距
        bore | 缸径
        compression ratio | 压缩比
        aspiration | 进气方式
        turbo | 涡轮增压
        drive wheels | 驱动轮
        stopping distance | 制动距离, 刹车距离
        speeding | 超速
        distracted | 分心
        deck | 甲板
        cellular | 蜂窝, 移动电话
        telephone | 电话, 座机
        """
}
