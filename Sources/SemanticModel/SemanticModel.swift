/// The whole semantic model: every cube, looked up by name, plus the join graph between them.
public struct SemanticModel: Sendable, Equatable {
    public let cubes: [Cube]
    private let index: [String: Int]

    public init(cubes: [Cube]) {
        self.cubes = cubes
        var index: [String: Int] = [:]
        for (i, cube) in cubes.enumerated() where index[cube.name] == nil { index[cube.name] = i }
        self.index = index
    }

    public static func == (lhs: SemanticModel, rhs: SemanticModel) -> Bool { lhs.cubes == rhs.cubes }

    public func cube(named name: String) -> Cube? { index[name].map { cubes[$0] } }

    /// Resolves a full member name (`employees.count`, `employees.hire_date.month`, `employees.active`).
    public func resolve(_ fullName: String) -> ResolvedMember? {
        let parts = fullName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3, let cube = cube(named: parts[0]) else { return nil }
        if parts.count == 3 {
            guard let dimension = cube.dimension(named: parts[1]), dimension.kind == .time,
                let granularity = Granularity(rawValue: parts[2])
            else { return nil }
            return .dimension(cube, dimension, granularity)
        }
        if let measure = cube.measure(named: parts[1]) { return .measure(cube, measure) }
        if let dimension = cube.dimension(named: parts[1]) { return .dimension(cube, dimension, nil) }
        if let segment = cube.segment(named: parts[1]) { return .segment(cube, segment) }
        return nil
    }

    /// The measure named `fullName`, or an `unknown_member` error.
    public func measure(_ fullName: String) throws(TextBIError) -> (Cube, Measure) {
        guard case .measure(let cube, let measure)? = resolve(fullName) else {
            throw TextBIError(.unknownMember, "Unknown measure '\(fullName)'", context: ["member": fullName])
        }
        return (cube, measure)
    }

    /// The dimension named `fullName` (optionally with a granularity suffix), or an `unknown_member` error.
    public func dimension(_ fullName: String) throws(TextBIError) -> (Cube, Dimension, Granularity?) {
        guard case .dimension(let cube, let dimension, let granularity)? = resolve(fullName) else {
            throw TextBIError(.unknownMember, "Unknown dimension '\(fullName)'", context: ["member": fullName])
        }
        return (cube, dimension, granularity)
    }

    /// The segment named `fullName`, or an `unknown_member` error.
    public func segment(_ fullName: String) throws(TextBIError) -> (Cube, Segment) {
        guard case .segment(let cube, let segment)? = resolve(fullName) else {
            throw TextBIError(.unknownMember, "Unknown segment '\(fullName)'", context: ["member": fullName])
        }
        return (cube, segment)
    }
}

/// A member name resolved against the model.
public enum ResolvedMember: Sendable, Equatable {
    case measure(Cube, Measure)
    case dimension(Cube, Dimension, Granularity?)
    case segment(Cube, Segment)

    public var cube: Cube {
        switch self {
        case .measure(let c, _), .dimension(let c, _, _), .segment(let c, _): return c
        }
    }
}

/// Cube's time granularities; weeks start on Monday.
public enum Granularity: String, Sendable, CaseIterable, Codable {
    case second, minute, hour, day, week, month, quarter, year
}
