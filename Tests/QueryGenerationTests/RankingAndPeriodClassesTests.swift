import QueryGeneration
import SemanticModel
import Testing

@Suite("Rankings named by a measure, cube nouns as groups, listed periods, bare columns")
struct RankingAndPeriodClassesTests {
    @Test("which group has the lowest X, where 'lowest X' is a min measure's own name: the groups ranked, one kept", arguments: [
        ("Which department has the lowest salary?", "employees.min_salary", false, 1),
        ("哪个部门的最高工资最高", "employees.max_salary", true, 1),
        ("哪3个城市的最低工资最低", "employees.min_salary", false, 3),
    ])
    func superlativeInTheMeasureName(_ question: String, _ measure: String, _ descending: Bool, _ limit: Int) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.order.first == OrderItem(measure, descending: descending) && query.limit == limit && query.dimensions.count == 1, "\(query)")
    }

    @Test("without 'which' the same words stay the measure, per group")
    func measureWithoutWhich() throws {
        let query = try #require(Fixtures.generator.generate("the lowest salary in each department").interpretation?.query)
        #expect(query.measures == ["employees.min_salary"] && query.limit == nil)
    }

    @Test("which 3 employees have the highest salary: the people, listed by the column, not grouped by name")
    func whichRowsOfTheMeasuresCube() throws {
        let query = try #require(Fixtures.generator.generate("which 3 employees have the highest salary").interpretation?.query)
        #expect(query.ungrouped == true && query.limit == 3 && query.order.first == OrderItem("employees.salary", descending: true), "\(query)")
    }

    @Test("aggregation words joined by and / 和 each give a measure of the column", arguments: [
        ("最低和最高工资", ["employees.min_salary", "employees.max_salary"]),
        ("minimum and maximum salary by department", ["employees.min_salary", "employees.max_salary"]),
        ("各部门的平均和最高工资", ["employees.avg_salary", "employees.max_salary"]),
    ])
    func coordinatedAggregates(_ question: String, _ measures: [String]) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == measures && query.order.allSatisfy { !$0.member.isEmpty } && query.limit == nil, "\(query)")
    }

    @Test("two listed years are a row each; years apart are those years only, a row each; 之间 and between stay one range")
    func listedYears() throws {
        for question in ["2024年和2025年的平均绩效分", "average score in 2024 and 2025"] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .year, "\(query)")
            #expect(query.timeDimensions.first?.dateRange == .absolute(from: "2024-01-01", to: "2025-12-31"))
        }
        // Years apart: a row for each of those years, never the years between them summed in.
        let apart: [(String, [[String]])] = [
            ("2023年和2025年的平均绩效分", [["2023-01-01", "2023-12-31"], ["2025-01-01", "2025-12-31"]]),
            ("average score in 2023, 2024 and 2026", [["2023-01-01", "2023-12-31"], ["2024-01-01", "2024-12-31"], ["2026-01-01", "2026-12-31"]]),
            ("How many people did we hire in 2025 compared with 2023?", [["2023-01-01", "2023-12-31"], ["2025-01-01", "2025-12-31"]]),
        ]
        for (question, spans) in apart {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == .year && query.timeDimensions.first?.dateRange == nil, "\(query)")
            guard case .or(let parts)? = query.filters.first(where: { if case .or = $0 { return true } else { return false } }) else {
                Issue.record("\(question): no or-filter of the years in \(query)")
                continue
            }
            #expect(parts.flatMap(\.memberFilters).map(\.values) == spans, "\(question)")
            #expect(parts.flatMap(\.memberFilters).allSatisfy { $0.op == .inDateRange && $0.member == query.timeDimensions.first?.dimension })
        }
        for question in ["2024和2025年之间入职的人数", "hires between 2024 and 2025"] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            #expect(query.timeDimensions.first?.granularity == nil && query.timeDimensions.first?.dateRange != nil, "\(query)")
        }
    }

    @Test("a grain word before a measure that is itself that period's figure restates it: no breakdown", arguments: [
        "What's the monthly payroll for current Sales staff?", "每月的工资总额",
    ])
    func periodFigure(_ question: String) throws {
        let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.measures == ["employees.total_salary"] && query.timeDimensions.isEmpty, "\(query)")
        let hires = try #require(Fixtures.generator.generate("monthly hires").interpretation?.query)
        #expect(hires.timeDimensions.first?.granularity == .month)
    }

    @Test("a bare number column is asked back with its aggregates as the choices, in both languages", arguments: [
        ("销售部的工资是多少？", "平均月薪"), ("salary by department", "Average Salary"), ("各城市工资", "平均月薪"),
    ])
    func bareColumn(_ question: String, _ choice: String) throws {
        guard case .notUnderstood(let c) = Fixtures.generator.generate(question) else {
            Issue.record("\(question) was answered")
            return
        }
        #expect(c.reason == .needsClarification && c.suggestions.contains { $0.contains(choice) }, "\(c)")
    }

    @Test("a verb of change before a comparison is not a write; a write stays refused")
    func changeVerbs() {
        guard case .notUnderstood(let drop) = Fixtures.generator.generate("did any salary ever drop below 3000") else { return }
        #expect(drop.reason == .needsClarification)
        guard case .notUnderstood(let write) = Fixtures.generator.generate("drop the employees table") else {
            Issue.record("a write was answered")
            return
        }
        #expect(write.reason != .needsClarification)
    }

    @Test("the share of several values together is their combined share, per group beside a breakdown")
    func shareOfSeveralValues() throws {
        let i = try #require(Fixtures.generator.generate("What share of reviews in Q3 2025 were rated S or A?").interpretation)
        #expect(i.shareOf == MemberFilter(member: "performance_reviews.rating", op: .equals, values: ["S", "A"]))
        #expect(i.query.dimensions == ["performance_reviews.rating"] && i.query.filters.isEmpty)
        let perYear = try #require(Fixtures.generator.generate("What share of reviews were rated S or A in each year?").interpretation)
        #expect(perYear.shareOf?.values == ["S", "A"] && perYear.query.timeDimensions.first?.granularity == .year)
    }

    @Test("decades with their century: 20世纪80年代, 上世纪90年代")
    func centuries() throws {
        for (question, from) in [("20世纪80年代入职的员工人数", "1980-01-01"), ("上世纪90年代入职的员工人数", "1990-01-01")] {
            let query = try #require(Fixtures.generator.generate(question).interpretation?.query, "\(question)")
            guard case .absolute(let start, _)? = query.timeDimensions.first?.dateRange else {
                Issue.record("\(query)")
                continue
            }
            #expect(start == from)
        }
    }

    @Test("a period in a question counting a cube without dates dates the rows its condition is on")
    func periodOnTheConditionsCube() throws {
        let query = try #require(CountryFixture.generator.generate("How many countries had a life expectancy above 75 years in 2007?").interpretation?.query)
        #expect(query.measures == ["countries.count"] && query.timeDimensions.first?.dimension == "country_stats.year", "\(query)")
        // Nothing the period could date: it is reported, not dropped.
        #expect(CountryFixture.generator.generate("How many countries are there in Asia in 2007?").interpretation == nil)
    }

    @Test("which 3 countries / top 3 countries, where the word names a cube without numbers: grouped by its label", arguments: [
        "Which 3 countries had the lowest life expectancy in 2007?", "Top 3 countries by total population in 2007",
    ])
    func cubeNounGroups(_ question: String) throws {
        let query = try #require(CountryFixture.generator.generate(question).interpretation?.query, "\(question)")
        #expect(query.dimensions == ["countries.name"] && query.limit == 3, "\(query)")
    }

    @Test("前3个月份: 个 and 月份 are the months ranked, not 个月 (a span of months) and a stray 份")
    func monthsWithClassifier() throws {
        let query = try #require(Fixtures.generator.generate("入职人数最多的前3个月份").interpretation?.query)
        #expect(query.timeDimensions.first?.granularity == .month && query.limit == 3, "\(query)")
    }
}

