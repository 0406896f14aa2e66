import SQLRendering
import Testing

// Cube's join and binding semantics: each rendering was read against Cube's JoinGraph (root cube, multiplication
// factor), its primary-key de-duplication of multiplied measures, and BaseFilter's NULL rules before it was frozen.

/// Joins, multiplied measures, values bound in statement order, NULL filter values.
let joinCases: [GoldenCase] = [
    GoldenCase(
        name: "measure filter listed before a dimension filter (values stay with their placeholders)",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.count\",\"operator\":\"gt\",\"values\":[\"100\"]},{\"member\":\"employees.city\",\"operator\":\"equals\",\"values\":[\"北京\"]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE "employees".city = ?
        HAVING COUNT(*) > ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.text("北京"), .integer(100)]),
    GoldenCase(
        name: "row-level security with a numeric claim under a measure filter",
        query: "{\"measures\":[\"employees.count\"],\"dimensions\":[\"employees.city\"],\"filters\":[{\"member\":\"employees.count\",\"operator\":\"gt\",\"values\":[\"100\"]}]}",
        claims: "{\"department_id\": 3}",
        sql: """
        SELECT "employees".city "employees__city", COUNT(*) "employees__count"
        FROM "employees" "employees"
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        WHERE "departments".id = ?
        GROUP BY 1
        HAVING COUNT(*) > ?
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: [.integer(3), .integer(100)]),
    GoldenCase(
        name: "a one-side cube's count is not repeated by the join",
        query: "{\"measures\":[\"employees.count\",\"departments.count\"],\"dimensions\":[\"employees.city\"]}",
        sql: """
        SELECT "employees".city "employees__city", COUNT(*) "employees__count", COUNT(DISTINCT "departments".id) "departments__count"
        FROM "employees" "employees"
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        GROUP BY 1
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "the root is the cube that reaches the others: no NULL group of employees without reviews",
        query: "{\"measures\":[\"employees.count\"],\"dimensions\":[\"performance_reviews.rating\"]}",
        sql: """
        SELECT "performance_reviews".rating "performance_reviews__rating", COUNT(DISTINCT "employees".id) "employees__count"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        GROUP BY 1
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "counts of a joined cube count its keys, not NULL-extended rows",
        query: "{\"measures\":[\"employees.count\",\"performance_reviews.count\"]}",
        sql: """
        SELECT COUNT(DISTINCT "employees".id) "employees__count", COUNT(*) "performance_reviews__count"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "avg of a multiplied cube over its de-duplicated rows",
        query: "{\"measures\":[\"employees.avg_salary\"],\"dimensions\":[\"performance_reviews.rating\"]}",
        sql: """
        SELECT "q_0"."performance_reviews__rating" "performance_reviews__rating", "q_0"."employees__avg_salary" "employees__avg_salary"
        FROM (
        SELECT "__keys"."performance_reviews__rating" "performance_reviews__rating", AVG("employees".salary) "employees__avg_salary"
        FROM (
        SELECT DISTINCT "performance_reviews".rating "performance_reviews__rating", "employees".id "__employees_key"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        ) "__keys"
        LEFT JOIN "employees" "employees" ON "__keys"."__employees_key" = "employees".id
        GROUP BY 1
        ) "q_0"
        ORDER BY "employees__avg_salary" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "regular and de-duplicated measures joined on their groups, measure filters over both",
        query: "{\"measures\":[\"employees.avg_salary\",\"performance_reviews.avg_score\",\"employees.count\"],\"dimensions\":[\"departments.name\"],\"filters\":[{\"member\":\"employees.avg_salary\",\"operator\":\"gt\",\"values\":[\"10000\"]},{\"member\":\"employees.total_salary\",\"operator\":\"gt\",\"values\":[\"10\"]}]}",
        sql: """
        SELECT "q_0"."departments__name" "departments__name", "q_1"."employees__avg_salary" "employees__avg_salary", "q_0"."performance_reviews__avg_score" "performance_reviews__avg_score", "q_0"."employees__count" "employees__count"
        FROM (
        SELECT "departments".name "departments__name", AVG("performance_reviews".score) "performance_reviews__avg_score", COUNT(DISTINCT "employees".id) "employees__count"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        GROUP BY 1
        ) "q_0"
        INNER JOIN (
        SELECT "__keys"."departments__name" "departments__name", AVG("employees".salary) "employees__avg_salary", SUM("employees".salary) "__filter_employees__total_salary"
        FROM (
        SELECT DISTINCT "departments".name "departments__name", "employees".id "__employees_key"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        LEFT JOIN "departments" "departments" ON "employees".department_id = "departments".id
        ) "__keys"
        LEFT JOIN "employees" "employees" ON "__keys"."__employees_key" = "employees".id
        GROUP BY 1
        ) "q_1" ON "q_0"."departments__name" IS "q_1"."departments__name"
        WHERE "q_1"."employees__avg_salary" > ? AND "q_1"."__filter_employees__total_salary" > ?
        ORDER BY "employees__avg_salary" DESC
        LIMIT 10000
        """,
        parameters: [.integer(10000), .integer(10)]),
    GoldenCase(
        name: "equals null is IS NULL",
        query: "{\"measures\":[\"employees.count\"],\"filters\":[{\"member\":\"employees.termination_date\",\"operator\":\"equals\",\"values\":[null]}]}",
        sql: """
        SELECT COUNT(*) "employees__count"
        FROM "employees" "employees"
        WHERE strftime('%Y-%m-%dT%H:%M:%f', "employees".termination_date) IS NULL
        ORDER BY "employees__count" DESC
        LIMIT 10000
        """,
        parameters: []),
    GoldenCase(
        name: "a number measure of a multiplied cube is computed over de-duplicated rows",
        query: "{\"measures\":[\"employees.attrition_rate\"],\"dimensions\":[\"performance_reviews.rating\"]}",
        sql: """
        SELECT "q_0"."performance_reviews__rating" "performance_reviews__rating", "q_0"."employees__attrition_rate" "employees__attrition_rate"
        FROM (
        SELECT "__keys"."performance_reviews__rating" "performance_reviews__rating", 100.0 * (COUNT(CASE WHEN ("employees".status = '离职') THEN "employees".id END)) / NULLIF((COUNT("employees".id)), 0) "employees__attrition_rate"
        FROM (
        SELECT DISTINCT "performance_reviews".rating "performance_reviews__rating", "employees".id "__employees_key"
        FROM "performance_reviews" "performance_reviews"
        LEFT JOIN "employees" "employees" ON "performance_reviews".employee_id = "employees".id
        ) "__keys"
        LEFT JOIN "employees" "employees" ON "__keys"."__employees_key" = "employees".id
        GROUP BY 1
        ) "q_0"
        ORDER BY "employees__attrition_rate" DESC
        LIMIT 10000
        """,
        parameters: []),
]
