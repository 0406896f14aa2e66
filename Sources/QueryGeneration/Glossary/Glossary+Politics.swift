extension Glossary {
    /// Elections, parties, government, military and international relations
    static let politics = """
        election | 选举
        vote | 投票, 选票, 票数
        voter | 选民
        electorate | 选民
        registered voter | 登记选民
        registered | 已登记, 注册
        voting | 投票
        turnout | 投票率
        voter turnout | 投票率
        ballot | 选票
        candidate | 候选人
        incumbent | 现任, 在任者
        challenger | 挑战者
        winner | 获胜者, 赢家
        loser | 失败者, 输家
        party | 政党, 党, 党派
        political party | 政党
        party affiliation | 党派, 党籍
        political affiliation | 党派
        democrat | 民主党, 民主党人
        democratic | 民主党, 民主
        republican | 共和党, 共和党人
        independent | 独立, 无党派
        green party | 绿党
        liberal | 自由派, 自由党
        conservative | 保守派, 保守党, 保守
        labour party | 工党
        left | 左, 左侧, 左派, 离职
        right | 右, 右侧, 右派, 权利
        left-wing | 左翼
        right-wing | 右翼
        ideology | 意识形态
        political | 政治
        politics | 政治
        politician | 政治家, 政客
        president | 总统, 主席, 总裁
        vice president | 副总统, 副总裁
        prime minister | 首相, 总理
        governor | 州长, 省长
        mayor | 市长
        senator | 参议员
        senate | 参议院
        house of representatives | 众议院
        representative | 众议员, 代表
        delegate | 党代表, 代表
        congress | 国会
        parliament | 议会, 国会
        legislature | 立法机构
        legislator | 立法者, 议员
        member of parliament | 议员
        seat | 席位, 座位
        constituency | 选区
        electoral district | 选区
        congressional district | 国会选区
        electoral vote | 选举人票
        electoral college | 选举人团
        popular vote | 普选票
        primary | 初选, 初级, 主要
        general election | 大选
        caucus | 党团会议
        referendum | 公投, 全民公决
        poll | 民调, 民意调查
        approval | 批准, 支持率
        approval rating | 支持率
        swing state | 摇摆州
        swing | 摇摆
        campaign | 竞选, 活动
        campaign finance | 竞选资金
        lobbying | 游说
        minister | 部长
        ministry | 部
        cabinet | 内阁
        administration | 行政, 管理
        bill | 法案, 账单
        legislation | 立法
        military | 军队, 军事
        army | 陆军, 军队
        navy | 海军
        air force | 空军
        soldier | 士兵
        war | 战争
        battle | 战役, 战斗
        conflict | 冲突
        casualty | 伤亡
        defense | 国防, 防守, 防御
        defence | 国防, 防守, 防御
        military spending | 军费, 军事开支
        democracy | 民主
        regime | 政权
        dictatorship | 独裁
        monarchy | 君主制
        freedom | 自由
        press freedom | 新闻自由
        human rights | 人权
        protest | 抗议
        treaty | 条约
        sanction | 制裁
        embassy | 大使馆
        diplomat | 外交官
        colony | 殖民地, 群落
        colonial | 殖民
        independence | 独立
        sovereign | 主权
        """
}
