import QueryGeneration
import SemanticModel
import Testing

/// "How many different employees received an S rating in 2025": the count of employees under a condition on their
/// reviews counts each once, and the year dates the reviews, not the hire; a condition on the measured rows' parent
/// (the reviewed employee's degree) leaves the period to the measure.
@Suite("Understanding: conditions on joined rows and the date they carry")
struct ConditionDateTests {
    func query(_ question: String) throws -> CubeQuery {
        try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question) was not answered")
    }

    @Test("a year right after (or, in Chinese, before) a condition on the reviews dates the reviews", arguments: [
        "How many different employees received an S rating in 2025?", "How many employees got an S rating in 2025?",
        "2025年考核为S的员工有多少",
    ])
    func conditionDate(_ question: String) throws {
        let q = try query(question)
        #expect(q.measures == ["employees.count"])
        #expect(memberFilter(q, "performance_reviews.rating")?.values == ["S"])
        #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"])
    }

    @Test("a condition on the measured rows' parent never dates them: the period is the measure's, or asked")
    func parentCondition() throws {
        for question in ["2025年硕士学历员工的平均绩效分是多少", "Compare the average review score of men and women in 2025"] {
            guard let q = Fixtures.generator.generate(question).interpretation?.query else { continue }
            #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"], "\(question)")
        }
    }

    @Test("different before a count of one cube's own rows says nothing the count doesn't: asked")
    func differentOwnRows() {
        guard case .notUnderstood(let c) = Fixtures.generator.generate("how many different employees are in Sales") else {
            Issue.record("answered")
            return
        }
        #expect(c.unknownWords.contains("different"))
    }

    @Test("tenure: more than / at least N years with us is a start before / on or before today minus N years", arguments: [
        ("How many current employees have been with us for more than five years?", FilterOperator.beforeDate, "2021-11-25"),
        ("司龄满5年的在职员工有多少？", .beforeOrOnDate, "2021-11-25"),
        ("how many employees have worked here for less than 2 years", .afterDate, "2024-11-25"),
    ])
    func tenure(_ question: String, _ op: FilterOperator, _ date: String) throws {
        let q = try query(question)
        #expect(memberFilter(q, "employees.hire_date") == MemberFilter(member: "employees.hire_date", op: op, values: [date]))
    }

    @Test("tenure with no comparison (for 5 years: exactly? at least?) is asked")
    func tenureUnsaid() {
        guard case .notUnderstood = Fixtures.generator.generate("how many employees have been with us for 5 years") else {
            Issue.record("answered")
            return
        }
    }

    @Test("an optional date's verb with no period of its own (have left, have since left): the rows where it is set", arguments: [
        "How many PhDs have left the company?", "Of the people who joined in 2021, how many have since left?",
    ])
    func eventHappened(_ question: String) throws {
        let q = try query(question)
        #expect(memberFilter(q, "employees.termination_date")?.op == .set)
    }

    @Test("ratings given out / handed out are the reviews", arguments: [
        "How many S ratings were handed out in 2024?", "How many D ratings were given out in 2024?",
    ])
    func givenOut(_ question: String) throws {
        let q = try query(question)
        #expect(q.measures == ["performance_reviews.count"])
        #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"])
    }

    @Test("a period before a linking verb and a condition on the reviews dates the reviews (2025年第四季度拿到S的有多少人)", arguments: [
        "2025年第四季度拿到S的有多少人？", "2024年被评为D的有几个人",
    ])
    func periodBeforeLinkedCondition(_ question: String) throws {
        let q = try query(question)
        #expect(q.measures == ["employees.count"])
        #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"], "\(q)")
    }

    @Test("a joined cube's noun beside the period, after a verb of taking part, dates that cube's rows", arguments: [
        "2025年参加过考核的员工有多少", "How many different employees received a performance review in 2024?", "Number of employees reviewed in 2024",
    ])
    func periodOfTakingPart(_ question: String) throws {
        let q = try query(question)
        #expect(q.measures == ["employees.count"])
        #expect(q.timeDimensions.map(\.dimension) == ["performance_reviews.period"], "\(q)")
    }
}
