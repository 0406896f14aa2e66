import SemanticModel

extension QueryAssembler {
    /// "工号1357的员工叫什么名字", "which department is employee #1500 in": a condition on a cube's primary key picks one
    /// row, so a count nobody asked for would be a column of ones. The row's own columns (and those of the cubes it
    /// joins many-to-one) are listed instead; with none named, its label.
    func applyKeyedRow(_ s: ParseState, _ query: inout CubeQuery) {
        guard query.timeDimensions.isEmpty, !query.measures.isEmpty, query.ungrouped != true,
            let cube = Self.keyedCube(query.filters.flatMap(\.memberFilters), s.model)
        else { return }
        let reachable = s.model.nonMultiplyingDistances(from: cube)
        guard query.dimensions.allSatisfy({ reachable[String($0.prefix { $0 != "." })] != nil }) else { return }
        if query.measures == [s.countMeasure(of: cube)].compactMap({ $0 }) {
            // 工号1500的月薪是多少: with the row's columns named, 多少 asks their values, not a count of the one row.
            guard !s.countRequested || !s.shownColumns.isEmpty else { return }
            if query.dimensions.isEmpty, let label = Self.label(of: cube, s.model) { query.dimensions = [localized(label, s)] }
        } else {
            // "the hourly wage and experience of worker 100": an aggregate of the row's own number column, said
            // without an aggregate word, is the column (the row's key is in the question already).
            guard !s.tokens.contains(where: { t in [Keyword.avg, .sum, .max, .min].contains { t.isKeyword($0) } }) else { return }
            var columns: [String] = []
            for member in query.measures {
                guard case .measure(let c, let measure)? = s.model.resolve(member), c.name == cube,
                    [.avg, .sum, .min, .max].contains(measure.kind), measure.filters.isEmpty, let column = c.numberColumn(of: measure), column.isPublic
                else { return }
                columns.append("\(cube).\(column.name)")
            }
            query.dimensions = Self.unique(query.dimensions + columns)
        }
        guard !query.dimensions.isEmpty else { return }
        query.measures = []
        query.order = query.order.filter { query.dimensions.contains($0.member) }
        query.ungrouped = true
    }
}

extension QueryAssembler {
    /// 工号888是谁？在哪个城市上班: "who", asked of one keyed row, is its label, shown before the columns asked.
    func showWhoOfKeyedRow(_ s: ParseState, _ query: inout CubeQuery) {
        guard s.asksWho, query.measures.isEmpty, !query.dimensions.isEmpty, let cube = Self.keyedCube(query.filters.flatMap(\.memberFilters), s.model),
            let label = Self.label(of: cube, s.model).map({ localized($0, s) }), !query.dimensions.contains(label)
        else { return }
        query.dimensions.insert(label, at: 0)
        query.ungrouped = true
    }

    /// "When did employee 777 join, and are they still with us?", 工号777是否在职: a yes/no question about one keyed
    /// row asks its value, which a condition would only hide when the answer is no. The row's other value conditions
    /// become its shown columns.
    func showAskedValuesOfKeyedRow(_ s: ParseState, _ query: inout CubeQuery) {
        let texts = s.tokens.map(\.text)
        let asksYesNo = texts.indices.contains { i in
            (["are", "is", "was", "were"].contains(texts[i]) && i + 1 < texts.count && ["they", "he", "she", "it"].contains(texts[i + 1]))
                || ["是否", "是不是", "还在吗"].contains(texts[i])
        }
        guard asksYesNo, query.ungrouped == true, let cube = Self.keyedCube(query.filters.flatMap(\.memberFilters), s.model) else { return }
        var shown: [String] = []
        query.filters = query.filters.filter { filter in
            guard case .member(let f) = filter, f.op == .equals, f.values.count == 1, f.member.hasPrefix(cube + "."),
                case .dimension(_, let d, _)? = s.model.resolve(f.member), !d.primaryKey, d.kind == .string
            else { return true }
            shown.append(f.member)
            return false
        }
        query.dimensions = Self.unique(query.dimensions + shown)
    }

    /// The cube whose one row a condition picks by its primary key (工号42, employee #1024), if one does.
    static func keyedCube(_ filters: [MemberFilter], _ model: SemanticModel) -> String? {
        filters.lazy.compactMap { f -> String? in
            guard f.op == .equals, f.values.count == 1, case .dimension(let cube, let d, _)? = model.resolve(f.member), d.primaryKey else { return nil }
            return cube.name
        }.first
    }
}
