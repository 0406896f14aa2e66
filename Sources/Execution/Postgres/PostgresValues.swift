import Foundation
import NIOCore
import PostgresNIO
import SQLRendering

/// SQL values to and from PostgreSQL, typed as SQLite's executor types them: integers as integers, every other
/// number as a double, text as text, NULL as null, dates and timestamps as ISO text.
enum PostgresValues {
    /// Binds each value: numbers with their type; text untyped, so the server reads it as whatever type its place in
    /// the statement calls for (a `text` column, a `date`, the `to_char` of a time), as SQLite's affinity does.
    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let i): bindings.append(i)
            case .real(let d): bindings.append(d)
            case .text(let s): bindings.append(UntypedText(value: s))
            case .blob(let b): bindings.append(ByteBuffer(bytes: b))
            }
        }
        return bindings
    }

    /// One result cell.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            // Through its decimal text, so the double is the one nearest the exact value, as SQLite's would be.
            let decimal = try cell.decode(Decimal.self)
            return Double(decimal.description).map(SQLValue.real) ?? .text(decimal.description)
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .date:
            guard let days = bytes.readInteger(as: Int32.self) else { return .null }
            return .text(CivilTime(microseconds: Int64(days) * 86_400_000_000).date)
        case .timestamp, .timestamptz:
            guard let micros = bytes.readInteger(as: Int64.self) else { return .null }
            return .text(CivilTime(microseconds: micros).timestamp)
        case .bytea: return .blob(Array(bytes.readableBytesView))
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// A text parameter sent without a type (OID 0): the server infers it from the statement.
struct UntypedText: PostgresDynamicTypeEncodable {
    let value: String
    var psqlType: PostgresDataType { .null }
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeString(value)
    }
}

/// A PostgreSQL time (microseconds since 2000-01-01 00:00, UTC-free) as calendar fields, proleptic Gregorian.
struct CivilTime {
    let year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64, millisecond: Int64

    init(microseconds: Int64) {
        let perDay: Int64 = 86_400_000_000
        var days = microseconds / perDay
        var rest = microseconds % perDay
        if rest < 0 { rest += perDay; days -= 1 }
        // Days since 1970-01-01, then Howard Hinnant's civil_from_days.
        let z = days + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        hour = rest / 3_600_000_000
        minute = rest / 60_000_000 % 60
        second = rest / 1_000_000 % 60
        millisecond = rest / 1_000 % 1_000
    }

    var date: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    var timestamp: String {
        "\(date)T\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2)).\(Self.pad(millisecond, 3))"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
