/// Collects bound parameters while SQL is generated, so user values never enter the SQL text.
public struct SQLGenerationContext: Sendable {
    public let dialect: any SQLDialect
    public private(set) var parameters: [SQLValue] = []

    public init(dialect: any SQLDialect) { self.dialect = dialect }

    /// Binds `value` and returns its placeholder.
    public mutating func bind(_ value: SQLValue) -> String {
        parameters.append(value)
        return dialect.placeholder(parameters.count)
    }
}
