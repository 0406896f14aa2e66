import SemanticModel

extension GroupRule {
    /// 所有部门的预算加起来, 所有国家的平均收入, 这些哺乳动物的平均体重: a bare category noun is what one figure is taken over, not a breakdown,
    /// when a total word says one figure, or when 所有 / 全部 / all puts it before an aggregate of its own cube's
    /// rows (grouped by their own label each group would be one row, and "average" would say nothing) or of the
    /// rows of a cube it labels.
    static func namesScope(_ s: ParseState, _ i: Int, cube: String, label: String) -> Bool {
        if QueryGenerator.saysTotal(s.tokens) { return true }
        // "the average annual cost of an airline": an aggregate of a typical one is taken over all of them.
        let typical = ["a", "an"].contains(s.token(i - 1)?.text ?? "") && s.token(i - 2)?.text == "of"
        // "the average income of countries where infant mortality is above 110": the rows a clause picks, one figure.
        // "how many people work in departments with a budget over 10 million": so are the rows a count is taken in.
        let restricted = ["of", "for", "among", "in"].contains(s.token(i - 1)?.text ?? "")
            && ["with", "where", "that", "which", "whose", "having"].contains(s.token(i + 1)?.text ?? "")
        // "the average department budget": an aggregate word, the rows' noun, then their measure (one noun phrase).
        let compound = s.language == .en && s.token(i - 1).map { t in [Keyword.avg, .sum, .max, .min].contains { t.isKeyword($0) } } == true
            && s.token(i + 1)?.entries.contains { entry in
                switch entry {
                case .measure(let m): return s.measures.contains(m)
                case .dimension(let d): return d.hasPrefix(cube + ".") && s.dimensionKind(d) == .number
                default: return false
                }
            } == true
        guard let before = s.token(i - 1)?.text, typical || restricted || compound || ["所有", "全部", "这些", "all"].contains(where: { before.hasSuffix($0) }),
            QueryAssembler.label(of: cube, s.model) == label, !s.measures.isEmpty
        else { return false }
        // 所有航空公司的平均燃油价格: also over the rows of a cube that joins the noun's many-to-one (each airline's
        // yearly rows), as "the average fuel price of all airlines" is one figure.
        return s.measures.allSatisfy { member in
            guard case .measure(let c, let m)? = s.model.resolve(member), [.avg, .sum, .min, .max].contains(m.kind) || (restricted && m.kind == .count)
            else { return false }
            return c.name == cube || s.model.nonMultiplyingDistances(from: c.name)[cube] != nil
        }
    }

    /// "the average price of all stocks", "total salary for all the employees": one figure over all of them; the noun
    /// names the rows, no breakdown.
    func scopesOfAll(_ s: inout ParseState) {
        for all in 1..<max(1, s.tokens.count - 1) where ["of", "for"].contains(s.tokens[all - 1].text) && s.tokens[all].text == "all" {
            // "of all the firms", "for all our staff": the article or possessive between them belongs to the noun.
            let i = ["the", "our", "these", "those"].contains(s.token(all + 1)?.text ?? "") && s.isFree(all + 1) ? all + 1 : all
            // "what share of all claims (gross investment)", where claims is only a measure (a number column): the
            // figure itself, left to the rules for figures.
            let namesFigure = !s.measures(i + 1).isEmpty || s.dimensions(i + 1).contains { s.dimensionKind($0) == .number }
            guard s.isFree(i - 1), s.isFree(i), s.isFree(i + 1), !s.dimensions(i + 1).isEmpty || !s.cubes(i + 1).isEmpty,
                !s.cubes(i + 1).isEmpty || !namesFigure
            else { continue }
            for cube in s.cubes(i + 1) { s.mentionCube(cube) }
            s.use(all - 1, all, i, i + 1)
            s.namesRowsOnly.insert(i + 1)
        }
    }
}

extension GroupRule {
    /// "List the employees in Sales and their job titles", "which employees left and what were their positions": a
    /// string column after their / its, where the question lists the rows of its cube and measures nothing, is a
    /// column of each listed row. Returns whether it was read so.
    static func shownBesideListedRows(_ s: inout ParseState, _ i: Int, _ d: String) -> Bool {
        // "Who left in September, with their department?": whose rows are the ones the conditions are on (the
        // employees), and their department is what each of them belongs to.
        guard s.language == .en, i > 0, ["their", "its"].contains(s.tokens[i - 1].text), s.measures.isEmpty, !s.countRequested else { return false }
        let owner = String(d.prefix { $0 != "." })
        let model = s.model
        let others = Set(s.tokens.enumerated().filter { $0.offset != i }.flatMap { $0.element.entries }.compactMap { entry -> String? in
            guard case .dimension(let member) = entry else { return nil }
            let cube = String(member.prefix { $0 != "." })
            return cube != owner && model.nonMultiplyingDistances(from: cube)[owner] != nil ? cube : nil
        })
        let asked = s.asksWho ? (others.count == 1 ? others.first : owner) : nil
        guard let listed = QueryGenerator.rowsListedBy(s)?.cube ?? asked,
            d.hasPrefix(listed + ".") || s.model.nonMultiplyingDistances(from: listed)[String(d.prefix { $0 != "." })] != nil,
            let label = QueryAssembler.label(of: listed, s.model)
        else { return false }
        s.groupDimensions = QueryAssembler.unique(s.groupDimensions + [label, d])
        s.ungroupedRows = true
        s.use(i - 1, i)
        return true
    }

    /// "how many men in the placebo group improved": a category said by a verb (its synonym "improved") with no by /
    /// each / per before it says which of its values, which it doesn't name: no breakdown, left to the ledger.
    static func saidByVerb(_ s: ParseState, _ i: Int) -> Bool {
        s.language == .en && s.tokens[i].text.hasSuffix("ed") && !s.tokens[i].text.contains(" ")
            && !((i - 2)..<i).contains(where: { s.token($0).map { $0.isKeyword(.group) || ["each", "every", "per"].contains($0.text) } ?? false })
    }
}
