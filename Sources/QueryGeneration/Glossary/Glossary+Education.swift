extension Glossary {
    /// Education, schools, universities, subjects and academic research
    static let education = """
        education | 教育, 学历
        educational attainment | 受教育程度, 学历
        education level | 教育水平, 学历, 文化程度
        years of education | 受教育年限, 教育年限
        schooling | 学校教育, 受教育年限
        parental education | 父母受教育程度
        mother's education | 母亲受教育程度
        father's education | 父亲受教育程度
        school | 学校
        student | 学生
        pupil | 学生, 小学生
        teacher | 教师, 老师
        professor | 教授
        instructor | 讲师, 教员
        lecturer | 讲师
        faculty | 教职员, 院系
        tutor | 家教, 辅导老师
        advisor | 顾问, 导师
        class | 类别, 班级, 等级, 舱位
        class size | 班级规模, 班额
        classroom | 教室
        grade level | 年级
        gpa | 平均绩点, 绩点
        test score | 考试成绩, 考试分数
        exam | 考试
        examination | 考试, 检查
        test preparation | 备考
        pass | 及格, 通过, 传球
        passed | 通过, 及格
        fail | 不及格
        math | 数学
        mathematics | 数学
        reading | 阅读
        writing | 写作
        science | 科学
        physics | 物理
        chemistry | 化学
        biology | 生物, 生物学
        history | 历史
        geography | 地理
        literature | 文学
        art | 艺术, 美术
        music | 音乐
        physical education | 体育
        economics | 经济学
        psychology | 心理学
        sociology | 社会学
        philosophy | 哲学
        engineering | 工程, 工科
        computer science | 计算机科学
        business administration | 工商管理
        accounting | 会计学, 会计
        nursing | 护理
        major | 专业, 主修
        minor | 辅修, 未成年人, 次要
        academic degree | 学位
        bachelor | 学士, 本科
        bachelor's degree | 学士学位, 本科
        master | 硕士
        master's degree | 硕士学位, 硕士
        doctorate | 博士学位, 博士
        phd | 博士, 博士学位
        doctoral | 博士
        associate degree | 副学士, 专科, 大专
        diploma | 文凭, 毕业证书
        high school | 高中
        high school diploma | 高中文凭, 高中学历
        high school graduate | 高中毕业生, 高中毕业
        hs grad | 高中毕业
        middle school | 初中
        junior high | 初中
        elementary school | 小学
        primary school | 小学
        secondary school | 中学
        secondary education | 中等教育
        higher education | 高等教育
        tertiary | 高等, 三级
        tertiary education | 高等教育
        kindergarten | 幼儿园
        preschool | 学前, 学前教育
        college | 大学, 学院
        university | 大学
        community college | 社区大学, 社区学院
        vocational | 职业技术, 职业教育
        vocational school | 职业学校, 职校
        graduate | 毕业生, 研究生
        undergraduate | 本科生, 本科
        postgraduate | 研究生
        freshman | 新生, 大一
        sophomore | 大二
        junior | 初级, 大三
        senior | 资深, 高级, 大四
        alumni | 校友
        graduation | 毕业
        graduation rate | 毕业率
        dropout | 辍学, 退学
        dropout rate | 辍学率
        enrollment | 入学, 招生
        enrolment | 入学, 招生
        enrolled | 在读, 已注册
        attendance | 出勤, 出席, 上座
        absence | 缺勤, 缺席
        absent | 缺席, 缺勤
        absenteeism | 缺勤
        suspension | 停学, 暂停
        expulsion | 开除
        tuition | 学费
        scholarship | 奖学金
        financial aid | 助学金, 经济资助
        student loan | 学生贷款, 助学贷款
        free lunch | 免费午餐
        lunch | 午餐
        campus | 校园
        dormitory | 宿舍
        library | 图书馆
        book | 书, 书籍, 图书
        textbook | 教材, 课本
        course | 课程
        lesson | 课
        curriculum | 课程体系, 课程设置
        semester | 学期
        academic | 学术
        research | 研究
        researcher | 研究员, 研究人员
        publication | 出版物, 发表
        journal | 期刊
        patent | 专利
        study | 研究, 学习
        study time | 学习时间
        homework | 作业, 家庭作业
        public school | 公立学校
        private school | 私立学校
        charter school | 特许学校
        boarding school | 寄宿学校
        special education | 特殊教育
        english learner | 英语学习者
        gifted | 资优, 天才
        extracurricular | 课外
        extracurricular activity | 课外活动
        iq | 智商
        intelligence | 智力
        acceptance rate | 录取率
        applicant | 申请人, 申请者
        admitted | 录取, 已录取
        dept | 部门, 院系
        life science | 生命科学
        """
}
