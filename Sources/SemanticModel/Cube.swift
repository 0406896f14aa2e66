/// One cube of the semantic model: a table (or SQL) with its measures, dimensions, joins and segments.
public struct Cube: Sendable, Equatable {
    /// The fields, shared: a copy of the cube (the rules copy members out of the model many times a question)
    /// is one retain, not one per field. Setting a field copies them once (only the model reader does).
    @usableFromInline struct Fields: Sendable, Equatable {
        @usableFromInline var name: String = ""
        @usableFromInline var sqlTable: String? = nil
        @usableFromInline var sql: String? = nil
        @usableFromInline var title: String = ""
        @usableFromInline var description: String? = nil
        @usableFromInline var isPublic: Bool = false
        @usableFromInline var meta: Meta = Meta()
        @usableFromInline var measures: [Measure] = []
        @usableFromInline var dimensions: [Dimension] = []
        @usableFromInline var joins: [Join] = []
        @usableFromInline var segments: [Segment] = []
        @usableFromInline var accessPolicies: [AccessPolicy] = []
        @usableFromInline var preAggregations: [PreAggregation] = []
        @usableFromInline init() {}
    }

    @usableFromInline var shared: Shared<Fields>

    @inlinable public var name: String {
        get { shared.value.name }
        set { update { $0.name = newValue } }
    }

    @inlinable public var sqlTable: String? {
        get { shared.value.sqlTable }
        set { update { $0.sqlTable = newValue } }
    }

    @inlinable public var sql: String? {
        get { shared.value.sql }
        set { update { $0.sql = newValue } }
    }

    @inlinable public var title: String {
        get { shared.value.title }
        set { update { $0.title = newValue } }
    }

    @inlinable public var description: String? {
        get { shared.value.description }
        set { update { $0.description = newValue } }
    }

    @inlinable public var isPublic: Bool {
        get { shared.value.isPublic }
        set { update { $0.isPublic = newValue } }
    }

    @inlinable public var meta: Meta {
        get { shared.value.meta }
        set { update { $0.meta = newValue } }
    }

    @inlinable public var measures: [Measure] {
        get { shared.value.measures }
        set { update { $0.measures = newValue } }
    }

    @inlinable public var dimensions: [Dimension] {
        get { shared.value.dimensions }
        set { update { $0.dimensions = newValue } }
    }

    @inlinable public var joins: [Join] {
        get { shared.value.joins }
        set { update { $0.joins = newValue } }
    }

    @inlinable public var segments: [Segment] {
        get { shared.value.segments }
        set { update { $0.segments = newValue } }
    }

    /// Cube's `access_policy`: row-level filters that depend on the caller's security context.
    @inlinable public var accessPolicies: [AccessPolicy] {
        get { shared.value.accessPolicies }
        set { update { $0.accessPolicies = newValue } }
    }

    /// Cube's `pre_aggregations` of type rollup, in definition order (the first that can answer a query wins).
    @inlinable public var preAggregations: [PreAggregation] {
        get { shared.value.preAggregations }
        set { update { $0.preAggregations = newValue } }
    }

    @usableFromInline mutating func update(_ change: (inout Fields) -> Void) {
        var fields = shared.value
        change(&fields)
        shared = Shared(fields)
    }

    public static func == (a: Self, b: Self) -> Bool { a.shared === b.shared || a.shared.value == b.shared.value }

    public init(
        name: String, sqlTable: String? = nil, sql: String? = nil, title: String? = nil, description: String? = nil,
        isPublic: Bool = true, meta: Meta = Meta(), measures: [Measure] = [], dimensions: [Dimension] = [],
        joins: [Join] = [], segments: [Segment] = []
    ) {
        var fields = Fields()
        fields.name = name
        fields.sqlTable = sqlTable
        fields.sql = sql
        fields.title = title ?? Meta.humanize(name)
        fields.description = description
        fields.isPublic = isPublic
        fields.meta = meta
        fields.measures = measures
        fields.dimensions = dimensions
        fields.joins = joins
        fields.segments = segments
        shared = Shared(fields)
    }

    public func measure(named name: String) -> Measure? { measures.first { $0.name == name } }
    public func dimension(named name: String) -> Dimension? { dimensions.first { $0.name == name } }
    public func segment(named name: String) -> Segment? { segments.first { $0.name == name } }
    public func preAggregation(named name: String) -> PreAggregation? { preAggregations.first { $0.name == name } }

    /// The cube's primary-key dimension, if it declares one.
    public var primaryKey: Dimension? { dimensions.first { $0.primaryKey } }
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
