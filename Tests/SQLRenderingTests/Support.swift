import Foundation
import SQLRendering
import SemanticModel
import Testing

enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let model: SemanticModel = try! ModelLoader().load(directory: root.appendingPathComponent("SampleData/model"))
    static let renderer = SQLRenderer(model: model)
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static func query(_ json: String) throws -> CubeQuery {
        try CubeQuery(json: try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)))
    }

    static func render(_ json: String) throws -> RenderedSQL {
        try renderer.render(try query(json), today: today)
    }
}

/// A Cube query, the SQL it must render to and the parameters it must bind.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let query: String
    let sql: String
    let parameters: [SQLValue]
    var testDescription: String { name }
}
