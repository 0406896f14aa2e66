import Foundation
import SemanticModel

/// Finds project folders (Migrations, SampleData) from the working directory or next to the binary.
enum Paths {
    static func directory(_ path: String) throws -> URL {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: path)
        }
        if !path.hasPrefix("/") {
            // .build/release/textbi run from elsewhere: look up from the executable.
            var base = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = base.appendingPathComponent(path)
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
                base = base.deletingLastPathComponent()
            }
        }
        throw TextBIError(.invalidInput, "Directory '\(path)' not found")
    }

    /// The database a subcommand uses: `--database`, else `$DATABASE_URL`, else `data/textbi.sqlite`.
    static func database(_ option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty { return url }
        return "data/textbi.sqlite"
    }

    /// Prints an error the way every subcommand does and exits 1.
    static func fail(_ error: any Error) -> Never {
        let message = (error as? TextBIError).map { "\($0.code): \($0.message)" } ?? "\(error)"
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(1)
    }
}
