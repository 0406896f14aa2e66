import Testing
import SemanticModel
@testable import QueryGeneration

/// Players with no date: the season is in the members' titles (Walks (1986), 1987 Salary (thousand USD)); names in
/// first, last and full columns; hours worked by wives and by husbands, told apart only by their units.
private let players = modelGenerator(yaml: """
    cubes:
      - name: players
        sql_table: players
        title: Players
        meta: {title_zh: 球员}
        measures:
          - {name: count, type: count, title: Number of Players, meta: {title_zh: 球员人数}}
          - {name: avg_salary, type: avg, sql: salary, title: Average 1987 Salary (thousand USD)}
          - {name: total_walks, type: sum, sql: walks, title: Walks (1986)}
          - {name: avg_years, type: avg, sql: years, title: Average Years in the Majors (years), meta: {title_zh: 平均球龄}}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: first_name, sql: first_name, type: string, title: First Name}
          - {name: last_name, sql: last_name, type: string, title: Last Name}
          - {name: full_name, sql: "{CUBE}.first_name || ' ' || {CUBE}.last_name", type: string, title: Player}
          - {name: walks, sql: walks, type: number, title: Walks (1986)}
          - {name: years, sql: years, type: number, title: Years in the Majors (years), meta: {title_zh: 球龄（年）}}
          - {name: service, sql: service, type: number, title: Years of Service (years), meta: {title_zh: 工龄}}
          - {name: salary, sql: salary, type: number, title: 1987 Salary (thousand USD), meta: {title_zh: 1987年薪资}}
      - name: wives
        sql_table: wives
        title: Wives
        measures:
          - {name: count, type: count, title: Number of Wives}
          - {name: hours, type: sum, sql: hours, title: Total Hours Worked (wife, 1975)}
          - {name: husband_hours, type: sum, sql: husband_hours, title: Total Hours Worked (husband, 1975)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
    """, values: [:])

@Suite("Understanding: a year the members' titles carry, an amount in another magnitude, a full-name label, twins told apart")
struct TitleYearsAndScaledAmountsTests {
    @Test("in 1987 / 1987年 restates the salary's own season; another year is asked", arguments: [
        ("What was the average salary in 1987?", true), ("How many players had more than 100 walks in 1986?", true),
        ("What was the average salary in 1986?", false),
    ])
    func titleYear(_ question: String, answered: Bool) {
        let result = players.generate(question)
        #expect((result.interpretation != nil) == answered, "\(result)")
        #expect(result.interpretation?.query.timeDimensions.isEmpty ?? true)
    }

    @Test("薪资超过200万美元, over 2 million dollars, over 2000 against a column in thousand USD all compare 2000", arguments: [
        "1987年薪资超过200万美元的球员有几位？", "How many players had a 1987 salary over 2 million dollars?",
        "How many players had a 1987 salary over 2000?",
    ])
    func scaledAmount(_ question: String) throws {
        let q = try requiredQuery(players, question)
        #expect(q.filters.flatMap { $0.memberFilters }.flatMap(\.values) == ["2000"], "\(q)")
    }

    @Test("an amount in another magnitude with no unit said is asked (over 2 million)")
    func scaledAmountWithoutUnit() {
        #expect(players.generate("How many players had a 1987 salary over 2 million?").interpretation == nil)
    }

    @Test("the players with more than 100 walks are listed by the full name, not the first name")
    func fullNameLabel() throws {
        let q = try requiredQuery(players, "Which players had more than 100 walks in 1986?")
        #expect(q.dimensions.first == "players.full_name", "\(q)")
    }

    @Test("total hours worked in 1975: 1975 is in both twins' units, so which one is asked")
    func twinsNotToldApartByASharedWord() {
        #expect(players.generate("Total hours worked in 1975").interpretation == nil)
    }

    @Test("球员的平均球龄是多少年: the unit after 多少 is the averaged column's own")
    func unitAfterHowMany() throws {
        let q = try requiredQuery(players, "球员的平均球龄是多少年？")
        #expect(q.measures == ["players.avg_years"], "\(q)")
    }

    @Test("工龄超过10年: 年 is the Chinese word of the column's unit written in English (years)")
    func chineseWordOfEnglishUnit() throws {
        let q = try requiredQuery(players, "工龄超过10年的球员有多少人？")
        #expect(memberFilter(q, "players.service")?.op == .gt && q.measures == ["players.count"], "\(q)")
    }
}
