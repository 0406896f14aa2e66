import SemanticModel

/// One SQL statement with its bound parameters and what each result column means.
public struct RenderedSQL: Sendable, Equatable {
    public let sql: String
    public let parameters: [SQLValue]
    public let columns: [ResultColumn]
    /// The effective ordering, as Cube's `/sql` endpoint reports it.
    public let order: [OrderItem]
    public let limit: Int
    /// The order as Cube's `/sql` and `/dry-run` report it: `{"employees.count": "desc"}`.
    public var orderObject: JSONValue {
        .object(order.map { ($0.member, .string($0.descending ? "desc" : "asc")) })
    }

    /// Counts every row the query matches, ignoring limit and offset (Cube's `total`); same parameters.
    public let countSQL: String
    /// The statement without LIMIT / OFFSET (a rollup's build reads all of it); same parameters.
    public var unlimitedSQL = ""
    /// The rollup the statement reads instead of the raw tables, if one answers the query.
    public var preAggregation: RollupMatch?

    public init(sql: String, parameters: [SQLValue], columns: [ResultColumn], order: [OrderItem], limit: Int, countSQL: String = "") {
        self.sql = sql
        self.parameters = parameters
        self.columns = columns
        self.order = order
        self.limit = limit
        self.countSQL = countSQL
    }
}

/// A result column: its SQL alias, the member it holds and what kind of member that is.
public struct ResultColumn: Sendable, Equatable {
    /// Whether the column is a dimension, a time dimension at a granularity, or a measure.
    public enum Role: Sendable, Equatable {
        case dimension
        case timeDimension(Granularity)
        case measure
    }

    public let alias: String
    /// The Cube member name used as the row key (`employees.hire_date.month` for a granular time dimension).
    public let member: String
    public let role: Role
    /// The plain member name (`employees.hire_date`), also a row key for time dimensions, as in Cube.
    public let baseMember: String

    public init(alias: String, member: String, role: Role, baseMember: String) {
        self.alias = alias
        self.member = member
        self.role = role
        self.baseMember = baseMember
    }
}
