/// One hop of a join path: LEFT JOIN `to` ON the join's SQL (declared on `owner`).
public struct JoinStep: Sendable, Equatable {
    public let from: String
    public let to: String
    public let owner: String
    public let join: Join
    /// True when the hop goes from the "one" side to the "many" side, so rows of `from` are repeated.
    public let multipliesFrom: Bool
}

extension SemanticModel {
    /// Hops from `root` to every cube reachable without repeating `root`'s rows (many-to-one and one-to-one
    /// hops only): the cubes whose rows can be counted from `root` without fan-out.
    public func nonMultiplyingDistances(from root: String) -> [String: Int] {
        let edges = joinEdges()
        var distance: [String: Int] = [root: 0]
        var queue = [root]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            for step in edges[current] ?? [] where !step.multipliesFrom && distance[step.to] == nil {
                distance[step.to] = distance[current]! + 1
                queue.append(step.to)
            }
        }
        return distance
    }

    /// Every join in both directions; a join followed against its declared direction flips its relationship.
    private func joinEdges() -> [String: [JoinStep]] {
        var edges: [String: [JoinStep]] = [:]
        for cube in cubes {
            for join in cube.joins {
                edges[cube.name, default: []].append(
                    JoinStep(from: cube.name, to: join.name, owner: cube.name, join: join, multipliesFrom: join.relationship == .oneToMany))
                edges[join.name, default: []].append(
                    JoinStep(from: join.name, to: cube.name, owner: cube.name, join: join, multipliesFrom: join.relationship == .manyToOne))
            }
        }
        return edges
    }
}
