import Testing
import SemanticModel
@testable import QueryGeneration

/// A date asked of the rows a question picks; the longest-serving; a rate's own condition restated; the noun of a
/// measure's rows before it; a share whose base is an event's rows.
@Suite("Understanding: dates of picked rows, the longest-serving, restated rate conditions, rows named before their measure")
struct ShownDatesAndRatesTests {
    @Test("when did employee 42 join, their start date, 工号42的员工什么时候入职: the row by its key with its hire date", arguments: [
        "When did employee 42 join?", "When was employee 42 hired?", "What is employee 42's start date?",
        "工号42的员工什么时候入职的", "工号42的员工入职日期是哪天",
    ])
    func dateOfKeyedRow(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.ungrouped == true && q.measures.isEmpty && q.dimensions.contains("employees.hire_date"), "\(q)")
        #expect(memberFilter(q, "employees.id")?.values == ["42"], "\(q)")
    }

    @Test("employee 888's department and position, 'pull up employee 42: name, department and level': the row's columns", arguments: [
        ("What department and position is employee 888 in?", ["departments.name_en", "employees.position"]),
        ("Pull up employee 42 for me: name, department and level.", ["employees.name", "departments.name_en", "employees.level"]),
    ])
    func columnsOfKeyedRow(_ question: String, columns: [String]) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.ungrouped == true && q.measures.isEmpty && Set(q.dimensions) == Set(columns) && q.dimensions.count == columns.count, "\(q)")
    }

    @Test("poor (D) ratings: the value's code said again after its name is the same condition")
    func restatedValueCode() throws {
        let q = try requiredQuery(Fixtures.generator, "How many poor (D) ratings were given in the fourth quarter of 2025?")
        #expect(q.measures == ["performance_reviews.count"] && memberFilter(q, "performance_reviews.rating")?.values == ["D"], "\(q)")
    }

    @Test("the most recent hire and when they started; the longest-serving current employee (司龄最长): one row by hire date", arguments: [
        ("Who was our most recent hire and when did they start?", true),
        ("Who was our most recent hire and what was their hire date?", true),
        ("Who is our longest-serving current employee, and when did they start?", false),
        ("司龄最长的在职员工是谁", false),
    ])
    func dateOfRankedRow(_ question: String, newest: Bool) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.limit == 1 && q.ungrouped == true && q.dimensions == ["employees.name", "employees.hire_date"], "\(q)")
        #expect(q.order.first?.member == "employees.hire_date" && q.order.first?.descending == newest, "\(q)")
    }

    @Test("a date asked beside a count or a breakdown is not shown: asked, never a breakdown by year", arguments: [
        "When did we hire the most people?", "How many people joined, and when did they start?",
    ])
    func dateBesideFigureIsAsked(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil)
    }

    @Test("the longest-serving by a date that is no start (a review period): asked")
    func longestServingNeedsStart() {
        #expect(Fixtures.generator.generate("Which is the longest-serving review?").interpretation == nil)
    }

    @Test("excellent rate (S or A) by level, 优秀率（S或A）: the rate's own values define it, no condition making it 100%", arguments: [
        "Excellent rate (S or A) by job level for 2025 reviews", "优秀率（S或A）按部门",
    ])
    func restatedRateCondition(_ question: String) throws {
        let result = Fixtures.generator.generate(question)
        let q = try #require(result.interpretation?.query, "\(result)")
        #expect(q.measures == ["performance_reviews.excellent_rate"] && memberFilter(q, "performance_reviews.rating") == nil, "\(q)")
        #expect(result.interpretation?.notes.isEmpty == false)
    }

    @Test("the excellent rate of S reviews alone: 100% by construction, asked")
    func partOfRateConditionIsAsked() {
        #expect(Fixtures.generator.generate("excellent rate of S reviews").interpretation == nil)
    }

    @Test("the average department budget: one figure over the departments, not each department's own budget", arguments: [
        ("What's the average department budget?", "departments.avg_budget"), ("total department budget", "departments.total_budget"),
    ])
    func rowsNamedBeforeMeasure(_ question: String, measure: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures == [measure] && q.dimensions.isEmpty, "\(q)")
    }

    @Test("what percentage of Engineering employees have left: Engineering is the base, not the share of leavers; asked", arguments: [
        "what percentage of Engineering employees have left?", "Of the people in Engineering, what percentage has left?",
        "Of everyone who has ever worked in Engineering, what percentage has left?",
    ])
    func shareWithEventBase(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil)
    }

    @Test("since the start of 2024: the boundary words, though start names the hire date here")
    func startOfPeriod() throws {
        let q = try requiredQuery(Fixtures.generator, "How many people have left since the start of 2024?")
        #expect(memberFilter(q, "employees.hire_date") == nil && q.measures == ["employees.count"], "\(q)")
    }
}
