import SemanticModel

extension FilterRule {
    /// "employee #1500", "employee 1357", "employee no. 88": a whole number right after a cube's noun (or after # / no.
    /// there) is the row whose numeric primary key it is. 工号1357 reads the same way through the key's own name.
    func keys(_ s: inout ParseState) {
        // The noun may already be read (as the rows counted); only the number after it must be free.
        for i in s.tokens.indices {
            guard let cube = s.tokens[i].entries.lazy.compactMap({ entry -> String? in if case .cube(let c) = entry { c } else { nil } }).first,
                let key = s.model.cube(named: cube)?.primaryKey, key.kind == .number
            else { continue }
            var k = i + 1
            if let t = s.token(k), ["#", "no", "no.", "number", "id"].contains(t.text), s.isFree(k) { k += 1 }
            guard let t = s.token(k), s.isFree(k), let n = t.number, n >= 1, n == n.rounded(), !t.hasPercent,
                comparator(s, k - 1) == nil, s.token(k + 1).map({ s.units.isUnit($0.text) || comparator(s, k + 1) != nil }) != true
            else { continue }
            s.addFilter(MemberFilter(member: "\(cube).\(key.name)", op: .equals, values: [JSONValue.format(double: n)]))
            s.use(i + 1..<k + 1)
            s.mentionCube(cube)
        }
    }
}
