extension Glossary {
    /// Economics, labour, wages, public finance and household budgets
    static let economy = """
        economy | 经济
        economic | 经济
        economic growth | 经济增长
        gdp | 国内生产总值
        gross domestic product | 国内生产总值
        gnp | 国民生产总值
        gross national product | 国民生产总值
        gni | 国民总收入
        gross national income | 国民总收入
        growth | 增长
        growth rate | 增长率, 增速
        inflation | 通货膨胀, 通胀
        inflation rate | 通胀率, 通货膨胀率
        deflation | 通货紧缩, 通缩
        cpi | 消费者价格指数, 居民消费价格指数
        consumer price index | 消费者价格指数, 居民消费价格指数
        producer price index | 生产者价格指数
        price index | 价格指数
        price | 价格, 价钱
        cost | 成本, 费用
        cost of living | 生活成本, 生活费用
        expense | 费用, 开支
        expenditure | 支出, 开支
        spending | 支出, 开销
        fee | 费用, 费
        charge | 费用, 收费, 指控
        consumption | 消费, 消耗, 消费量
        consumer | 消费者
        producer | 生产者, 生产商
        production | 生产, 产量
        output | 产出, 产量
        productivity | 生产率, 生产力
        income | 收入
        household income | 家庭收入, 住户收入
        disposable income | 可支配收入
        personal income | 个人收入
        annual income | 年收入
        wage | 工资, 薪资
        salary | 薪水, 工资, 薪资, 薪酬
        annual salary | 年薪
        pay | 工资, 薪酬
        hourly wage | 时薪, 小时工资
        hourly rate | 时薪
        minimum wage | 最低工资
        earnings | 收益, 盈利, 收入
        compensation | 薪酬, 报酬, 补偿
        bonus | 奖金
        commission | 佣金
        tip | 小费
        allowance | 津贴
        subsidy | 补贴, 补助
        benefit | 福利, 待遇
        welfare | 福利, 社会福利
        pension | 养老金, 退休金
        retirement | 退休
        retired | 退休
        social security | 社会保障, 社保
        unemployment benefit | 失业救济, 失业金
        food stamp | 食品券
        tax | 税, 税收, 税款
        taxation | 税收
        tax rate | 税率
        tax bracket | 税级, 税率档次
        income tax | 所得税
        sales tax | 销售税
        property tax | 房产税, 财产税
        corporate tax | 企业所得税, 公司税
        vat | 增值税
        value added tax | 增值税
        tariff | 关税
        revenue | 营收, 营业收入
        budget | 预算
        deficit | 赤字
        budget deficit | 预算赤字, 财政赤字
        surplus | 盈余, 顺差
        debt | 债务
        public debt | 公共债务
        government debt | 政府债务
        national debt | 国债
        fiscal | 财政
        fiscal policy | 财政政策
        monetary policy | 货币政策
        central bank | 中央银行, 央行
        federal reserve | 美联储
        loan | 贷款
        credit | 信贷, 信用
        interest | 利息, 兴趣
        interest rate | 利率
        mortgage | 抵押贷款, 房贷
        saving | 储蓄
        savings rate | 储蓄率
        personal saving rate | 个人储蓄率
        personal consumption expenditure | 个人消费支出
        investment | 投资
        export | 出口
        import | 进口
        trade | 贸易, 交易
        trade balance | 贸易差额, 贸易平衡
        balance | 余额, 差额, 平衡
        current account | 经常账户, 活期账户
        exchange rate | 汇率
        currency | 货币, 币种
        money | 钱, 金钱
        money supply | 货币供应量
        cash | 现金
        wealth | 财富
        asset | 资产
        net worth | 净资产, 净值
        market | 市场
        supply | 供应, 供给
        demand | 需求
        purchasing power | 购买力
        purchasing power parity | 购买力平价
        ppp | 购买力平价
        foreign direct investment | 外商直接投资
        fdi | 外商直接投资
        foreign aid | 对外援助
        aid | 援助
        remittance | 汇款, 侨汇
        recession | 经济衰退, 衰退
        great depression | 大萧条
        recovery | 恢复, 康复, 复苏
        boom | 繁荣, 景气
        poverty line | 贫困线
        poverty rate | 贫困率
        inequality | 不平等
        income inequality | 收入不平等, 收入差距
        gini | 基尼系数
        gini coefficient | 基尼系数
        gini index | 基尼指数, 基尼系数
        economic freedom | 经济自由度
        labor | 劳动, 劳工
        labour | 劳动, 劳工
        labor force | 劳动力
        labour force | 劳动力
        workforce | 劳动力, 员工队伍
        labor force participation | 劳动参与, 劳动力参与
        participation rate | 参与率, 劳动参与率
        labor cost | 劳动力成本, 人工成本
        employment | 就业
        employed | 就业, 在职, 受雇
        unemployment | 失业
        unemployed | 失业
        unemployment rate | 失业率
        employment rate | 就业率
        underemployment | 就业不足
        job | 工作, 岗位
        work | 工作
        occupation | 职业
        profession | 职业
        self-employed | 自雇, 个体经营
        full-time | 全职
        part-time | 兼职
        full time | 全职
        part time | 兼职
        contract | 合同, 合约
        temporary | 临时
        permanent | 永久, 长期
        seasonal | 季节性
        overtime | 加班
        working hours | 工作时长, 工时
        union | 工会
        labor union | 工会
        trade union | 工会
        union membership | 工会会员
        strike | 罢工, 好球
        layoff | 裁员
        vacancy | 空缺, 空置
        job opening | 职位空缺
        industry | 行业, 产业, 工业
        sector | 行业, 板块, 领域
        public sector | 公共部门
        private sector | 私营部门
        agriculture | 农业
        manufacturing | 制造业
        mining | 采矿业, 矿业
        construction | 建筑业, 建设, 施工
        service | 服务, 服务业
        finance | 金融
        retail | 零售, 零售业
        wholesale | 批发
        utility | 公用事业, 效用
        transportation | 交通运输, 运输
        transport | 运输, 交通
        hospitality | 酒店业, 住宿餐饮
        tourism | 旅游, 旅游业
        real estate | 房地产, 不动产
        healthcare | 医疗, 医疗保健
        health care | 医疗保健, 医疗卫生
        government | 政府
        private | 私营, 私立, 私人
        public | 公共, 公立, 公有
        nonprofit | 非营利
        non-profit | 非营利
        state-owned | 国有
        firm | 企业, 公司
        company | 公司
        business | 企业, 商业, 业务
        corporation | 公司, 企业
        enterprise | 企业
        startup | 初创企业, 创业公司
        small business | 小企业
        multinational | 跨国, 跨国公司
        entrepreneur | 企业家, 创业者
        household consumption | 居民消费, 家庭消费
        food expenditure | 食品支出
        grocery | 食品杂货, 日用杂货
        rent | 租金, 房租
        communication | 通讯, 通信
        childcare | 托儿, 儿童保育
        child care | 托儿, 儿童保育
        charity | 慈善
        donation | 捐款, 捐赠
        contribution | 贡献, 缴款
        furnishing | 家居用品, 家具陈设
        eating out | 外出就餐
        dining out | 外出就餐
        public transport | 公共交通
        public transportation | 公共交通
        car ownership | 汽车拥有量, 汽车保有量
        alcoholic beverage | 酒精饮料, 酒类
        access | 获得, 可及性, 接入
        electricity access | 通电率
        internet access | 互联网接入, 上网条件
        access to electricity | 电力普及率, 通电率
        rate of return | 回报率, 收益率
        deflator | 平减指数
        armed forces | 武装部队, 军队
        workclass | 工作类型, 雇佣类型
        government job | 政府工作, 公职
        never worked | 从未工作
        capital loss | 资本损失
        land value | 地价, 土地价值
        broadband | 宽带
        undernourishment | 营养不足
        """
}
