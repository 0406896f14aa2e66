extension Glossary {
    /// Retail, sales, e-commerce, consumer goods and marketing
    static let commerce = """
        product | 产品, 商品
        item | 商品, 物品
        goods | 商品, 货物
        merchandise | 商品
        sku | 库存单位, 商品编码
        stock code | 商品代码
        inventory | 库存
        warehouse | 仓库
        store | 商店, 门店, 店铺
        shop | 商店, 店铺
        supermarket | 超市
        mall | 商场, 购物中心
        outlet | 奥特莱斯, 折扣店
        restaurant | 餐厅, 饭店, 餐馆
        cafe | 咖啡馆, 咖啡厅
        bar | 酒吧
        chain | 连锁, 连锁店
        sale | 销售
        sales | 销售额, 销量, 销售
        sales volume | 销量, 销售量
        global sales | 全球销量
        quantity | 数量
        unit price | 单价
        retail price | 零售价
        wholesale price | 批发价
        price range | 价格区间
        pricing | 定价
        discount | 折扣, 优惠
        order | 订单, 顺序
        purchase | 购买, 采购
        purchase amount | 购买金额
        purchase intent | 购买意向
        buyer | 买家, 买方, 采购员
        seller | 卖家, 卖方
        vendor | 供应商, 商家
        supplier | 供应商
        merchant | 商家, 商户
        retailer | 零售商
        wholesaler | 批发商
        distributor | 经销商, 分销商, 发行商
        e-commerce | 电商, 电子商务
        channel | 渠道, 频道
        sales channel | 销售渠道
        payment method | 支付方式, 付款方式
        payment type | 支付方式, 付款方式
        electronic check | 电子支票
        mailed check | 邮寄支票
        refund | 退款
        receipt | 收据, 小票
        invoice | 发票
        checkout | 结账
        cart | 购物车
        basket | 购物篮
        customer | 客户, 顾客
        client | 客户, 委托人
        corporate | 企业, 企业客户
        home office | 家庭办公室, 小型办公室
        office | 办公室, 办事处
        office supplies | 办公用品
        loyalty | 忠诚度, 忠诚
        loyalty program | 会员计划, 忠诚度计划
        churn | 客户流失, 流失
        churned | 已流失, 流失
        retention | 留存, 保留
        retention rate | 留存率
        lifetime value | 终身价值, 生命周期价值
        customer lifetime value | 客户终身价值
        acquisition | 收购, 获客
        conversion | 转化, 转换
        conversion rate | 转化率
        impression | 曝光, 展示
        click-through rate | 点击率
        ctr | 点击率
        bounce rate | 跳出率
        page view | 页面浏览量, 浏览量
        web traffic | 网站流量
        advertising | 广告
        advertisement | 广告
        ad | 广告
        ad spend | 广告支出, 广告投放
        marketing | 营销, 市场营销
        marketing campaign | 营销活动
        segment | 细分市场, 细分, 分群
        market segment | 细分市场
        customer segment | 客户群, 客户细分
        audience | 受众, 观众
        reach | 触达
        follower | 粉丝, 关注者
        subscriber | 订阅者, 订户
        subscription | 订阅
        social media | 社交媒体
        influencer | 网红, 达人, 意见领袖
        sponsorship | 赞助
        sponsor | 赞助商
        feedback | 反馈
        customer satisfaction | 客户满意度, 顾客满意度
        net promoter score | 净推荐值
        nps | 净推荐值
        review | 评价, 评论, 审查
        reviewer | 评论者, 评审
        recommendation | 推荐
        referral | 转介绍, 推荐
        competitor | 竞争对手
        market share | 市场份额, 市场占有率
        brand awareness | 品牌知名度, 品牌认知度
        awareness | 认知度, 知晓度
        lead | 线索, 潜在客户, 铅
        prospect | 潜在客户
        persona | 用户画像
        demographic | 人口统计, 人口特征
        recency | 最近一次消费, 近度
        monetary value | 消费金额
        accepted | 接受, 已接受
        foot traffic | 客流量
        footfall | 客流量
        phone service | 电话服务
        internet service | 网络服务, 互联网服务
        fiber optic | 光纤
        online security | 在线安全
        tech support | 技术支持
        paperless billing | 无纸化账单
        streaming | 流媒体
        warranty | 保修, 质保
        packaging | 包装
        package | 包裹, 包装
        shelf | 货架
        shelf life | 保质期
        clothing | 服装, 衣服
        apparel | 服饰, 服装
        shoe | 鞋, 鞋子
        footwear | 鞋类
        accessory | 配饰, 配件
        jewelry | 珠宝, 首饰
        diamond | 钻石
        cut | 切工, 切割
        clarity | 净度, 清晰度
        cosmetic | 化妆品
        beauty | 美容, 美妆
        personal care | 个人护理
        electronic | 电子
        electronics | 电子产品
        phone | 手机, 电话
        smartphone | 智能手机
        mobile phone | 手机
        computer | 电脑, 计算机
        laptop | 笔记本电脑
        tablet | 平板电脑, 药片
        television | 电视, 电视机
        tv | 电视
        camera | 相机, 摄像头
        appliance | 家电, 电器
        furniture | 家具
        toy | 玩具
        luxury | 奢侈品, 豪华
        battery life | 续航, 电池续航
        screen size | 屏幕尺寸
        storage | 存储, 存储空间, 仓储
        memory | 内存, 记忆
        processor | 处理器
        resolution | 分辨率
        cogs | 销货成本, 销售成本
        ad group | 广告组
        bid | 出价, 竞价
        landing page | 落地页
        open rate | 打开率
        unsubscribe | 退订
        markdown | 降价, 减价
        """
}
