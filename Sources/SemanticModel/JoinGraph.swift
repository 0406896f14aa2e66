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
    /// The hops that reach each of `targets` from `root`, in a stable order, each cube joined once.
    ///
    /// Joins are searched in both directions (breadth first, so the shortest path wins); a join followed
    /// against its declared direction flips its relationship.
    public func joinPath(from root: String, to targets: [String]) throws(TextBIError) -> [JoinStep] {
        let edges = joinEdges()
        var parent: [String: JoinStep] = [:]
        var seen: Set<String> = [root]
        var queue = [root]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            for step in edges[current] ?? [] where !seen.contains(step.to) {
                seen.insert(step.to)
                parent[step.to] = step
                queue.append(step.to)
            }
        }
        var result: [JoinStep] = []
        var joined: Set<String> = [root]
        for target in targets where !joined.contains(target) {
            guard seen.contains(target) else {
                throw TextBIError(
                    .invalidQuery, "Can't find a join path from '\(root)' to '\(target)'",
                    context: ["from": root, "to": target])
            }
            var chain: [JoinStep] = []
            var node = target
            while let step = parent[node], !joined.contains(node) {
                chain.append(step)
                node = step.from
            }
            for step in chain.reversed() where !joined.contains(step.to) {
                result.append(step)
                joined.insert(step.to)
            }
        }
        return result
    }

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
