extension Glossary {
    /// Science experiments, laboratory measurements, chemistry, physics and astronomy
    static let science = """
        experiment | 实验, 试验
        experimental group | 实验组
        replicate | 重复
        replication | 重复
        hypothesis | 假设
        concentration | 浓度
        solution | 溶液, 解决方案
        resistance | 阻力, 电阻, 耐药性
        wavelength | 波长
        absorbance | 吸光度
        brightness | 亮度
        luminosity | 光度
        force | 力
        gravity | 重力, 引力
        tension | 张力
        element | 元素
        atom | 原子
        molecule | 分子
        compound | 化合物
        acid | 酸
        formula | 公式, 化学式
        boiling point | 沸点
        melting point | 熔点
        atomic number | 原子序数
        atomic mass | 原子质量
        molecular weight | 分子量
        hydrogen | 氢, 氢气
        helium | 氦
        aluminum | 铝
        steel | 钢, 钢铁
        metal | 金属
        glass | 玻璃
        paper | 论文, 纸, 纸张
        star | 星, 恒星, 星级
        planet | 行星
        exoplanet | 系外行星
        moon | 月亮, 月球
        sun | 太阳
        galaxy | 星系
        asteroid | 小行星
        meteorite | 陨石
        sunspot | 太阳黑子
        space | 太空, 空间
        satellite | 卫星
        orbit | 轨道
        orbital period | 轨道周期, 公转周期
        """
}
