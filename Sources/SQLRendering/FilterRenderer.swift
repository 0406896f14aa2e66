import SemanticModel

/// Renders Cube filters (every operator, nested and/or groups) to SQL conditions that carry their bound values.
struct FilterRenderer {
    enum Placement { case whereClause, having }

    let model: SemanticModel
    let members: MemberSQL
    let resolver: DateRangeResolver
    /// Where a measure's value is read from instead of its aggregate (the outer query over sub-queries).
    var measureColumns: [String: String] = [:]

    /// Whether a filter belongs in WHERE (dimensions) or HAVING (measures); a group may not mix them.
    func placement(of filter: QueryFilter) throws(TextBIError) -> Placement {
        var kinds: Set<Bool> = []
        for f in filter.memberFilters {
            if case .measure? = model.resolve(f.member) { kinds.insert(true) } else { kinds.insert(false) }
        }
        if kinds.count > 1 {
            throw TextBIError(
                .invalidQuery, "A filter group can't mix dimension and measure filters (they go to WHERE and HAVING)")
        }
        return kinds.contains(true) ? .having : .whereClause
    }

    func render(_ filter: QueryFilter) throws(TextBIError) -> SQLFragment {
        switch filter {
        case .member(let f): return try render(f)
        case .and(let items), .or(let items):
            guard !items.isEmpty else { throw TextBIError(.invalidQuery, "An and/or filter group must not be empty") }
            var parts: [SQLFragment] = []
            for item in items { parts.append(try render(item)) }
            let joiner: String
            if case .and = filter { joiner = " AND " } else { joiner = " OR " }
            return "(" + parts.joined(separator: joiner) + ")"
        }
    }

    private enum ValueType { case text, number, boolean, time }

    private func render(_ f: MemberFilter) throws(TextBIError) -> SQLFragment {
        let expression: String
        let type: ValueType
        switch model.resolve(f.member) {
        case .measure(let cube, let measure)?:
            if let column = measureColumns[f.member] { expression = column } else { expression = try members.measure(cube, measure) }
            type = .number
        case .dimension(let cube, let dimension, let granularity)?:
            let raw = try members.dimension(cube, dimension)
            switch dimension.kind {
            case .time:
                type = .time
                let dialect = members.dialect
                expression = granularity.map { dialect.truncate(raw, to: $0) } ?? dialect.timestamp(raw)
            case .number: expression = raw; type = .number
            case .boolean: expression = raw; type = .boolean
            case .string, .geo: expression = raw; type = .text
            }
        default:
            throw TextBIError(.unknownMember, "Unknown member '\(f.member)' in filters", context: ["member": f.member])
        }
        let dialect = members.dialect
        let column = SQLFragment(sql: expression)
        let isNull = column + " IS NULL", isNotNull = column + " IS NOT NULL"

        func need(_ count: ClosedRange<Int>) throws(TextBIError) {
            // A single-value comparison has no meaning for null.
            guard !(f.matchesNull && count.upperBound == 1) else {
                throw TextBIError(
                    .invalidQuery, "Filter '\(f.op.rawValue)' on '\(f.member)' can't compare with null; use set or notSet",
                    context: ["member": f.member, "operator": f.op.rawValue])
            }
            guard count.contains(f.values.count) else {
                let expected = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "at least \(count.lowerBound)"
                throw TextBIError(
                    .invalidQuery, "Filter '\(f.op.rawValue)' on '\(f.member)' needs \(expected) value\(count.lowerBound == 1 && count.upperBound == 1 ? "" : "s")",
                    context: ["member": f.member, "operator": f.op.rawValue])
            }
        }
        func bound(_ value: String, endOfDay: Bool = false) throws(TextBIError) -> SQLFragment {
            SQLFragment(value: try typed(value, type, member: f.member, endOfDay: endOfDay))
        }
        /// Cube's NULL rule: a positive test also matches NULL when `values` held null; a negated one matches
        /// NULL unless it did.
        func nullAware(_ test: SQLFragment, negated: Bool) -> SQLFragment {
            negated != f.matchesNull ? "(" + test + " OR " + isNull + ")" : test
        }
        func likes(prefix: String, suffix: String, negated: Bool) throws(TextBIError) -> SQLFragment {
            if f.values.isEmpty && f.matchesNull { return negated ? isNotNull : isNull }
            try need(1...Int.max)
            let parts = f.values.map { value in
                dialect.like(expression, pattern: SQLFragment(value: .text(prefix + dialect.escapeLike(value) + suffix)), negated: negated)
            }
            if negated {
                // AND binds tighter than OR: `(a NOT LIKE … AND b NOT LIKE … OR x IS NULL)`.
                let all = parts.joined(separator: " AND ")
                return "(" + all + (f.matchesNull ? ")" : " OR " + isNull + ")")
            }
            return nullAware("(" + parts.joined(separator: " OR ") + ")", negated: false)
        }
        func list(negated: Bool) throws(TextBIError) -> SQLFragment {
            if f.values.isEmpty && f.matchesNull { return negated ? isNotNull : isNull }
            try need(1...Int.max)
            var values: [SQLFragment] = []
            for v in f.values { values.append(try bound(v)) }
            let test = values.count == 1
                ? column + (negated ? " <> " : " = ") + values[0]
                : column + (negated ? " NOT IN (" : " IN (") + values.joined(separator: ", ") + ")"
            return nullAware(test, negated: negated)
        }

        switch f.op {
        case .equals: return try list(negated: false)
        case .notEquals: return try list(negated: true)
        case .contains: return try likes(prefix: "%", suffix: "%", negated: false)
        case .notContains: return try likes(prefix: "%", suffix: "%", negated: true)
        case .startsWith: return try likes(prefix: "", suffix: "%", negated: false)
        case .notStartsWith: return try likes(prefix: "", suffix: "%", negated: true)
        case .endsWith: return try likes(prefix: "%", suffix: "", negated: false)
        case .notEndsWith: return try likes(prefix: "%", suffix: "", negated: true)
        case .gt, .gte, .lt, .lte:
            try need(1...1)
            let symbol = [FilterOperator.gt: ">", .gte: ">=", .lt: "<", .lte: "<="][f.op]!
            let endOfDay = f.op == .gt || f.op == .lte
            return column + " \(symbol) " + (try bound(f.values[0], endOfDay: endOfDay))
        case .set: return isNotNull
        case .notSet: return isNull
        case .inDateRange, .notInDateRange:
            try requireTime(type, f)
            let (from, to) = try dateBounds(f)
            let a = SQLFragment(value: .text(from)), b = SQLFragment(value: .text(to))
            return f.op == .inDateRange ? "(" + column + " >= " + a + " AND " + column + " <= " + b + ")"
                : "(" + column + " < " + a + " OR " + column + " > " + b + ")"
        case .beforeDate, .beforeOrOnDate, .afterDate, .afterOrOnDate:
            try requireTime(type, f)
            try need(1...1)
            let symbol = [FilterOperator.beforeDate: "<", .beforeOrOnDate: "<=", .afterDate: ">", .afterOrOnDate: ">="][f.op]!
            let endOfDay = f.op == .beforeOrOnDate || f.op == .afterDate
            return column + " \(symbol) " + SQLFragment(value: .text(try DateRangeResolver.timestamp(f.values[0], endOfDay: endOfDay)))
        case .measureFilter:
            return "1 = 1"
        }
    }

    private func requireTime(_ type: ValueType, _ f: MemberFilter) throws(TextBIError) {
        guard type == .time else {
            throw TextBIError(
                .invalidQuery, "Operator '\(f.op.rawValue)' needs a time dimension, and '\(f.member)' is not one",
                context: ["member": f.member])
        }
    }

    private func dateBounds(_ f: MemberFilter) throws(TextBIError) -> (String, String) {
        switch f.values.count {
        case 1:
            if CalendarDate(iso: f.values[0]) == nil { return try resolver.resolve(.relative(f.values[0])) }
            return try resolver.resolve(.absolute(from: f.values[0], to: f.values[0]))
        case 2: return try resolver.resolve(.absolute(from: f.values[0], to: f.values[1]))
        default:
            throw TextBIError(
                .invalidQuery, "Filter '\(f.op.rawValue)' on '\(f.member)' needs a date range: [from, to] or one value",
                context: ["member": f.member])
        }
    }

    private func typed(_ value: String, _ type: ValueType, member: String, endOfDay: Bool) throws(TextBIError) -> SQLValue {
        switch type {
        case .text: return .text(value)
        case .number:
            if let i = Int64(value) { return .integer(i) }
            if let d = Double(value), d.isFinite { return .real(d) }
            throw TextBIError(.invalidQuery, "'\(value)' is not a number (filter on '\(member)')", context: ["member": member])
        case .boolean:
            switch value.lowercased() {
            case "true", "1": return .integer(1)
            case "false", "0": return .integer(0)
            default:
                throw TextBIError(.invalidQuery, "'\(value)' is not true or false (filter on '\(member)')", context: ["member": member])
            }
        case .time:
            return .text(try DateRangeResolver.timestamp(value, endOfDay: endOfDay))
        }
    }
}
