/// One cube of the semantic model: a table (or SQL) with its measures, dimensions, joins and segments.
public struct Cube: Sendable, Equatable {
    public var name: String
    public var sqlTable: String?
    public var sql: String?
    public var title: String
    public var description: String?
    public var isPublic: Bool
    public var meta: Meta
    public var measures: [Measure]
    public var dimensions: [Dimension]
    public var joins: [Join]
    public var segments: [Segment]
    /// Cube's `access_policy`: row-level filters that depend on the caller's security context.
    public var accessPolicies: [AccessPolicy] = []
    /// Cube's `pre_aggregations` of type rollup, in definition order (the first that can answer a query wins).
    public var preAggregations: [PreAggregation] = []

    public init(
        name: String, sqlTable: String? = nil, sql: String? = nil, title: String? = nil, description: String? = nil,
        isPublic: Bool = true, meta: Meta = Meta(), measures: [Measure] = [], dimensions: [Dimension] = [],
        joins: [Join] = [], segments: [Segment] = []
    ) {
        self.name = name
        self.sqlTable = sqlTable
        self.sql = sql
        self.title = title ?? Meta.humanize(name)
        self.description = description
        self.isPublic = isPublic
        self.meta = meta
        self.measures = measures
        self.dimensions = dimensions
        self.joins = joins
        self.segments = segments
    }

    public func measure(named name: String) -> Measure? { measures.first { $0.name == name } }
    public func dimension(named name: String) -> Dimension? { dimensions.first { $0.name == name } }
    public func segment(named name: String) -> Segment? { segments.first { $0.name == name } }
    public func preAggregation(named name: String) -> PreAggregation? { preAggregations.first { $0.name == name } }

    /// The cube's primary-key dimension, if it declares one.
    public var primaryKey: Dimension? { dimensions.first { $0.primaryKey } }
}

/// A measure: an aggregation (or an expression over other measures) of one cube.
public struct Measure: Sendable, Equatable {
    /// Cube's measure types.
    public enum Kind: String, Sendable, CaseIterable {
        case count, countDistinct = "count_distinct", countDistinctApprox = "count_distinct_approx"
        case sum, avg, min, max, number, string, time, boolean
    }

    public var name: String
    public var kind: Kind
    public var sql: String?
    public var title: String
    public var description: String?
    public var format: String?
    public var filters: [String]
    public var drillMembers: [String]
    public var isPublic: Bool
    public var meta: Meta

    public init(
        name: String, kind: Kind, sql: String? = nil, title: String? = nil, description: String? = nil,
        format: String? = nil, filters: [String] = [], drillMembers: [String] = [], isPublic: Bool = true,
        meta: Meta = Meta()
    ) {
        self.name = name
        self.kind = kind
        self.sql = sql
        self.title = title ?? Meta.humanize(name)
        self.description = description
        self.format = format
        self.filters = filters
        self.drillMembers = drillMembers
        self.isPublic = isPublic
        self.meta = meta
    }
}

/// A dimension: an attribute of one cube's rows.
public struct Dimension: Sendable, Equatable {
    /// Cube's dimension types.
    public enum Kind: String, Sendable, CaseIterable {
        case string, number, time, boolean, geo
    }

    public var name: String
    public var kind: Kind
    public var sql: String
    public var title: String
    public var description: String?
    public var format: String?
    public var primaryKey: Bool
    public var isPublic: Bool
    public var meta: Meta

    public init(
        name: String, kind: Kind, sql: String, title: String? = nil, description: String? = nil,
        format: String? = nil, primaryKey: Bool = false, isPublic: Bool = true, meta: Meta = Meta()
    ) {
        self.name = name
        self.kind = kind
        self.sql = sql
        self.title = title ?? Meta.humanize(name)
        self.description = description
        self.format = format
        self.primaryKey = primaryKey
        self.isPublic = isPublic
        self.meta = meta
    }
}

/// A join from one cube to another; textbi, like Cube, always renders it as a LEFT JOIN.
public struct Join: Sendable, Equatable {
    /// How many rows of the joined cube match one row of this cube.
    public enum Relationship: String, Sendable, CaseIterable {
        case oneToOne = "one_to_one", oneToMany = "one_to_many", manyToOne = "many_to_one"
    }

    public var name: String
    public var relationship: Relationship
    public var sql: String

    public init(name: String, relationship: Relationship, sql: String) {
        self.name = name
        self.relationship = relationship
        self.sql = sql
    }
}

/// A named, reusable filter of a cube (a WHERE condition written in the model).
public struct Segment: Sendable, Equatable {
    public var name: String
    public var sql: String
    public var title: String
    public var meta: Meta

    public init(name: String, sql: String, title: String? = nil, meta: Meta = Meta()) {
        self.name = name
        self.sql = sql
        self.title = title ?? Meta.humanize(name)
        self.meta = meta
    }
}
