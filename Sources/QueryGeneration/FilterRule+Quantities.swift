import SemanticModel

/// Comparatives of everyday quantities (QuantityWords): "taller than 180 cm", "younger than 30", "90 degrees or
/// hotter", "more expensive than $20,000" compare the quantity's column with the number.
extension FilterRule {
    /// A comparison said with a comparative at token `i`; the index after it, or nil.
    func quantityComparison(_ s: inout ParseState, at i: Int) -> Int? {
        // <comparative> than N (unit)?   |   more / less <adjective> than N
        var word = i
        var flipped = false
        if ["more", "less"].contains(s.tokens[i].text), s.isFree(i + 1) {
            word = i + 1
            flipped = s.tokens[i].text == "less"
        }
        if let (column, higher) = comparative(s, word, allowAdjective: word != i), s.token(word + 1)?.text == "than", s.isFree(word + 1),
            let n = s.token(word + 2)?.number, s.isFree(word + 2)
        {
            let above = higher != flipped
            let end = claimUnit(&s, column, after: word + 2)
            s.addFilter(MemberFilter(member: column, op: above ? .gt : .lt, values: [JSONValue.format(double: inColumnScale(&s, column, n, at: word + 2))]))
            s.use(i..<(word + 3))
            s.modelWords.insert(word)
            return end
        }
        // N (unit)? or <comparative>: 90 degrees or hotter, 20 or younger
        guard let n = s.tokens[i].number, s.isFree(i) else { return nil }
        for unitEnd in [i + 1, i + 2, i + 3] where s.token(unitEnd)?.text == "or" && s.isFree(unitEnd) {
            guard let (column, higher) = comparative(s, unitEnd + 1, allowAdjective: false) else { continue }
            // the words between the number and "or" must be the column's unit
            var probe = s
            guard claimUnit(&probe, column, after: i) == unitEnd else { continue }
            _ = claimUnit(&s, column, after: i)
            s.addFilter(MemberFilter(member: column, op: higher ? .gte : .lte, values: [JSONValue.format(double: inColumnScale(&s, column, n, at: i))]))
            s.use(i..<(unitEnd + 2))
            s.modelWords.insert(unitEnd + 1)
            return unitEnd + 2
        }
        return nil
    }

    /// The column and direction of a comparative at `i` (taller), or of a plain adjective after more / less.
    private func comparative(_ s: ParseState, _ i: Int, allowAdjective: Bool) -> (column: String, higher: Bool)? {
        guard s.isFree(i), let t = s.token(i) else { return nil }
        if let c = s.quantityWords.comparatives[t.text] { return (c.column, c.higher) }
        if allowAdjective, let w = s.quantityWords.words[t.text], !w.superlative { return (w.column, w.high) }
        return nil
    }

    /// Claims the column's unit after the number at `numberIndex` (cm, its own unit word, or degrees / ° with the
    /// column's scale letter); the index after what was claimed.
    private func claimUnit(_ s: inout ParseState, _ column: String, after numberIndex: Int) -> Int {
        if let u = ownUnit(s, column, after: numberIndex) {
            s.use(u)
            return u + 1
        }
        guard case .dimension(_, let d, _)? = s.model.resolve(column), let unit = TitleUnit.split(d.title)?.unit.lowercased(), unit.contains("°"),
            let t = s.token(numberIndex + 1), s.isFree(numberIndex + 1), ["°", "degrees", "degree"].contains(t.text)
        else { return numberIndex + 1 }
        var end = numberIndex + 2
        // °F on a column in °F; a scale the column is not in (°C) is left to the ledger.
        if let scale = s.token(end), s.isFree(end), ["f", "c", "fahrenheit", "celsius"].contains(scale.text) {
            guard unit.contains("°" + scale.text.prefix(1)) else { return numberIndex + 1 }
            end += 1
        }
        s.use(numberIndex + 1..<end)
        return end
    }
}
