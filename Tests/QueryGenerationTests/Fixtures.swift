import Foundation
import QueryGeneration
import SemanticModel
import Testing

/// One row of the phrase table: a question and the Cube query JSON it must turn into.
struct PhraseCase: Sendable, CustomTestStringConvertible {
    let question: String
    let expectedJSON: String

    init(_ question: String, _ expectedJSON: String) {
        self.question = question
        self.expectedJSON = expectedJSON
    }

    var testDescription: String { question }
}

/// The sample model and its values, read straight from the repository's files (no database needed).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static let model: SemanticModel = {
        try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
    }()

    /// Distinct values of the string columns, as the service reads them from the database at start-up.
    static let values: [String: [String]] = {
        var values: [String: [String]] = [:]
        func distinct(_ file: String, _ column: String, into member: String) {
            let text = try! String(contentsOf: root.appendingPathComponent("SampleData/\(file).csv"), encoding: .utf8)
            var lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let header = lines.removeFirst()
            let index = header.firstIndex(of: column)!
            var seen: [String] = []
            for line in lines where !seen.contains(line[index]) { seen.append(line[index]) }
            values[member] = seen
        }
        distinct("departments", "name", into: "departments.name")
        distinct("departments", "name_en", into: "departments.name_en")
        for column in ["gender", "status", "position", "city", "education"] {
            distinct("employees", column, into: "employees.\(column)")
        }
        distinct("performance_reviews", "rating", into: "performance_reviews.rating")
        return values
    }()

    static let generator = QueryGenerator(model: model, values: values, clock: .fixed(today))

    static func query(_ json: String) throws -> CubeQuery {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        return try CubeQuery(json: value)
    }
}
