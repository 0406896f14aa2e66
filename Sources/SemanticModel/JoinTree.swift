/// The joins one query needs, as Cube's `JoinGraph` builds them: a root cube and the hops from it, each
/// followed in the direction its join is declared, every one a LEFT JOIN.
public struct JoinTree: Sendable, Equatable {
    public let root: String
    /// The hops in join order: each hop's `from` is the root or the `to` of an earlier hop.
    public let steps: [JoinStep]

    /// Every cube in the tree, the root first.
    public var cubes: [String] { [root] + steps.map(\.to) }

    /// Whether the joins repeat the rows of `cube` (Cube's multiplication factor): some hop of the tree,
    /// walked away from `cube`, goes from a "one" side to a "many" side.
    public func multiplies(_ cube: String) -> Bool {
        var visited: Set<String> = [cube]
        var pending = [cube]
        while let current = pending.popLast() {
            for step in steps where step.from == current || step.to == current {
                let next = step.from == current ? step.to : step.from
                guard !visited.contains(next) else { continue }
                let relationship = step.join.relationship
                if step.from == current ? relationship == .oneToMany : relationship == .manyToOne { return true }
                visited.insert(next)
                pending.append(next)
            }
        }
        return false
    }
}

extension SemanticModel {
    /// The join tree for a query touching `cubes`: the root is the cube from which every other is reachable
    /// along declared joins with the fewest hops (the first such cube on a tie), so the answer never depends on
    /// the order of the query's members. No such cube is an error, as in Cube.
    public func joinTree(for cubes: [String]) throws(TextBIError) -> JoinTree {
        var best: JoinTree?
        for root in cubes {
            guard let tree = joinTree(root: root, reaching: cubes) else { continue }
            if best == nil || tree.steps.count < best!.steps.count { best = tree }
        }
        guard let best else {
            let names = cubes.map { "'\($0)'" }.joined(separator: ", ")
            throw TextBIError(
                .invalidQuery, "Can't find join path to join \(names): no cube reaches all the others through declared joins",
                context: ["cubes": names])
        }
        return best
    }

    /// Along declared joins from `root`, breadth first (the model's precomputed parents), so the shortest path to
    /// each target wins.
    private func joinTree(root: String, reaching targets: [String]) -> JoinTree? {
        let parent = joinParents[root] ?? [:]
        var steps: [JoinStep] = []
        var joined: Set<String> = [root]
        for target in targets where !joined.contains(target) {
            guard parent[target] != nil else { return nil }
            var chain: [JoinStep] = []
            var node = target
            while !joined.contains(node), let step = parent[node] {
                chain.append(step)
                node = step.from
            }
            for step in chain.reversed() where joined.insert(step.to).inserted { steps.append(step) }
        }
        return JoinTree(root: root, steps: steps)
    }
}
