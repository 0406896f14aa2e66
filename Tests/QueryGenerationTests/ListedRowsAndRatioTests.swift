import QueryGeneration
import SemanticModel
import Testing

/// Classes found by the journals, prestige and hr15 held-out sets: "per" a summed quantity is a ratio, "N or more
/// <rows>" a count condition, "highest paid first" a sort, "list the <rows>" the rows themselves, a unit's currency
/// word scales an amount, "page count" names the pages, a share split by "have", a bare column by the rows' own
/// label listed row by row.
@Suite("Understanding: listed rows, ratios and counts said after the number")
struct ListedRowsAndRatioTests {
    let journals = modelGenerator(yaml: """
        cubes:
          - name: journals
            sql_table: journals
            title: Economics Journals
            meta: {title_zh: 经济学期刊, synonyms: [journal]}
            joins:
              - {name: publishers, relationship: many_to_one, sql: "{CUBE}.publisher_id = {publishers.id}"}
            measures:
              - {name: count, type: count, title: Number of Journals}
              - {name: avg_price, type: avg, sql: library_price, title: Average Library Price (USD)}
              - {name: total_citations, type: sum, sql: citations, title: Total Citations, meta: {synonyms: [citations]}}
              - {name: avg_pages, type: avg, sql: pages, title: Average Pages}
              - {name: total_pages, type: sum, sql: pages, title: Total Pages}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: title, sql: title, type: string, title: Journal Title}
              - {name: field, sql: field, type: string, title: Field}
              - {name: citations, sql: citations, type: number, title: Citations}
              - {name: pages, sql: pages, type: number, title: Pages}
              - {name: library_price, sql: library_price, type: number, title: Library Price (USD thousands)}
          - name: publishers
            sql_table: publishers
            title: Publishers
            measures:
              - {name: count, type: count, title: Publisher Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Publisher}
        """, values: ["journals.field": ["Finance", "General"], "publishers.name": ["Elsevier", "Blackwell"]])

    func query(_ question: String) throws -> CubeQuery {
        try #require(journals.generate(question).interpretation?.query, "\(question) was not answered")
    }

    func asked(_ generator: QueryGenerator, _ question: String) -> NotUnderstood? {
        if case .notUnderstood(let c) = generator.generate(question) { return c }
        return nil
    }

    @Test("per a quantity another measure sums (price per citation) is a ratio or a breakdown: asked, never grouped", arguments: [
        "What is the average price per citation?", "average library price per citation",
    ])
    func perQuantity(_ question: String) throws {
        let c = try #require(asked(journals, question), "\(question) was answered")
        #expect(c.unknownWords.contains { $0.hasPrefix("per") })
    }

    @Test("per a column that is a category still groups (salary per level)")
    func perCategory() throws {
        let q = try #require(Fixtures.generator.generate("average salary per level").interpretation?.query)
        #expect(q.dimensions == ["employees.level"])
    }

    @Test("N or more <rows>: a condition on their count, by the groups named", arguments: [
        "Which publishers have 10 or more journals?", "publishers with 10 or more journals", "Which publishers have 10 journals or more?",
    ])
    func countAfterNumber(_ question: String) throws {
        let q = try query(question)
        #expect(q.dimensions == ["publishers.name"])
        #expect(memberFilter(q, "journals.count") == MemberFilter(member: "journals.count", op: .gte, values: ["10"]))
    }

    @Test("N <rows> or fewer: the bound after the rows' noun")
    func boundAfterNoun() throws {
        let q = try query("Which publishers have 3 journals or fewer?")
        #expect(q.dimensions == ["publishers.name"])
        #expect(memberFilter(q, "journals.count") == MemberFilter(member: "journals.count", op: .lte, values: ["3"]))
    }

    @Test("level 8+ employees: the number after a number column's name is that column, not a count")
    func levelPlus() throws {
        let q = try #require(Fixtures.generator.generate("how many level 8+ employees are based in Beijing").interpretation?.query)
        #expect(memberFilter(q, "employees.level") == MemberFilter(member: "employees.level", op: .gte, values: ["8"]))
        #expect(memberFilter(q, "employees.count") == nil)
    }

    @Test("highest paid first: the rows sorted by the column, not the one highest row")
    func highestFirst() throws {
        let q = try #require(Fixtures.generator.generate("list current engineering staff, highest paid first").interpretation?.query)
        #expect(q.order == [OrderItem("employees.salary", descending: true)])
        #expect(q.limit == nil)
    }

    @Test("list the <rows> with a condition: the rows by their label, with the compared column")
    func listedRows() throws {
        let q = try query("List the journals with more than 5,000 citations")
        #expect(q.ungrouped == true)
        #expect(q.measures.isEmpty)
        #expect(q.dimensions == ["journals.title", "journals.citations"])
        let finance = try query("List the journals in Finance")
        #expect(finance.dimensions == ["journals.title"])
        #expect(finance.ungrouped == true)
    }

    @Test("list the <rows> answered by one total of their column: asked, not one number for a list")
    func listedRowsNotTotalled() throws {
        let c = try #require(asked(journals, "List the journals with more than 5,000 citations and their citation counts"))
        #expect(c.unknownWords.contains("list"))
    }

    @Test("$1,000 against a column in USD thousands is 1")
    func currencyWordScale() throws {
        let q = try query("How many journals have a library price under $1,000?")
        #expect(memberFilter(q, "journals.library_price") == MemberFilter(member: "journals.library_price", op: .lt, values: ["1"]))
    }

    @Test("page count: the pages, not a count of journals beside them", arguments: [
        ("What's the average page count of Finance journals?", ["journals.avg_pages"]),
        ("total page count by field", ["journals.total_pages"]),
    ])
    func quantityCount(_ question: String, _ measures: [String]) throws {
        #expect(try query(question).measures == measures)
    }

    @Test("what percentage of <base> have <part>: the part's share within the base, several values together")
    func shareSplitByHave() throws {
        let q = try #require(Fixtures.generator.generate("What percentage of our current employees have a master's degree or a PhD?").interpretation?.query)
        #expect(q.dimensions == ["employees.education"])
        #expect(memberFilter(q, "employees.status")?.values == ["在职"])
        #expect(memberFilter(q, "employees.education") == nil)
    }

    @Test("names and salaries: each person's salary row by row, not an average by name")
    func rowValues() throws {
        let q = try #require(Fixtures.generator.generate("Give me the names and salaries of current Product department staff at level 8 or above").interpretation?.query)
        #expect(q.ungrouped == true)
        #expect(q.measures.isEmpty)
        #expect(q.dimensions == ["employees.name", "employees.salary"])
        let named = try #require(Fixtures.generator.generate("average salary by name for level 9 staff").interpretation?.query)
        #expect(named.measures == ["employees.avg_salary"])
    }

    @Test("目前 (the sample model's now), along with: words of the question, not unknown", arguments: [
        "目前各个城市分别有多少在职员工？",
        "List the departments with fewer than 120 current employees, along with their headcounts.",
    ])
    func functionWords(_ question: String) throws {
        #expect(Fixtures.generator.generate(question).interpretation != nil, "\(question)")
    }

    @Test("the ranked column said again after the ranking (and their library prices) is accounted; before it, the top value is asked")
    func rankedColumnAgain() throws {
        let q = try query("List the three most expensive journals and their library prices")
        #expect(q.order == [OrderItem("journals.library_price", descending: true)])
        #expect(q.limit == 3)
        guard case .notUnderstood = journals.generate("What is the library price of the most expensive journal?") else {
            Issue.record("answered with a ranked row where the top value was asked")
            return
        }
    }
}
