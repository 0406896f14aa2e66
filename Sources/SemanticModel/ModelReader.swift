import Yams

/// Walks YAML nodes into model types, recording a `ModelIssue` for every shape problem instead of stopping.
struct ModelReader {
    var cubes: [CubeLocation] = []
    var issues: [ModelIssue] = []
    private var file = ""

    mutating func read(file: String, yaml: String) {
        self.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            issues.append(ModelIssue(file: file, path: "(file)", line: nil, message: "invalid YAML: \(error)"))
            return
        }
        guard let root, let cubesNode = root["cubes"] else {
            issue("(file)", nil, "expected a top-level 'cubes' list")
            return
        }
        guard let list = cubesNode.sequence else {
            issue("cubes", cubesNode, "expected a list of cubes")
            return
        }
        for (i, node) in list.enumerated() {
            if let location = readCube(node, index: i) { cubes.append(location) }
        }
    }

    private mutating func issue(_ path: String, _ node: Node?, _ message: String) {
        issues.append(ModelIssue(file: file, path: path, line: node?.mark.map { $0.line }, message: message))
    }

    /// Records a shape problem (for the reader's extensions).
    mutating func recordIssue(_ path: String, _ node: Node?, _ message: String) { issue(path, node, message) }

    private mutating func string(_ node: Node, _ key: String, _ path: String, required: Bool = false) -> String? {
        guard let value = node[key] else {
            if required { issue("\(path).\(key)", node, "is required") }
            return nil
        }
        guard let s = value.scalar?.string else {
            issue("\(path).\(key)", value, "expected a string")
            return nil
        }
        return s
    }

    private mutating func bool(_ node: Node, _ key: String, _ path: String) -> Bool? {
        guard let value = node[key] else { return nil }
        guard let b = value.bool else {
            issue("\(path).\(key)", value, "expected true or false")
            return nil
        }
        return b
    }

    private mutating func list(_ node: Node, _ key: String, _ path: String) -> [Node] {
        guard let value = node[key] else { return [] }
        guard let seq = value.sequence else {
            issue("\(path).\(key)", value, "expected a list")
            return []
        }
        return Array(seq)
    }

    private mutating func readCube(_ node: Node, index: Int) -> CubeLocation? {
        let path = "cubes[\(index)]"
        guard node.mapping != nil else {
            issue(path, node, "expected a mapping")
            return nil
        }
        guard let name = string(node, "name", path, required: true) else { return nil }
        let sqlTable = string(node, "sql_table", path)
        let sql = string(node, "sql", path)
        if sqlTable == nil && sql == nil { issue(path, node, "needs 'sql_table' or 'sql'") }
        var cube = Cube(
            name: name, sqlTable: sqlTable, sql: sql, title: string(node, "title", path),
            description: string(node, "description", path), isPublic: bool(node, "public", path) ?? true,
            meta: readMeta(node["meta"], path: "\(path).meta"))
        var location = CubeLocation(cube: cube, file: file, index: index, line: node.mark.map { $0.line })
        func line(_ n: Node) -> Int? { n.mark.map { $0.line } }
        for (i, m) in list(node, "measures", path).enumerated() {
            if let measure = readMeasure(m, path: "\(path).measures[\(i)]") {
                cube.measures.append(measure)
                location.measureSlots.append((i, line(m)))
            }
        }
        for (i, d) in list(node, "dimensions", path).enumerated() {
            if let dimension = readDimension(d, path: "\(path).dimensions[\(i)]") {
                cube.dimensions.append(dimension)
                location.dimensionSlots.append((i, line(d)))
            }
        }
        for (i, j) in list(node, "joins", path).enumerated() {
            if let join = readJoin(j, path: "\(path).joins[\(i)]") {
                cube.joins.append(join)
                location.joinSlots.append((i, line(j)))
            }
        }
        for (i, s) in list(node, "segments", path).enumerated() {
            let p = "\(path).segments[\(i)]"
            guard let name = string(s, "name", p, required: true), let sql = string(s, "sql", p, required: true)
            else { continue }
            cube.segments.append(
                Segment(name: name, sql: sql, title: string(s, "title", p), meta: readMeta(s["meta"], path: "\(p).meta")))
            location.segmentSlots.append((i, line(s)))
        }
        for (i, p) in list(node, "pre_aggregations", path).enumerated() {
            if let rollup = readPreAggregation(p, cube: name, path: "\(path).pre_aggregations[\(i)]") {
                cube.preAggregations.append(rollup)
                location.preAggregationSlots.append((i, line(p)))
            }
        }
        for (i, p) in list(node, "access_policy", path).enumerated() {
            if let policy = readPolicy(p, path: "\(path).access_policy[\(i)]") { cube.accessPolicies.append(policy) }
        }
        location.cube = cube
        return location
    }

    private mutating func readPolicy(_ node: Node, path: String) -> AccessPolicy? {
        let role = string(node, "role", path) ?? "*"
        var filters: [AccessPolicy.Filter] = []
        guard let rowLevel = node["row_level"] else { return AccessPolicy(role: role, filters: []) }
        for (i, f) in list(rowLevel, "filters", "\(path).row_level").enumerated() {
            let p = "\(path).row_level.filters[\(i)]"
            guard let member = string(f, "member", p, required: true), let opName = string(f, "operator", p, required: true) else { continue }
            guard let op = FilterOperator(rawValue: opName) else {
                issue("\(p).operator", f["operator"], "unknown operator '\(opName)'")
                continue
            }
            let values = list(f, "values", p).compactMap { $0.scalar?.string }
            filters.append(AccessPolicy.Filter(member: member, op: op, values: values))
        }
        return AccessPolicy(role: role, filters: filters)
    }

    private mutating func readMeasure(_ node: Node, path: String) -> Measure? {
        guard let name = string(node, "name", path, required: true),
            let typeName = string(node, "type", path, required: true)
        else { return nil }
        guard let kind = Measure.Kind(rawValue: typeName) else {
            let known = Measure.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            issue("\(path).type", node["type"], "unknown measure type '\(typeName)' (expected one of \(known))")
            return nil
        }
        var filters: [String] = []
        for (i, f) in list(node, "filters", path).enumerated() {
            if let sql = string(f, "sql", "\(path).filters[\(i)]", required: true) { filters.append(sql) }
        }
        let drill = list(node, "drill_members", path).compactMap { $0.scalar?.string }
        return Measure(
            name: name, kind: kind, sql: string(node, "sql", path), title: string(node, "title", path),
            description: string(node, "description", path), format: string(node, "format", path), filters: filters,
            drillMembers: drill, isPublic: bool(node, "public", path) ?? true,
            meta: readMeta(node["meta"], path: "\(path).meta"))
    }

    private mutating func readDimension(_ node: Node, path: String) -> Dimension? {
        guard let name = string(node, "name", path, required: true),
            let typeName = string(node, "type", path, required: true)
        else { return nil }
        guard let kind = Dimension.Kind(rawValue: typeName) else {
            let known = Dimension.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            issue("\(path).type", node["type"], "unknown dimension type '\(typeName)' (expected one of \(known))")
            return nil
        }
        guard let sql = string(node, "sql", path, required: true) else { return nil }
        return Dimension(
            name: name, kind: kind, sql: sql, title: string(node, "title", path),
            description: string(node, "description", path), format: string(node, "format", path),
            primaryKey: bool(node, "primary_key", path) ?? false, isPublic: bool(node, "public", path) ?? true,
            meta: readMeta(node["meta"], path: "\(path).meta"))
    }

    private mutating func readJoin(_ node: Node, path: String) -> Join? {
        guard let name = string(node, "name", path, required: true),
            let relationshipName = string(node, "relationship", path, required: true),
            let sql = string(node, "sql", path, required: true)
        else { return nil }
        let aliases = ["belongs_to": "many_to_one", "has_many": "one_to_many", "has_one": "one_to_one",
                       "belongsTo": "many_to_one", "hasMany": "one_to_many", "hasOne": "one_to_one"]
        guard let relationship = Join.Relationship(rawValue: aliases[relationshipName] ?? relationshipName) else {
            issue("\(path).relationship", node["relationship"],
                  "unknown relationship '\(relationshipName)' (expected one_to_one, one_to_many or many_to_one)")
            return nil
        }
        return Join(name: name, relationship: relationship, sql: sql)
    }

    private mutating func readMeta(_ node: Node?, path: String) -> Meta {
        guard let node else { return Meta() }
        guard node.mapping != nil else {
            issue(path, node, "expected a mapping")
            return Meta()
        }
        var meta = Meta(raw: Self.json(node))
        meta.synonyms = strings(node["synonyms"], path: "\(path).synonyms")
        meta.units = node["unit"]?.scalar.map { [$0.string] } ?? strings(node["units"], path: "\(path).units")
        meta.titleZh = node["title_zh"]?.scalar?.string
        meta.indexValues = node["index_values"]?.bool
        meta.timeDimension = node["time_dimension"]?.scalar?.string
        meta.nounZh = node["noun_zh"]?.scalar?.string
        meta.nounEn = node["noun_en"]?.scalar?.string
        meta.classifierZh = node["classifier_zh"]?.scalar?.string
        meta.order = strings(node["order"], path: "\(path).order")
        if let values = node["value_synonyms"]?.mapping {
            for (key, value) in values {
                guard let k = key.scalar?.string else { continue }
                meta.valueSynonyms[k] = strings(value, path: "\(path).value_synonyms.\(k)")
            }
        }
        if let localized = node["localized"]?.mapping {
            for (key, value) in localized {
                if let k = key.scalar?.string, let v = value.scalar?.string { meta.localized[k] = v }
            }
        }
        return meta
    }

    private mutating func strings(_ node: Node?, path: String) -> [String] {
        guard let node else { return [] }
        guard let seq = node.sequence else {
            issue(path, node, "expected a list of strings")
            return []
        }
        return seq.compactMap { $0.scalar?.string }
    }

    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if let i = node.int, scalar.style == .plain { return .int(Int64(i)) }
            if let d = node.float, scalar.style == .plain { return .double(d) }
            if let b = node.bool, scalar.style == .plain { return .bool(b) }
            if node.null != nil, scalar.style == .plain { return .null }
            return .string(scalar.string)
        case .mapping(let mapping):
            return .object(mapping.map { ($0.key.scalar?.string ?? "", json($0.value)) })
        case .sequence(let seq):
            return .array(seq.map(json))
        case .alias:
            return .null
        }
    }
}
