import Foundation
import SemanticModel
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Model loading")
struct ModelLoadingTests {
    @Test("the sample model loads with its cubes, joins and members")
    func sampleModel() throws {
        let model = try ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
        #expect(model.cubes.map(\.name).sorted() == ["departments", "employees", "performance_reviews"])
        let (cube, measure) = try model.measure("employees.attrition_rate")
        #expect(cube.name == "employees" && measure.kind == .number && measure.format == "percent")
        #expect(model.resolve("employees.hire_date.month") != nil)
        #expect(model.resolve("employees.active") != nil)
        #expect(model.resolve("employees.salry") == nil)
        #expect(try model.dimension("departments.name").1.meta.localized["en"] == "departments.name_en")
        let kinds = Set(model.cubes.flatMap { $0.measures.map(\.kind) })
        for kind in [Measure.Kind.count, .countDistinct, .sum, .avg, .min, .max, .number] { #expect(kinds.contains(kind)) }
        let dimensionKinds = Set(model.cubes.flatMap { $0.dimensions.map(\.kind) })
        for kind in [Dimension.Kind.string, .number, .time, .boolean] { #expect(dimensionKinds.contains(kind)) }
    }

    @Test("every cube, member and segment of the sample model has a title and bilingual synonyms")
    func sampleModelIsBilingual() throws {
        let model = try ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
        for cube in model.cubes {
            #expect(cube.meta.titleZh != nil && !cube.meta.synonyms.isEmpty, "\(cube.name)")
            for m in cube.measures where m.isPublic {
                #expect(m.meta.titleZh != nil && !m.meta.synonyms.isEmpty, "\(cube.name).\(m.name)")
            }
            for d in cube.dimensions where !d.primaryKey || d.name != "id" {
                #expect(d.meta.titleZh != nil, "\(cube.name).\(d.name)")
            }
            for s in cube.segments { #expect(s.meta.titleZh != nil && !s.meta.synonyms.isEmpty, "\(cube.name).\(s.name)") }
        }
    }

    @Test("a broken model reports every error with its path, not just the first")
    func brokenModel() throws {
        do {
            _ = try ModelLoader().load(directory: root.appendingPathComponent("Tests/SemanticModelTests/Fixtures/broken"))
            Issue.record("the broken model loaded")
        } catch let error as ModelValidationError {
            let report = error.issues.map { "\($0.file): \($0.path): \($0.message)" }
            let expected = [
                "people.yml: cubes[0].joins[1].relationship: unknown relationship 'many_to_many'",
                "people.yml: cubes[0].measures[1].sql: is required for a measure of type sum",
                "people.yml: cubes[0].measures[2].type: unknown measure type 'average'",
                "people.yml: cubes[0].measures[4].sql: unknown member {salry}",
                "people.yml: cubes[0].measures[5].format: unknown format 'dollars'",
                "people.yml: cubes[0].dimensions[0].type: unknown dimension type 'text'",
                "people.yml: cubes[0].dimensions[2].name: duplicate name 'team_id'",
                "people.yml: cubes[0].dimensions: a cube used in joins needs a dimension with primary_key: true",
                "teams.yml: cubes[0].dimensions[1].sql: unknown member {people.nickname}",
                "teams.yml: cubes[0].segments[0].sql: unknown member {sizee}",
                "teams.yml: cubes[0].dimensions: a cube used in joins needs a dimension with primary_key: true",
                "teams.yml: cubes[1].name: is required",
            ]
            for line in expected {
                #expect(report.contains { $0.hasPrefix(line) }, "missing: \(line)\nreport:\n\(report.joined(separator: "\n"))")
            }
            #expect(error.issues.count >= expected.count)
            #expect(error.description.contains("cubes[0].measures[4].sql: unknown member {salry}"))
        }
    }

    @Test("YAML syntax errors name the file")
    func yamlSyntax() {
        #expect(throws: ModelValidationError.self) {
            try ModelLoader().load(sources: [("bad.yml", "cubes:\n  - name: [unclosed")])
        }
    }
}
