/// Checks a read model for semantic errors: duplicates, unknown references, joins, formats.
struct ModelValidator {
    let model: SemanticModel
    let locations: [CubeLocation]
    private var issues: [ModelIssue] = []

    init(model: SemanticModel, locations: [CubeLocation]) {
        self.model = model
        self.locations = locations
    }

    func validate() -> [ModelIssue] {
        var copy = self
        copy.run()
        return copy.issues
    }

    private mutating func run() {
        var seenCubes: [String: CubeLocation] = [:]
        let joinedCubes = Set(locations.flatMap { loc in loc.cube.joins.isEmpty ? [] : [loc.cube.name] + loc.cube.joins.map(\.name) })
        for loc in locations {
            let cube = loc.cube
            let path = "cubes[\(loc.index)]"
            if let first = seenCubes[cube.name] {
                add(loc, "\(path).name", "duplicate cube name '\(cube.name)' (first defined in \(first.file))")
            } else {
                seenCubes[cube.name] = loc
            }
            checkDuplicates(loc, path, "measures", cube.measures.map(\.name), loc.measureSlots)
            checkDuplicates(loc, path, "dimensions", cube.dimensions.map(\.name), loc.dimensionSlots)
            checkDuplicates(loc, path, "segments", cube.segments.map(\.name), loc.segmentSlots)
            for name in Set(cube.measures.map(\.name)).intersection(cube.dimensions.map(\.name)) {
                add(loc, path, "'\(name)' is both a measure and a dimension")
            }
            for (n, measure) in cube.measures.enumerated() {
                let (i, line) = loc.measureSlots[n]
                let p = "\(path).measures[\(i)]"
                if let sql = measure.sql {
                    checkReferences(sql, in: cube, loc: loc, path: "\(p).sql", measuresOnly: measure.kind == .number, line: line)
                } else if measure.kind != .count {
                    add(loc, "\(p).sql", "is required for a measure of type \(measure.kind.rawValue)", line: line)
                }
                for (j, filter) in measure.filters.enumerated() {
                    checkReferences(filter, in: cube, loc: loc, path: "\(p).filters[\(j)].sql", measuresOnly: false, line: line)
                }
                if let format = measure.format, !["percent", "currency", "number"].contains(format) {
                    add(loc, "\(p).format", "unknown format '\(format)' (expected percent, currency or number)", line: line)
                }
                for (j, drill) in measure.drillMembers.enumerated() where model.resolve(drill.contains(".") ? drill : "\(cube.name).\(drill)") == nil {
                    add(loc, "\(p).drill_members[\(j)]", "unknown member '\(drill)'")
                }
            }
            for (n, dimension) in cube.dimensions.enumerated() {
                let (i, line) = loc.dimensionSlots[n]
                checkReferences(dimension.sql, in: cube, loc: loc, path: "\(path).dimensions[\(i)].sql", measuresOnly: false, line: line)
                for (language, target) in dimension.meta.localized where model.resolve(target) == nil {
                    add(loc, "\(path).dimensions[\(i)].meta.localized.\(language)", "unknown member '\(target)'")
                }
            }
            for (n, segment) in cube.segments.enumerated() {
                let (i, line) = loc.segmentSlots[n]
                checkReferences(segment.sql, in: cube, loc: loc, path: "\(path).segments[\(i)].sql", measuresOnly: false, line: line)
            }
            for (n, join) in cube.joins.enumerated() {
                let (i, line) = loc.joinSlots[n]
                let p = "\(path).joins[\(i)]"
                if model.cube(named: join.name) == nil {
                    add(loc, "\(p).name", "unknown cube '\(join.name)'", line: line)
                    continue
                }
                checkReferences(join.sql, in: cube, loc: loc, path: "\(p).sql", measuresOnly: false, line: line)
            }
            for (i, policy) in cube.accessPolicies.enumerated() {
                for (j, filter) in policy.filters.enumerated() {
                    let member = filter.member.contains(".") ? filter.member : "\(cube.name).\(filter.member)"
                    if model.resolve(member) == nil {
                        add(loc, "\(path).access_policy[\(i)].row_level.filters[\(j)].member", "unknown member '\(filter.member)'")
                    }
                }
            }
            for issue in preAggregationIssues(cube, path: path, slots: loc.preAggregationSlots) {
                add(loc, issue.path, issue.message, line: issue.line)
            }
            if joinedCubes.contains(cube.name), cube.primaryKey == nil {
                add(loc, "\(path).dimensions", "a cube used in joins needs a dimension with primary_key: true")
            }
            if let time = cube.meta.timeDimension, cube.dimension(named: time)?.kind != .time {
                add(loc, "\(path).meta.time_dimension", "'\(time)' is not a time dimension of \(cube.name)")
            }
        }
    }

    private mutating func checkDuplicates(
        _ loc: CubeLocation, _ path: String, _ list: String, _ names: [String], _ slots: [(index: Int, line: Int?)]
    ) {
        var seen: Set<String> = []
        for (n, name) in names.enumerated() where !seen.insert(name).inserted {
            add(loc, "\(path).\(list)[\(slots[n].index)].name", "duplicate name '\(name)'", line: slots[n].line)
        }
    }

    private mutating func checkReferences(
        _ sql: String, in cube: Cube, loc: CubeLocation, path: String, measuresOnly: Bool, line: Int? = nil
    ) {
        for ref in SQLTemplate(sql).references {
            let target: Cube?
            if let cubeName = ref.cube {
                target = model.cube(named: cubeName)
                if target == nil {
                    add(loc, path, "unknown cube {\(cubeName).\(ref.member)}", line: line)
                    continue
                }
            } else {
                target = cube
            }
            guard let target else { continue }
            let isMeasure = target.measure(named: ref.member) != nil
            let isDimension = target.dimension(named: ref.member) != nil
            if !isMeasure && !isDimension {
                if ref.cube == nil && model.cube(named: ref.member) != nil { continue }  // {other_cube} alias
                let written = ref.cube.map { "\($0).\(ref.member)" } ?? ref.member
                add(loc, path, "unknown member {\(written)}", line: line)
            } else if measuresOnly && !isMeasure {
                add(loc, path, "a number measure may only reference measures, not {\(ref.member)}", line: line)
            }
        }
    }

    private mutating func add(_ loc: CubeLocation, _ path: String, _ message: String, line: Int? = nil) {
        issues.append(ModelIssue(file: loc.file, path: path, line: line, message: message))
    }
}
