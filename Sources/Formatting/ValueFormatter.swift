import Foundation
import SemanticModel

/// Formats numbers and times for people: thousands separators, 2 decimals for money, % for ratios,
/// time buckets as their period (2024-03, 2024 Q3).
public struct ValueFormatter: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// A number as the member's format asks (`currency`, `percent`), else with up to 2 decimals.
    public func number(_ value: Double, format: String?) -> String {
        switch format {
        case "currency": return grouped(value, decimals: 2)
        case "percent": return grouped(value, decimals: 2) + "%"
        default:
            if value == value.rounded(), abs(value) < 1e15 { return grouped(value, decimals: 0) }
            return grouped(value, decimals: 2)
        }
    }

    /// `1234567.891` → `1,234,567.89`.
    public func grouped(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        guard abs(value) < 1e15 else { return String(format: "%.3e", value) }
        let negative = value < 0
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = Int64(rounded.rounded(.down))
        var digits = String(whole)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = digits + out
        if decimals > 0 {
            let fraction = Int64(((rounded - Double(whole)) * scale).rounded())
            var f = String(fraction)
            while f.count < decimals { f = "0" + f }
            out += "." + f
        }
        return (negative && rounded != 0 ? "-" : "") + out
    }

    /// A percentage of a share (0.254 → 25.40%).
    public func share(_ fraction: Double) -> String { grouped(fraction * 100, decimals: 2) + "%" }

    /// A time value for its granularity: day `2024-03-05`, month `2024-03`, quarter `2024 Q1`, year `2024`.
    public func time(_ text: String, granularity: Granularity?) -> String {
        guard let date = CalendarDate(iso: text) else { return text }
        switch granularity {
        case .year?: return language == .zh ? "\(date.year)年" : String(date.year)
        case .quarter?: return language == .zh ? "\(date.year)年Q\(date.quarter)" : "\(date.year) Q\(date.quarter)"
        case .month?: return String(date.iso.prefix(7))
        case .week?: return language == .zh ? "\(date.iso)周" : "week of \(date.iso)"
        default: return date.iso
        }
    }
}
