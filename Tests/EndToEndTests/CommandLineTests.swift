import Foundation
import Testing

/// Runs the built `textbi` binary as a user would.
private func textbi(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let binary = SampleDatabase.root.appendingPathComponent(".build/debug/textbi")
    guard FileManager.default.fileExists(atPath: binary.path) else {
        throw CLIError.missing("build the binary first: swift build (make test does)")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = SampleDatabase.root
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

private enum CLIError: Error { case missing(String) }

@Suite("Command line")
struct CommandLineTests {
    let db = ["--database", SampleDatabase.path, "--today", "2026-11-25"]

    @Test("textbi ask prints the five steps and the right count")
    func ask() throws {
        let r = try textbi(["ask", "统计员工总数"] + db)
        #expect(r.status == 0)
        for heading in ["### 1.", "### 2.", "### 3.", "### 4.", "### 5."] { #expect(r.out.contains(heading)) }
        #expect(r.out.contains("共有 2,000 名员工。"))
    }

    @Test("a question with a word no rule accounts for exits 2 with the clarification, and runs no query")
    func clarificationExitCode() throws {
        let r = try textbi(["ask", "员工平均通勤时间"] + db)
        #expect(r.status == 2)
        #expect(r.out.contains("通勤时间") && !r.out.contains("### 2."))
    }

    @Test("textbi vocabulary lists the words each member answers to, written and derived")
    func vocabulary() throws {
        let r = try textbi(["vocabulary", "--json"] + db)
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let cubes = try #require(json["cubes"] as? [[String: Any]])
        let employees = try #require(cubes.first { $0["name"] as? String == "employees" })
        let count = try #require((employees["measures"] as? [[String: Any]])?.first { $0["name"] as? String == "employees.count" })
        #expect((count["words"] as? [String])?.contains("人数") == true)
        let city = try #require((employees["dimensions"] as? [[String: Any]])?.first { $0["name"] as? String == "employees.city" })
        #expect((city["values"] as? [String])?.contains("北京") == true)
        let text = try textbi(["vocabulary"] + db)
        #expect(text.out.contains("# employees") && text.out.contains("employees.hire_date"))
    }

    @Test("textbi ask --json prints the result object")
    func askJSON() throws {
        let r = try textbi(["ask", "--json", "headcount by city"] + db)
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        for key in ["query", "sql", "params", "data", "annotation", "chart", "analysis"] { #expect(object?[key] != nil, "\(key)") }
        #expect((object?["data"] as? [Any])?.count == 6)
    }

    @Test("a question that is not understood exits 2 with suggestions")
    func notUnderstood() throws {
        let r = try textbi(["ask", "今天天气怎么样"] + db)
        #expect(r.status == 2)
        #expect(r.out.contains("可以试试"))
    }

    @Test("textbi sql prints the statement and its parameters")
    func sql() throws {
        let r = try textbi(["sql", "北京的员工人数"] + db)
        #expect(r.status == 0)
        #expect(r.out.contains("WHERE \"employees\".city = ?"))
        #expect(r.out.contains(#"-- parameters: ["北京"]"#))
    }

    @Test("textbi refresh builds the rollups, and textbi sql then shows the rollup's SQL")
    func refresh() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-refresh-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("db.sqlite").path
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try textbi(["migrate", "--database", path]).status == 0)
        let r = try textbi(["refresh", "--database", path, "--today", "2026-11-25"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("employees.by_department → textbi_rollup_employees_by_department_") && r.out.contains(": ready"))
        #expect(r.out.contains("built employees.hires_by_month partition 2016"))
        let again = try textbi(["refresh", "--database", path, "--today", "2026-11-25"])
        #expect(again.out.contains("0 partition(s) built"))
        let sql = try textbi(["sql", "各部门员工人数", "--database", path, "--today", "2026-11-25"])
        #expect(sql.out.contains("-- from pre-aggregation employees.by_department"))
        #expect(try textbi(["refresh", "--database", path, "--rollup", "employees.nope"]).status == 1)
    }

    @Test("errors exit 1 with a message")
    func errors() throws {
        let r = try textbi(["ask", "统计员工总数", "--database", "/nonexistent/textbi.sqlite"])
        #expect(r.status == 1)
        #expect(r.err.contains("doesn't exist"))
    }

    @Test("migrate twice changes nothing the second time")
    func migrate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textbi-cli-\(UUID().uuidString)/t.sqlite").path
        let first = try textbi(["migrate", "--database", path])
        #expect(first.status == 0 && first.out.contains("Loaded 2000 rows into employees"))
        let second = try textbi(["migrate", "--database", path])
        #expect(second.status == 0 && second.out.contains("Schema up to date.") && second.out.contains("already loaded"))
    }
}
