import QueryGeneration
import SemanticModel
import Testing

/// Classes from the sixth session's held-out first run (hr10): scale words after numbers, an aggregation word before
/// a compared column, kinds counted with 种, generations (90后), a cube's head word before its measure, passive
/// forms of a participle measure, and a count word after a count condition.
@Suite("Understanding: scales, aggregate conditions, kinds, generations")
struct ScaleAndAggregateConditionTests {
    let generator = Fixtures.generator

    @Test("10 million, 1.5 billion, 1000万: the scale word multiplies", arguments: [
        ("How many departments have a budget above 10 million?", "10000000"),
        ("departments with a budget over 1.5 billion", "1500000000"),
        ("预算超过1000万的部门有几个", "10000000"),
    ])
    func scaleWords(_ question: String, _ value: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "departments.budget")?.values == [value], "\(question)")
    }

    @Test("a scale word the column writes in its unit stays the unit: 10,000 thousand MWh is 10,000 of the column")
    func scaleInTheUnit() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: generation
                sql_table: generation
                title: Generation
                measures:
                  - {name: count, type: count, title: Record Count}
                  - {name: total, type: sum, sql: net_generation, title: Total Net Generation (thousand MWh)}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: net_generation, sql: net_generation, type: number, title: Net Generation (thousand MWh)}
            """, values: [:])
        let query = try #require(generator.generate("How many records had net generation above 10,000 thousand MWh?").interpretation?.query)
        #expect(memberFilter(query, "generation.net_generation")?.values == ["10000"])
    }

    @Test("which departments have an average current salary above 20k, 平均工资超过2万的部门: a HAVING on the average", arguments: [
        "Which departments have an average current salary above 20k?", "which departments have an average salary above 20k",
        "平均工资超过2万的部门有哪些",
    ])
    func averageCondition(_ question: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(memberFilter(query, "employees.avg_salary")?.op == .gt, "\(question)")
        #expect(memberFilter(query, "employees.salary") == nil, "\(question)")
        #expect(query.measures.contains("employees.avg_salary"), "\(question)")
        #expect(!query.dimensions.isEmpty, "\(question)")
    }

    @Test("the most senior staff (level 7 and up): the segment's rows counted and ranked; most aggregates no column", arguments: [
        "Which city currently has the most senior staff (level 7 and up)?", "Which city currently has the most senior staff?",
    ])
    func mostOfSegment(_ question: String) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == ["employees.city"], "\(question)")
        #expect(query.segments == ["employees.senior"], "\(question)")
        #expect(!query.measures.contains("employees.max_level") && memberFilter(query, "employees.max_level") == nil, "\(query)")
        #expect(query.order.first.map { $0.member == query.measures.first && $0.descending } == true && query.limit == 1, "\(query)")
    }

    @Test("without an aggregation word the column itself is compared")
    func plainColumnCondition() throws {
        let query = try #require(generator.generate("how many employees earn a salary above 20k").interpretation?.query)
        #expect(memberFilter(query, "employees.salary")?.op == .gt)
    }

    @Test("客服部一共有几种岗位, 多少种职位: kinds counted are the number of different values")
    func kindsCounted() throws {
        for question in ["客服部一共有几种岗位？", "技术部有多少种岗位"] {
            let interpretation = try #require(generator.generate(question).interpretation, "\(question)")
            #expect(interpretation.countsGroups || interpretation.query.measures.contains { $0.contains("distinct") || $0.contains("positions") }, "\(question)")
        }
    }

    @Test("90后, 80后, 95后: born in that decade or half-decade, on the model's date of birth", arguments: [
        ("公司现在有多少90后？", ["1990-01-01", "1999-12-31"]), ("80后员工的平均工资", ["1980-01-01", "1989-12-31"]),
        ("95后有多少人", ["1995-01-01", "1999-12-31"]), ("00后员工有几个", ["2000-01-01", "2009-12-31"]),
    ])
    func generations(_ question: String, _ range: [String]) throws {
        let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
        let birth = try #require(memberFilter(query, "employees.birth_date"), "\(question)")
        #expect(birth.op == .inDateRange && birth.values == range, "\(question)")
        #expect(query.timeDimensions.isEmpty, "\(question)")
    }

    @Test("a model with no date of birth: 90后 is not understood")
    func generationWithoutBirthDate() {
        #expect(CountryFixture.generator.generate("90后有多少个国家").interpretation == nil)
    }

    @Test("绩效优秀率: the head word of the cube's names before one of its measures qualifies it; 各部门绩效 alone still asks")
    func cubeHeadBeforeMeasure() throws {
        let query = try #require(generator.generate("去年各部门的绩效优秀率").interpretation?.query)
        #expect(query.measures == ["performance_reviews.excellent_rate"])
        #expect(query.dimensions == ["departments.name"])
        #expect(query.timeDimensions.first?.dimension == "performance_reviews.period")
        #expect(generator.generate("各部门绩效").interpretation == nil)
    }

    @Test("employees were reviewed in Q3 2025: the participle measure said the other way round, dated by its cube")
    func passiveForm() throws {
        let query = try #require(generator.generate("How many employees were reviewed in Q3 2025?").interpretation?.query)
        #expect(query.measures == ["performance_reviews.reviewed_employees"])
        #expect(query.timeDimensions.first?.dimension == "performance_reviews.period")
    }

    @Test("在职人数超过200的部门…各多少人, departments with more than 200 active employees and how many: the count the condition is on")
    func countAfterCountCondition() throws {
        let query = try #require(generator.generate("在职人数超过200的部门有哪些，各多少人").interpretation?.query)
        #expect(query.measures == ["employees.active_count"])
        // asked for both by name, both are shown
        let both = try #require(generator.generate("各部门的在职人数和员工总数").interpretation?.query)
        #expect(both.measures.count == 2)
    }

    @Test("what percentage of our current workforce is female: workforce is the people counted")
    func workforce() throws {
        let interpretation = try #require(generator.generate("What percentage of our current workforce is female?").interpretation)
        #expect(interpretation.shareOf?.values == ["女"] || interpretation.query.measures == ["employees.female_share"])
        #expect(memberFilter(interpretation.query, "employees.status")?.values == ["在职"])
    }

    @Test("哪几个 asks for the list a top N gives")
    func whichSeveral() throws {
        let query = try #require(generator.generate("2025年平均绩效分最高的三个部门是哪几个").interpretation?.query)
        #expect(query.limit == 3)
        #expect(query.dimensions == ["departments.name"])
    }

    /// An ordinary model of products by maker, two columns in grams, a value with a possessive and one with a hyphen.
    static let products = modelGenerator(yaml: """
        cubes:
          - name: products
            sql_table: products
            title: Products
            meta: {title_zh: 产品}
            joins:
              - {name: makers, relationship: many_to_one, sql: "{CUBE}.maker_id = {makers.id}"}
            measures:
              - {name: count, type: count, title: Number of Products, meta: {title_zh: 产品数量}}
              - {name: avg_sugar, type: avg, sql: sugar_g, title: Average Sugar (g)}
              - {name: avg_fat, type: avg, sql: fat_g, title: Average Fat (g)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Product, meta: {title_zh: 产品}}
              - {name: sugar_g, sql: sugar_g, type: number, title: Sugar (g), meta: {title_zh: 含糖量}}
              - {name: fat_g, sql: fat_g, type: number, title: Fat (g)}
              - {name: kind, sql: kind, type: string, title: Kind}
          - name: makers
            sql_table: makers
            title: Makers
            measures:
              - {name: count, type: count, title: Maker Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Maker}
        """, values: ["makers.name": ["Kellogg's", "General Mills"], "products.kind": ["Ready-to-eat", "Hot"], "products.name": ["Trix", "Corn Flakes"]])

    @Test("a value with a possessive or a hyphen is found as the question's words say it: Kellogg's, Kellogg, ready-to-eat")
    func possessiveAndHyphenValues() throws {
        for question in ["How many Kellogg's products are there?", "how many Kellogg products are there"] {
            let query = try #require(Self.products.generate(question).interpretation?.query, "\(question)")
            #expect(memberFilter(query, "makers.name")?.values == ["Kellogg's"], "\(question)")
        }
        let hyphen = try #require(Self.products.generate("how many ready-to-eat products are there").interpretation?.query)
        #expect(memberFilter(hyphen, "products.kind")?.values == ["Ready-to-eat"])
    }

    @Test("the average sugar content above 10 g: a unit shared by two columns, the measure named before it says which")
    func sharedUnitWithMeasure() throws {
        let query = try #require(Self.products.generate("Which makers have an average sugar content above 10 g?").interpretation?.query)
        #expect(memberFilter(query, "products.avg_sugar")?.op == .gt)
        #expect(query.dimensions == ["makers.name"])
        // a bare 10 g names no column of the two
        #expect(Self.products.generate("how many products have more than 10 g").interpretation == nil)
    }

    @Test("3种产品, 哪一种, 有多少种: 种 counts like 个")
    func classifierZhong() throws {
        let top = try #require(Self.products.generate("含糖量最高的3种产品").interpretation?.query)
        #expect(top.limit == 3)
        let which = try #require(Self.products.generate("含糖量最高的产品是哪一种？").interpretation?.query)
        #expect(which.limit == 1)
        let count = try #require(Self.products.generate("含糖量超过12克的产品有多少种？").interpretation?.query)
        #expect(count.measures == ["products.count"])
        #expect(memberFilter(count, "products.sugar_g")?.values == ["12"])
    }

    /// Counties with a column and the average of it both called "poverty rate", and a count whose synonym is the
    /// rows' plural, as an ordinary model author writes them.
    static let counties = modelGenerator(yaml: """
        cubes:
          - name: counties
            sql_table: counties
            title: Counties
            joins:
              - {name: states, relationship: many_to_one, sql: "{CUBE}.state_id = {states.id}"}
            measures:
              - {name: count, type: count, title: Number of Counties, meta: {synonyms: [county count, counties]}}
              - {name: total_population, type: sum, sql: population, title: Total Population}
              - {name: avg_poverty, type: avg, sql: pct_poverty, title: Average Poverty Rate (%), meta: {synonyms: [poverty rate]}}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: County}
              - {name: pct_poverty, sql: pct_poverty, type: number, title: Below Poverty (%), meta: {synonyms: [poverty rate]}}
          - name: states
            sql_table: states
            title: States
            measures:
              - {name: count, type: count, title: Number of States}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: State}
        """, values: ["states.name": ["Ohio", "Indiana"]])

    @Test("how many counties have a poverty rate above 20%: counting the rows, the condition is each row's column; which states have one: the average")
    func rowConditionWhenCountingRows() throws {
        let rows = try #require(Self.counties.generate("For each state, how many counties have a poverty rate above 20%?").interpretation?.query)
        #expect(memberFilter(rows, "counties.pct_poverty")?.op == .gt)
        #expect(memberFilter(rows, "counties.avg_poverty") == nil)
        #expect(rows.measures == ["counties.count"])
        let groups = try #require(Self.counties.generate("which states have a poverty rate above 15%").interpretation?.query)
        #expect(memberFilter(groups, "counties.avg_poverty")?.op == .gt)
    }

    @Test("the total population of all the counties: the rows' noun after of and its determiners is not a second measure")
    func partitiveWithDeterminers() throws {
        for question in ["What is the total population of all the counties?", "total population of the counties", "the total population of all counties"] {
            let query = try #require(Self.counties.generate(question).interpretation?.query, "\(question)")
            #expect(query.measures == ["counties.total_population"], "\(question)")
        }
    }

    @Test("an amount with the column's currency sign, compared with a column counted in $1000s, is scaled to it")
    func currencyAmountInAScaledColumn() throws {
        let generator = modelGenerator(yaml: """
            cubes:
              - name: districts
                sql_table: districts
                title: Districts
                measures:
                  - {name: count, type: count, title: Number of Districts}
                dimensions:
                  - {name: id, sql: id, type: number, primary_key: true}
                  - {name: income, sql: income, type: number, title: Average Income ($1000s)}
            """, values: [:])
        for (question, value) in [("how many districts have an average income above $20,000", "20"), ("how many districts have an average income above $20k", "20"),
                                  ("how many districts have an average income above 20", "20")] {
            let query = try #require(generator.generate(question).interpretation?.query, "\(question)")
            #expect(memberFilter(query, "districts.income")?.values == [value], "\(question)")
        }
    }
}
