extension Glossary {
    /// History, past centuries, the Titanic and historical demography
    static let history = """
        historical | 历史
        ancient | 古代
        medieval | 中世纪
        dynasty | 朝代, 王朝
        empire | 帝国
        king | 国王
        queen | 女王, 王后
        emperor | 皇帝
        monarch | 君主
        ruler | 统治者, 尺子
        reign | 在位, 统治
        noble | 贵族
        nobility | 贵族
        peasant | 农民, 佃农
        slave | 奴隶
        slavery | 奴隶制
        revolution | 革命
        civil war | 内战
        world war | 世界大战
        world war i | 第一次世界大战, 一战
        world war ii | 第二次世界大战, 二战
        invention | 发明
        inventor | 发明家
        discovery | 发现
        explorer | 探险家
        voyage | 航行, 航程
        shipwreck | 沉船
        titanic | 泰坦尼克号
        embarked | 登船港口, 登船
        port of embarkation | 登船港口
        lifeboat | 救生艇
        southampton | 南安普顿
        cherbourg | 瑟堡
        queenstown | 皇后镇
        parish | 教区
        church | 教会, 教堂
        priest | 牧师, 神父
        baptism | 洗礼
        burial | 埋葬, 下葬
        grave | 坟墓
        cemetery | 墓地
        famine | 饥荒
        manuscript | 手稿
        archive | 档案
        christening | 洗礼
        """
}
