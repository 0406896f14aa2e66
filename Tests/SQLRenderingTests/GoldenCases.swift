import SQLRendering
import Testing

// Golden SQL: each query's rendering was read line by line against Cube's semantics before it was frozen.

let goldenCases: [GoldenCase] = structureCases + filterCases + joinCases

/// Measures, joins, segments, granularities, order and limits.
let structureCases: [GoldenCase] = [
    GoldenCase(
        name: "count",
        query: "{\"measures\":[\"employees.count\"]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "group by joined dimension",
        query: "{\"measures\":[\"employees.count\"],\"dimensions\":[\"departments.name\"]}",
        sql: """
        SELECT "departments".name "departments__name", COUNT(*) "employees__count"
        FROM "employees" "employees"
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        GROUP BY 1
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "measure with filter",
        query: "{\"measures\":[\"employees.active_count\"]}",
        sql: """
        SELECT COUNT(CASE WHEN ("employees".status = '在职') THEN 1 END) "employees__active_count"
        FROM "employees" "employees"
        ORDER BY "employees__active_count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "number measure over measures",
        query: "{\"measures\":[\"employees.attrition_rate\"],\"dimensions\":[\"employees.city\"]}",
        sql: """
        SELECT "employees".city "employees__city", 100.0 * (COUNT(CASE WHEN ("employees".status = '离职') THEN 1 END)) / NULLIF((COUNT(*)), 0) "employees__attrition_rate"
        FROM "employees" "employees"
        GROUP BY 1
        ORDER BY "employees__attrition_rate" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "count distinct",
        query: "{\"measures\":[\"employees.city_count\"]}",
        sql: """
        SELECT COUNT(DISTINCT "employees".city) "employees__city_count"
        FROM "employees" "employees"
        ORDER BY "employees__city_count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "sum avg min max",
        query: "{\"measures\":[\"employees.total_salary\",\"employees.avg_salary\",\"employees.min_salary\",\"employees.max_salary\"]}",
        sql: """
        SELECT SUM("employees".salary) "employees__total_salary", AVG("employees".salary) "employees__avg_salary", MIN("employees".salary) "employees__min_salary", MAX("employees".salary) "employees__max_salary"
        FROM "employees" "employees"
        ORDER BY "employees__total_salary" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "two-hop join",
        query: "{\"measures\":[\"performance_reviews.avg_score\"],\"dimensions\":[\"departments.name\"]}",
        sql: """
        SELECT "departments".name "departments__name", AVG("performance_reviews".score) "performance_reviews__avg_score"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        GROUP BY 1
        ORDER BY "performance_reviews__avg_score" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "fan-out count becomes distinct",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"performance_reviews.rating\",\"operator\":\"equals\",\"values\":[\"S\"]}]}",
        sql: """
        SELECT COUNT(DISTINCT "employees".id) "employees__count"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        WHERE "performance_reviews".rating = ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("S")]),
    GoldenCase(
        name: "segment",
        query: "{\"measures\":[\"employees.count\"],\"segments\":[\"employees.active\"]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".status = '在职')
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "granularity day",
        query: "{\"measures\":[\"employees.count\"],\"timeDimensions\":[{\"dimension\":\"employees.hire_date\",\"granularity\":\"day\",\"dateRange\":[\"2026-10-01\",\"2026-10-07\"]}]}",
        sql: """
        SELECT strftime('%Y-%m-%dT00:00:00.000', "employees".hire_date) "employees__hire_date_day", COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?)
        GROUP BY 1
        ORDER BY "employees__hire_date_day" ASC
        LIMIT 10000
        """,
        parameters: [.text("2026-10-01T00:00:00.000"), .text("2026-10-07T23:59:59.999")]),
    GoldenCase(
        name: "granularity week",
        query: "{\"measures\":[\"employees.count\"],\"timeDimensions\":[{\"dimension\":\"employees.hire_date\",\"granularity\":\"week\",\"dateRange\":\"last month\"}]}",
        sql: """
        SELECT strftime('%Y-%m-%dT00:00:00.000', "employees".hire_date, 'weekday 0', '-6 days') "employees__hire_date_week", COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?)
        GROUP BY 1
        ORDER BY "employees__hire_date_week" ASC
        LIMIT 10000
        """,
        parameters: [.text("2026-10-01T00:00:00.000"), .text("2026-10-31T23:59:59.999")]),
    GoldenCase(
        name: "granularity month",
        query: "{\"measures\":[\"employees.count\"],\"timeDimensions\":[{\"dimension\":\"employees.hire_date\",\"granularity\":\"month\",\"dateRange\":\"this year\"}]}",
        sql: """
        SELECT strftime('%Y-%m-01T00:00:00.000', "employees".hire_date) "employees__hire_date_month", COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?)
        GROUP BY 1
        ORDER BY "employees__hire_date_month" ASC
        LIMIT 10000
        """,
        parameters: [.text("2026-01-01T00:00:00.000"), .text("2026-12-31T23:59:59.999")]),
    GoldenCase(
        name: "granularity quarter",
        query: "{\"measures\":[\"employees.count\"],\"timeDimensions\":[{\"dimension\":\"employees.hire_date\",\"granularity\":\"quarter\",\"dateRange\":\"last 2 years\"}]}",
        sql: """
        SELECT CASE WHEN strftime('%Y', "employees".hire_date) IS NULL THEN NULL ELSE printf('%s-%02d-01T00:00:00.000', strftime('%Y', "employees".hire_date), ((CAST(strftime('%m', "employees".hire_date) AS INTEGER) - 1) / 3) * 3 + 1) END "employees__hire_date_quarter", COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?)
        GROUP BY 1
        ORDER BY "employees__hire_date_quarter" ASC
        LIMIT 10000
        """,
        parameters: [.text("2024-01-01T00:00:00.000"), .text("2025-12-31T23:59:59.999")]),
    GoldenCase(
        name: "granularity year",
        query: "{\"measures\":[\"employees.count\"],\"timeDimensions\":[{\"dimension\":\"employees.hire_date\",\"granularity\":\"year\"}]}",
        sql: """
        SELECT strftime('%Y-01-01T00:00:00.000', "employees".hire_date) "employees__hire_date_year", COUNT(*) "employees__count"
        FROM "employees" "employees"
        GROUP BY 1
        ORDER BY "employees__hire_date_year" ASC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "granularity in dimensions",
        query: "{\"measures\":[\"employees.count\"],\"dimensions\":[\"employees.hire_date.year\"]}",
        sql: """
        SELECT strftime('%Y-01-01T00:00:00.000', "employees".hire_date) "employees__hire_date_year", COUNT(*) "employees__count"
        FROM "employees" "employees"
        GROUP BY 1
        ORDER BY "employees__hire_date_year" ASC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "order limit offset",
        query: "{\"measures\":[\"employees.avg_salary\"],\"dimensions\":[\"employees.city\"],\"order\":[[\"employees.avg_salary\",\"asc\"],[\"employees.city\",\"desc\"]],\"limit\":3,\"offset\":2}",
        sql: """
        SELECT "employees".city "employees__city", AVG("employees".salary) "employees__avg_salary"
        FROM "employees" "employees"
        GROUP BY 1
        ORDER BY "employees__avg_salary" ASC, "employees__city" DESC
        LIMIT 3 OFFSET 2
        """,
        parameters: []),
    GoldenCase(
        name: "dimensions only",
        query: "{\"dimensions\":[\"employees.city\"]}",
        sql: """
        SELECT "employees".city "employees__city"
        FROM "employees" "employees"
        GROUP BY 1
        ORDER BY "employees__city" ASC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "ungrouped",
        query: "{\"dimensions\":[\"employees.name\",\"employees.salary\"],\"order\":{\"employees.salary\":\"desc\"},\"limit\":5,\"ungrouped\":true}",
        sql: """
        SELECT "employees".name "employees__name", "employees".salary "employees__salary"
        FROM "employees" "employees"
        ORDER BY "employees__salary" DESC, "employees".id ASC
        LIMIT 5
        """,
        parameters: []),
]
