extension Glossary {
    /// Health, medicine, hospitals, clinical trials and epidemiology
    static let health = """
        health | 健康, 卫生
        healthy | 健康
        public health | 公共卫生
        mental health | 心理健康, 精神健康
        hygiene | 个人卫生
        sanitation | 卫生设施, 环境卫生
        disease | 疾病, 病
        illness | 疾病, 病
        diagnosis | 诊断
        symptom | 症状
        treatment | 治疗, 处理
        treated | 接受治疗, 已治疗, 处理
        untreated | 未治疗, 未处理
        treatment group | 治疗组, 处理组
        control group | 对照组
        control | 对照, 对照组, 控制
        placebo | 安慰剂
        drug | 药物, 药品, 毒品
        medication | 药物, 用药
        medicine | 医学, 药
        medical | 医疗
        pharmaceutical | 制药, 医药
        prescription | 处方
        dose | 剂量
        dosage | 剂量, 用量
        vitamin | 维生素
        supplement | 补充剂, 补剂
        trial | 试验, 审判
        clinical trial | 临床试验
        efficacy | 疗效, 有效性
        effectiveness | 有效性, 效果
        side effect | 副作用
        adverse event | 不良事件
        adverse effect | 不良反应
        cohort | 队列, 群组
        baseline | 基线
        follow-up | 随访
        relapse | 复发
        remission | 缓解
        survival | 生存, 存活
        survived | 幸存, 生还, 存活
        survival rate | 生存率, 存活率
        survival time | 生存时间
        fatality | 死亡, 死亡人数
        case fatality rate | 病死率
        killed | 遇难, 被杀, 死亡
        cause of death | 死因, 死亡原因
        infant mortality | 婴儿死亡率
        maternal mortality | 孕产妇死亡率
        child mortality | 儿童死亡率
        injury | 伤害, 受伤, 损伤
        injured | 受伤
        wounded | 受伤
        wound | 伤口, 创伤
        patient | 患者, 病人
        doctor | 医生
        physician | 医生, 医师
        nurse | 护士
        surgeon | 外科医生
        dentist | 牙医
        pharmacist | 药剂师
        hospital | 医院
        clinic | 诊所
        pharmacy | 药店, 药房
        hospital bed | 病床
        bed | 床, 床位
        ward | 病房, 选区
        outpatient | 门诊, 门诊病人
        inpatient | 住院病人, 住院
        admission | 入院, 录取
        hospitalization | 住院
        hospitalized | 住院
        readmission | 再入院
        discharge | 出院, 排放
        length of stay | 住院时长, 停留时长
        emergency | 急诊, 紧急
        emergency room | 急诊室
        ambulance | 救护车
        icu | 重症监护室, 重症监护
        intensive care | 重症监护
        ventilator | 呼吸机
        appointment | 预约
        surgery | 手术, 外科
        operation | 手术, 运营
        therapy | 疗法, 治疗
        chemotherapy | 化疗
        radiotherapy | 放疗
        radiation therapy | 放疗, 放射治疗
        vaccine | 疫苗
        vaccination | 疫苗接种, 接种
        vaccinated | 已接种
        fully vaccinated | 完全接种
        booster | 加强针
        immunization | 免疫接种
        infection | 感染
        infected | 感染
        virus | 病毒
        bacteria | 细菌
        pathogen | 病原体
        transmission | 变速箱, 变速器, 传播
        outbreak | 暴发, 爆发
        epidemic | 流行病, 疫情
        pandemic | 大流行, 全球大流行
        epidemiology | 流行病学
        incidence | 发病率, 发生率
        prevalence | 患病率, 流行率
        morbidity | 发病, 发病率
        confirmed | 确诊
        confirmed case | 确诊病例
        recovered | 康复, 治愈
        test | 检测, 测试, 考试
        test result | 检测结果
        positive | 阳性, 正
        negative | 阴性, 负
        positivity rate | 阳性率
        screening | 筛查
        checkup | 体检
        biopsy | 活检
        scan | 扫描
        imaging | 影像, 成像
        mri | 磁共振成像, 核磁共振
        ecg | 心电图
        electrocardiogram | 心电图
        lab | 实验室
        laboratory | 实验室
        covid | 新冠, 新冠肺炎
        covid-19 | 新冠肺炎, 新冠
        coronavirus | 冠状病毒, 新冠病毒
        influenza | 流感, 流行性感冒
        flu | 流感
        cold | 寒冷, 冷, 感冒
        cancer | 癌症, 癌
        tumor | 肿瘤
        tumour | 肿瘤
        malignant | 恶性
        benign | 良性
        breast cancer | 乳腺癌
        lung cancer | 肺癌
        prostate cancer | 前列腺癌
        colorectal cancer | 结直肠癌
        leukemia | 白血病
        lymphoma | 淋巴瘤
        melanoma | 黑色素瘤
        diabetes | 糖尿病
        diabetic | 糖尿病患者, 糖尿病
        obesity | 肥胖, 肥胖症
        obese | 肥胖
        overweight | 超重
        underweight | 体重过轻, 偏瘦
        hypertension | 高血压
        high blood pressure | 高血压
        blood pressure | 血压
        systolic | 收缩压
        diastolic | 舒张压
        systolic blood pressure | 收缩压
        diastolic blood pressure | 舒张压
        resting | 静息
        resting blood pressure | 静息血压
        heart rate | 心率
        pulse | 脉搏
        cholesterol | 胆固醇
        glucose | 葡萄糖, 血糖
        blood sugar | 血糖
        fasting | 空腹
        fasting blood sugar | 空腹血糖
        insulin | 胰岛素
        insulin resistance | 胰岛素抵抗
        hemoglobin | 血红蛋白
        triglyceride | 甘油三酯
        heart disease | 心脏病
        cardiovascular | 心血管
        cardiovascular disease | 心血管疾病
        heart attack | 心脏病发作, 心梗
        myocardial infarction | 心肌梗死
        angina | 心绞痛
        exercise induced angina | 运动诱发心绞痛
        thalassemia | 地中海贫血
        stroke | 中风, 卒中, 脑卒中, 冲程
        asthma | 哮喘
        copd | 慢阻肺, 慢性阻塞性肺病
        pneumonia | 肺炎
        tuberculosis | 结核病, 肺结核
        malaria | 疟疾
        hiv | 艾滋病病毒, 人类免疫缺陷病毒
        aids | 艾滋病
        hepatitis | 肝炎
        measles | 麻疹
        cholera | 霍乱
        dengue | 登革热
        ebola | 埃博拉
        polio | 脊髓灰质炎, 小儿麻痹症
        smallpox | 天花
        plague | 瘟疫, 鼠疫
        alzheimer | 阿尔茨海默病, 老年痴呆
        dementia | 痴呆, 失智症
        parkinson | 帕金森病
        arthritis | 关节炎
        osteoporosis | 骨质疏松
        kidney disease | 肾病
        liver disease | 肝病
        chronic | 慢性
        acute | 急性
        chronic disease | 慢性病
        infectious disease | 传染病
        mental illness | 精神疾病
        anxiety | 焦虑, 焦虑症
        depression | 抑郁, 抑郁症, 萧条
        schizophrenia | 精神分裂症
        autism | 自闭症, 孤独症
        adhd | 多动症
        suicide | 自杀
        stress | 压力, 应激
        allergy | 过敏
        disorder | 障碍, 紊乱
        genetic | 遗传, 基因
        hereditary | 遗传
        family history | 家族史
        risk factor | 危险因素, 风险因素
        exposure | 暴露, 接触
        severity | 严重程度
        mild | 轻度, 轻微
        moderate | 中度, 温和
        severe | 重度, 严重
        critical | 危重, 关键
        sleep | 睡眠
        sleep duration | 睡眠时长, 睡眠时间
        exercise | 锻炼, 体育锻炼
        physical activity | 体力活动, 身体活动
        lifestyle | 生活方式
        smoking | 吸烟
        smoker | 吸烟者
        non-smoker | 不吸烟者
        smoking status | 吸烟状况
        formerly smoked | 曾吸烟
        never smoked | 从不吸烟
        tobacco | 烟草
        cigarette | 香烟, 卷烟
        alcohol | 酒精, 酒
        drinking | 饮酒
        drinker | 饮酒者
        alcohol consumption | 饮酒量
        drug use | 吸毒, 药物使用
        diet | 饮食, 膳食
        intake | 摄入, 摄入量
        weight loss | 减重, 体重减轻
        weight gain | 体重增加
        bmi | 体重指数, 身体质量指数
        body mass index | 体重指数, 身体质量指数
        body weight | 体重
        body mass | 体重, 体质量
        body fat | 体脂, 体脂率
        bone density | 骨密度
        waist | 腰, 腰围
        waist circumference | 腰围
        hip | 臀围, 臀部, 髋部
        skinfold | 皮褶厚度
        skin thickness | 皮肤厚度, 皮褶厚度
        vision | 视力, 视野
        hearing | 听力
        birth weight | 出生体重
        low birth weight | 低出生体重
        gestational age | 胎龄, 孕周
        gestation | 妊娠, 孕期
        pregnancy | 妊娠, 怀孕
        pregnant | 怀孕, 孕妇
        prenatal | 产前
        maternal | 孕产妇, 母体
        premature | 早产
        preterm | 早产
        cesarean | 剖宫产, 剖腹产
        delivery | 配送, 交付, 分娩
        abortion | 人工流产, 堕胎
        miscarriage | 流产
        contraception | 避孕
        breastfeeding | 母乳喂养
        stunting | 发育迟缓
        malnutrition | 营养不良
        anemia | 贫血
        diabetes pedigree function | 糖尿病遗传函数
        blood type | 血型
        blood | 血液, 血
        blood vessel | 血管
        urine | 尿液
        body | 身体
        organ | 器官
        heart | 心脏, 心
        lung | 肺
        liver | 肝, 肝脏
        kidney | 肾, 肾脏
        brain | 大脑, 脑
        bone | 骨, 骨骼
        muscle | 肌肉
        skin | 皮肤
        eye | 眼睛, 眼
        ear | 耳朵
        tooth | 牙齿, 牙
        dental | 牙科, 口腔
        stomach | 胃
        breast | 乳房, 乳腺
        head | 头, 头部
        neck | 颈部
        chest | 胸部, 胸
        chest pain | 胸痛
        pain | 疼痛
        fever | 发热, 发烧
        cough | 咳嗽
        headache | 头痛
        fatigue | 疲劳, 乏力
        nausea | 恶心
        smoothness | 平滑度
        compactness | 紧密度, 致密度
        concavity | 凹度
        concave point | 凹点
        symmetry | 对称性
        fractal dimension | 分形维数
        health expenditure | 卫生支出, 医疗支出
        out-of-pocket | 自付, 自费
        waiting list | 等候名单, 候诊名单
        overdose | 用药过量, 过量
        opioid | 阿片类药物
        fentanyl | 芬太尼
        heroin | 海洛因
        cocaine | 可卡因
        marijuana | 大麻
        cannabis | 大麻
        methamphetamine | 冰毒, 甲基苯丙胺
        reproduction number | 再生数, 传染数
        excess mortality | 超额死亡率
        stringency index | 严格指数, 防控严格指数
        walking | 步行, 散步
        parietal | 顶叶
        frontal | 额叶
        """
}
