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

    static func render(_ json: String, claims: String? = nil) throws -> RenderedSQL {
        let security = try claims.map { SecurityContext(claims: try JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8))) }
        return try renderer.render(try query(json), today: today, securityContext: security ?? .open)
    }
}

/// A Cube query, the SQL it must render to and the parameters it must bind.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let query: String
    /// The token's claims (JSON), for row-level security cases.
    var claims: String? = nil
    let sql: String
    let parameters: [SQLValue]
    var testDescription: String { name }
}
