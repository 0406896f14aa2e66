import Foundation
import GRDB
import SemanticModel

/// Loads `<table>.csv` files (UTF-8, header row) into tables that are still empty.
public struct SeedLoader: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Loads every CSV whose table exists and is empty, parents before children; returns rows per table.
    @discardableResult
    public func load(into writer: any DatabaseWriter) throws -> [(table: String, rows: Int)] {
        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".csv") }
        let available = Set(files.map { String($0.dropLast(4)) })
        return try writer.write { db in
            // Tables in creation order, so referenced tables load first.
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            var loaded: [(String, Int)] = []
            for table in tables where available.contains(table) {
                guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") == 0 else { continue }
                guard let (header, records) = try Self.records(of: table, in: directory) else { continue }
                let columns = header.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                let marks = Array(repeating: "?", count: header.count).joined(separator: ", ")
                let statement = try db.makeStatement(
                    sql: "INSERT INTO \(table.quotedDatabaseIdentifier) (\(columns)) VALUES (\(marks))")
                for record in records {
                    try statement.execute(arguments: StatementArguments(record.map { (field: String) -> (any DatabaseValueConvertible)? in field.isEmpty ? nil : field }))
                }
                loaded.append((table, records.count))
            }
            return loaded
        }
    }
}

extension SeedLoader {
    /// `table.csv` of `directory`: its header and records (blank lines left out), each checked to have the header's
    /// number of fields; nil when the file has no lines. SQLite's and PostgreSQL's loaders read the same files.
    static func records(of table: String, in directory: URL) throws(TextBIError) -> (header: [String], records: [[String]])? {
        let url = directory.appendingPathComponent(table + ".csv")
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw TextBIError(.migrationError, "Can't read '\(url.path)' as UTF-8")
        }
        var records = CSVParser.parse(text)
        guard !records.isEmpty else { return nil }
        let header = records.removeFirst()
        records.removeAll { $0.count == 1 && $0[0].isEmpty }
        for (i, record) in records.enumerated() where record.count != header.count {
            throw TextBIError(.migrationError, "\(table).csv line \(i + 2) has \(record.count) fields, expected \(header.count)")
        }
        return (header, records)
    }
}

/// A small RFC 4180 CSV parser: quoted fields, doubled quotes, CRLF or LF line ends.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": inQuotes = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n", "\r":
                record.append(field); field = ""
                records.append(record); record = []
            default: field.append(ch)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
