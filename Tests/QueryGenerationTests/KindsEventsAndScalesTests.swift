import Testing
import SemanticModel
@testable import QueryGeneration

/// Films with yes/no genre columns and a release year; firms with assets in $ millions and a max measure titled by
/// its superlative, grouped by a joined sector.
private let films = modelGenerator(yaml: """
    cubes:
      - name: movies
        sql_table: movies
        title: Movies
        meta: {title_zh: 电影, synonyms: [films]}
        measures:
          - {name: count, type: count, title: Number of Movies, meta: {title_zh: 电影数量}}
          - {name: avg_rating, type: avg, sql: rating, title: Average Rating, meta: {title_zh: 平均评分}}
          - {name: avg_length, type: avg, sql: length, title: Average Length (minutes)}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: title, sql: title, type: string, title: Title}
          - {name: year, sql: year, type: time, title: Release Year, meta: {title_zh: 上映年份}}
          - {name: votes, sql: votes, type: number, title: Votes}
          - {name: length, sql: length, type: number, title: Length (minutes)}
          - {name: budget, sql: budget, type: number, title: Budget (USD)}
          - {name: is_comedy, sql: comedy, type: boolean, title: Comedy, meta: {title_zh: 喜剧片}}
          - {name: is_romance, sql: romance, type: boolean, title: Romance, meta: {title_zh: 爱情片}}
          - {name: is_union, sql: union_member, type: boolean, title: Union Member}
      - name: sectors
        sql_table: sectors
        title: Sectors
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: name, sql: name, type: string, title: Sector}
      - name: firms
        sql_table: firms
        title: Firms
        joins:
          - {name: sectors, relationship: many_to_one, sql: "{CUBE}.sector_id = {sectors.id}"}
        measures:
          - {name: count, type: count, title: Number of Firms}
          - {name: total_interlocks, type: sum, sql: interlocks, title: Total Interlocks}
          - {name: max_interlocks, type: max, sql: interlocks, title: Most Interlocks}
        dimensions:
          - {name: id, sql: id, type: number, primary_key: true}
          - {name: assets, sql: assets, type: number, title: Assets ($ millions)}
          - {name: interlocks, sql: interlocks, type: number, title: Interlocks}
    """, values: ["sectors.name": ["Banking", "Mining"]])

@Suite("Understanding: kinds of rows from yes/no columns, events a time column dates, bounds in a column's scale")
struct KindsEventsAndScalesTests {
    @Test("comedies, 喜剧片的电影, 动作片的平均评分, 既是…又是…: a yes/no column's one-word name said as a noun is the rows of that kind", arguments: [
        ("How many comedies are there?", ["movies.is_comedy"]),
        ("How many comedies have more than 50,000 votes?", ["movies.is_comedy"]),
        ("喜剧片的平均评分是多少?", ["movies.is_comedy"]),
        ("既是爱情片又是喜剧片的电影有多少部?", ["movies.is_romance", "movies.is_comedy"]),
    ])
    func kinds(_ question: String, _ columns: [String]) throws {
        let q = try requiredQuery(films, question)
        for column in columns { #expect(memberFilter(q, column)?.values == ["true"], "\(q)") }
    }

    @Test("a two-word name (Union Member) is not taken as a kind: how many union members stays for the other rules")
    func twoWordNameIsNoKind() {
        let result = films.generate("How many union members are there?")
        #expect(result.interpretation?.query.filters.flatMap(\.memberFilters).contains { $0.member == "movies.is_union" } != true || result.interpretation == nil)
    }

    @Test("released, came out, 上映了: the event the time column Release Year dates names it", arguments: [
        "What is the average rating of movies released in 2004?",
        "how many films came out in 2000?",
        "2005年上映了多少部电影?",
    ])
    func timeEvents(_ question: String) throws {
        let q = try requiredQuery(films, question)
        #expect(q.timeDimensions.first?.dimension == "movies.year", "\(q)")
    }

    @Test("between $1 billion and $5 billion in a column of $ millions: each bound in the column's scale")
    func rangeInColumnScale() throws {
        let q = try requiredQuery(films, "How many firms have between $1 billion and $5 billion in assets?")
        let bounds = q.filters.flatMap(\.memberFilters).filter { $0.member == "firms.assets" }.map { $0.values }
        #expect(bounds == [["1000"], ["5000"]], "\(q)")
    }

    @Test("which sector has the most interlocks, with Most Interlocks a per-firm max: which figure per sector is asked")
    func superlativeTitleRanking() throws {
        let asked = films.generate("Which sector has the most interlocks?")
        #expect(asked.interpretation == nil, "\(asked)")
        let total = try requiredQuery(films, "Which sector has the highest total interlocks?")
        #expect(total.order.first?.member == "firms.total_interlocks", "\(total)")
    }

    @Test("longer than 180 minutes, the 5 shortest: a length column is the quantity long and short speak of")
    func length() throws {
        let longer = try requiredQuery(films, "How many movies are longer than 180 minutes?")
        #expect(memberFilter(longer, "movies.length").map { ($0.op, $0.values) } ?? (.equals, []) == (.gt, ["180"]), "\(longer)")
        let shortest = try requiredQuery(films, "the 5 shortest movies")
        #expect(shortest.limit == 5 && shortest.order.first == OrderItem("movies.length", descending: false), "\(shortest)")
    }

    @Test("how long … on average: the length column, as if named; a budget is what expensive speaks of")
    func howLong() throws {
        let q = try requiredQuery(films, "how long are comedies on average?")
        #expect(q.measures == ["movies.avg_length"] && memberFilter(q, "movies.is_comedy")?.values == ["true"], "\(q)")
        let expensive = try requiredQuery(films, "the 3 most expensive movies")
        #expect(expensive.order.first == OrderItem("movies.budget", descending: true) && expensive.limit == 3, "\(expensive)")
    }
}
