import QueryGeneration
import SemanticModel
import Testing

/// "Which varieties averaged under 30", "pay their staff less than 17,000 on average": a condition on each group's
/// average; "which occupations earn more than $15,000": the rows themselves; "12 years of education on average"
/// where each row already is an average; "list the 3 occupations with the lowest prestige score": ranked rows.
@Suite("Understanding: averaged conditions and rows asked for by which")
struct AveragedConditionTests {
    let occupations = modelGenerator(yaml: """
        cubes:
          - name: occupations
            sql_table: occupations
            title: Occupations
            measures:
              - {name: count, type: count, title: Number of Occupations}
              - {name: avg_income, type: avg, sql: income, title: Average Income ($)}
              - {name: min_prestige, type: min, sql: prestige, title: Lowest Prestige Score}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Occupation}
              - {name: kind, sql: kind, type: string, title: Occupation Type}
              - {name: income, sql: income, type: number, title: Income ($)}
              - {name: prestige, sql: prestige, type: number, title: Prestige Score}
              - name: education
                sql: education
                type: number
                title: Education (years)
                description: Average years of education of people in the occupation.
        """, values: ["occupations.kind": ["Professional", "Blue Collar"]])

    func query(_ generator: QueryGenerator, _ question: String) throws -> CubeQuery {
        try #require(generator.generate(question).interpretation?.query, "\(question) was not answered")
    }

    @Test("a comparison said with averaged / on average over groups is on the group's average", arguments: [
        "Which departments pay their active staff less than 17,000 on average?",
        "which departments averaged a salary under 17,000",
    ])
    func averagedCondition(_ question: String) throws {
        let q = try query(Fixtures.generator, question)
        #expect(q.dimensions == ["departments.name_en"])
        #expect(memberFilter(q, "employees.avg_salary") == MemberFilter(member: "employees.avg_salary", op: .lt, values: ["17000"]))
        #expect(memberFilter(q, "employees.salary") == nil)
        #expect(q.measures.contains("employees.avg_salary"))
    }

    @Test("which <rows> with a condition: the rows by their label and the compared column")
    func whichRows() throws {
        let q = try query(occupations, "Which occupations earn more than $15,000?")
        #expect(q.ungrouped == true)
        #expect(q.dimensions == ["occupations.name", "occupations.income"])
        #expect(memberFilter(q, "occupations.income")?.op == .gt)
    }

    @Test("on average after a column whose rows are averages restates it")
    func onAverageRestates() throws {
        let q = try query(occupations, "How many occupations have at least 12 years of education on average?")
        #expect(q.measures == ["occupations.count"])
        #expect(memberFilter(q, "occupations.education") == MemberFilter(member: "occupations.education", op: .gte, values: ["12"]))
    }

    @Test("on average where the column's words don't say it, with nothing grouped: asked")
    func onAverageUnread() {
        guard case .notUnderstood(let c) = occupations.generate("How many occupations have an income of at least 12,000 on average?") else {
            Issue.record("answered")
            return
        }
        #expect(c.unknownWords.contains("average"))
    }

    @Test("list the N <rows> with the lowest <a min measure's title>: the rows ranked by its column")
    func listedLowest() throws {
        let q = try query(occupations, "List the 3 occupations with the lowest prestige scores")
        #expect(q.ungrouped == true)
        #expect(q.limit == 3)
        #expect(q.order == [OrderItem("occupations.prestige", descending: false)])
    }

    @Test("earn on average per month: the monthly pay column's own period, not a breakdown by hire month")
    func perMonthPay() throws {
        let q = try query(Fixtures.generator, "What do our current Shanghai staff earn on average per month?")
        #expect(q.measures == ["employees.avg_salary"])
        #expect(q.timeDimensions.isEmpty)
    }

    @Test("最近招了多少人: a count over a recent period nobody said is asked, not the latest hires listed")
    func recentCount() {
        guard case .notUnderstood = Fixtures.generator.generate("最近招了多少人？") else {
            Issue.record("answered")
            return
        }
    }

    @Test("各有多少人 after a ranked active headcount asks that headcount again, not every row's count beside it")
    func countAgain() throws {
        let q = try query(Fixtures.generator, "在职人数最少的三个部门是哪几个？各有多少人？")
        #expect(q.measures == ["employees.active_count"])
        #expect(q.limit == 3)
    }
}
