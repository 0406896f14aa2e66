import Testing
import SemanticModel
@testable import QueryGeneration

@Suite("Understanding: inclusive bounds said again, 男的多还是女的多, a segment before the sort measure, a key that looks like a year")
struct InclusiveRangesAndWhichOfTwoTests {
    @Test("between 20,000 and 30,000 a month, both ends included; 3到5级之间（含3级和5级）: the range as read", arguments: [
        ("How many current employees earn between 20,000 and 30,000 a month, both ends included?", "employees.salary", 20000.0, 30000.0),
        ("How many current employees earn between 20,000 and 30,000 a month, inclusive?", "employees.salary", 20000, 30000),
        ("职级在3到5级之间（含3级和5级）的在职员工有多少人？", "employees.level", 3, 5),
        ("职级3到5级（含）的在职员工有多少人", "employees.level", 3, 5),
    ])
    func inclusiveBounds(_ question: String, member: String, low: Double, high: Double) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        let conditions = q.filters.flatMap(\.memberFilters).filter { $0.member == member }
        #expect(conditions.count == 2, "\(q)")
        #expect(conditions.contains { $0.op == .gte && Double($0.values[0]) == low } && conditions.contains { $0.op == .lte && Double($0.values[0]) == high }, "\(q)")
    }

    @Test("bounds named after 含 that are not the range's are not claimed")
    func otherBoundsAsked() {
        #expect(Fixtures.generator.generate("职级在3到5级之间（含4级和6级）的在职员工有多少人？").interpretation == nil)
    }

    @Test("男的多还是女的多, 技术部人多还是销售部人多: one row per value, so the answer says which", arguments: [
        ("咱们公司现在男的多还是女的多？", "employees.gender"), ("男员工多还是女员工多", "employees.gender"),
        ("技术部人多还是销售部人多", "departments.name"),
    ])
    func whichOfTwo(_ question: String, dimension: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions == [dimension] && q.measures == ["employees.count"], "\(q)")
    }

    @Test("who earns more on average, men or women: a comparative and two values joined by or, one row per value", arguments: [
        ("Who earns more on average, men or women?", "employees.gender"), ("Do men or women earn more on average?", "employees.gender"),
        ("Which is higher on average, the Engineering or Sales salary?", "departments.name_en"),
    ])
    func whichOfTwoEnglish(_ question: String, dimension: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions == [dimension] && q.measures == ["employees.avg_salary"], "\(q)")
        #expect(memberFilter(q, dimension)?.values.count == 2, "\(q)")
    }

    @Test("with no figure asked, which is more of what is not said: asked back")
    func whichOfTwoEnglishNoFigure() {
        let result = Fixtures.generator.generate("Who earns more, men or women?")
        #expect(result.interpretation == nil, "\(result)")
    }

    @Test("还是 in any other shape is not read")
    func otherOrIsAsked() {
        #expect(Fixtures.generator.generate("男的多还是女员工的平均工资").interpretation == nil)
    }

    @Test("按在职员工平均月薪排，前三名是哪几个部门: ranked by the measure, over current staff")
    func segmentBeforeSortMeasure() throws {
        let q = try requiredQuery(Fixtures.generator, "按在职员工平均月薪排，前三名是哪几个部门？")
        #expect(q.order.first?.member == "employees.avg_salary" && q.limit == 3 && q.dimensions == ["departments.name"], "\(q)")
    }

    @Test("When did employee 1999 start with us: 1999 after the singular noun is the key, not a year")
    func keyLikeAYear() throws {
        let q = try requiredQuery(Fixtures.generator, "When did employee 1999 start with us?")
        #expect(memberFilter(q, "employees.id")?.values == ["1999"] && q.dimensions.contains("employees.hire_date"), "\(q)")
        let year = try requiredQuery(Fixtures.generator, "how many employees joined in 1999")
        #expect(memberFilter(year, "employees.id") == nil, "\(year)")
    }

    @Test("Compare Engineering and Sales, Engineering vs Sales: a count of departments per department is one each; asked", arguments: [
        "Compare Engineering and Sales.", "Engineering vs Sales",
    ])
    func countOfOwnRowsIsAsked(_ question: String) {
        #expect(Fixtures.generator.generate(question).interpretation == nil)
    }

    @Test("headcount of Engineering vs Sales still compares a figure")
    func comparedFigure() throws {
        let q = try requiredQuery(Fixtures.generator, "headcount of Engineering vs Sales")
        #expect(q.measures == ["employees.count"] && q.dimensions == ["departments.name_en"], "\(q)")
    }
}
