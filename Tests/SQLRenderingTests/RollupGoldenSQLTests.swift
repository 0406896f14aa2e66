import SQLRendering
import SemanticModel
import Testing

/// The SQL read from a rollup: re-aggregated measures, coarser grains truncated, filters and security on its columns.
@Suite("Rollup → SQL")
struct RollupGoldenSQLTests {
    static func render(_ json: String, claims: [String: JSONValue] = [:]) throws -> RenderedSQL {
        try Support.renderer.render(
            try Support.query(json), today: Support.today, securityContext: SecurityContext(claims: claims),
            rollups: PreAggregationMatcherTests.allReady)
    }

    @Test("avg from sum and count, a ratio from its leaves, a filter on a rollup column")
    func averageAndRatio() throws {
        let rendered = try Self.render(
            #"{"measures":["employees.avg_salary","employees.attrition_rate"],"dimensions":["departments.name"],"filters":[{"member":"employees.city","operator":"equals","values":["北京"]}]}"#)
        #expect(rendered.preAggregation?.id == "employees.by_department")
        #expect(rendered.sql == """
            SELECT "r"."departments__name" "departments__name", CAST(SUM("r"."employees__total_salary") AS REAL) / NULLIF(SUM("r"."employees__salary_count"), 0) "employees__avg_salary", 100.0 * (COALESCE(SUM("r"."employees__resigned_count"), 0)) / NULLIF((COALESCE(SUM("r"."employees__count"), 0)), 0) "employees__attrition_rate"
            FROM "t_employees_by_department" "r"
            WHERE "r"."employees__city" = ?
            GROUP BY 1
            ORDER BY "employees__avg_salary" DESC
            LIMIT 10000
            """)
        #expect(rendered.parameters == [.text("北京")])
    }

    @Test("a quarter from a month rollup, an aligned date range and a measure filter")
    func coarserGrain() throws {
        let rendered = try Self.render(
            #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"quarter","dateRange":["2024-01-01","2024-12-31"]}],"filters":[{"member":"employees.total_salary","operator":"gt","values":["100000"]}]}"#)
        #expect(rendered.preAggregation?.id == "employees.hires_by_month")
        let month = #""r"."employees__hire_date_month""#
        #expect(rendered.sql == """
            SELECT CASE WHEN strftime('%Y', \(month)) IS NULL THEN NULL ELSE printf('%s-%02d-01T00:00:00.000', strftime('%Y', \(month)), ((CAST(strftime('%m', \(month)) AS INTEGER) - 1) / 3) * 3 + 1) END "employees__hire_date_quarter", COALESCE(SUM("r"."employees__count"), 0) "employees__count"
            FROM "t_employees_hires_by_month" "r"
            WHERE (strftime('%Y-%m-%dT%H:%M:%f', \(month)) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', \(month)) <= ?)
            GROUP BY 1
            HAVING SUM("r"."employees__total_salary") > ?
            ORDER BY "employees__hire_date_quarter" ASC
            LIMIT 10000
            """)
        #expect(rendered.parameters == [.text("2024-01-01T00:00:00.000"), .text("2024-12-31T23:59:59.999"), .integer(100_000)])
    }

    @Test("the rollup's own grain is read as stored; row-level security filters bind their claim on the rollup's column")
    func ownGrainAndSecurity() throws {
        let rendered = try Self.render(
            #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month"}]}"#,
            claims: ["department": .string("销售部")])
        #expect(rendered.sql == """
            SELECT "r"."employees__hire_date_month" "employees__hire_date_month", COALESCE(SUM("r"."employees__count"), 0) "employees__count"
            FROM "t_employees_hires_by_month" "r"
            WHERE "r"."departments__name" = ?
            GROUP BY 1
            ORDER BY "employees__hire_date_month" ASC
            LIMIT 10000
            """)
        #expect(rendered.parameters == [.text("销售部")])
    }

    @Test("a query no rollup answers renders on the raw tables, as without rollups")
    func fallsBack() throws {
        let json = #"{"measures":["employees.count"],"dimensions":["employees.position"]}"#
        let rendered = try Self.render(json)
        #expect(rendered.preAggregation == nil)
        #expect(rendered.sql == (try Support.render(json)).sql)
    }
}
