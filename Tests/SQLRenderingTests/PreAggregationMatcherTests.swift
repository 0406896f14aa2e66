import Foundation
import SQLRendering
import SemanticModel
import Testing

/// One test per matching rule: when a rollup answers a query, and every case where it must not.
@Suite("Pre-aggregation matching")
struct PreAggregationMatcherTests {
    static let model = Support.model
    static let today = Support.today
    static func coverage(_ id: String, coversAll: Bool = true, from: String? = nil, to: String? = nil) -> RollupCoverage {
        RollupCoverage(
            tableName: "t_\(id.replacingOccurrences(of: ".", with: "_"))", fingerprint: "f", rangeStart: from, rangeEnd: to,
            coversAll: coversAll, builtAt: "2026-11-25T00:00:00Z")
    }
    static let allReady: [String: RollupCoverage] = Dictionary(
        uniqueKeysWithValues: ["employees.by_department", "employees.hires_by_month", "performance_reviews.by_rating"].map { ($0, coverage($0)) })

    static func match(
        _ json: String, model: SemanticModel = model, ready: [String: RollupCoverage] = allReady, claims: [String: JSONValue] = [:]
    ) throws -> (id: String?, reasons: [String]) {
        var query = try Support.query(json)
        query.filters += model.securityFilters(for: cubes(query), context: SecurityContext(claims: claims)).map(QueryFilter.member)
        let result = PreAggregationMatcher(model: model).match(query, today: today, ready: ready)
        return (result.match?.id, result.reasons)
    }

    static func cubes(_ q: CubeQuery) -> [String] {
        var out: [String] = []
        for m in q.measures + q.dimensions + q.timeDimensions.map(\.dimension) + q.filters.flatMap(\.memberFilters).map(\.member) {
            let c = String(m.split(separator: ".")[0])
            if !out.contains(c) { out.append(c) }
        }
        return out
    }

    // MARK: additive measures, dimensions and the first match

    @Test("additive leaf measures by rollup dimensions: the first rollup in definition order that fits")
    func additive() throws {
        #expect(try Self.match(#"{"measures":["employees.count","employees.total_salary","employees.max_salary","employees.min_salary"],"dimensions":["departments.name"]}"#).id
            == "employees.by_department")
        #expect(try Self.match(#"{"measures":["performance_reviews.count"],"dimensions":["performance_reviews.rating"]}"#).id
            == "performance_reviews.by_rating")
    }

    @Test("a query dimension outside the rollup: raw tables")
    func dimensionNotInRollup() throws {
        let (id, reasons) = try Self.match(#"{"measures":["employees.count"],"dimensions":["employees.position"]}"#)
        #expect(id == nil)
        #expect(reasons.contains("employees.by_department: dimension 'employees.position' is not in the rollup"))
    }

    @Test("a filter dimension outside the rollup: raw tables; inside it: the rollup")
    func filterDimensions() throws {
        #expect(try Self.match(#"{"measures":["employees.count"],"filters":[{"member":"employees.level","operator":"gt","values":["3"]}]}"#).id == nil)
        #expect(try Self.match(#"{"measures":["employees.count"],"filters":[{"member":"employees.city","operator":"contains","values":["北"]}]}"#).id
            == "employees.by_department")
    }

    @Test("a measure outside the rollup: raw tables")
    func measureNotInRollup() throws {
        #expect(try Self.match(#"{"measures":["employees.avg_level"],"dimensions":["departments.name"]}"#).id == nil)
    }

    @Test("a rollup not built (or built for another definition) is never used")
    func notBuilt() throws {
        let (id, reasons) = try Self.match(#"{"measures":["employees.count"]}"#, ready: [:])
        #expect(id == nil && reasons.contains("employees.by_department: not built"))
    }

    // MARK: non-additive measures

    @Test("count_distinct is not additive: not in the rollup, or not grouped exactly, means raw tables")
    func countDistinct() throws {
        #expect(try Self.match(#"{"measures":["employees.city_count"],"dimensions":["departments.name"]}"#).id == nil)
        let model = try Fixture.model()
        #expect(try Self.match(#"{"measures":["orders.buyers"],"dimensions":["orders.status"]}"#, model: model, ready: Fixture.ready).id == "orders.exact")
        #expect(try Self.match(#"{"measures":["orders.buyers"]}"#, model: model, ready: Fixture.ready).id == nil)
        // Exact grouping, but a filter on a dimension not grouped by: groups would merge, so no.
        #expect(try Self.match(
            #"{"measures":["orders.buyers"],"dimensions":["orders.status"],"filters":[{"member":"orders.channel","operator":"equals","values":["web"]}]}"#,
            model: model, ready: Fixture.ready).id == nil)
    }

    @Test("avg is served from a sum and a count of the same values in the rollup, or needs an exact match")
    func average() throws {
        #expect(try Self.match(#"{"measures":["employees.avg_salary"],"dimensions":["departments.name"]}"#).id == "employees.by_department")
        #expect(try Self.match(#"{"measures":["performance_reviews.avg_score"],"dimensions":["performance_reviews.year"]}"#).id
            == "performance_reviews.by_rating")
        let model = try Fixture.model()
        // orders.avg_amount is stored in `exact` only: same grouping uses it, a coarser one can't.
        #expect(try Self.match(#"{"measures":["orders.avg_amount"],"dimensions":["orders.status"]}"#, model: model, ready: Fixture.ready).id == "orders.exact")
        #expect(try Self.match(#"{"measures":["orders.avg_amount"]}"#, model: model, ready: Fixture.ready).id == nil)
    }

    @Test("a number measure is served through its leaf measures when they all are")
    func calculated() throws {
        #expect(try Self.match(#"{"measures":["employees.attrition_rate","employees.female_share"],"dimensions":["employees.city"]}"#).id
            == "employees.by_department")
        #expect(try Self.match(#"{"measures":["performance_reviews.excellent_rate"],"dimensions":["performance_reviews.rating"]}"#).id
            == "performance_reviews.by_rating")
    }

    // MARK: time dimensions

    @Test("Cube's granularity table decides which time grains a rollup serves", arguments: [
        ("month", "month", true), ("month", "quarter", true), ("month", "year", true), ("month", "week", false), ("month", "day", false),
        ("day", "week", true), ("day", "month", true), ("day", "quarter", true), ("day", "year", true), ("day", "day", true),
        ("week", "week", true), ("week", "month", false), ("week", "quarter", false), ("week", "year", false),
    ])
    func granularity(_ rollup: String, _ query: String, _ served: Bool) throws {
        let model = try Fixture.model()
        let id = "orders.by_\(rollup)"
        let q = #"{"measures":["orders.count"],"timeDimensions":[{"dimension":"orders.created_at","granularity":"\#(query)"}]}"#
        let (matched, _) = try Self.match(q, model: model, ready: [id: Self.coverage(id)])
        #expect((matched == id) == served)
    }

    @Test("the sample's month rollup serves hires by month, quarter and year, not by week")
    func hiresByMonth() throws {
        for g in ["month", "quarter", "year"] {
            #expect(try Self.match(#"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"\#(g)"}]}"#).id
                == "employees.hires_by_month")
        }
        #expect(try Self.match(#"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"week"}]}"#).id == nil)
    }

    @Test("a date range is served only when it covers whole periods of the rollup's granularity", arguments: [
        (#"["2024-01-01","2024-03-31"]"#, true), (#""last year""#, true), (#""this quarter""#, true),
        (#"["2024-01-15","2024-03-31"]"#, false), (#"["2024-01-01","2024-03-30"]"#, false), (#""last 30 days""#, false),
    ])
    func dateRanges(_ range: String, _ served: Bool) throws {
        let grouped = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month","dateRange":\#(range)}]}"#
        #expect((try Self.match(grouped).id == "employees.hires_by_month") == served)
        // Without a granularity the range alone is a filter: the same rule.
        let filtered = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","dateRange":\#(range)}]}"#
        #expect((try Self.match(filtered).id == "employees.hires_by_month") == served)
    }

    @Test("date filters on the rollup's time dimension: whole periods only; other operators need the raw time")
    func timeFilters() throws {
        func q(_ op: String, _ values: String) -> String {
            #"{"measures":["employees.count"],"filters":[{"member":"employees.hire_date","operator":"\#(op)","values":\#(values)}]}"#
        }
        #expect(try Self.match(q("inDateRange", #"["2024-01-01","2024-06-30"]"#)).id == "employees.hires_by_month")
        #expect(try Self.match(q("beforeDate", #"["2024-01-01"]"#)).id == "employees.hires_by_month")
        #expect(try Self.match(q("afterDate", #"["2024-01-31"]"#)).id == "employees.hires_by_month")
        #expect(try Self.match(q("afterDate", #"["2024-01-15"]"#)).id == nil)
        #expect(try Self.match(q("beforeOrOnDate", #"["2024-01-15"]"#)).id == nil)
        #expect(try Self.match(q("inDateRange", #"["2024-01-10","2024-06-30"]"#)).id == nil)
        #expect(try Self.match(q("set", "[]")).id == "employees.hires_by_month")
    }

    @Test("a build range that misses rows serves only date ranges inside it")
    func buildRange() throws {
        let partial = ["employees.hires_by_month": Self.coverage(
            "employees.hires_by_month", coversAll: false, from: "2020-01-01T00:00:00.000", to: "2024-12-31T23:59:59.999")]
        let inside = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month","dateRange":["2021-01-01","2021-12-31"]}]}"#
        let outside = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month","dateRange":["2019-01-01","2021-12-31"]}]}"#
        let unbounded = #"{"measures":["employees.count"],"timeDimensions":[{"dimension":"employees.hire_date","granularity":"month"}]}"#
        #expect(try Self.match(inside, ready: partial).id == "employees.hires_by_month")
        #expect(try Self.match(outside, ready: partial).id == nil)
        #expect(try Self.match(unbounded, ready: partial).id == nil)
    }

    // MARK: what always reads the raw tables

    @Test("segments must be the rollup's own")
    func segments() throws {
        #expect(try Self.match(#"{"measures":["employees.count"],"segments":["employees.active"]}"#).id == nil)
        let model = try Fixture.model()
        #expect(try Self.match(#"{"measures":["orders.count"],"segments":["orders.big"]}"#, model: model, ready: Fixture.ready).id == "orders.big_orders")
        #expect(try Self.match(#"{"measures":["orders.total"]}"#, model: model, ready: ["orders.big_orders": Self.coverage("orders.big_orders")]).id == nil)
    }

    @Test("ungrouped queries and queries without measures read the raw rows")
    func ungroupedAndDimensionsOnly() throws {
        #expect(try Self.match(#"{"dimensions":["departments.name"]}"#).id == nil)
        #expect(try Self.match(#"{"dimensions":["employees.city"],"ungrouped":true}"#).id == nil)
    }

    @Test("measures a one-to-many join would multiply never match")
    func multiplied() throws {
        let model = try Fixture.model()
        let (id, reasons) = try Self.match(#"{"measures":["orders.count"],"dimensions":["items.sku"]}"#, model: model, ready: Fixture.ready)
        #expect(id == nil)
        #expect(reasons.contains("orders.with_items: a one-to-many join multiplies orders's rows in the rollup"))
    }

    @Test("measure filters (HAVING) are served on the re-aggregated values")
    func having() throws {
        #expect(try Self.match(#"{"measures":["employees.count"],"dimensions":["employees.city"],"filters":[{"member":"employees.total_salary","operator":"gt","values":["1000"]}]}"#).id
            == "employees.by_department")
        #expect(try Self.match(#"{"measures":["employees.count"],"dimensions":["employees.city"],"filters":[{"member":"employees.city_count","operator":"gt","values":["1"]}]}"#).id
            == nil)
    }

    // MARK: row-level security

    @Test("security filter members count as filter dimensions: in the rollup, it serves; missing, it doesn't")
    func rowLevelSecurity() throws {
        let q = #"{"measures":["employees.count"],"dimensions":["employees.gender"]}"#
        #expect(try Self.match(q, claims: ["department": .string("销售部")]).id == "employees.by_department")
        #expect(try Self.match(q, claims: ["department_id": .int(3)]).id == "employees.by_department")
        #expect(try Self.match(q, claims: ["city": .string("北京")]).id == "employees.by_department")
        let model = try Fixture.model()
        let orders = #"{"measures":["orders.count"],"dimensions":["orders.status"]}"#
        #expect(try Self.match(orders, model: model, ready: Fixture.ready).id == "orders.exact")
        let (id, reasons) = try Self.match(orders, model: model, ready: Fixture.ready, claims: ["city": .string("Paris")])
        #expect(id == nil && reasons.contains("orders.exact: filter dimension 'users.city' is not in the rollup"))
    }

    @Test("a calculated measure's SQL must be plain arithmetic over measures")
    func plainArithmetic() {
        #expect(PreAggregationMatcher.isPlainArithmetic("100.0 * {resigned_count} / NULLIF({count}, 0)"))
        #expect(!PreAggregationMatcher.isPlainArithmetic("{count} / (SELECT COUNT(*) FROM employees)"))
        #expect(!PreAggregationMatcher.isPlainArithmetic("{CUBE}.salary / {count}"))
    }
}

/// A small model with rollups at each granularity, a non-additive exact rollup, a segment rollup and a one-to-many join.
enum Fixture {
    static let yaml = """
        cubes:
          - name: orders
            sql_table: orders
            joins:
              - {name: users, relationship: many_to_one, sql: "{CUBE}.user_id = {users.id}"}
              - {name: items, relationship: one_to_many, sql: "{CUBE}.id = {items.order_id}"}
            access_policy:
              - role: "*"
                row_level:
                  filters:
                    - {member: users.city, operator: equals, values: ["{ securityContext.city }"]}
            measures:
              - {name: count, type: count}
              - {name: total, type: sum, sql: amount}
              - {name: avg_amount, type: avg, sql: amount}
              - {name: buyers, type: count_distinct, sql: user_id}
            dimensions:
              - {name: id, type: number, sql: id, primary_key: true}
              - {name: status, type: string, sql: status}
              - {name: channel, type: string, sql: channel}
              - {name: created_at, type: time, sql: created_at}
            segments:
              - {name: big, sql: "{CUBE}.amount > 100"}
            pre_aggregations:
              - {name: with_items, measures: [count], dimensions: [items.sku]}
              - {name: exact, measures: [count, buyers, avg_amount], dimensions: [status]}
              - {name: big_orders, measures: [count, total], segments: [big]}
              - {name: by_day, measures: [count], time_dimension: created_at, granularity: day}
              - {name: by_week, measures: [count], time_dimension: created_at, granularity: week}
              - {name: by_month, measures: [count], time_dimension: created_at, granularity: month}
          - name: users
            sql_table: users
            dimensions:
              - {name: id, type: number, sql: id, primary_key: true}
              - {name: city, type: string, sql: city}
          - name: items
            sql_table: items
            measures:
              - {name: count, type: count}
            dimensions:
              - {name: id, type: number, sql: id, primary_key: true}
              - {name: sku, type: string, sql: sku}
              - {name: order_id, type: number, sql: order_id}
        """
    static func model() throws -> SemanticModel { try ModelLoader().load(sources: [("fixture.yml", yaml)]) }
    static let ready: [String: RollupCoverage] = Dictionary(
        uniqueKeysWithValues: ["orders.with_items", "orders.exact", "orders.big_orders"].map { ($0, PreAggregationMatcherTests.coverage($0)) })
}
