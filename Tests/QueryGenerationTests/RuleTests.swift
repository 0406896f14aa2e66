import QueryGeneration
import SemanticModel
import Testing

@Suite("Tokenizer and rules")
struct RuleTests {
    @Test("numbers are normalised", arguments: [
        ("工资超过2万", 20_000.0), ("over 1.5k", 1_500), ("超过两万", 20_000), ("前三", 3), ("十五", 15),
        ("30,000以上", 30_000), ("一千五百", 1_500), ("2w", 20_000),
    ])
    func numbers(_ text: String, _ expected: Double) {
        let numbers = Fixtures.generator.tokenize(text).compactMap(\.number)
        #expect(numbers.contains(expected), "\(text) → \(numbers)")
    }

    @Test("absurd numbers never trap: they are read or refused", arguments: [
        "9999999999999999999999年入职人数", "2024年99999999999999999999月入职人数", "2024年第99999999999999999999季度入职人数",
        "前99999999999999999999名", "工资超过99999999999999999999999的员工", "最新的99999999999999999999名员工", "latest 1e30 employees",
    ])
    func absurdNumbers(_ question: String) {
        _ = Fixtures.generator.generate(question)
    }

    @Test("Chinese is segmented by longest dictionary match")
    func segmentation() {
        let tokens = Fixtures.generator.tokenize("各部门平均工资")
        #expect(tokens.map(\.text) == ["各", "部门", "平均工资"])
        #expect(tokens[2].entries.first == .measure("employees.avg_salary"))
    }

    @Test("full-width and upper-case input is normalised")
    func normalisation() {
        let a = Fixtures.generator.generate("ＨＥＡＤＣＯＵＮＴ　ＢＹ　ＣＩＴＹ").interpretation?.query
        let b = Fixtures.generator.generate("headcount by city").interpretation?.query
        #expect(a != nil && a == b)
    }

    @Test("relative periods follow the injected clock, not the machine's")
    func clock() throws {
        let generator = QueryGenerator(model: Fixtures.model, values: Fixtures.values, clock: .fixed(CalendarDate(year: 2020, month: 3, day: 15)))
        let query = try #require(generator.generate("去年入职人数").interpretation?.query)
        #expect(query.timeDimensions.first?.dateRange == .absolute(from: "2019-01-01", to: "2019-12-31"))
        let last = try #require(generator.generate("last month hires").interpretation?.query)
        #expect(last.timeDimensions.first?.dateRange == .absolute(from: "2020-02-01", to: "2020-02-29"))
    }

    @Test("the restatement is in the question's language")
    func restatement() throws {
        let zh = try #require(Fixtures.generator.generate("2024年入职的北京各部门的平均工资").interpretation)
        #expect(zh.understood == "各部门 · 北京 · 平均月薪 · 2024年（入职日期）")
        let en = try #require(Fixtures.generator.generate("average salary by department in Beijing").interpretation)
        #expect(en.understood == "by Department · City: 北京 · Average Salary")
    }

    @Test("a word no rule accounts for means no query: a clarification with what was understood and choices",
          arguments: [("各部门员工人数 banana", ["banana"]), ("员工平均通勤时间", ["通勤时间"]), ("average commute time of employees", ["commute"])])
    func unaccountedWords(_ question: String, _ unknown: [String]) throws {
        guard case .notUnderstood(let c) = Fixtures.generator.generate(question) else {
            Issue.record("\(question) was answered")
            return
        }
        #expect(c.reason == .needsClarification)
        #expect(c.code == .needsClarification)
        #expect(c.unknownWords.contains { unknown.contains($0) }, "\(c.unknownWords)")
        #expect(c.understood?.isEmpty == false)
        #expect((1...3).contains(c.suggestions.count))
        // Every choice is a complete question understood as written.
        for choice in c.suggestions { #expect(Fixtures.generator.generate(choice).interpretation != nil, "\(choice)") }
    }

    @Test("an explicit chart request is recorded", arguments: [("各部门人数用饼图展示", "pie"), ("每年入职人数折线图", "line"), ("headcount by city as a bar chart", "bar")])
    func chartRequests(_ question: String, _ chart: String) {
        #expect(Fixtures.generator.generate(question).interpretation?.requestedChart == chart)
    }
}

@Suite("Ambiguity is resolved by a stated rule")
struct AmbiguityTests {
    @Test("'latest' means the hire date unless the question names another date, and the answer says so")
    func latest() throws {
        let hires = try #require(Fixtures.generator.generate("latest 3 employees").interpretation)
        #expect(hires.query.order == [OrderItem("employees.hire_date", descending: true)])
        #expect(hires.notes.contains { $0.contains("hire date") && $0.contains("termination date") })
        let left = try #require(Fixtures.generator.generate("最近离职的员工").interpretation)
        #expect(left.query.order == [OrderItem("employees.termination_date", descending: true)])
        #expect(left.notes.contains { $0.contains("离职日期") })
    }

    @Test("comparisons group the compared values; a share groups by the value's dimension")
    func comparisonsAndShares() throws {
        let vs = try #require(Fixtures.generator.generate("Beijing vs Shanghai headcount").interpretation)
        #expect(vs.query.dimensions == ["employees.city"])
        let share = try #require(Fixtures.generator.generate("硕士占比").interpretation)
        #expect(share.query.dimensions == ["employees.education"] && share.query.filters.isEmpty)
        #expect(share.shareOf == MemberFilter(member: "employees.education", op: .equals, values: ["硕士"]))
    }

    @Test("traditional characters read as simplified", arguments: [("員工總數", "统计员工总数"), ("各部門平均薪資", "各部门平均薪资"), ("技術部有多少人", "技术部有多少人")])
    func traditional(_ traditional: String, _ simplified: String) {
        #expect(Fixtures.generator.generate(traditional).interpretation?.query == Fixtures.generator.generate(simplified).interpretation?.query)
    }
}

@Suite("Fuzzing")
struct FuzzTests {
    /// A small deterministic generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let rounds = 3_000

    @Test("3,000 random questions from the vocabulary's pieces are answered or refused, never a crash")
    func randomQuestions() {
        let pieces = ["员工", "部门", "城市", "平均", "工资", "最高", "最低", "前", "后", "各", "按", "超过", "以上", "以下", "不", "非", "除", "以外",
                      "年", "月", "季度", "第", "今年", "去年", "近", "个月", "北京", "技术部", "0", "7", "99999999999999999999", "1.5", "万", "k",
                      " by ", " top ", " average ", " salary ", " in ", " since ", " before ", " between ", " and ", "最新", "latest", "对比",
                      "占比", "同比", "环比", "呢", "只看", "换成", "-", "q3", "2024", "2024-05", "😀", "'", ";", "员", "級"]
        var rng = SplitMix(state: 20_261_125)
        var previous: Interpretation? = nil
        for _ in 0..<Self.rounds {
            let count = Int.random(in: 1...12, using: &rng)
            let question = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
            switch Fixtures.generator.generate(question, followingUp: previous) {
            case .understood(let i):
                #expect(!i.query.measures.isEmpty || !i.query.dimensions.isEmpty, "\(question)")
                previous = i
            case .notUnderstood(let nu):
                #expect(!nu.message.isEmpty)
            }
        }
    }
}
