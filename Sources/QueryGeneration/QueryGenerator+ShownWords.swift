import SemanticModel

/// Words a rule used that the answer accounts for without showing their member.
extension QueryGenerator {
    /// A word a rule used that names no member of the query but is accounted for all the same: the rows a value picks
    /// or a rule says it names, a stop phrase, a value's topic, a price's verb, the noun of the rows the answer lists.
    func showsAnyway(_ tokens: [Token], _ i: Int, _ s: borrowing ParseState, _ query: CubeQuery) -> Bool {
        let members = Self.members(of: query)
        if Self.namesRows(tokens, i, among: members, model) || s.namesRowsOnly.contains(i) || Self.inStopPhrase(tokens, i)
            || namesTopicOfValue(tokens, i, s.used, query) || paysShownPrice(tokens[i].text, query)
        {
            return true
        }
        return namesListedRows(tokens[i], query)
    }

    /// "top 5 firms by output", where "firms" also names the key: the noun of the cube whose rows the answer lists.
    func namesListedRows(_ token: Token, _ query: CubeQuery) -> Bool {
        let members = Self.members(of: query)
        guard query.ungrouped == true, !members.isEmpty else { return false }
        return token.entries.contains { entry in
            guard case .cube(let cube) = entry else { return false }
            return members.allSatisfy { $0.hasPrefix(cube + ".") }
        }
    }
}
