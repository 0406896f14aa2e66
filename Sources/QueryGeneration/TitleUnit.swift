import SemanticModel

/// A title's trailing unit in brackets, ASCII or full-width: "Precipitation (mm)", 就业人数（千人）.
enum TitleUnit {
    /// The title without the bracket, and the unit inside it; nil when the title ends in no bracketed unit.
    static func split(_ title: String) -> (name: String, unit: String)? {
        guard let close = title.last, close == ")" || close == "）",
            let open = title.lastIndex(where: { $0 == "(" || $0 == "（" }), open > title.startIndex
        else { return nil }
        let unit = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
        return (String(title[..<open]).trimmingSpaces, unit)
    }
}
