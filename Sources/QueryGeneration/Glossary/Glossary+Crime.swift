extension Glossary {
    /// Crime, policing, courts and justice
    static let crime = """
        crime | 犯罪, 罪案
        crime rate | 犯罪率
        criminal | 犯罪, 刑事
        offense | 罪行, 进攻
        offence | 罪行
        offender | 罪犯, 犯罪者
        victim | 受害者, 被害人
        suspect | 嫌疑人, 犯罪嫌疑人
        perpetrator | 作案人, 行凶者
        murder | 谋杀
        homicide | 凶杀, 杀人
        manslaughter | 过失杀人
        assault | 袭击, 攻击, 人身攻击
        aggravated assault | 严重伤害, 加重伤害
        rape | 强奸
        sexual assault | 性侵犯, 性侵
        robbery | 抢劫
        burglary | 入室盗窃, 入室行窃
        theft | 盗窃, 偷窃
        larceny | 盗窃, 偷盗
        motor vehicle theft | 机动车盗窃
        auto theft | 汽车盗窃, 盗车
        arson | 纵火
        vandalism | 故意破坏, 破坏公物
        shoplifting | 入店行窃
        embezzlement | 贪污, 挪用公款
        bribery | 贿赂, 行贿
        corruption | 腐败, 贪腐
        perceptions of corruption | 腐败感知, 清廉感知
        kidnapping | 绑架
        trafficking | 贩卖, 贩运
        human trafficking | 人口贩卖
        drug trafficking | 贩毒
        smuggling | 走私
        cybercrime | 网络犯罪
        hate crime | 仇恨犯罪
        violent crime | 暴力犯罪
        property crime | 财产犯罪
        violence | 暴力
        violent | 暴力
        domestic violence | 家庭暴力, 家暴
        gun | 枪, 枪支
        firearm | 枪支, 火器
        weapon | 武器, 凶器
        knife | 刀, 刀具
        shooting | 枪击
        mass shooting | 大规模枪击
        gun violence | 枪支暴力
        terrorism | 恐怖主义
        terrorist attack | 恐怖袭击
        attack | 袭击, 攻击, 进攻
        police | 警察, 警方
        police officer | 警察, 警员
        officer | 官员, 警官
        sheriff | 警长
        patrol | 巡逻
        precinct | 警区, 选区
        arrest | 逮捕, 拘捕
        arrested | 被捕
        detention | 拘留, 羁押
        jail | 看守所, 监狱
        prison | 监狱
        prisoner | 囚犯, 犯人
        inmate | 服刑人员, 囚犯
        incarceration | 监禁, 关押
        imprisonment | 监禁
        sentence | 刑期, 判刑
        conviction | 定罪
        convicted | 被定罪, 定罪
        acquittal | 无罪释放
        verdict | 裁决, 判决
        guilty | 有罪
        innocent | 无辜, 无罪
        court | 法院, 法庭, 球场
        judge | 法官
        jury | 陪审团
        lawyer | 律师
        attorney | 律师
        prosecutor | 检察官
        defendant | 被告, 被告人
        plaintiff | 原告
        lawsuit | 诉讼
        law | 法律, 法学
        legal | 合法
        illegal | 非法, 违法
        justice | 司法, 正义
        probation | 缓刑
        parole | 假释
        bail | 保释, 保释金
        fine | 罚款, 罚金
        penalty | 处罚, 刑罚, 点球
        death penalty | 死刑
        capital punishment | 死刑
        execution | 执行, 处决
        recidivism | 再犯, 累犯
        juvenile | 未成年, 少年
        juvenile delinquency | 青少年犯罪
        gang | 帮派, 团伙
        dui | 醉驾, 酒驾
        drunk driving | 酒驾, 醉驾
        traffic violation | 交通违法, 交通违章
        traffic stop | 交通拦截, 拦停
        stop and frisk | 拦截搜身
        use of force | 使用武力
        citation | 引用, 罚单
        complaint | 投诉, 控告
        report | 报告, 举报
        clearance rate | 破案率
        solved | 已破案, 已解决
        unsolved | 未破案
        motive | 动机
        witness | 证人, 目击者
        evidence | 证据
        warrant | 逮捕令, 搜查令
        """
}
