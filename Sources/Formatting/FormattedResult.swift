import SemanticModel

/// Step 4's output: Cube-style rows and annotation, a markdown table and a chart suggestion.
public struct FormattedResult: Sendable, Equatable {
    /// Rows keyed by member name, numbers as JSON numbers.
    public let data: [JSONValue]
    /// `{measures, dimensions, segments, timeDimensions}`, each member → `{title, shortTitle, type, format}`.
    public let annotation: JSONValue
    public let markdown: String
    /// A Vega-Lite spec; `usermeta.chartType` is `kpi`, `bar`, `line`, `pie` or `table`.
    public let chart: JSONValue
    public let rowCount: Int
    public let truncated: Bool
}
