import SQLRendering
import Testing

// Golden SQL: each query's rendering was read line by line against Cube's semantics before it was frozen.

/// Every filter operator, HAVING, and and/or nesting.
let filterCases: [GoldenCase] = [
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
]
