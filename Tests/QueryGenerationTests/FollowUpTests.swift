import QueryGeneration
import SemanticModel
import Testing

@Suite("Follow-up questions")
struct FollowUpTests {
    func first(_ question: String) throws -> Interpretation {
        try #require(Fixtures.generator.generate(question).interpretation)
    }

    func follow(_ previous: Interpretation, _ question: String) throws -> Interpretation {
        let i = try #require(Fixtures.generator.generate(question, followingUp: previous).interpretation, "not understood: \(question)")
        #expect(i.isFollowUp, "\(question) should refine the previous query")
        return i
    }

    @Test("A conversation's state survives its JSON form (replicas keep it in PostgreSQL), follow-ups included")
    func storedState() throws {
        for question in ["北京各部门的平均工资", "average score by department in 2024", "硕士占比", "top 5 departments by headcount"] {
            let i = try first(question)
            #expect(try Interpretation(json: JSONValue.parse(i.json.jsonString())) == i, "\(question)")
            let next = try follow(i, question.first!.isASCII ? "and in 2023?" : "那上海呢？")
            #expect(try Interpretation(json: JSONValue.parse(next.json.jsonString())) == next, "\(question) → follow-up")
        }
        #expect(throws: TextBIError.self) { try Interpretation(json: .object([("question", "x")])) }
    }

    @Test("那上海呢? replaces the city; the rest is kept")
    func anotherValue() throws {
        let base = try first("北京各部门的平均工资")
        let next = try follow(base, "那上海呢？")
        #expect(next.query.measures == ["employees.avg_salary"])
        #expect(next.query.dimensions == ["departments.name"])
        #expect(next.query.filters == [.member(MemberFilter(member: "employees.city", op: .equals, values: ["上海"]))])
        #expect(next.understood.hasPrefix("接上一问："))
    }

    @Test("and last year? replaces the period on the conversation's time dimension")
    func anotherPeriod() throws {
        let base = try first("average score by department in 2024")
        let next = try follow(base, "and last year?")
        #expect(next.query.measures == base.query.measures)
        #expect(next.query.timeDimensions == [TimeDimension(dimension: "performance_reviews.period", dateRange: .absolute(from: "2025-01-01", to: "2025-12-31"))])
    }

    @Test("只看前三 keeps the question and ranks it")
    func topN() throws {
        let base = try first("各部门员工人数")
        let next = try follow(base, "只看前三")
        #expect(next.query.limit == 3)
        #expect(next.query.order == [OrderItem("employees.count", descending: true)])
        #expect(next.query.dimensions == ["departments.name"])
    }

    @Test("换成平均工资 swaps the measure")
    func anotherMeasure() throws {
        let base = try first("各城市员工人数")
        let next = try follow(base, "换成平均工资")
        #expect(next.query.measures == ["employees.avg_salary"])
        #expect(next.query.dimensions == ["employees.city"])
    }

    @Test("按学历呢 regroups; what about Engineering adds a filter in English")
    func regroupAndFilter() throws {
        let base = try first("2024年入职的各部门员工人数")
        let regrouped = try follow(base, "按学历呢")
        #expect(regrouped.query.dimensions == ["employees.education"])
        #expect(regrouped.query.timeDimensions == base.query.timeDimensions)
        let english = try first("headcount by city")
        let filtered = try follow(english, "what about Engineering?")
        #expect(filtered.query.filters == [.member(MemberFilter(member: "departments.name_en", op: .equals, values: ["Engineering"]))])
        #expect(filtered.query.dimensions == ["employees.city"])
    }

    @Test("a complete new question is not a follow-up, even with 'and' inside it")
    func freshQuestion() throws {
        let base = try first("各部门员工人数")
        let next = try #require(Fixtures.generator.generate("北京的平均工资", followingUp: base).interpretation)
        #expect(!next.isFollowUp)
        #expect(next.query.dimensions.isEmpty)
        let beijing = try first("average salary in Beijing")
        let both = try #require(Fixtures.generator.generate("headcount by department and gender", followingUp: beijing).interpretation)
        #expect(!both.isFollowUp)
        #expect(both.query.filters.isEmpty)
    }

    @Test("那上海呢? after 硕士占比, and 'and in Beijing?' after a bound's share: still the share, of the new rows")
    func shareSurvivesFollowUp() throws {
        for (question, followUp) in [("硕士占比", "那上海呢？"), ("What percentage of employees earn more than 30000 a month?", "and in 北京?")] {
            let share = try first(question)
            let next = try follow(share, followUp)
            #expect(next.shareOf != nil && next.shareOf == share.shareOf, "\(next)")
            #expect(next.query.filters.contains { $0.memberFilters.contains { $0.member == "employees.city" } }, "\(next.query)")
        }
    }
}
