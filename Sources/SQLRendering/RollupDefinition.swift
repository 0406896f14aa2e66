import SemanticModel

/// How a rollup's table is built: the grouped SELECT over the raw tables (the same renderer the raw path uses, so the
/// stored values are what the raw query computes), its columns, and a fingerprint of both that tells a table built
/// for another definition from a current one.
public struct RollupDefinition: Sendable {
    /// Which rows of the rollup one build reads.
    public enum Slice: Sendable, Equatable {
        case all
        /// The days `from` through `to` of the time dimension (a partition).
        case days(from: CalendarDate, to: CalendarDate)
        /// The rows whose time is NULL (or not a time): kept in a partition of their own so no row is lost.
        case noTime
    }

    public let cube: Cube
    public let preAggregation: PreAggregation
    public let columns: [String]
    public let fingerprint: String
    private let renderer: SQLRenderer

    public init(cube: Cube, preAggregation: PreAggregation, renderer: SQLRenderer) throws(TextBIError) {
        self.cube = cube
        self.preAggregation = preAggregation
        self.renderer = renderer
        let whole = try Self.render(preAggregation, renderer: renderer, slice: .all)
        columns = whole.columns.map(\.alias)
        var text = whole.unlimitedSQL + "\n" + whole.parameters.map(\.description).joined(separator: ",")
        text += "\n\(preAggregation.partitionGranularity?.rawValue ?? "-")\n\(preAggregation.buildRangeStart ?? "-")\n\(preAggregation.buildRangeEnd ?? "-")"
        fingerprint = Self.fnv1a(text)
    }

    public var id: String { "\(cube.name).\(preAggregation.name)" }
    /// The table this definition builds: a changed definition builds a new table, so a query never reads a table
    /// built for another definition.
    public var tableName: String { Cube.rollupTable(cube: cube.name, preAggregation: preAggregation.name) + "_" + fingerprint.prefix(8) }

    /// The SELECT for one slice, unlimited, with its parameters. `bounded` also bounds a bare time column by its own
    /// text (so an index finds a partition's rows): only when its values are ISO-8601 text (see `rawBoundsSQL`).
    public func select(_ slice: Slice, bounded: Bool = false) throws(TextBIError) -> (sql: String, parameters: [SQLValue]) {
        let rendered = try Self.render(preAggregation, renderer: renderer, slice: slice, bounded: bounded)
        return (rendered.unlimitedSQL, rendered.parameters)
    }

    /// `SELECT MIN(t), MAX(t) FROM <cube>` of the time dimension as timestamps: the default build range. With
    /// `isoText` (a bare column whose values are ISO-8601 text, see `rawBoundsSQL`) the column's own MIN and MAX are
    /// read, which an index answers at once; otherwise every row's time is computed.
    public func dataRangeSQL(isoText: Bool) throws(TextBIError) -> String? {
        guard let time = preAggregation.timeDimension else { return nil }
        let (timeCube, dimension, _) = try renderer.model.dimension(time)
        let members = MemberSQL(model: renderer.model, dialect: renderer.dialect)
        let raw = try members.dimension(timeCube, dimension)
        let from = "FROM \(try renderer.source(cube)) \(members.alias(cube.name))"
        if isoText, SQLTemplate.isBareColumn(dimension.sql), timeCube.name == cube.name {
            return "SELECT \(renderer.dialect.timestamp("MIN(\(raw))")), \(renderer.dialect.timestamp("MAX(\(raw))")) \(from)"
        }
        let ts = renderer.dialect.timestamp(raw)
        return "SELECT MIN(\(ts)), MAX(\(ts)) \(from)"
    }

    /// For a bare time column of the cube, `SELECT MIN(col), MAX(col)` as stored: SQLite orders numbers before text and
    /// text before blobs, so when both are ISO-8601 date text every value that reads as a time is such text too (other
    /// text reads as no time and lands in the `noTime` partition), and bounding the column by itself loses no row.
    public func rawBoundsSQL() throws(TextBIError) -> String? {
        guard let time = preAggregation.timeDimension else { return nil }
        let (timeCube, dimension, _) = try renderer.model.dimension(time)
        guard SQLTemplate.isBareColumn(dimension.sql), timeCube.name == cube.name else { return nil }
        let members = MemberSQL(model: renderer.model, dialect: renderer.dialect)
        let raw = try members.dimension(timeCube, dimension)
        return "SELECT MIN(\(raw)), MAX(\(raw)) FROM \(try renderer.source(cube)) \(members.alias(cube.name))"
    }

    private static func render(_ rollup: PreAggregation, renderer: SQLRenderer, slice: Slice, bounded: Bool = false) throws(TextBIError) -> RenderedSQL {
        var query = CubeQuery(measures: rollup.measures, dimensions: rollup.dimensions, segments: rollup.segments)
        var extra: [SQLFragment] = []
        if let time = rollup.timeDimension, let granularity = rollup.granularity {
            query.dimensions.append("\(time).\(granularity.rawValue)")
            switch slice {
            case .all: break
            case .days(let from, let to):
                query.filters.append(.member(MemberFilter(member: time, op: .inDateRange, values: [from.iso, to.iso])))
                // A bare text column of ISO dates is also bounded by itself, so an index finds the partition's rows.
                let (timeCube, dimension, _) = try renderer.model.dimension(time)
                if bounded, SQLTemplate.isBareColumn(dimension.sql) {
                    let raw = try MemberSQL(model: renderer.model, dialect: renderer.dialect).dimension(timeCube, dimension)
                    extra.append(
                        SQLFragment(sql: "\(raw) >= ") + SQLFragment(value: .text(from.iso)) + " AND \(raw) < "
                            + SQLFragment(value: .text(to.adding(days: 1).iso)))
                }
            case .noTime:
                query.filters.append(.member(MemberFilter(member: time, op: .notSet)))
            }
        }
        let plan = try QueryPlan(query: query, model: renderer.model)
        return try renderer.renderRaw(query, plan: plan, today: CalendarDate(year: 2000, month: 1, day: 1), extraConditions: extra)
    }

    /// A stable 64-bit FNV-1a hash in hex (Swift's `Hasher` changes between runs).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
