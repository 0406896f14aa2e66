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
            checkDuplicates(loc, path, "measures", cube.measures.map(\.name))
            checkDuplicates(loc, path, "dimensions", cube.dimensions.map(\.name))
            checkDuplicates(loc, path, "segments", cube.segments.map(\.name))
            let memberNames = cube.measures.map(\.name) + cube.dimensions.map(\.name)
            for name in Set(cube.measures.map(\.name)).intersection(cube.dimensions.map(\.name)) {
                add(loc, path, "'\(name)' is both a measure and a dimension")
            }
            _ = memberNames
            for (i, measure) in cube.measures.enumerated() {
                let p = "\(path).measures[\(i)]"
                if let sql = measure.sql {
                    checkReferences(sql, in: cube, loc: loc, path: "\(p).sql", measuresOnly: measure.kind == .number)
                } else if measure.kind != .count {
                    add(loc, "\(p).sql", "is required for a measure of type \(measure.kind.rawValue)")
                }
                for (j, filter) in measure.filters.enumerated() {
                    checkReferences(filter, in: cube, loc: loc, path: "\(p).filters[\(j)].sql", measuresOnly: false)
                }
                if let format = measure.format, !["percent", "currency", "number"].contains(format) {
                    add(loc, "\(p).format", "unknown format '\(format)' (expected percent, currency or number)")
                }
                for (j, drill) in measure.drillMembers.enumerated() where model.resolve(drill.contains(".") ? drill : "\(cube.name).\(drill)") == nil {
                    add(loc, "\(p).drill_members[\(j)]", "unknown member '\(drill)'")
                }
            }
            for (i, dimension) in cube.dimensions.enumerated() {
                checkReferences(dimension.sql, in: cube, loc: loc, path: "\(path).dimensions[\(i)].sql", measuresOnly: false)
                for (language, target) in dimension.meta.localized where model.resolve(target) == nil {
                    add(loc, "\(path).dimensions[\(i)].meta.localized.\(language)", "unknown member '\(target)'")
                }
            }
            for (i, segment) in cube.segments.enumerated() {
                checkReferences(segment.sql, in: cube, loc: loc, path: "\(path).segments[\(i)].sql", measuresOnly: false)
            }
            for (i, join) in cube.joins.enumerated() {
                let p = "\(path).joins[\(i)]"
                if model.cube(named: join.name) == nil {
                    add(loc, "\(p).name", "unknown cube '\(join.name)'")
                    continue
                }
                checkReferences(join.sql, in: cube, loc: loc, path: "\(p).sql", measuresOnly: false)
            }
            if joinedCubes.contains(cube.name), cube.primaryKey == nil {
                add(loc, "\(path).dimensions", "a cube used in joins needs a dimension with primary_key: true")
            }
            if let time = cube.meta.timeDimension, cube.dimension(named: time)?.kind != .time {
                add(loc, "\(path).meta.time_dimension", "'\(time)' is not a time dimension of \(cube.name)")
            }
        }
    }

    private mutating func checkDuplicates(_ loc: CubeLocation, _ path: String, _ list: String, _ names: [String]) {
        var seen: Set<String> = []
        for (i, name) in names.enumerated() {
            if !seen.insert(name).inserted { add(loc, "\(path).\(list)[\(i)].name", "duplicate name '\(name)'") }
        }
    }

    private mutating func checkReferences(_ sql: String, in cube: Cube, loc: CubeLocation, path: String, measuresOnly: Bool) {
        for ref in SQLTemplate(sql).references {
            let target: Cube?
            if let cubeName = ref.cube {
                target = model.cube(named: cubeName)
                if target == nil {
                    add(loc, path, "unknown cube {\(cubeName).\(ref.member)}")
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
                add(loc, path, "unknown member {\(written)}")
            } else if measuresOnly && !isMeasure {
                add(loc, path, "a number measure may only reference measures, not {\(ref.member)}")
            }
        }
    }

    private mutating func add(_ loc: CubeLocation, _ path: String, _ message: String) {
        issues.append(ModelIssue(file: loc.file, path: path, line: nil, message: message))
    }
}
