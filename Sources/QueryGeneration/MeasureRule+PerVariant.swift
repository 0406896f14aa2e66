import SemanticModel

extension MeasureRule {
    /// "What is the average weekly wage?" where the model has both Average Weekly Wage and Average Weekly Wage per
    /// Man: the second says the first is taken another way (each trade once), so the plain words fit both and the
    /// numbers differ. Unless the question says per (or "across the trades"), it is asked. Returns the per measure.
    static func perVariant(of member: String, _ s: ParseState) -> String? {
        guard let per = s.filteredMeasures.perVariants[member],
            !s.tokens.contains(where: { ["per", "weighted", "每", "人均"].contains($0.text) })
        else { return nil }
        let cube = String(member.prefix { $0 != "." })
        // "the average wage across the trades": each of the cube's own rows once, the plain measure.
        if s.tokens.indices.contains(where: { k in
            k > 0 && s.tokens[k].entries.contains(.cube(cube)) && ["across", "over", "among"].contains(s.tokens[k - 1].text == "the" && k > 1 ? s.tokens[k - 2].text : s.tokens[k - 1].text)
        }) {
            return nil
        }
        return per
    }

    /// Every measure whose title another measure of its cube extends by "per …", with that other measure.
    static func perVariants(_ model: SemanticModel) -> [String: String] {
        var out: [String: String] = [:]
        // "Research Grants per GBP of Student Fees": per another quantity of the model is a ratio of two figures,
        // not the first figure taken another way, so the plain words name only the first.
        let quantities = Set(model.cubes.flatMap { $0.measures.map { bare($0.title) } + $0.dimensions.filter { $0.kind == .number }.map { bare($0.title) } })
        for cube in model.cubes {
            let titles = cube.measures.map { ("\(cube.name).\($0.name)", bare($0.title)) }
            for (member, title) in titles {
                if let other = titles.first(where: { $0.0 != member && $0.1.hasPrefix(title + " per ") }),
                    !quantities.contains(where: { q in q.count >= 4 && q != title && other.1.dropFirst(title.count + 5).contains(q) })
                {
                    out[member] = other.0
                }
            }
        }
        return out
    }

    /// A title without its unit, lowercased: "Average Weekly Wage (shillings)" → "average weekly wage".
    private static func bare(_ title: String) -> String {
        (TitleUnit.split(title)?.name ?? title).lowercased()
    }

    /// "Total population of the southern states" where the model has a measure Southern States (%): a percent
    /// measure whose title only names rows (no rate, share or percent word) is not what the rows' words ask for,
    /// unless the question asks a share of nothing else ("what share of the total population lives in southern
    /// states" asks another one); the words are left for the ledger.
    static func namesRowsOfPercent(_ member: String, at i: Int, _ s: ParseState) -> Bool {
        guard s.filteredMeasures.rowTitledPercents.contains(member) else { return false }
        let asksShare = s.tokens.contains { $0.isKeyword(.share) || $0.text.contains("%") || $0.text.contains("percent") }
        let otherMeasure = s.tokens.indices.contains { k in k != i && s.tokens[k].namesMeasure }
        return !asksShare || otherMeasure
    }

    /// The percent measures whose title has no rate, share or percent word and ends in a plural (Southern States (%)).
    static func rowTitledPercents(_ model: SemanticModel) -> Set<String> {
        let shareWords: Set<String> = ["rate", "share", "ratio", "proportion", "percent", "percentage", "fraction", "pct"]
        var out: Set<String> = []
        for cube in model.cubes {
            for measure in cube.measures where measure.format == "percent" {
                let words = bare(measure.title).split(separator: " ").map(String.init)
                let zh = measure.meta.titleZh ?? ""
                if !words.contains(where: shareWords.contains), !["率", "比例", "占比", "百分比"].contains(where: zh.contains), words.last?.hasSuffix("s") == true {
                    out.insert("\(cube.name).\(measure.name)")
                }
            }
        }
        return out
    }
}
