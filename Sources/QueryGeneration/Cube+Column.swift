import SemanticModel

extension Cube {
    /// The number column an aggregate measure reads (avg_salary → salary), if the cube exposes one.
    func numberColumn(of measure: Measure) -> Dimension? {
        dimensions.first { $0.kind == .number && $0.sql == measure.sql }
    }
}
