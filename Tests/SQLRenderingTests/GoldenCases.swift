import SQLRendering
import Testing

// Golden SQL: each query's rendering was read line by line against Cube's semantics before it was frozen.
let goldenCases: [GoldenCase] = [
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
        FROM "employees" "employees"
        LEFT JOIN "performance_reviews" "performance_reviews" ON "performance_reviews".employee_id = "employees".id
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
        name: "equals one",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.city\",\"operator\":\"equals\",\"values\":[\"北京\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".city = ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("北京")]),
    GoldenCase(
        name: "equals many",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.city\",\"operator\":\"equals\",\"values\":[\"北京\",\"上海\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".city IN (?, ?)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("北京"), .text("上海")]),
    GoldenCase(
        name: "notEquals",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.city\",\"operator\":\"notEquals\",\"values\":[\"北京\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".city <> ? OR "employees".city IS NULL)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("北京")]),
    GoldenCase(
        name: "contains",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"contains\",\"values\":[\"工程师\",\"100%_x\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position LIKE ? COLLATE NOCASE ESCAPE '\\' OR "employees".position LIKE ? COLLATE NOCASE ESCAPE '\\')
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("%工程师%"), .text("%100\\%\\_x%")]),
    GoldenCase(
        name: "notContains",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"notContains\",\"values\":[\"总监\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position NOT LIKE ? COLLATE NOCASE ESCAPE '\\' OR "employees".position IS NULL)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("%总监%")]),
    GoldenCase(
        name: "startsWith",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"startsWith\",\"values\":[\"高级\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position LIKE ? COLLATE NOCASE ESCAPE '\\')
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("高级%")]),
    GoldenCase(
        name: "notStartsWith",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"notStartsWith\",\"values\":[\"高级\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position NOT LIKE ? COLLATE NOCASE ESCAPE '\\' OR "employees".position IS NULL)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("高级%")]),
    GoldenCase(
        name: "endsWith",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"endsWith\",\"values\":[\"经理\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position LIKE ? COLLATE NOCASE ESCAPE '\\')
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("%经理")]),
    GoldenCase(
        name: "notEndsWith",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.position\",\"operator\":\"notEndsWith\",\"values\":[\"经理\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".position NOT LIKE ? COLLATE NOCASE ESCAPE '\\' OR "employees".position IS NULL)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("%经理")]),
    GoldenCase(
        name: "gt",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.salary\",\"operator\":\"gt\",\"values\":[\"30000\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".salary > ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(30000)]),
    GoldenCase(
        name: "gte",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.level\",\"operator\":\"gte\",\"values\":[\"7\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".level >= ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(7)]),
    GoldenCase(
        name: "lt",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.salary\",\"operator\":\"lt\",\"values\":[\"8000.5\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".salary < ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.real(8000.5)]),
    GoldenCase(
        name: "lte",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.level\",\"operator\":\"lte\",\"values\":[\"2\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".level <= ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(2)]),
    GoldenCase(
        name: "set",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.termination_date\",\"operator\":\"set\"}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".termination_date) IS NOT NULL
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "notSet",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.termination_date\",\"operator\":\"notSet\"}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".termination_date) IS NULL
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "inDateRange",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"inDateRange\",\"values\":[\"2023-01-01\",\"2023-12-31\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ? AND strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2023-01-01T00:00:00.000"), .text("2023-12-31T23:59:59.999")]),
    GoldenCase(
        name: "notInDateRange",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"notInDateRange\",\"values\":[\"2023-01-01\",\"2023-12-31\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE (strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) < ? OR strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) > ?)
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2023-01-01T00:00:00.000"), .text("2023-12-31T23:59:59.999")]),
    GoldenCase(
        name: "beforeDate",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"beforeDate\",\"values\":[\"2020-01-01\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) < ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2020-01-01T00:00:00.000")]),
    GoldenCase(
        name: "beforeOrOnDate",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"beforeOrOnDate\",\"values\":[\"2019-12-31\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) <= ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2019-12-31T23:59:59.999")]),
    GoldenCase(
        name: "afterDate",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"afterDate\",\"values\":[\"2025-12-31\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) > ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2025-12-31T23:59:59.999")]),
    GoldenCase(
        name: "afterOrOnDate",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.hire_date\",\"operator\":\"afterOrOnDate\",\"values\":[\"2026-01-01\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".hire_date) >= ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("2026-01-01T00:00:00.000")]),
    GoldenCase(
        name: "measure filter goes to HAVING",
        query: "{\"measures\":[\"employees.count\"],\"dimensions\":[\"departments.name\"],\"filters\":[{\"member\":\"employees.count\",\"operator\":\"gt\",\"values\":[\"300\"]}]}",
        sql: """
        SELECT "departments".name "departments__name", COUNT(*) "employees__count"
        FROM "employees" "employees"
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        GROUP BY 1
        HAVING COUNT(*) > ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(300)]),
    GoldenCase(
        name: "measureFilter",
        query: "{\"measures\":[\"employees.active_count\"],\"filters\":[{\"member\":\"employees.active_count\",\"operator\":\"measureFilter\"}]}",
        sql: """
        SELECT COUNT(CASE WHEN ("employees".status = '在职') THEN 1 END) "employees__active_count"
        FROM "employees" "employees"
        ORDER BY "employees__active_count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "boolean dimension",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.is_active\",\"operator\":\"equals\",\"values\":[\"true\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".status = '在职') = ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(1)]),
    GoldenCase(
        name: "and or nesting",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"or\":[{\"member\":\"employees.city\",\"operator\":\"equals\",\"values\":[\"北京\"]},{\"and\":[{\"member\":\"employees.level\",\"operator\":\"gte\",\"values\":[\"7\"]},{\"member\":\"employees.gender\",\"operator\":\"equals\",\"values\":[\"女\"]}]}]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE ("employees".city = ? OR ("employees".level >= ? AND "employees".gender = ?))
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("北京"), .integer(7), .text("女")]),
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
        SELECT printf('%s-%02d-01T00:00:00.000', strftime('%Y', "employees".hire_date), ((CAST(strftime('%m', "employees".hire_date) AS INTEGER) - 1) / 3) * 3 + 1) "employees__hire_date_quarter", COUNT(*) "employees__count"
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
        ORDER BY "employees__salary" DESC
        LIMIT 5
        """,
        parameters: []),
]
