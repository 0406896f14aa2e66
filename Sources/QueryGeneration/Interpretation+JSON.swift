import SemanticModel

/// An interpretation as JSON and back, so a conversation's last question can be kept where every replica reads it.
extension Interpretation {
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("question", .string(question)), ("language", .string(language.rawValue)), ("query", query.json),
            ("understood", .string(understood)), ("unusedWords", .array(unusedWords.map(JSONValue.string))),
            ("notes", .array(notes.map(JSONValue.string))), ("isFollowUp", .bool(isFollowUp)),
        ]
        if let requestedChart { pairs.append(("requestedChart", .string(requestedChart))) }
        if let timeLabel { pairs.append(("timeLabel", .string(timeLabel))) }
        if let shareOf { pairs.append(("shareOf", QueryFilter.member(shareOf).json)) }
        if let shareOfMeasure { pairs.append(("shareOfMeasure", .string(shareOfMeasure))) }
        if let difference { pairs.append(("difference", QueryFilter.member(difference).json)) }
        if countsGroups { pairs.append(("countsGroups", .bool(true))) }
        if averagesPeriods { pairs.append(("averagesPeriods", .bool(true))) }
        return .object(pairs)
    }

    /// Reads what `json` wrote; anything else is an error (the caller then treats the conversation as new).
    public init(json: JSONValue) throws(TextBIError) {
        func string(_ key: String) throws(TextBIError) -> String {
            guard case .string(let s)? = json[key] else { throw TextBIError(.invalidQuery, "A stored interpretation lacks '\(key)'") }
            return s
        }
        func strings(_ key: String) -> [String] {
            guard case .array(let items)? = json[key] else { return [] }
            return items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
        }
        guard let language = Language(rawValue: try string("language")), let query = json["query"] else {
            throw TextBIError(.invalidQuery, "A stored interpretation has no language or query")
        }
        self.init(
            question: try string("question"), language: language, query: try CubeQuery(json: query), understood: try string("understood"),
            unusedWords: strings("unusedWords"), notes: strings("notes"), requestedChart: try? string("requestedChart"))
        timeLabel = try? string("timeLabel")
        if case .bool(let followUp)? = json["isFollowUp"] { isFollowUp = followUp }
        if let share = json["shareOf"], case .member(let filter) = try QueryFilter(json: share) { shareOf = filter }
        shareOfMeasure = try? string("shareOfMeasure")
        if let pair = json["difference"], case .member(let filter) = try QueryFilter(json: pair) { difference = filter }
        if case .bool(let groups)? = json["countsGroups"] { countsGroups = groups }
        if case .bool(let periods)? = json["averagesPeriods"] { averagesPeriods = periods }
    }
}
