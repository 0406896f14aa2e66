/// A dimension: an attribute of one cube's rows.
public struct Dimension: Sendable, Equatable {
    /// Cube's dimension types.
    public enum Kind: String, Sendable, CaseIterable {
        case string, number, time, boolean, geo
    }


    /// The fields, shared: a copy of the dimension (the rules copy members out of the model many times a question)
    /// is one retain, not one per field. Setting a field copies them once (only the model reader does).
    @usableFromInline struct Fields: Sendable, Equatable {
        @usableFromInline var name: String = ""
        @usableFromInline var kind: Kind = .string
        @usableFromInline var sql: String = ""
        @usableFromInline var title: String = ""
        @usableFromInline var description: String? = nil
        @usableFromInline var format: String? = nil
        @usableFromInline var primaryKey: Bool = false
        @usableFromInline var isPublic: Bool = false
        @usableFromInline var meta: Meta = Meta()
        @usableFromInline init() {}
    }

    @usableFromInline var shared: Shared<Fields>

    @inlinable public var name: String {
        get { shared.value.name }
        set { update { $0.name = newValue } }
    }

    @inlinable public var kind: Kind {
        get { shared.value.kind }
        set { update { $0.kind = newValue } }
    }

    @inlinable public var sql: String {
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

    @inlinable public var format: String? {
        get { shared.value.format }
        set { update { $0.format = newValue } }
    }

    @inlinable public var primaryKey: Bool {
        get { shared.value.primaryKey }
        set { update { $0.primaryKey = newValue } }
    }

    @inlinable public var isPublic: Bool {
        get { shared.value.isPublic }
        set { update { $0.isPublic = newValue } }
    }

    @inlinable public var meta: Meta {
        get { shared.value.meta }
        set { update { $0.meta = newValue } }
    }

    @usableFromInline mutating func update(_ change: (inout Fields) -> Void) {
        var fields = shared.value
        change(&fields)
        shared = Shared(fields)
    }

    public static func == (a: Self, b: Self) -> Bool { a.shared === b.shared || a.shared.value == b.shared.value }

    public init(
        name: String, kind: Kind, sql: String, title: String? = nil, description: String? = nil,
        format: String? = nil, primaryKey: Bool = false, isPublic: Bool = true, meta: Meta = Meta()
    ) {
        var fields = Fields()
        fields.name = name
        fields.kind = kind
        fields.sql = sql
        fields.title = title ?? Meta.humanize(name)
        fields.description = description
        fields.format = format
        fields.primaryKey = primaryKey
        fields.isPublic = isPublic
        fields.meta = meta
        shared = Shared(fields)
    }
}
