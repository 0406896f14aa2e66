extension Glossary {
    /// Finance, banking, stock markets, insurance, housing and real estate
    static let finance = """
        stock | 股票, 库存
        stock price | 股价
        shareholder | 股东
        stockholder | 股东
        equity | 股本, 权益, 股权
        bond | 债券
        bond yield | 债券收益率
        treasury | 财政部, 美国国债
        treasury bond | 国债
        government bond | 政府债券, 国债
        fund | 基金, 资金
        mutual fund | 共同基金
        index fund | 指数基金
        hedge fund | 对冲基金
        venture capital | 风险投资, 风投
        portfolio | 投资组合
        ticker | 股票代码
        symbol | 符号, 股票代码
        open | 开盘价, 开盘, 开放
        close | 收盘价, 收盘
        opening price | 开盘价
        closing price | 收盘价
        adjusted close | 调整后收盘价, 复权收盘价
        trading volume | 成交量, 交易量
        turnover | 营业额, 离职率, 换手率, 失误
        market cap | 市值
        market capitalization | 市值
        market value | 市场价值, 身价
        book value | 账面价值
        dividend | 股息, 分红, 红利
        dividend yield | 股息率, 股息收益率
        yield | 收益率, 单产
        return | 回报, 回报率, 退货
        return on investment | 投资回报率
        roi | 投资回报率
        profit | 利润
        loss | 亏损, 损失, 败
        net income | 净利润, 净收入
        gross profit | 毛利, 毛利润
        operating income | 营业利润
        operating expense | 运营费用, 营业费用
        margin | 利润率, 边际, 保证金
        profit margin | 利润率
        gross margin | 毛利率
        net margin | 净利率
        operating margin | 营业利润率
        profitability | 盈利能力
        price to earnings | 市盈率
        eps | 每股收益
        ebit | 息税前利润
        ebitda | 息税折旧摊销前利润
        cash flow | 现金流
        free cash flow | 自由现金流
        working capital | 营运资金, 营运资本
        current asset | 流动资产
        current liability | 流动负债
        retained earnings | 留存收益
        liability | 负债
        capital gain | 资本利得
        valuation | 估值
        volatility | 波动率, 波动性
        beta | 贝塔系数
        spread | 利差, 价差
        benchmark | 基准
        bull market | 牛市
        bear market | 熊市
        ipo | 首次公开募股
        listed | 上市
        stock exchange | 证券交易所
        exchange | 交易所, 兑换
        nasdaq | 纳斯达克
        nyse | 纽约证券交易所, 纽交所
        dow jones | 道琼斯
        ftse | 富时指数, 富时
        nikkei | 日经指数, 日经
        hang seng | 恒生指数, 恒生
        shanghai composite | 上证综指, 上证指数
        csi 300 | 沪深300
        forex | 外汇
        foreign exchange | 外汇
        cryptocurrency | 加密货币
        bitcoin | 比特币
        commodity | 大宗商品
        futures | 期货
        stock option | 股票期权
        broker | 经纪人, 券商
        bank | 银行
        branch | 分行, 分店, 分支机构
        atm | 自动取款机
        account | 账户, 账号
        account balance | 账户余额
        checking account | 支票账户
        savings account | 储蓄账户
        deposit | 存款, 押金, 定金
        withdrawal | 取款, 提现
        transfer | 转账, 转会, 转移
        wire transfer | 电汇
        bank transfer | 银行转账
        check | 支票, 检查
        cheque | 支票
        credit card | 信用卡
        debit card | 借记卡
        credit score | 信用评分, 信用分
        credit limit | 信用额度, 额度
        credit history | 信用记录, 信用历史
        transaction | 交易
        payment | 付款, 支付
        installment | 分期付款
        principal | 本金, 校长
        term | 期限, 任期, 学期
        maturity | 到期, 成熟度
        coupon | 优惠券, 票息
        borrower | 借款人
        lender | 贷款人, 放贷方
        creditor | 债权人
        debtor | 债务人
        collateral | 抵押品, 担保品
        guarantor | 担保人
        loan amount | 贷款金额
        loan term | 贷款期限
        loan status | 贷款状态
        debt to income | 债务收入比
        default | 违约
        delinquent | 逾期
        delinquency | 逾期, 拖欠
        bad debt | 坏账
        charged off | 核销
        fully paid | 已结清
        bankruptcy | 破产
        fraud | 欺诈, 诈骗
        fraudulent | 欺诈
        chargeback | 拒付, 退单
        annuity | 年金
        retirement account | 退休账户
        estate | 地产, 遗产
        inheritance | 继承, 遗产
        insurance | 保险
        insurer | 保险公司
        insured | 被保险人, 投保
        uninsured | 未参保, 无保险
        policy | 政策, 保单
        policyholder | 投保人, 保单持有人
        premium | 保费, 保险费, 溢价
        annual premium | 年保费
        claim | 索赔, 理赔
        claim amount | 理赔金额, 索赔金额
        deductible | 免赔额
        coverage | 覆盖, 覆盖率, 保障范围
        coverage amount | 保额
        beneficiary | 受益人
        underwriting | 承保
        no claim bonus | 无赔款优待
        life insurance | 人寿保险, 寿险
        health insurance | 健康保险, 医疗保险, 医保
        auto insurance | 车险, 汽车保险
        car insurance | 车险, 汽车保险
        medicare | 联邦医疗保险
        medicaid | 医疗补助
        housing | 住房, 房屋
        house | 房子, 住宅, 房屋
        home | 家, 住宅, 主场
        apartment | 公寓
        flat | 公寓
        condo | 共管公寓, 公寓
        condominium | 共管公寓
        townhouse | 联排别墅, 联排住宅
        villa | 别墅
        detached | 独立式, 独栋
        single family | 独栋住宅, 单户住宅
        multi-family | 多户住宅
        duplex | 双拼住宅
        mobile home | 移动房屋
        penthouse | 顶层公寓
        property | 房产, 财产, 物业
        property type | 物业类型, 房产类型
        property value | 房产价值
        property management | 物业管理
        residential | 住宅区, 居住
        commercial | 商用, 商业
        industrial | 工业
        mixed use | 综合用途
        sale price | 售价, 成交价
        list price | 标价, 定价
        listing price | 挂牌价
        asking price | 要价, 挂牌价
        home price | 房价
        house price | 房价
        housing price | 房价
        appraisal | 评估, 估价
        assessed value | 评估价值, 评估值
        sold | 已售, 售出
        for sale | 在售
        rental | 租赁, 出租
        rented | 租住, 出租
        tenant | 租户, 租客
        renter | 租户, 租房者
        landlord | 房东
        homeowner | 房主, 业主
        home ownership | 住房所有权, 住房自有
        owner occupied | 自住, 业主自住
        owner-occupied | 自住, 业主自住
        mortgage rate | 房贷利率
        down payment | 首付, 首付款
        foreclosure | 止赎, 法拍
        bedroom | 卧室
        bathroom | 浴室, 卫生间
        room | 房间
        room type | 房型, 房间类型
        floor | 楼层, 地板
        floor area | 建筑面积
        built-up area | 建筑面积
        living area | 居住面积, 使用面积
        lot size | 地块面积, 占地面积
        lot area | 地块面积, 占地面积
        garage | 车库
        basement | 地下室
        pool | 泳池, 游泳池
        kitchen | 厨房
        fireplace | 壁炉
        garden | 花园
        balcony | 阳台
        elevator | 电梯
        roof | 屋顶
        heating | 供暖, 暖气
        cooling | 制冷
        air conditioning | 空调
        central air | 中央空调
        furnished | 带家具
        unfurnished | 不带家具
        waterfront | 滨水, 临水
        sea view | 海景
        renovation | 翻新, 装修
        overall condition | 整体状况, 总体状况
        overall quality | 整体质量, 总体质量
        sale condition | 销售条件
        school district | 学区
        zoning | 区划, 土地分区
        building | 建筑, 建筑物, 楼, 大楼
        amenity | 便利设施, 配套设施
        facility | 设施
        hoa fee | 物业费
        """
}
