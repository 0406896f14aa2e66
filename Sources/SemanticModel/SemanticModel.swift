/// The whole semantic model: every cube, looked up by name, plus the join graph between them.
public struct SemanticModel: Sendable, Equatable {
    public let cubes: [Cube]
    private let index: [String: Int]
    /// Every full member name (time dimensions with each granularity too), resolved once: lookups are hot.
    private let members: [String: ResolvedMember]
    /// For each cube, the hop that first reaches every other cube breadth-first along declared joins.
    let joinParents: [String: [String: JoinStep]]

    public init(cubes: [Cube]) {
        self.cubes = cubes
        var index: [String: Int] = [:]
        for (i, cube) in cubes.enumerated() where index[cube.name] == nil { index[cube.name] = i }
        self.index = index
        var members: [String: ResolvedMember] = [:]
        for (name, i) in index {
            let cube = cubes[i]
            // First match wins, in resolve's order: segments, then dimensions, then measures overwrite nothing.
            for segment in cube.segments { members["\(name).\(segment.name)"] = .segment(cube, segment) }
            for dimension in cube.dimensions.reversed() {
                members["\(name).\(dimension.name)"] = .dimension(cube, dimension, nil)
                guard dimension.kind == .time else { continue }
                for g in Granularity.allCases { members["\(name).\(dimension.name).\(g.rawValue)"] = .dimension(cube, dimension, g) }
            }
            for measure in cube.measures.reversed() { members["\(name).\(measure.name)"] = .measure(cube, measure) }
        }
        self.members = members
        var parents: [String: [String: JoinStep]] = [:]
        for root in index.keys {
            var parent: [String: JoinStep] = [:]
            var seen: Set<String> = [root]
            var queue = [root]
            var head = 0
            while head < queue.count {
                let current = queue[head]
                head += 1
                for join in index[current].map({ cubes[$0].joins }) ?? [] where !seen.contains(join.name) {
                    seen.insert(join.name)
                    parent[join.name] = JoinStep(
                        from: current, to: join.name, owner: current, join: join, multipliesFrom: join.relationship == .oneToMany)
                    queue.append(join.name)
                }
            }
            parents[root] = parent
        }
        self.joinParents = parents
    }

    public static func == (lhs: SemanticModel, rhs: SemanticModel) -> Bool { lhs.cubes == rhs.cubes }

    public func cube(named name: String) -> Cube? { index[name].map { cubes[$0] } }

    /// Resolves a full member name (`employees.count`, `employees.hire_date.month`, `employees.active`).
    public func resolve(_ fullName: String) -> ResolvedMember? { members[fullName] }

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
/// Indirect: a resolved member is copied often (every rule and renderer step resolves names), and a copy is then one
/// retain of its box rather than one per array and string of the cube it carries.
public indirect enum ResolvedMember: Sendable, Equatable {
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
