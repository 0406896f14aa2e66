import Foundation
import SemanticModel
import Testing

@Suite("Pre-aggregations in the model")
struct PreAggregationModelTests {
    static let base = """
        cubes:
          - name: orders
            sql_table: orders
            joins:
              - name: users
                relationship: many_to_one
                sql: "{CUBE}.user_id = {users.id}"
            measures:
              - {name: count, type: count}
              - {name: total, type: sum, sql: amount}
              - {name: buyers, type: count_distinct, sql: user_id}
            dimensions:
              - {name: id, type: number, sql: id, primary_key: true}
              - {name: status, type: string, sql: status}
              - {name: created_at, type: time, sql: created_at}
            segments:
              - {name: big, sql: "{CUBE}.amount > 100"}
            pre_aggregations:
        """
    static let users = """

          - name: users
            sql_table: users
            measures:
              - {name: count, type: count}
            dimensions:
              - {name: id, type: number, sql: id, primary_key: true}
              - {name: city, type: string, sql: city}
        """

    static func load(_ rollups: String) throws -> SemanticModel {
        try ModelLoader().load(sources: [("orders.yml", base + "\n" + rollups + users)])
    }

    static func issues(_ rollups: String) -> [String] {
        do {
            _ = try load(rollups)
            return []
        } catch let error as ModelValidationError {
            return error.issues.map { "\($0.path): \($0.message)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a rollup reads with full member names, its granularity, partitions, refresh key and build range")
    func parses() throws {
        let model = try Self.load("""
                  - name: daily
                    type: rollup
                    measures: [CUBE.count, total]
                    dimensions: [status, users.city]
                    segments: [big]
                    time_dimension: CUBE.created_at
                    granularity: day
                    partition_granularity: month
                    refresh_key:
                      every: 30 minute
                      incremental: true
                      update_window: 7 day
                    build_range_start:
                      sql: SELECT '2024-01-01'
                    build_range_end:
                      sql: SELECT '2024-12-31'
            """)
        let rollup = try #require(model.cube(named: "orders")?.preAggregation(named: "daily"))
        #expect(rollup.measures == ["orders.count", "orders.total"])
        #expect(rollup.dimensions == ["orders.status", "users.city"])
        #expect(rollup.segments == ["orders.big"])
        #expect(rollup.timeDimension == "orders.created_at" && rollup.granularity == .day && rollup.partitionGranularity == .month)
        #expect(rollup.refreshKey == .every(seconds: 1_800) && rollup.incremental && rollup.updateWindowDays == 7)
        #expect(rollup.buildRangeStart == "SELECT '2024-01-01'" && rollup.buildRangeEnd == "SELECT '2024-12-31'")
    }

    @Test("the default refresh key is every hour; a sql key is kept")
    func refreshKeys() throws {
        let model = try Self.load("""
                  - {name: a, measures: [count]}
                  - name: b
                    measures: [count]
                    refresh_key: {sql: SELECT MAX(id) FROM orders}
            """)
        let cube = try #require(model.cube(named: "orders"))
        #expect(cube.preAggregations.map(\.name) == ["a", "b"])
        #expect(cube.preAggregations[0].refreshKey == .every(seconds: 3_600))
        #expect(cube.preAggregations[1].refreshKey == .sql("SELECT MAX(id) FROM orders"))
    }

    @Test("unknown members, a foreign measure and a non-time time dimension are reported with their paths")
    func unknownMembers() {
        let issues = Self.issues("""
                  - name: bad
                    measures: [count, totl, users.count]
                    dimensions: [status, colour]
                    segments: [tiny]
                    time_dimension: status
                    granularity: day
            """)
        #expect(issues.contains("cubes[0].pre_aggregations[0].measures[1]: unknown measure 'orders.totl'"))
        #expect(issues.contains { $0.hasPrefix("cubes[0].pre_aggregations[0].measures[2]: 'users.count' is not a measure of orders") })
        #expect(issues.contains("cubes[0].pre_aggregations[0].dimensions[1]: unknown dimension 'orders.colour'"))
        #expect(issues.contains("cubes[0].pre_aggregations[0].segments[0]: unknown segment 'orders.tiny'"))
        #expect(issues.contains("cubes[0].pre_aggregations[0].time_dimension: 'orders.status' is not a time dimension"))
    }

    @Test("time_dimension and granularity come together; granularities are checked")
    func granularities() {
        #expect(Self.issues("- {name: a, measures: [count], time_dimension: created_at}".indented)
            == ["cubes[0].pre_aggregations[0].granularity: is required with time_dimension"])
        #expect(Self.issues("- {name: a, measures: [count], granularity: day}".indented)
            == ["cubes[0].pre_aggregations[0].time_dimension: is required with granularity"])
        #expect(Self.issues("- {name: a, measures: [count], time_dimension: created_at, granularity: fortnight}".indented)
            .contains { $0.hasPrefix("cubes[0].pre_aggregations[0].granularity: unknown granularity 'fortnight'") })
        #expect(Self.issues("- {name: a, measures: [count], time_dimension: created_at, granularity: hour}".indented)
            == ["cubes[0].pre_aggregations[0].granularity: textbi builds rollups at day, week, month, quarter or year, not 'hour'"])
        #expect(Self.issues("- {name: a, measures: [count], time_dimension: created_at, granularity: week, partition_granularity: month}".indented)
            == ["cubes[0].pre_aggregations[0].partition_granularity: a week rollup can't be split into month partitions (its groups would straddle them)"])
        #expect(Self.issues("- {name: a, measures: [count], partition_granularity: month}".indented)
            == ["cubes[0].pre_aggregations[0].partition_granularity: needs a time_dimension to partition by"])
        #expect(Self.issues("- {name: a, type: original_sql, measures: [count]}".indented)
            == ["cubes[0].pre_aggregations[0].type: unsupported pre-aggregation type 'original_sql' (textbi builds type rollup)"])
        #expect(Self.issues("- {name: a, measures: [count]}\n- {name: a, measures: [total]}".indented)
            == ["cubes[0].pre_aggregations[1].name: duplicate name 'a'"])
    }

    @Test("Cube's granularity table: a day serves week, month, quarter and year; a week serves no month")
    func servingTable() {
        let cases: [(Granularity, Granularity, Bool)] = [
            (.day, .day, true), (.day, .week, true), (.day, .month, true), (.day, .quarter, true), (.day, .year, true),
            (.week, .week, true), (.week, .month, false), (.week, .quarter, false), (.week, .year, false), (.week, .day, false),
            (.month, .month, true), (.month, .quarter, true), (.month, .year, true), (.month, .week, false), (.month, .day, false),
            (.quarter, .quarter, true), (.quarter, .year, true), (.quarter, .month, false),
            (.year, .year, true), (.year, .quarter, false), (.hour, .day, true), (.day, .hour, false),
        ]
        for (rollup, query, expected) in cases { #expect(rollup.serves(query) == expected, "\(rollup) → \(query)") }
    }

    @Test("the sample model declares rollups the example questions use")
    func sampleRollups() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let model = try ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
        #expect(model.cube(named: "employees")?.preAggregations.map(\.name) == ["by_department", "hires_by_month"])
        #expect(model.cube(named: "performance_reviews")?.preAggregations.map(\.name) == ["by_rating"])
    }
}

private extension String {
    /// The text as entries of the base model's `pre_aggregations:` list.
    var indented: String { split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") }
}
