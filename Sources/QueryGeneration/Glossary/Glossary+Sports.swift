extension Glossary {
    /// Sports: baseball, football, basketball, tennis, racing and the Olympics
    static let sports = """
        sport | 体育, 运动, 体育运动
        player | 球员, 选手, 运动员
        league | 联赛, 联盟
        american league | 美国联盟
        national league | 国家联盟
        game | 比赛, 游戏
        match | 比赛, 赛事
        tournament | 锦标赛
        competition | 竞赛, 比赛
        championship | 冠军赛, 锦标赛
        champion | 冠军
        regular season | 常规赛
        playoff | 季后赛
        final | 决赛
        semifinal | 半决赛
        quarterfinal | 四分之一决赛
        grand slam | 大满贯
        away | 客场
        home team | 主队
        away team | 客队
        opponent | 对手
        win | 胜, 胜场, 获胜
        win rate | 胜率
        victory | 胜利
        defeat | 失利, 败
        draw | 平局, 平
        tie | 平局
        streak | 连胜, 连续
        winning streak | 连胜
        point | 分, 积分, 得分
        run | 得分
        assist | 助攻
        rebound | 篮板, 篮板球
        steal | 抢断
        foul | 犯规
        free throw | 罚球
        field goal | 投篮, 射门得分
        three-pointer | 三分球
        three-point | 三分
        dunk | 扣篮
        plus-minus | 正负值
        player efficiency rating | 球员效率值
        true shooting | 真实命中率
        appearance | 出场, 外观
        games played | 出场次数
        starter | 首发, 先发
        bench | 替补, 板凳
        substitute | 替补
        forward | 前锋
        center | 中锋, 中心
        midfielder | 中场
        defender | 后卫, 防守球员
        goalkeeper | 守门员
        striker | 前锋
        winger | 边锋
        point guard | 控球后卫
        shooting guard | 得分后卫
        power forward | 大前锋
        small forward | 小前锋
        quarterback | 四分卫
        running back | 跑卫
        wide receiver | 外接手
        touchdown | 达阵
        extra point | 附加分
        tackle | 擒抱, 铲球
        sack | 擒杀
        fumble | 掉球
        interception | 抄截
        rushing | 冲球
        passing | 传球
        shot | 射门, 投篮
        shots on target | 射正
        possession | 控球率, 控球
        corner kick | 角球
        corner | 角球, 角落
        yellow card | 黄牌
        red card | 红牌
        offside | 越位
        goal difference | 净胜球
        goals scored | 进球数
        goals conceded | 失球, 失球数
        expected goals | 预期进球
        clean sheet | 零封
        baseball | 棒球
        pitcher | 投手
        catcher | 捕手
        batter | 击球手, 打者
        hitter | 击球手
        inning | 局
        innings pitched | 投球局数
        home run | 本垒打
        hit | 安打
        at bat | 打数
        rbi | 打点
        runs batted in | 打点
        batting average | 打击率
        earned run | 自责分
        earned run average | 防御率
        era | 时代, 防御率
        strikeout | 三振
        walk | 保送, 步行
        base | 垒, 基地
        stolen base | 盗垒
        caught stealing | 盗垒失败
        save | 扑救, 救援成功
        shutout | 完封
        no-hitter | 无安打比赛
        draft | 选秀
        draft pick | 选秀顺位
        rookie | 新秀, 新人
        all-star | 全明星
        mvp | 最有价值球员
        hall of fame | 名人堂
        trophy | 奖杯
        medal | 奖牌
        gold medal | 金牌
        silver medal | 银牌
        bronze medal | 铜牌
        olympics | 奥运会, 奥林匹克
        olympic | 奥运, 奥林匹克
        host city | 主办城市
        world cup | 世界杯
        football | 足球, 美式足球
        soccer | 足球
        american football | 美式足球, 美式橄榄球
        basketball | 篮球
        tennis | 网球
        golf | 高尔夫, 高尔夫球
        hockey | 冰球, 曲棍球
        ice hockey | 冰球
        field hockey | 曲棍球
        volleyball | 排球
        badminton | 羽毛球
        table tennis | 乒乓球
        ping pong | 乒乓球
        cricket | 板球, 蟋蟀
        rugby | 橄榄球, 英式橄榄球
        swimming | 游泳
        running | 跑步
        marathon | 马拉松
        finish time | 完赛时间
        pace | 配速
        cycling | 骑行, 自行车运动
        boxing | 拳击
        wrestling | 摔跤
        skiing | 滑雪
        skating | 滑冰
        gymnastics | 体操
        athletics | 田径
        track and field | 田径
        ace | 爱司球, 发球得分
        double fault | 双误
        break point | 破发点
        serve | 发球
        clay | 红土, 黏土
        hard court | 硬地
        par | 标准杆
        elo rating | 等级分
        chess | 国际象棋
        formula one | 一级方程式
        grand prix | 大奖赛
        racing | 赛车, 竞速
        constructor | 车队
        circuit | 赛道
        lap | 圈
        lap time | 单圈时间, 圈速
        pit stop | 进站
        qualifying | 排位赛
        pole position | 杆位
        podium | 领奖台
        horse racing | 赛马
        jockey | 骑师
        stadium | 体育场
        arena | 体育馆, 竞技场
        venue | 场地, 举办地
        pitch | 投球, 球场
        fan | 球迷, 粉丝, 风扇
        spectator | 观众
        referee | 裁判
        umpire | 裁判
        franchise | 特许经营, 加盟
        club | 俱乐部
        conference | 会议, 分区
        jersey | 球衣
        jersey number | 球衣号码
        transfer fee | 转会费
        esports | 电子竞技, 电竞
        pokemon | 宝可梦, 精灵宝可梦
        special attack | 特攻
        special defense | 特防
        legendary | 传说, 传说宝可梦
        overall rating | 综合评分, 总评分
        preferred foot | 惯用脚
        weak foot | 逆足, 弱势脚
        dribbling | 盘带, 运球
        finishing | 终结能力, 射术
        crossing | 传中
        heading | 头球
        stamina | 体能, 耐力
        agility | 敏捷
        jumping | 弹跳
        marking | 盯人
        positioning | 站位, 跑位
        long shot | 远射
        free kick | 任意球
        sprint speed | 冲刺速度
        usage rate | 球权使用率
        defensive rebound | 防守篮板
        offensive rebound | 进攻篮板
        offensive | 进攻
        defensive | 防守, 防御
        batting | 击球
        pitching | 投球
        fielding | 守备
        """
}
