import Testing
import SemanticModel
@testable import QueryGeneration

/// Films with an IMDB rating (a number) and an MPAA rating (a joined lookup), and airline costs kept by a number
/// column of years.
private let films = modelGenerator(yaml: """
    cubes:
      - name: movies
        sql_table: movies
        title: Movies
        joins:
          - {name: mpaa_ratings, relationship: many_to_one, sql: "{CUBE}.mpaa_id = {mpaa_ratings.id}"}
        measures:
          - {name: count, type: count, title: Number of Movies}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: title, sql: title, type: string, title: Title}
          - {name: rating, sql: rating, type: number, title: IMDB Rating, meta: {title_zh: 评分}}
          - {name: experience, sql: experience, type: number, title: Years of Experience, meta: {synonyms: [work experience]}}
          - {name: votes, sql: votes, type: number, title: Votes}
      - name: mpaa_ratings
        sql_table: mpaa_ratings
        title: MPAA Ratings
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: code, sql: code, type: string, title: MPAA Rating, meta: {title_zh: 分级评级}}
      - name: airlines
        sql_table: airlines
        title: Airlines
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Airline}
      - name: airline_costs
        sql_table: airline_costs
        title: Airline Annual Costs
        joins:
          - {name: airlines, relationship: many_to_one, sql: "{CUBE}.airline_id = {airlines.id}"}
        measures:
          - {name: count, type: count, title: Airline-Years}
          - {name: total_cost, type: sum, sql: cost, title: Total Cost}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: year, sql: year, type: number, title: Year}
    """, values: ["mpaa_ratings.code": ["PG", "R"], "airlines.name": ["Airline 1", "Airline 4"]])

@Suite("Understanding: listed names, columns in the order asked, a keyed row's columns, a noun said again")
struct ListsKeysAndReferencesTests {
    @Test("列出 / list the names of the rows that pass the conditions: the rows, with no count of ones", arguments: [
        "列出财务部目前在职的财务总监的名字",
        "List the names of the current employees in Finance",
    ])
    func listedNames(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.measures.isEmpty && q.ungrouped == true && q.dimensions == ["employees.name"], "\(q)")
        #expect(memberFilter(q, "employees.status")?.values == ["在职"], "\(q)")
    }

    @Test("how many reviews … and their average score: the columns in the order the question names them")
    func measuresInOrderAsked() throws {
        let q = try requiredQuery(Fixtures.generator, "How many performance reviews has employee 1000 had, and what's their average score?")
        #expect(q.measures == ["performance_reviews.count", "performance_reviews.avg_score"], "\(q)")
        let reversed = try requiredQuery(Fixtures.generator, "What's the average score of employee 1000's performance reviews, and how many are there?")
        #expect(reversed.measures.first == "performance_reviews.avg_score", "\(reversed)")
    }

    @Test("a number column of a row picked by its key is that row's column, in English (with its possessive) and Chinese", arguments: [
        "What is employee 1500's salary?",
        "工号1500的月薪是多少",
    ])
    func keyedRowColumn(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, "employees.id")?.values == ["1500"], "\(q)")
        // The salary, with at most the row's name before it for context.
        #expect(q.measures.isEmpty && q.ungrouped == true && q.dimensions.last == "employees.salary" && Set(q.dimensions).isSubset(of: ["employees.name", "employees.salary"]), "\(q)")
    }

    @Test("R-rated: the rating letter joined to 'rated'; 'rated films only' beside the column is a condition, asked")
    func ratedLetter() throws {
        let q = try requiredQuery(films, "How many R-rated movies are there?")
        #expect(memberFilter(q, "mpaa_ratings.code")?.values == ["R"], "\(q)")
        #expect(films.generate("Number of movies by MPAA rating, rated movies only").interpretation == nil)
    }

    @Test("of the movies with more than 20,000 votes, which one has the lowest rating: 'one' is those movies, one listed")
    func whichOne() throws {
        let q = try requiredQuery(films, "Of the movies with more than 20,000 votes, which one has the lowest IMDB rating?")
        #expect(q.ungrouped == true && q.limit == 1 && q.order.first == OrderItem("movies.rating", descending: false), "\(q)")
    }

    @Test("the 1970's after the / in is still the decade, not a possessive")
    func decadePossessive() throws {
        let q = try requiredQuery(Fixtures.generator, "How many people were hired in the 2010's?")
        #expect(q.timeDimensions.first?.dateRange == .absolute(from: "2010-01-01", to: "2019-12-31"), "\(q)")
    }

    @Test("no work experience: none of a quantity is zero; no salary recorded is a blank")
    func noneOfAQuantity() throws {
        let zero = try requiredQuery(films, "How many movies have no work experience at all?")
        #expect(memberFilter(zero, "movies.experience").map { ($0.op, $0.values) } ?? (.set, []) == (.equals, ["0"]), "\(zero)")
        let blank = try requiredQuery(films, "How many movies have no IMDB rating recorded?")
        #expect(memberFilter(blank, "movies.rating")?.op == .notSet, "\(blank)")
    }

    @Test("films that have an MPAA rating … in each rating: having the column is it being set, and the bare noun after the compound names it again")
    func referringBack() throws {
        let q = try requiredQuery(films, "Among movies that have an MPAA rating, how many are there in each rating?")
        #expect(q.dimensions == ["mpaa_ratings.code"], "\(q)")
        #expect(memberFilter(q, "mpaa_ratings.code")?.op == .set, "\(q)")
        let plain = try requiredQuery(films, "how many movies are there in each rating?")
        #expect(plain.dimensions == ["movies.rating"], "\(plain)")
    }

    @Test("sorted by year after a breakdown by year on a number column of years orders by that column; with nothing by year it is asked")
    func sortedByYear() throws {
        let q = try requiredQuery(films, "Total cost by year, sorted by year")
        #expect(q.dimensions == ["airline_costs.year"] && q.order.first == OrderItem("airline_costs.year", descending: false), "\(q)")
        let result = films.generate("How many movies are there, sorted by year")
        #expect(result.interpretation == nil, "\(result)")
    }
}

@Suite("Understanding: period, ranking, age, tenure and average phrasings from hr25 and hr26")
struct HRPhrasingsTests {
    @Test("month by month, quarter by quarter: a breakdown by that period")
    func periodByPeriod() throws {
        let q = try requiredQuery(Fixtures.generator, "Month by month, how many resignations have we had in 2026 so far?")
        #expect(q.timeDimensions.first?.granularity == .month, "\(q)")
    }

    @Test("the weakest three: the lowest three of the measure named; 'the weakest' alone ranks nothing and is asked")
    func weakest() throws {
        let q = try requiredQuery(Fixtures.generator, "Which three departments had the weakest average review scores in 2025?")
        #expect(q.limit == 3 && q.order.first?.descending == false, "\(q)")
        #expect(Fixtures.generator.generate("Which department is the weakest?").interpretation == nil)
    }

    @Test("年满40岁 is 40 or more; less than a year with us is a hire date within the last year", arguments: [
        ("年满40岁的在职员工有多少？", "employees.birth_date", FilterOperator.beforeOrOnDate),
        ("How many current employees have been with us for less than a year?", "employees.hire_date", FilterOperator.afterDate),
    ])
    func ageAndTenure(_ question: String, _ member: String, _ op: FilterOperator) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(memberFilter(q, member)?.op == op, "\(q)")
    }

    @Test("'On average,' said apart averages the one number column the question names")
    func onAverageApart() throws {
        let q = try requiredQuery(Fixtures.generator, "On average, what do our current HRBPs earn per month?")
        #expect(q.measures == ["employees.avg_salary"], "\(q)")
    }

    @Test("现任的运营总监都有谁？月薪分别多少？ who, with conditions and a column: the rows by name with the column, no count")
    func whoWithColumn() throws {
        let q = try requiredQuery(Fixtures.generator, "现任的运营总监都有谁？月薪分别多少？")
        #expect(q.measures.isEmpty && q.ungrouped == true && q.dimensions == ["employees.name", "employees.salary"], "\(q)")
    }

    @Test("at least one S rating: having one, the rating's condition; counted over the people")
    func atLeastOne() throws {
        let q = try requiredQuery(Fixtures.generator, "How many different employees got at least one S rating in 2025?")
        #expect(memberFilter(q, "performance_reviews.rating")?.values == ["S"] && q.measures == ["employees.count"], "\(q)")
    }

    @Test("people in Shanghai with a master's who are still employed: who after a value, before a verb, starts a clause")
    func relativeWhoAfterValue() throws {
        let q = try requiredQuery(Fixtures.generator, "What's the average pay for people in Shanghai with a master's who are still employed?")
        #expect(q.measures == ["employees.avg_salary"] && memberFilter(q, "employees.status")?.values == ["在职"], "\(q)")
    }

    @Test("the past six months, 近三个月, last 6 months, 近半年: complete months or up to today read apart, so asked; last 90 days and last month answered", arguments: [
        ("How many people quit in the past six months?", true), ("近三个月入职人数", true), ("last 6 months hires", true), ("近半年离职人数", true),
        ("How many people left in the last 90 days?", false), ("last month hires", false),
    ])
    func rollingPeriods(_ question: String, _ asked: Bool) {
        let result = Fixtures.generator.generate(question)
        #expect((result.interpretation == nil) == asked, "\(result)")
    }

    @Test("who, asked of one row picked by its key, is its name, shown before the column asked", arguments: [
        "工号888是谁？在哪个城市上班？", "Who is employee 888 and which city are they in?",
    ])
    func whoOfKeyedRow(_ question: String) throws {
        let q = try requiredQuery(Fixtures.generator, question)
        #expect(q.dimensions == ["employees.name", "employees.city"] && q.ungrouped == true, "\(q)")
    }
}
