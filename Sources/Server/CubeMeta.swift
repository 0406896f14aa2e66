import SemanticModel

/// Cube's `/v1/meta` document for the model.
enum CubeMeta {
    static func document(_ model: SemanticModel) -> JSONValue {
        .object([("cubes", .array(model.cubes.filter(\.isPublic).map(cube)))])
    }

    static func cube(_ cube: Cube) -> JSONValue {
        let measures: [JSONValue] = cube.measures.filter(\.isPublic).map { m in
            var pairs: [(String, JSONValue)] = [
                ("name", .string("\(cube.name).\(m.name)")), ("title", .string("\(cube.title) \(m.title)")),
                ("shortTitle", .string(m.title)), ("type", "number"), ("aggType", .string(m.kind.rawValue)),
                ("drillMembers", .array(m.drillMembers.map { .string($0.contains(".") ? $0 : "\(cube.name).\($0)") })),
                ("isVisible", true), ("public", true), ("cumulative", false), ("cumulativeTotal", false),
                ("meta", m.meta.raw),
            ]
            if let format = m.format { pairs.insert(("format", .string(format)), at: 5) }
            if let description = m.description { pairs.append(("description", .string(description))) }
            return .object(pairs)
        }
        let dimensions: [JSONValue] = cube.dimensions.filter(\.isPublic).map { d in
            var pairs: [(String, JSONValue)] = [
                ("name", .string("\(cube.name).\(d.name)")), ("title", .string("\(cube.title) \(d.title)")),
                ("shortTitle", .string(d.title)), ("type", .string(d.kind.rawValue)), ("primaryKey", .bool(d.primaryKey)),
                ("suggestFilterValues", true), ("isVisible", true), ("public", true), ("meta", d.meta.raw),
            ]
            if let format = d.format { pairs.insert(("format", .string(format)), at: 4) }
            return .object(pairs)
        }
        let segments: [JSONValue] = cube.segments.map { s in
            .object([
                ("name", .string("\(cube.name).\(s.name)")), ("title", .string("\(cube.title) \(s.title)")),
                ("shortTitle", .string(s.title)), ("isVisible", true), ("public", true), ("meta", s.meta.raw),
            ])
        }
        var pairs: [(String, JSONValue)] = [
            ("name", .string(cube.name)), ("type", "cube"), ("title", .string(cube.title)), ("isVisible", .bool(cube.isPublic)),
            ("public", .bool(cube.isPublic)), ("meta", cube.meta.raw), ("measures", .array(measures)),
            ("dimensions", .array(dimensions)), ("segments", .array(segments)),
        ]
        if let description = cube.description { pairs.insert(("description", .string(description)), at: 3) }
        return .object(pairs)
    }
}
