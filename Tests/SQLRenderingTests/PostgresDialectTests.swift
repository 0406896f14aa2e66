import Foundation
import SQLRendering
import SemanticModel
import Testing

/// The PostgreSQL dialect: every granularity, LIKE and its escaping, `$n` placeholders, NULL order, whole statements.
@Suite("PostgreSQL dialect")
struct PostgresDialectTests {
    static let dialect = PostgresDialect()
    static let renderer = SQLRenderer(model: Support.model, dialect: PostgresDialect())

    static func render(_ json: String, claims: String? = nil) throws -> RenderedSQL {
        let security = try claims.map { SecurityContext(claims: try JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8))) }
        return try renderer.render(try Support.query(json), today: Support.today, securityContext: security ?? .open)
    }

    @Test("each granularity truncates with date_trunc (weeks start on Monday) and prints SQLite's timestamp text",
          arguments: Granularity.allCases)
    func granularity(_ granularity: Granularity) {
        #expect(Self.dialect.truncate("\"e\".hire_date", to: granularity)
            == "to_char(date_trunc('\(granularity.rawValue)', CAST(\"e\".hire_date AS timestamp)), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')")
    }

    @Test("fragments: quoting, placeholders, timestamps, null-safe equality, NULL order")
    func fragments() {
        #expect(Self.dialect.name == "postgres")
        #expect(Self.dialect.quoteIdentifier("a\"b") == "\"a\"\"b\"")
        #expect(Self.dialect.placeholder(1) == "$1" && Self.dialect.placeholder(12) == "$12")
        #expect(Self.dialect.timestamp("x") == "to_char(CAST(x AS timestamp), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')")
        #expect(Self.dialect.nullSafeEquals("a", "b") == "(COALESCE((a)::text, '') = COALESCE((b)::text, '') AND ((a) IS NULL) = ((b) IS NULL))")
        #expect(Self.dialect.order("\"c\"", descending: false) == "\"c\" ASC NULLS FIRST")
        #expect(Self.dialect.order("\"c\"", descending: true) == "\"c\" DESC NULLS LAST")
        #expect(Self.dialect.escapeLike(#"50%_a\b"#) == #"50\%\_a\\b"#)
    }

    @Test("contains and notContains: ILIKE with an escaped, bound pattern")
    func like() throws {
        let rendered = try Self.render(
            #"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"contains","values":["上_海%"]},{"member":"employees.position","operator":"notStartsWith","values":["A"]}]}"#)
        #expect(rendered.sql == """
            SELECT COUNT(*) "employees__count"
            FROM "employees" "employees"
            WHERE ("employees".city ILIKE $1 ESCAPE '\\') AND ("employees".position NOT ILIKE $2 ESCAPE '\\' OR "employees".position IS NULL)
            ORDER BY "employees__count" DESC NULLS LAST
            LIMIT 10000
            """)
        #expect(rendered.parameters == [.text(#"%上\_海\%%"#), .text("A%")])
    }

    @Test("a whole statement: join, week and quarter grains, a date range, a measure filter, $n in order")
    func statement() throws {
        let rendered = try Self.render(
            #"{"measures":["employees.count"],"dimensions":["departments.name"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"quarter","dateRange":["2024-01-01","2024-12-31"]}],"filters":[{"member":"employees.count","operator":"gt","values":["5"]},{"member":"employees.level","operator":"gte","values":["3"]}],"order":{"departments.name":"asc"}}"#)
        #expect(rendered.sql == """
            SELECT "departments".name "departments__name", to_char(date_trunc('quarter', CAST("employees".hire_date AS timestamp)), 'YYYY-MM-DD"T"HH24:MI:SS.MS') "employees__hire_date_quarter", COUNT(*) "employees__count"
            FROM "employees" "employees"
            LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
            WHERE (to_char(CAST("employees".hire_date AS timestamp), 'YYYY-MM-DD"T"HH24:MI:SS.MS') >= $1 AND to_char(CAST("employees".hire_date AS timestamp), 'YYYY-MM-DD"T"HH24:MI:SS.MS') <= $2) AND "employees".level >= $3
            GROUP BY 1, 2
            HAVING COUNT(*) > $4
            ORDER BY "departments__name" ASC NULLS FIRST
            LIMIT 10000
            """)
        #expect(rendered.parameters == [.text("2024-01-01T00:00:00.000"), .text("2024-12-31T23:59:59.999"), .integer(3), .integer(5)])
        let week = try Self.render(#"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"week"}]}"#)
        #expect(week.sql.contains("to_char(date_trunc('week', CAST(\"employees\".hire_date AS timestamp)), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') \"employees__hire_date_week\""))
    }

    @Test("row-level security binds the claim as a $n parameter")
    func security() throws {
        let rendered = try Self.render(#"{"measures":["employees.count"],"dimensions":["employees.city"]}"#, claims: #"{"department":"销售部"}"#)
        #expect(rendered.sql.contains("\"departments\".name = $1"), "\(rendered.sql)")
        #expect(rendered.parameters == [.text("销售部")])
        #expect(!rendered.sql.contains("?"))
    }
}
