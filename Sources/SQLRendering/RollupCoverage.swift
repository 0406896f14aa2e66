import SemanticModel

/// What a built rollup table holds, as its last refresh recorded it: which definition built it and the time range
/// its partitions cover. Only a rollup with a coverage for its current definition is ever matched.
public struct RollupCoverage: Sendable, Equatable {
    /// The table the partitions are in (`textbi_rollup_<cube>_<name>_<fingerprint>`).
    public let tableName: String
    /// The fingerprint of the SQL that built the table (`RollupDefinition.fingerprint`).
    public let fingerprint: String
    /// The first and last timestamps the partitions cover (nil without a time dimension).
    public let rangeStart: String?
    public let rangeEnd: String?
    /// True when, at the last refresh, every row of the data lay inside the range (or the rollup has no time dimension).
    public let coversAll: Bool
    /// When the last partition was built (ISO-8601), for `usedPreAggregations`.
    public let builtAt: String

    public init(tableName: String, fingerprint: String, rangeStart: String?, rangeEnd: String?, coversAll: Bool, builtAt: String) {
        self.tableName = tableName
        self.fingerprint = fingerprint
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
        self.coversAll = coversAll
        self.builtAt = builtAt
    }
}

/// The rollup a query is answered from, and how each of its members is read from the rollup's columns.
public struct RollupMatch: Sendable, Equatable {
    /// How one measure is computed from the rollup's columns.
    enum Read: Sendable, Equatable {
        /// COALESCE(SUM(column), 0): a count is never NULL.
        case count(String)
        case sum(String)
        case min(String)
        case max(String)
        /// The stored value of an exactly matching group (a non-additive measure).
        case stored(String)
        /// SUM(sum) / SUM(count) of the same expression and filters.
        case average(sum: String, count: String)
    }

    public let cube: String
    public let preAggregation: PreAggregation
    /// True when the query groups exactly as the rollup does (each rollup row is one result row).
    public let exact: Bool
    /// Each measure the query reads (selected, filtered on, or a leaf of a calculated one), by full name.
    let measures: [String: Read]
    /// Each dimension's column, by full name (`departments.name`; the time dimension by its plain name).
    let dimensions: [String: String]
    public let coverage: RollupCoverage

    /// `employees.by_department`, as Cube names pre-aggregations.
    public var id: String { "\(cube).\(preAggregation.name)" }
    public var tableName: String { coverage.tableName }
}
