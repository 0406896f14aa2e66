import SemanticModel

extension QueryGenerator {
    /// Depth (%) or Depth (mm)? The names of the query's members named alike but for their unit whose unit the
    /// question doesn't say: said alone (in mm) or inside the matched title (average depth (%)). A word every twin's
    /// unit has (1975 in "(wife, 1975)" and "(husband, 1975)") tells none of them apart.
    func unsaidTwins(_ query: CubeQuery, _ tokens: [Token], _ language: Language) -> [String] {
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member)
        return members.compactMap { member in
            guard let twins = units.twins[member] else { return nil }
            let said = tokens.contains { token in
                TextNormalizer.units(of: token.text).contains { w in
                    !ColumnUnits.connectors.contains(w.text) && units.isPart(w.text, of: member) && !twins.allSatisfy { units.isPart(w.text, of: $0) }
                }
            }
            return said ? nil : TitleUnit.split(model.title(of: member, language))?.name ?? model.title(of: member, language)
        }
    }

    /// A filtered count's share is computed from it beside the plain count: a query without both can't give it.
    static func holdsShare(of part: String, _ query: CubeQuery) -> Bool { query.measures.count == 2 && query.measures.contains(part) }
}
