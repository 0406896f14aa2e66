import SemanticModel

extension QueryAssembler {
    /// "the names and salaries of Product staff": an aggregate of a cube's number column grouped by that cube's own
    /// label is each row's value. Grouped, two people of one name would be averaged into one row; listed row by
    /// row they stay two, and the column shows as itself. Applies only when every measure is such a column, every
    /// dimension is the label or a column of the same cube, and no word names the aggregate or a grouping.
    func applyRowValues(_ s: ParseState, _ query: inout CubeQuery) {
        // "average salary by name" names the aggregate, "budget by department" (各部门的预算) asks for groups; only a
        // bare column beside the label (names and salaries) lists the rows.
        // 按月薪从高到低排 (sorted by salary) sorts the rows; its 按 / by asks for no groups.
        let sorted = Set(s.sortDimensions.map(\.0))
        func sorts(_ k: Int) -> Bool {
            s.token(k + 1)?.entries.contains { if case .dimension(let d) = $0 { return sorted.contains(d) } else { return false } } == true
        }
        guard query.ungrouped != true, !query.measures.isEmpty, query.timeDimensions.isEmpty,
            !s.tokens.indices.contains(where: { k in
                let t = s.tokens[k]
                return t.isKeyword(.avg) || t.isKeyword(.sum) || (t.isKeyword(.group) && !sorts(k)) || query.measures.contains { t.entries.contains(.measure($0)) }
            }),
            let cubeName = query.measures.first?.split(separator: ".").first.map(String.init),
            let label = Self.label(of: cubeName, s.model), query.dimensions.contains(localized(label, s)),
            query.dimensions.allSatisfy({ $0.hasPrefix(cubeName + ".") }),
            !query.filters.flatMap(\.memberFilters).contains(where: { query.measures.contains($0.member) })
        else { return }
        var columns: [String: String] = [:]
        for member in query.measures {
            guard case .measure(let cube, let measure)? = s.model.resolve(member), cube.name == cubeName,
                [.avg, .sum, .min, .max].contains(measure.kind), measure.filters.isEmpty,
                let column = cube.dimensions.first(where: { $0.kind == .number && $0.sql == measure.sql && $0.isPublic })
            else { return }
            columns[member] = "\(cube.name).\(column.name)"
        }
        for member in query.measures {
            if let column = columns[member], !query.dimensions.contains(column) { query.dimensions.append(column) }
        }
        query.order = query.order.map { item in
            guard let column = columns[item.member] else { return item }
            return OrderItem(column, descending: item.descending)
        }
        query.measures = []
        query.ungrouped = true
    }
}

extension QueryAssembler {
    /// "Who joined on March 15, 2021?", 目前在职的客服专员都有谁: who, asked with conditions only, lists the rows
    /// that pass them by their label (with the columns compared), not a count.
    func listsPeopleAskedFor(_ s: inout ParseState) -> Bool {
        guard s.asksWho, s.groupDimensions.isEmpty, s.granularity == nil, s.superlative == nil, !s.filters.isEmpty || s.time != nil,
            let cube = subjectCube(s), let label = Self.label(of: cube, s.model)
        else { return false }
        let compared = s.filters.filter { [.gt, .gte, .lt, .lte].contains($0.op) && s.dimensionKind($0.member) == .number }.map(\.member)
        s.groupDimensions = Self.unique([label] + compared)
        s.ungroupedRows = true
        return true
    }
}

extension QueryAssembler {
    /// 列出财务部在职财务总监的名字, "list the names of the analysts in Sales": a list word with the label of the rows
    /// asked for and no aggregate lists the rows that pass the conditions, one per row; a count of ones beside each
    /// name answers nothing that was asked, and two people of one name stay two.
    func listsLabelsAskedFor(_ s: inout ParseState) -> Bool {
        guard s.tokens.contains(where: { $0.isKeyword(.list) }), s.granularity == nil, s.superlative == nil, s.listing == nil,
            s.groupDimensions.count == 1, let cube = subjectCube(s), let label = Self.label(of: cube, s.model),
            s.groupDimensions[0] == label
        else { return false }
        s.ungroupedRows = true
        return true
    }
}

extension QueryAssembler {
    /// "the savings rate of the countries in Oceania", "the savings rate of every European country", 所有国家的储蓄率:
    /// a bare column of a cube whose rows the question names by a plural noun or after every / each / all is each
    /// row's value, so the rows are the groups (their label). Returns the label and the tokens naming the rows; nil when the
    /// question groups already, names a period, or the noun is singular without such a word (the country with …).
    static func rowsNamed(_ s: ParseState, column: String) -> (label: String, tokens: [Int])? {
        let cube = String(column.prefix { $0 != "." })
        // "the total number of pages of all Econometrics journals" names an aggregate over the rows.
        let aggregates = s.tokens.contains { t in [Keyword.sum, .avg, .max, .min, .count].contains { t.isKeyword($0) } }
        guard s.groupDimensions.isEmpty, s.granularity == nil, s.time == nil, s.superlative == nil, !aggregates,
            let label = label(of: cube, s.model)
        else { return nil }
        for k in s.tokens.indices {
            let t = s.tokens[k]
            guard t.entries.contains(.cube(cube)) || t.entries.contains(.dimension(label)) else { continue }
            // Skip back over the values the question filters on (every European country).
            var j = k - 1
            while j >= 0, s.used[j], s.tokens[j].namesValue { j -= 1 }
            let before = j >= 0 ? s.tokens[j].text : ""
            let plural = t.text.unicodeScalars.allSatisfy(\.isASCII) && t.text.count > 3 && t.text.hasSuffix("s")
            if everyWords.contains(before) { return (label, [j, k]) }
            if plural && ["the", "these", "those", "for", "of", "in", ""].contains(before) { return (label, [k]) }
        }
        return nil
    }

    private static let everyWords: Set<String> = ["every", "each", "all", "所有", "每个", "每一个", "各个", "全部"]

    /// Whether the rows of `dimension`'s cube are known only by their key (reviews, readings): no name to list.
    static func rowsHaveNoName(of dimension: String, _ model: SemanticModel) -> Bool {
        guard let label = labelDimension(of: dimension, in: model), case .dimension(_, let d, _)? = model.resolve(label) else { return true }
        return d.primaryKey
    }
}

extension QueryAssembler {
    /// A question listing the rows of the grouped cube that pass a comparison on its own number columns: the compared
    /// columns join the groups, and no measure is needed.
    func listsRows(_ s: inout ParseState) -> Bool {
        guard s.tokens.contains(where: { QueryGenerator.listWords.contains($0.text) || $0.text == "which" }),
            let first = s.groupDimensions.first, s.groupDimensions.count == 1
        else { return false }
        let cube = first.prefix { $0 != "." }
        // "which countries in the Americas have an infant mortality above 70": conditions on values may pick the
        // rows too; the compared columns are shown.
        let compared = s.filters.filter { [.gt, .gte, .lt, .lte].contains($0.op) }.map(\.member)
        guard !compared.isEmpty, s.filters.allSatisfy({ compared.contains($0.member) || $0.op == .equals }),
            compared.allSatisfy({ $0.prefix { $0 != "." } == cube && s.dimensionKind($0) == .number })
        else { return false }
        s.groupDimensions += Self.unique(compared)
        return true
    }

    /// "List the journals with more than 5,000 citations", "show the employees in Finance": the named cube's rows
    /// that pass the conditions, by their label, with the columns they were compared on; no aggregate.
    func listsNamedRows(_ s: inout ParseState) -> Bool {
        guard s.groupDimensions.isEmpty, s.granularity == nil, s.time == nil, !s.filters.isEmpty,
            let cube = QueryGenerator.rowsListedBy(s)?.cube, let label = Self.label(of: cube, s.model)
        else { return false }
        let compared = s.filters.filter { [.gt, .gte, .lt, .lte].contains($0.op) }.map(\.member)
        guard compared.allSatisfy({ $0.prefix { $0 != "." } == cube && s.dimensionKind($0) == .number }) else { return false }
        s.groupDimensions = Self.unique([label] + compared)
        s.ungroupedRows = true
        return true
    }
}

extension QueryAssembler {
    /// "What job titles do we have in Customer Service?", 客服部有哪些岗位: which values a column takes among the rows
    /// the conditions pick, each once; a count beside each answers nothing asked.
    func listsValuesAskedFor(_ s: inout ParseState) -> Bool {
        // A cube's label lists its rows (people of one name stay two), and a row picked by its key lists its columns.
        guard s.groupDimensions.count == 1, s.superlative == nil, s.granularity == nil, s.dimensionKind(s.groupDimensions[0]) == .string,
            Self.label(of: String(s.groupDimensions[0].prefix { $0 != "." }), s.model) != s.groupDimensions[0],
            let k = s.tokens.indices.first(where: { s.tokens[$0].entries.contains(.dimension(s.groupDimensions[0])) }), k > 0
        else { return false }
        let texts = s.tokens.map(\.text)
        let pairs = zip(texts, texts.dropFirst())
        let english = ["what", "which"].contains(texts[k - 1])
            && (texts.contains("exist") || pairs.contains { ["do", "does"].contains($0.0) && ["we", "they", "you"].contains($0.1) || ($0.0 == "are" && $0.1 == "there") })
        let chinese = ["有哪些", "哪些", "有什么", "什么"].contains(texts[k - 1]) || (k + 1 < texts.count && ["有哪些", "都有哪些"].contains(texts[k + 1]))
        return english || chinese
    }
}
