import SemanticModel

extension FilterRule {
    /// "$20,000" compared with Average Income ($1000s): an amount said with the column's currency sign is in that
    /// currency's units, and the column counts them in thousands (or millions), so the value compared is 20. "$200,000
    /// million" against a column in $ million is already in its units: the scale word is claimed, the value kept.
    func inColumnScale(_ s: inout ParseState, _ member: String, _ n: Double, at index: Int) -> Double {
        let title: String
        let format: String?
        let description: String?
        switch s.model.resolve(member) {
        case .dimension(_, let d, _)?: (title, format, description) = (d.title, d.format, d.description)
        case .measure(_, let m)?: (title, format, description) = (m.title, m.format, m.description)
        default: return n
        }
        // "a food share over 60%": against a column in percent, 60; against one its title or description says is a
        // fraction (0-1), 0.6; where the column says neither (a fraction, or a rate 0-100?), asked.
        if s.tokens[index].hasPercent {
            let unit = TitleUnit.split(title)?.unit.lowercased() ?? ""
            let saysPercent = format == "percent" || unit.contains("%") || unit.contains("percent") || title.lowercased().contains("percent")
                || title.contains("%") || title.contains("率") || title.contains("比例") || title.contains("占比")
            let fraction = ColumnUnits.saysFraction(unit) || ColumnUnits.saysFraction(description ?? "")
            if saysPercent == fraction { s.unexpressed.append(s.tokens[index].text) }
            return fraction && !saysPercent ? n / 100 : n
        }
        guard let unit = TitleUnit.split(title)?.unit.lowercased() else { return n }
        if let (_, scale) = ColumnUnits.scale(ofUnit: unit) {
            if let next = s.token(index + 1), Tokenizer.englishScales[next.text] == scale, s.isFree(index + 1) {
                s.use(index + 1)
                // 4 thousand lbs
                if let unit = s.token(index + 2), s.isFree(index + 2), s.units.saysPart(unit.text, of: member) { s.use(index + 2) }
                return n
            }
            // "over 4,000 lbs", 4千磅 against Weight (1000 lbs): an amount said in the column's unit is so many thousands.
            let words = unit.split(whereSeparator: { !$0.isLetter }).map(String.init)
            if !words.contains("per"), let next = s.token(index + 1), s.units.saysPart(next.text, of: member) {
                s.use(index + 1)
                return n / scale
            }
            // The unit names the currency by its sign ($1000s) or its word (USD thousands, dollars).
            guard let sign = s.tokens[index].text.first.map(String.init), Tokenizer.currencySigns.contains(sign),
                unit.contains(sign) || words.contains(where: { ColumnUnits.currencies[$0] == sign })
            else { return n }
            return n / scale
        }
        return n
    }
}
