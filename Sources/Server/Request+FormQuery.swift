import Foundation
import Hummingbird

extension Request {
    /// A query-string parameter decoded as browsers encode forms and `URLSearchParams`: `+` is a space, then
    /// percent-escapes are undone (Hummingbird's own `queryParameters` leaves `+` as it is). Nil when absent.
    func formQuery(_ name: String) -> String? {
        guard let query = uri.query, !query.isEmpty else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard Self.decode(parts[0]) == name else { continue }
            return parts.count > 1 ? Self.decode(parts[1]) : ""
        }
        return nil
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
