import Foundation
import Yams

/// Loads Cube-format YAML model files (`cubes:` lists) into a validated `SemanticModel`.
public struct ModelLoader: Sendable {
    public init() {}

    /// Loads every `*.yml` / `*.yaml` file of `directory`, sorted by name, and validates the result.
    public func load(directory: URL) throws -> SemanticModel {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw TextBIError(.invalidModel, "Can't read the model directory '\(directory.path)'")
        }
        let files = names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else {
            throw TextBIError(.invalidModel, "No .yml model files in '\(directory.path)'")
        }
        var sources: [(String, String)] = []
        for file in files {
            let url = directory.appendingPathComponent(file)
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw TextBIError(.invalidModel, "Can't read model file '\(url.path)' as UTF-8")
            }
            sources.append((file, text))
        }
        return try load(sources: sources)
    }

    /// Loads model sources given as (file name, YAML text) pairs; throws `ModelValidationError` listing every issue.
    public func load(sources: [(name: String, yaml: String)]) throws -> SemanticModel {
        var reader = ModelReader()
        for (name, yaml) in sources {
            reader.read(file: name, yaml: yaml)
        }
        let model = SemanticModel(cubes: reader.cubes.map(\.cube))
        var issues = reader.issues
        issues += ModelValidator(model: model, locations: reader.cubes).validate()
        guard issues.isEmpty else { throw ModelValidationError(issues: issues) }
        return model
    }
}

/// Where a cube came from, so semantic errors can name the file and path.
struct CubeLocation {
    var cube: Cube
    var file: String
    var index: Int
    var line: Int?
    /// Position in the file of each member that was read (unreadable ones are skipped), and its line.
    var measureSlots: [(index: Int, line: Int?)] = []
    var dimensionSlots: [(index: Int, line: Int?)] = []
    var joinSlots: [(index: Int, line: Int?)] = []
    var segmentSlots: [(index: Int, line: Int?)] = []
    var preAggregationSlots: [(index: Int, line: Int?)] = []
}
