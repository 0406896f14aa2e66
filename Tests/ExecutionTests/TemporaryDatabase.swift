import Execution
import Foundation

/// A freshly migrated copy of the sample database in a temporary folder, removed on deinit.
final class TemporaryDatabase: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder: URL
    let path: String

    init(seed: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-test-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nested/test.sqlite").path
        _ = try Self.setup(seed: seed).run(databasePath: path)
    }

    static func setup(seed: Bool = true) -> DatabaseSetup {
        DatabaseSetup(
            migrationsDirectory: root.appendingPathComponent("Migrations"),
            seedDirectory: seed ? root.appendingPathComponent("SampleData") : nil)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
