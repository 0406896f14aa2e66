extension Glossary {
    /// General attribute words that name columns in any data set
    static let general = """
        name | 名称, 姓名, 名字
        id | 编号, 标识
        identifier | 标识符, 编号
        code | 代码, 编码
        type | 类型
        kind | 种类
        category | 类别, 类目, 分类
        subcategory | 子类别, 子类, 二级分类
        group | 组, 组别, 群体
        status | 状态
        level | 水平, 级别, 等级
        grade | 年级, 成绩, 等级
        rank | 排名, 名次
        ranking | 排名, 排行
        score | 分数, 得分, 评分
        rating | 评分, 评级
        index | 指数
        value | 价值, 值, 数值
        amount | 金额, 数额
        size | 大小, 规模, 尺寸
        length | 长度
        width | 宽度
        height | 高度, 身高
        depth | 深度
        weight | 重量, 体重
        area | 面积
        volume | 体积, 容量, 成交量
        capacity | 容量, 产能
        speed | 速度, 车速
        velocity | 速度, 速率
        distance | 距离, 路程
        duration | 时长, 持续时间
        frequency | 频率, 次数
        temperature | 温度, 气温
        pressure | 压力, 压强
        density | 密度
        thickness | 厚度
        diameter | 直径
        radius | 半径
        circumference | 周长, 围
        perimeter | 周长
        surface | 表面
        surface area | 表面积
        angle | 角度
        direction | 方向
        slope | 斜率, 坡度
        shape | 形状
        material | 材料, 材质
        texture | 纹理, 质地
        style | 风格, 款式
        pattern | 图案, 规律
        format | 格式
        source | 来源
        description | 描述, 说明
        title | 标题, 名称, 片名
        label | 标签
        tag | 标签
        flag | 标志, 标记
        note | 备注
        comment | 评论, 注释
        address | 地址
        location | 地点, 位置
        position | 职位, 位置
        place | 地点, 地方
        site | 地点, 场所, 站点
        latitude | 纬度
        longitude | 经度
        altitude | 海拔, 海拔高度
        elevation | 海拔, 高程
        color | 颜色, 色
        colour | 颜色, 色
        brand | 品牌
        model | 型号, 车型, 模型
        version | 版本
        variant | 变体, 变异株
        owner | 所有者, 拥有者
        owned | 自有, 拥有
        user | 用户
        member | 成员, 会员
        membership | 会员资格, 会员
        method | 方法
        mode | 模式, 方式, 调式
        object | 对象, 物体
        entity | 实体
        attribute | 属性
        parameter | 参数
        variable | 变量
        factor | 因素, 因子
        indicator | 指标
        metric | 指标, 度量
        measure | 措施, 度量
        measurement | 测量, 测量值
        standard | 标准
        criterion | 标准, 准则
        requirement | 要求
        plan | 计划
        project | 项目
        program | 项目, 计划, 程序
        task | 任务
        activity | 活动
        process | 过程, 流程
        step | 步骤
        phase | 阶段
        stage | 阶段, 分期
        round | 轮, 轮次, 回合
        record | 记录
        entry | 条目
        event | 事件, 赛事
        incident | 事件, 事故
        case | 案例, 病例, 案件
        sample | 样本
        specimen | 标本
        observation | 观测, 观测值
        observed | 观测, 观察
        expected | 预期, 期望
        actual | 实际, 实际值
        real | 实际, 真实
        predicted | 预测, 预测值
        prediction | 预测, 预测值
        forecast | 预测, 预报
        estimated | 估计, 估算
        target | 目标
        goal | 目标, 进球
        result | 结果
        outcome | 结局, 结果
        effect | 效果, 影响, 效应
        impact | 影响, 冲击
        cause | 原因, 病因
        reason | 原因, 理由
        purpose | 目的, 用途
        function | 功能, 函数
        feature | 功能, 特征, 特性
        specification | 规格
        quality | 质量, 品质
        condition | 状况, 条件
        active | 活跃, 在用
        inactive | 不活跃, 停用
        valid | 有效
        invalid | 无效
        available | 可用, 有货
        availability | 可用性, 可得性
        missing | 缺失, 失踪
        unknown | 未知
        other | 其他
        approved | 批准, 通过
        rejected | 拒绝, 驳回
        pending | 待定, 待处理
        completed | 完成, 已完成
        success | 成功
        successful | 成功
        failure | 失败, 故障
        failed | 失败
        closed | 关闭, 已关闭, 停业
        official | 官方, 正式
        secondary | 次要, 中等, 二级
        basic | 基本, 基础
        advanced | 高级, 先进
        normal | 正常
        abnormal | 异常
        regular | 常规, 定期
        special | 特殊, 特别
        general | 一般, 综合, 普通
        indoor | 室内
        outdoor | 室外, 户外
        internal | 内部
        external | 外部
        good | 良好, 好
        bad | 差, 坏
        excellent | 优秀, 极好
        fair | 一般, 公平, 尚可
        ideal | 理想
        high | 高
        low | 低
        medium | 中, 中等, 中型
        large | 大, 大型
        small | 小, 小型
        new | 新, 全新
        used | 二手, 旧
        old | 旧, 老
        rare | 稀有, 罕见
        random | 随机
        randomized | 随机, 随机化
        mixed | 混合, 混血
        hybrid | 混合, 混合动力, 混动
        dark | 深色, 暗
        light | 光, 光照, 浅色
        transparent | 透明
        red | 红色, 红
        blue | 蓝色, 蓝
        green | 绿色, 绿
        yellow | 黄色, 黄
        purple | 紫色, 紫
        pink | 粉色, 粉红色
        brown | 棕色, 褐色
        grey | 灰色, 灰
        gray | 灰色, 灰
        orange | 橙色, 橙子, 橙
        white | 白色, 白人, 白
        black | 黑色, 黑人, 黑
        beige | 米色
        violet | 紫罗兰色, 紫罗兰
        cyan | 青色
        magenta | 品红, 洋红
        maroon | 栗色
        gold | 黄金, 金, 金色
        silver | 白银, 银, 银色
        bronze | 青铜
        copper | 铜
        device | 设备, 装置
        equipment | 设备, 器材
        machine | 机器, 机械
        tool | 工具
        instrument | 仪器, 乐器
        sensor | 传感器
        signal | 信号
        error | 误差, 错误, 失误
        accuracy | 准确率, 准确度
        precision | 精度, 精确率
        uncertainty | 不确定性, 不确定度
        document | 文件, 文档
        letter | 信件, 信, 字母
        page | 页, 页面
        image | 图片, 图像
        photo | 照片
        video | 视频
        file | 文件
        field | 字段, 场地, 田地
        contact | 联系方式, 联系人
        phone number | 电话号码
        email | 电子邮件, 邮件, 邮箱
        website | 网站
        url | 网址, 链接
        link | 链接
        keyword | 关键词
        search | 搜索, 搜查
        click | 点击
        view | 浏览, 观看, 景观
        visit | 访问, 到访
        session | 会话
        download | 下载, 下载量
        install | 安装, 安装量
        app | 应用, 应用程序
        application | 申请, 应用
        platform | 平台
        network | 网络, 电视网
        internet | 互联网
        online | 线上, 在线, 网上
        offline | 线下, 离线
        digital | 数字, 数码
        software | 软件
        hardware | 硬件
        technology | 技术, 科技
        information technology | 信息技术
        system | 系统
        security | 安保, 证券, 安全
        safety | 安全
        risk | 风险
        priority | 优先级
        importance | 重要性
        difficulty | 难度
        complexity | 复杂度
        efficiency | 效率
        performance | 绩效, 表现, 性能
        capability | 能力
        ability | 能力
        skill | 技能
        experience | 经验, 经历, 工作经验
        knowledge | 知识
        preference | 偏好
        choice | 选择
        option | 选项, 期权
        decision | 决定, 决策
        response | 响应, 应答
        reaction | 反应
        reaction time | 反应时间
        waiting time | 等待时间
        wait time | 等待时间
        free time | 空闲时间, 业余时间
        adjusted | 调整后
        seasonally adjusted | 季节调整, 经季节调整
        age-adjusted | 年龄调整, 年龄标化
        standardized | 标准化
        nominal | 名义
        crude | 粗
        net | 净
        gross | 毛
        spring | 春季, 春天
        summer | 夏季, 夏天
        autumn | 秋季, 秋天
        winter | 冬季, 冬天
        rate | 率
        usage | 使用量, 用量
        sub-category | 子类别, 子类
        temp | 温度
        alone | 独自, 独自一人
        rest | 休息, 静息
        stimulus | 刺激
        cue | 提示, 线索
        attention | 注意力
        divided | 分散
        focused | 专注
        strength | 力量, 实力
        potential | 潜力
        exterior | 外部, 外观
        spend | 花费, 支出
        """
}
