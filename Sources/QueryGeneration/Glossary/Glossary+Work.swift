extension Glossary {
    /// Occupations, employees and human resources
    static let work = """
        employee | 员工, 雇员, 职工
        employer | 雇主, 用人单位
        worker | 工人, 劳动者
        staff | 员工, 工作人员, 职工
        headcount | 员工人数, 编制
        department | 部门, 科室
        division | 分部, 分区, 赛区
        team | 团队, 球队, 队伍
        human resources | 人力资源
        hr | 人力资源
        research and development | 研发
        customer service | 客户服务, 客服
        job title | 职位, 职称, 头衔
        job role | 岗位, 职位角色
        job level | 职级
        role | 角色, 职责
        seniority | 资历, 工龄
        tenure | 任期, 在职时长
        years of experience | 工作年限, 工作经验
        performance rating | 绩效评级, 绩效评分
        promotion | 晋升, 升职, 促销
        promoted | 晋升, 升职
        salary increase | 加薪, 涨薪
        attrition | 流失, 人员流失, 流失率
        resignation | 辞职, 离职
        termination | 解雇, 终止
        dismissal | 解雇
        exit | 退出
        exit interview | 离职面谈
        hire | 雇用, 录用, 招聘
        recruitment | 招聘
        recruitment source | 招聘渠道
        interview | 面试, 采访
        onboarding | 入职
        training | 培训, 训练
        job satisfaction | 工作满意度
        environment satisfaction | 环境满意度
        relationship satisfaction | 关系满意度
        job involvement | 工作投入度
        work-life balance | 工作生活平衡
        engagement | 参与度, 互动, 敬业度
        business travel | 出差, 商务出行
        remote | 远程
        remote work | 远程办公
        commute | 通勤
        commute time | 通勤时间, 通勤时长
        distance from home | 离家距离, 通勤距离
        workload | 工作量
        sick leave | 病假
        leave | 请假, 休假
        vacation | 休假, 度假, 假期
        holiday | 节假日, 假日, 节日
        shift | 班次, 轮班
        night shift | 夜班
        pay gap | 薪酬差距, 工资差距
        gender pay gap | 性别工资差距
        diversity | 多样性
        discrimination | 歧视
        harassment | 骚扰
        education field | 教育领域, 专业领域
        manager | 经理, 管理者
        management | 管理, 管理层
        executive | 高管, 行政
        director | 导演, 主任, 董事
        ceo | 首席执行官
        supervisor | 主管, 监督员
        boss | 老板, 上司
        engineer | 工程师
        software engineer | 软件工程师
        programmer | 程序员
        developer | 开发者, 开发人员, 开发商
        data scientist | 数据科学家
        analyst | 分析师
        scientist | 科学家
        accountant | 会计, 会计师
        farmer | 农民, 农场主
        fisherman | 渔民
        miner | 矿工
        laborer | 体力劳动者, 劳工
        clerk | 职员, 文员
        secretary | 秘书
        cashier | 收银员
        salesperson | 销售员, 销售人员
        sales representative | 销售代表
        driver | 司机, 驾驶员
        pilot | 飞行员, 试点
        mechanic | 机械师, 技工
        technician | 技术员
        electrician | 电工
        plumber | 水管工
        carpenter | 木匠
        chef | 厨师
        cook | 厨师, 烹饪
        waiter | 服务员
        cleaner | 清洁工
        janitor | 清洁工, 门卫
        guard | 保安, 后卫
        security guard | 保安
        firefighter | 消防员
        artist | 艺术家
        writer | 作家
        author | 作者
        journalist | 记者
        actor | 演员, 男演员
        actress | 女演员
        musician | 音乐家
        singer | 歌手
        athlete | 运动员
        coach | 教练
        consultant | 咨询顾问, 顾问
        architect | 建筑师
        designer | 设计师
        veterinarian | 兽医
        psychologist | 心理学家, 心理咨询师
        social worker | 社工, 社会工作者
        civil servant | 公务员
        government employee | 政府雇员, 公务员
        freelancer | 自由职业者
        homemaker | 家庭主妇, 持家者
        housewife | 家庭主妇
        blue collar | 蓝领
        white collar | 白领
        professional | 专业人士, 专业人员
        skilled | 熟练
        unskilled | 非熟练, 无技能
        intern | 实习生
        trainee | 学员, 培训生
        apprentice | 学徒
        """
}
