import SemanticModel

extension QueryAssembler {
    /// 美国品牌的车型一共有多少款, where 车型 is the cars' own label: a count of a cube's rows grouped only by that cube's
    /// key or label is 1 in every group, so it is not what was asked (the rows' number, or their list): asked.
    func askCountPerOwnRow(_ s: inout ParseState, _ query: CubeQuery) {
        guard query.ungrouped != true, query.measures.count == 1, query.dimensions.count == 1, query.limit == nil,
            case .measure(let cube, let measure)? = s.model.resolve(query.measures[0]), measure.kind == .count,
            let d = query.dimensions.first, d.hasPrefix(cube.name + "."),
            d == "\(cube.name).\(cube.primaryKey?.name ?? "")" || d == Self.label(of: cube.name, s.model)
        else { return }
        s.unexpressed.append(s.model.title(of: d, s.language))
    }

    /// "Is Friday a weekday or a weekend day?": a question that starts with its copula and names two values of one
    /// column joined by or asks which of them holds, not how many rows have either: with no figure asked, asked.
    func askWhichValueHolds(_ s: inout ParseState, _ query: CubeQuery) {
        guard s.defaultedMeasure, let first = s.tokens.first?.text, ["is", "are", "was", "were"].contains(first),
            s.tokens.contains(where: { $0.text == "or" }),
            let filter = query.filters.flatMap(\.memberFilters).first(where: { $0.op == .equals && $0.values.count >= 2 })
        else { return }
        s.unexpressed.append(filter.values.joined(separator: " or "))
    }
}
