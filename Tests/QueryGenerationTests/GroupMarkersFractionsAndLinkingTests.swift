import Testing
import SemanticModel
@testable import QueryGeneration

/// Study groups joined to tobacco bands (a cube with numbers of its own, so only a marker or the join makes its noun
/// a breakdown); loan applications with ratios kept as fractions, one said in the title, one in the description,
/// and a score whose range only looks like one; states with a minimum drinking age.
private let study = modelGenerator(yaml: """
    cubes:
      - name: study_groups
        sql_table: study_groups
        title: Study Groups
        joins:
          - {name: tobacco_groups, relationship: many_to_one, sql: "{CUBE}.tobacco_group_id = {tobacco_groups.id}"}
        measures:
          - {name: count, type: count, title: Number of Groups, meta: {title_zh: 分组数}}
          - {name: total_controls, type: sum, sql: controls, title: Total Controls, meta: {title_zh: 对照总数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
      - name: tobacco_groups
        sql_table: tobacco_groups
        title: Tobacco Consumption Groups
        meta: {title_zh: 吸烟量分组}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: tobacco_group, sql: tobacco_group, type: string, title: Tobacco Consumption (g/day), meta: {title_zh: 吸烟量}}
          - {name: min_g_per_day, sql: min_g_per_day, type: number, title: Minimum Tobacco (g/day)}
      - name: applications
        sql_table: applications
        title: Applications
        meta: {title_zh: 申请}
        measures:
          - {name: count, type: count, title: Applications, meta: {title_zh: 申请数}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - name: debt_to_income
            sql: debt_to_income
            type: number
            title: Debt-to-Income Ratio
            description: Total debt payments divided by total income (fraction).
            meta: {title_zh: 负债收入比}
          - {name: load_factor, sql: load_factor, type: number, title: Load Factor (0-1)}
          - {name: housing_ratio, sql: housing_ratio, type: number, title: Housing Expense Ratio}
          - {name: health_score, sql: health_score, type: number, title: Health Score (0-12)}
          - {name: denial_rate, sql: denial_rate, type: number, title: Area Denial Rate (%), description: Share of applications denied in the area.}
      - name: states
        sql_table: states
        title: States
        meta: {title_zh: 州}
        measures:
          - {name: count, type: count, title: Number of States}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: State}
          - {name: drinking_age, sql: drinking_age, type: number, title: Minimum Drinking Age (years), meta: {title_zh: 最低饮酒年龄}}
    """, values: [:])

/// Men in a training evaluation: the Group column's synonym "treatment group" holds its own value Treatment.
private let trial = modelGenerator(yaml: """
    cubes:
      - name: participants
        sql_table: participants
        title: Participants
        meta: {synonyms: [men]}
        measures:
          - {name: count, type: count, title: Number of Participants}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: married, sql: married, type: boolean, title: Married}
          - name: group
            sql: "CASE WHEN {CUBE}.treated = 1 THEN 'Treatment' ELSE 'Control' END"
            type: string
            title: Group
            meta: {synonyms: [treatment group, arm]}
    """, values: ["participants.group": ["Treatment", "Control"]])

/// Spells of unemployment joined to a lookup of reasons; wives with yes/no columns, one with a person noun.
private let spells = modelGenerator(yaml: """
    cubes:
      - name: spells
        sql_table: spells
        title: Unemployment Spells
        joins:
          - {name: reasons, relationship: many_to_one, sql: "{CUBE}.reason_id = {reasons.id}"}
        measures:
          - {name: count, type: count, title: Number of Spells}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
      - name: reasons
        sql_table: reasons
        title: Reasons
        measures:
          - {name: count, type: count, title: Number of Reasons}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Reason for Unemployment}
      - name: wives
        sql_table: wives
        title: Married Women
        measures:
          - {name: avg_hours, type: avg, sql: hours, title: Average Hours Worked}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: home_owned, sql: home_owned, type: boolean, title: Home Owned, meta: {synonyms: [homeowner]}}
          - {name: mortgage, sql: mortgage, type: boolean, title: Has Mortgage, meta: {synonyms: [have a mortgage]}}
    """, values: ["reasons.name": ["Job loser", "Job leaver"]])

@Suite("Understanding: 按 before a cube's noun, a percent against a fraction column, equality words, what before an auxiliary")
struct GroupMarkersFractionsAndLinkingTests {
    @Test("按吸烟量分组统计对照总数 is the breakdown by the band's label, 按 accounted for", arguments: [
        "按吸烟量分组统计对照总数", "按照吸烟量分组的对照总数", "各吸烟量分组的对照总数",
    ])
    func markerBeforeNoun(_ question: String) throws {
        let q = try requiredQuery(study, question)
        #expect(q.dimensions == ["tobacco_groups.tobacco_group"])
        #expect(q.measures == ["study_groups.total_controls"])
    }

    @Test("a percent against a column its description or unit calls a fraction is a hundredth", arguments: [
        ("负债收入比超过70%的申请有几笔？", "applications.debt_to_income", 0.7),
        ("How many applications have a debt-to-income ratio above 60%?", "applications.debt_to_income", 0.6),
        ("How many applications had a load factor over 55%?", "applications.load_factor", 0.55),
        ("How many applications had an area denial rate over 20%?", "applications.denial_rate", 20),
    ])
    func fractionColumn(_ question: String, member: String, value: Double) throws {
        let q = try requiredQuery(study, question)
        let f = try #require(memberFilter(q, member))
        #expect(f.op == .gt)
        #expect(f.values.compactMap(Double.init) == [value])
    }

    @Test("a percent against a column that says neither, or a 0-12 score, is asked", arguments: [
        "How many applications have a housing expense ratio above 30%?", "How many applications have a health score above 50%?",
    ])
    func unsaidScale(_ question: String) {
        #expect(study.generate(question).interpretation == nil, "\(study.generate(question))")
    }

    @Test("the scale words of units and descriptions", arguments: [
        ("(0-1)", true), ("a fraction between 0 and 1", true), ("0 to 1", true), ("0.0–1.0", true), ("proportion of seats", true),
        ("0-12", false), ("10-1", false), ("0-100", false), ("between 0 and 10", false), ("percent", false),
    ])
    func fractionWords(_ text: String, fraction: Bool) {
        #expect(ColumnUnits.saysFraction(text) == fraction)
    }

    @Test("为 / 等于 / equal to between a number column and its value is accounted for", arguments: [
        "最低饮酒年龄为21岁的州有多少个？", "最低饮酒年龄为21的州有多少个？", "最低饮酒年龄等于21岁的州有多少个？",
        "How many states have a minimum drinking age equal to 21?",
    ])
    func equalityWord(_ question: String) throws {
        let q = try requiredQuery(study, question)
        let f = try #require(memberFilter(q, "states.drinking_age"))
        #expect(f.op == .equals && f.values == ["21"])
    }

    @Test("what before do / does / did asks for a value: 'new hires' is not a breakdown by hire year, so it is asked", arguments: [
        "What do new hires make on average?", "What did new hires earn on average?",
    ])
    func whatBeforeAuxiliary(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil, "\(Fixtures.generator.generate(question))")
    }

    @Test("占全部员工的比例 / 百分之几: the whole said again as the share's base; a narrowed base or another noun is asked", arguments: [
        ("硕士占全部员工的比例", true), ("女性占所有员工的百分之几", true), ("技术部的女性占全部员工的比例", false),
        ("在职员工中女性占全部员工的比例", false),
    ])
    func wholeBase(_ question: String, answered: Bool) {
        let result = Fixtures.generator.generate(question)
        #expect((result.interpretation != nil) == answered, "\(result)")
        if answered { #expect(result.interpretation?.query.filters.isEmpty == true) }
    }

    @Test("\"in the treatment group\": a column's name holding its own value is that value; with by / each it is the breakdown", arguments: [
        ("How many married men were in the treatment group?", false), ("How many men in each treatment group?", true),
        ("Number of participants by treatment group", true),
    ])
    func ownValuePhrase(_ question: String, grouped: Bool) throws {
        let q = try requiredQuery(trial, question)
        #expect(q.dimensions == (grouped ? ["participants.group"] : []))
        #expect((memberFilter(q, "participants.group")?.values == ["Treatment"]) == !grouped)
    }

    @Test("比…高多少 / how many more … than …: the pair in the order subtracted, the comparative accounted for", arguments: [
        ("硕士的平均工资比本科高多少？", ["硕士", "本科"]), ("本科的平均工资比硕士低多少？", ["硕士", "本科"]),
        ("How many more women than men work in HR?", ["女", "男"]), ("How much less do women earn than men on average?", ["男", "女"]),
    ])
    func difference(_ question: String, pair: [String]) throws {
        guard case .understood(let i) = Fixtures.generator.generate(question) else { Issue.record("not understood: \(question)"); return }
        #expect(i.difference?.values == pair)
        #expect(i.query.dimensions == [i.difference?.member].compactMap { $0 })
        #expect(try Interpretation(json: i.json).difference == i.difference)
    }

    @Test("on average, what job level: the column's average; which age earned the most on average: the earnings per age")
    func averagedWhat() throws {
        #expect(try requiredQuery(Fixtures.generator, "On average, what job level are the women currently working in Engineering?").measures == ["employees.avg_level"])
        let q = try requiredQuery(Fixtures.generator, "Which level earns the most on average?")
        #expect(q.dimensions == ["employees.level"])
    }

    @Test("the most common value of a lookup counts the rows that refer to it, not its own one row per value")
    func mostCommonLookupValue() throws {
        let q = try requiredQuery(spells, "Which reason for unemployment is the most common?")
        #expect(q.measures == ["spells.count"])
        #expect(q.dimensions == ["reasons.name"] && q.limit == 1)
    }

    @Test("hours worked by homeowners: after a verb, by names who (the yes side), not a breakdown")
    func agentAfterVerb() throws {
        let q = try requiredQuery(spells, "Average hours worked by homeowners who don't have a mortgage")
        #expect(q.dimensions.isEmpty)
        #expect(memberFilter(q, "wives.home_owned")?.values == ["true"])
        #expect(memberFilter(q, "wives.mortgage")?.values == ["false"])
    }

    @Test("各拿多少 / 拿多少 after ranked people is their pay shown; 拿了D still links a rating", arguments: [
        "工资最高的5个在职员工是谁？各拿多少？", "财务部目前工资最高的是谁？拿多少？",
    ])
    func payVerb(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions.contains("employees.salary"))
    }

    @Test("绩效拿了D / 绩效被评为D: the column word before a linking verb and a sibling column's value names what is rated", arguments: [
        "2025年第四季度有多少人绩效拿了D？", "2024年第四季度有多少人绩效被评为D？",
    ])
    func topicOfValue(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "performance_reviews.rating")?.values == ["D"])
        #expect(Fixtures.generator.generate("2024年第四季度有多少人工资拿了D？").interpretation == nil)
    }

    @Test("rated D at least once: how often, not D or better; with a year, the rating's period", arguments: [
        ("How many different employees have been rated D at least once?", false), ("How many employees got a D rating at least once in 2024?", true),
    ])
    func atLeastOnce(_ question: String, dated: Bool) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "performance_reviews.rating")?.values == ["D"])
        #expect(q.timeDimensions.first?.dimension == (dated ? "performance_reviews.period" : nil))
    }

    @Test("2025年一共有多少人参加了绩效考核 / 每个季度参加考核的人数: the period is the reviews' (一共有 and the grain may stand between)", arguments: [
        "2025年一共有多少员工参加过绩效考核？", "2025年每个季度参加考核的人数是多少？", "去年一共有多少人参加了绩效考核？",
    ])
    func participationPeriod(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == ["employees.count"])
        #expect(q.timeDimensions.first?.dimension == "performance_reviews.period")
    }

    @Test("分 is the unit of a score titled with 分: 4.5分及以上 compares it, 分别多少分 shows it; a bare 以上 is still asked")
    func pointsUnit() throws {
        let q = try requiredQuery(Fixtures.generator, "2024年绩效分4.5分及以上的有多少人次")
        #expect(memberFilter(q, "performance_reviews.score").map { $0.op == .gte && $0.values == ["4.5"] } == true)
        #expect(try requiredQuery(Fixtures.generator, "2025年平均绩效分最高的三个部门是哪几个？分别多少分？").limit == 3)
        #expect(Fixtures.generator.generate("2024年绩效分4.5分以上的有多少人次").interpretation == nil)
    }
}
