import ArgumentParser
import Foundation
import QueryGeneration
import SemanticModel
import Workflow

/// `textbi vocabulary`: the words and phrasings each member of the model answers to, so a model author sees what
/// can be asked before anyone asks it.
struct Vocabulary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the words each cube, measure, dimension, value and segment answers to.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        // With a database, its string values are words too; without one, the model alone.
        let lexicon: Lexicon
        let database = options.databaseLocation
        if database.hasPrefix("postgres") || FileManager.default.fileExists(atPath: database) {
            lexicon = try await open(options).generator.lexicon
        } else {
            do { lexicon = Lexicon(model: try ModelLoader().load(directory: try Paths.directory(options.model))) } catch { Paths.fail(error) }
        }
        let vocabulary = lexicon.vocabulary()
        let model = lexicon.model
        var cubes: [JSONValue] = []
        var text = ""
        func words(_ entry: LexEntry) -> (written: [String], derived: [String]) { vocabulary[entry] ?? ([], []) }
        func line(_ name: String, _ title: String, _ w: (written: [String], derived: [String])) -> String {
            var s = "  \(name) — \(title): " + (w.written.isEmpty ? "(no words: add meta.synonyms)" : w.written.joined(separator: ", "))
            if !w.derived.isEmpty { s += "\n      also: " + w.derived.joined(separator: ", ") }
            return s + "\n"
        }
        func object(_ name: String, _ w: (written: [String], derived: [String])) -> JSONValue {
            .object([("name", .string(name)), ("words", .array(w.written.map(JSONValue.string))), ("derived", .array(w.derived.map(JSONValue.string)))])
        }
        for cube in model.cubes where cube.isPublic {
            text += "\n# \(cube.name) — \(cube.title)\(cube.meta.titleZh.map { " / \($0)" } ?? "")\n"
            text += line("cube", "rows of \(cube.name)", words(.cube(cube.name)))
            var measures: [JSONValue] = [], dimensions: [JSONValue] = [], segments: [JSONValue] = []
            for m in cube.measures where m.isPublic {
                let name = "\(cube.name).\(m.name)"
                text += line(name, m.title, words(.measure(name)))
                measures.append(object(name, words(.measure(name))))
            }
            for d in cube.dimensions where d.isPublic {
                let name = "\(cube.name).\(d.name)"
                text += line(name, d.title, words(.dimension(name)))
                var entry = [("name", JSONValue.string(name)), ("words", .array(words(.dimension(name)).written.map(JSONValue.string)))]
                let values = vocabulary.keys.compactMap { key -> String? in
                    if case .value(let dim, let value) = key, dim == name { return value } else { return nil }
                }.sorted()
                if !values.isEmpty {
                    let said = values.map { value -> String in
                        let other = words(.value(dimension: name, value: value)).written.filter { $0 != value.lowercased() }
                        return other.isEmpty ? value : "\(value) (\(other.joined(separator: ", ")))"
                    }
                    text += "      values: " + said.joined(separator: "; ") + "\n"
                    entry.append(("values", .array(values.map(JSONValue.string))))
                }
                dimensions.append(.object(entry))
            }
            for s in cube.segments {
                let name = "\(cube.name).\(s.name)"
                text += line(name, s.title, words(.segment(name)))
                segments.append(object(name, words(.segment(name))))
            }
            cubes.append(.object([
                ("name", .string(cube.name)), ("words", .array(words(.cube(cube.name)).written.map(JSONValue.string))),
                ("measures", .array(measures)), ("dimensions", .array(dimensions)), ("segments", .array(segments)),
            ]))
        }
        print(json ? JSONValue.object([("cubes", .array(cubes))]).jsonString(pretty: true) : text.trimmingCharacters(in: .newlines))
    }
}
