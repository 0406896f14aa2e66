/// One token of a question, classified the way ThoughtSpot's search does: a model word (column or value),
/// a keyword (operator, date bucket, aggregation), a number, a date, or an unknown word.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public enum Kind: Sendable, Equatable {
        /// A dictionary word with its possible meanings, most specific first.
        case lexical([LexEntry])
        case number(Double)
        /// `2023-05` or `2023-05-17` written as such.
        case date(year: Int, month: Int, day: Int?)
        case unknown
    }

    public let kind: Kind
    /// The normalised text of the token.
    public let text: String
    /// Whether the number was written with a percent sign or a unit such as 万.
    public var hasPercent = false

    public init(kind: Kind, text: String, hasPercent: Bool = false) {
        self.kind = kind
        self.text = text
        self.hasPercent = hasPercent
    }

    public var entries: [LexEntry] {
        if case .lexical(let e) = kind { return e }
        return []
    }

    /// Whether the token may name a cube's rows (used or not).
    public var namesCube: Bool { entries.contains { if case .cube = $0 { return true } else { return false } } }
    /// Whether one of its meanings is a value of a column.
    public var namesValue: Bool { entries.contains { if case .value = $0 { return true } else { return false } } }
    /// Whether one of its meanings is a measure.
    public var namesMeasure: Bool { entries.contains { if case .measure = $0 { return true } else { return false } } }

    public var keywords: [Keyword] {
        entries.compactMap { if case .keyword(let k) = $0 { return k } else { return nil } }
    }

    /// Without building `keywords`: rules ask this for every token, many times per question.
    public func isKeyword(_ k: Keyword) -> Bool {
        guard case .lexical(let entries) = kind else { return false }
        for entry in entries { if case .keyword(let keyword) = entry, keyword == k { return true } }
        return false
    }

    public var number: Double? {
        if case .number(let n) = kind { return n }
        return nil
    }
}
