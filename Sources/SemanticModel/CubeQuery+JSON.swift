/// Conversion between `CubeQuery` and Cube's JSON query format.
extension CubeQuery {
    /// The query as Cube JSON, keys in Cube's usual order, empty parts left out.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = []
        if !measures.isEmpty { pairs.append(("measures", .array(measures.map(JSONValue.string)))) }
        if !dimensions.isEmpty { pairs.append(("dimensions", .array(dimensions.map(JSONValue.string)))) }
        if !segments.isEmpty { pairs.append(("segments", .array(segments.map(JSONValue.string)))) }
        if !filters.isEmpty { pairs.append(("filters", .array(filters.map(\.json)))) }
        if !timeDimensions.isEmpty { pairs.append(("timeDimensions", .array(timeDimensions.map(\.json)))) }
        if !order.isEmpty {
            pairs.append(("order", .array(order.map { .array([.string($0.member), .string($0.descending ? "desc" : "asc")]) })))
        }
        if let limit { pairs.append(("limit", .int(Int64(limit)))) }
        if let offset { pairs.append(("offset", .int(Int64(offset)))) }
        if let total { pairs.append(("total", .bool(total))) }
        if let timezone { pairs.append(("timezone", .string(timezone))) }
        if let ungrouped { pairs.append(("ungrouped", .bool(ungrouped))) }
        return .object(pairs)
    }

    /// Parses Cube JSON; every shape problem is an `invalid_query` error naming the field.
    public init(json: JSONValue) throws(TextBIError) {
        guard case .object(let pairs) = json else { throw Self.invalid("The query must be a JSON object") }
        self.init()
        for (key, value) in pairs {
            switch key {
            case "measures": measures = try Self.strings(value, key)
            case "dimensions": dimensions = try Self.strings(value, key)
            case "segments": segments = try Self.strings(value, key)
            case "filters":
                guard case .array(let items) = value else { throw Self.invalid("'filters' must be an array") }
                filters = try items.map { (item) throws(TextBIError) in try QueryFilter(json: item, depth: 1) }
            case "timeDimensions":
                guard case .array(let items) = value else { throw Self.invalid("'timeDimensions' must be an array") }
                timeDimensions = try items.map { (item) throws(TextBIError) in try TimeDimension(json: item) }
            case "order": order = try Self.order(value)
            case "limit": limit = try Self.int(value, key)
            case "offset": offset = try Self.int(value, key)
            case "total": total = try Self.bool(value, key)
            case "ungrouped": ungrouped = try Self.bool(value, key)
            case "timezone":
                guard case .string(let tz) = value else { throw Self.invalid("'timezone' must be a string") }
                timezone = tz
            case "renewQuery": renewQuery = try Self.bool(value, key)
            case "responseFormat": continue
            case "compareDateRange":
                throw TextBIError(
                    .unsupportedQuery, "compareDateRange is not supported yet: send one query per date range in a multi-query request")
            default: throw Self.invalid("Unknown query field '\(key)'")
            }
        }
        try QueryShape.check(self)
    }

    static func invalid(_ message: String) -> TextBIError { TextBIError(.invalidQuery, message) }

    static func strings(_ value: JSONValue, _ key: String) throws(TextBIError) -> [String] {
        guard case .array(let items) = value else { throw invalid("'\(key)' must be an array of strings") }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else { throw invalid("'\(key)' must be an array of strings") }
            out.append(s)
        }
        return out
    }

    static func int(_ value: JSONValue, _ key: String) throws(TextBIError) -> Int {
        switch value {
        case .int(let i): return Int(i)
        case .double(let d): if let i = d.exactInt { return i }
        case .string(let s): if let i = Int(s) { return i }
        default: break
        }
        throw invalid("'\(key)' must be an integer")
    }

    static func bool(_ value: JSONValue, _ key: String) throws(TextBIError) -> Bool {
        guard case .bool(let b) = value else { throw invalid("'\(key)' must be true or false") }
        return b
    }

    static func order(_ value: JSONValue) throws(TextBIError) -> [OrderItem] {
        func direction(_ v: JSONValue) throws(TextBIError) -> Bool {
            guard case .string(let d) = v, d == "asc" || d == "desc" else {
                throw invalid("Order direction must be 'asc' or 'desc'")
            }
            return d == "desc"
        }
        switch value {
        case .object(let pairs):
            var items: [OrderItem] = []
            for (member, dir) in pairs { items.append(OrderItem(member, descending: try direction(dir))) }
            return items
        case .array(let entries):
            var items: [OrderItem] = []
            for entry in entries {
                guard case .array(let pair) = entry, pair.count == 2, case .string(let member) = pair[0] else {
                    throw invalid("Each order entry must be [member, 'asc'|'desc']")
                }
                items.append(OrderItem(member, descending: try direction(pair[1])))
            }
            return items
        default:
            throw invalid("'order' must be an object or an array")
        }
    }
}

extension QueryFilter {
    public var json: JSONValue {
        switch self {
        case .member(let f):
            var pairs: [(String, JSONValue)] = [("member", .string(f.member)), ("operator", .string(f.op.rawValue))]
            if !f.values.isEmpty || f.matchesNull || ![.set, .notSet, .measureFilter].contains(f.op) {
                pairs.append(("values", .array(f.values.map(JSONValue.string) + (f.matchesNull ? [.null] : []))))
            }
            return .object(pairs)
        case .and(let items): return .object([("and", .array(items.map(\.json)))])
        case .or(let items): return .object([("or", .array(items.map(\.json)))])
        }
    }

    public init(json: JSONValue) throws(TextBIError) { try self.init(json: json, depth: 1) }

    /// Parses a filter at nesting `depth`; deeper than `QueryShape.maximumDepth` is refused before it recurses.
    init(json: JSONValue, depth: Int) throws(TextBIError) {
        guard depth <= QueryShape.maximumDepth else {
            throw TextBIError(.invalidQuery, "Filters are nested more than \(QueryShape.maximumDepth) deep; the limit is \(QueryShape.maximumDepth)", context: ["limit": "\(QueryShape.maximumDepth)"])
        }
        if let group = json["and"] {
            guard case .array(let items) = group else { throw CubeQuery.invalid("'and' must be an array of filters") }
            self = .and(try items.map { (item) throws(TextBIError) in try QueryFilter(json: item, depth: depth + 1) })
            return
        }
        if let group = json["or"] {
            guard case .array(let items) = group else { throw CubeQuery.invalid("'or' must be an array of filters") }
            self = .or(try items.map { (item) throws(TextBIError) in try QueryFilter(json: item, depth: depth + 1) })
            return
        }
        guard case .string(let member)? = json["member"] ?? json["dimension"] else {
            throw CubeQuery.invalid("A filter needs a 'member'")
        }
        guard case .string(let opName)? = json["operator"] else {
            throw CubeQuery.invalid("The filter on '\(member)' needs an 'operator'")
        }
        guard let op = FilterOperator(rawValue: opName) else {
            throw CubeQuery.invalid("Unknown filter operator '\(opName)' on '\(member)'")
        }
        var values: [String] = []
        var matchesNull = false
        if let raw = json["values"] {
            guard case .array(let items) = raw else { throw CubeQuery.invalid("'values' of '\(member)' must be an array") }
            for item in items {
                switch item {
                case .string(let s): values.append(s)
                case .int(let i): values.append(String(i))
                case .double(let d): values.append(JSONValue.format(double: d))
                case .bool(let b): values.append(b ? "true" : "false")
                case .null: matchesNull = true
                default: throw CubeQuery.invalid("'values' of '\(member)' must be strings, numbers or null")
                }
            }
        }
        self = .member(MemberFilter(member: member, op: op, values: values, matchesNull: matchesNull))
    }
}

extension TimeDimension {
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("dimension", .string(dimension))]
        if let granularity { pairs.append(("granularity", .string(granularity.rawValue))) }
        switch dateRange {
        case .absolute(let from, let to)?: pairs.append(("dateRange", .array([.string(from), .string(to)])))
        case .relative(let text)?: pairs.append(("dateRange", .string(text)))
        case nil: break
        }
        return .object(pairs)
    }

    public init(json: JSONValue) throws(TextBIError) {
        guard case .string(let dimension)? = json["dimension"] else {
            throw CubeQuery.invalid("A time dimension needs a 'dimension'")
        }
        self.init(dimension: dimension)
        switch json["granularity"] {
        case .string(let g)?:
            guard let granularity = Granularity(rawValue: g) else {
                throw CubeQuery.invalid("Unknown granularity '\(g)' for '\(dimension)'")
            }
            self.granularity = granularity
        case nil, .null?: break
        default: throw CubeQuery.invalid("'granularity' of '\(dimension)' must be a string like \"month\"")
        }
        switch json["dateRange"] {
        case .string(let text)?: dateRange = .relative(text)
        case .array(let items)?:
            let dates = items.compactMap(\.stringValue)
            guard dates.count == items.count, dates.count == 1 || dates.count == 2 else {
                throw CubeQuery.invalid("'dateRange' of '\(dimension)' must be a string or [from, to]")
            }
            dateRange = .absolute(from: dates[0], to: dates.count == 2 ? dates[1] : dates[0])
        case nil, .null?: break
        default: throw CubeQuery.invalid("'dateRange' of '\(dimension)' must be a string or [from, to]")
        }
    }
}
