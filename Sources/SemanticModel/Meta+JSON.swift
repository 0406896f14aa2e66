extension Meta {
    /// Reads the same keys as the YAML loader from a `meta` JSON object (as Cube's `/v1/meta` returns it).
    public init(json: JSONValue?) {
        self.init(raw: json ?? .object([]))
        guard case .object? = json, let json else { return }
        func strings(_ value: JSONValue?) -> [String] {
            guard case .array(let items)? = value else { return [] }
            return items.compactMap(\.stringValue)
        }
        synonyms = strings(json["synonyms"])
        titleZh = json["title_zh"]?.stringValue
        units = json["unit"]?.stringValue.map { [$0] } ?? strings(json["units"])
        if case .bool(let b)? = json["index_values"] { indexValues = b }
        timeDimension = json["time_dimension"]?.stringValue
        nounZh = json["noun_zh"]?.stringValue
        nounEn = json["noun_en"]?.stringValue
        classifierZh = json["classifier_zh"]?.stringValue
        order = strings(json["order"])
        if case .object(let pairs)? = json["value_synonyms"] {
            for (key, value) in pairs { valueSynonyms[key] = strings(value) }
        }
        if case .object(let pairs)? = json["localized"] {
            for (key, value) in pairs { if let v = value.stringValue { localized[key] = v } }
        }
    }
}

extension SemanticModel {
    /// A model read from Cube's `/v1/meta` document: enough to understand questions (titles, types, synonyms);
    /// SQL stays with the server that owns the model, so members carry no SQL of their own.
    public init(cubeMeta document: JSONValue) throws(TextBIError) {
        guard case .array(let cubes)? = document["cubes"] else {
            throw TextBIError(.invalidModel, "The remote /v1/meta answer has no 'cubes' list")
        }
        var model: [Cube] = []
        for item in cubes {
            guard let name = item["name"]?.stringValue else { continue }
            func member(_ full: String?) -> String? {
                guard let full else { return nil }
                return full.hasPrefix(name + ".") ? String(full.dropFirst(name.count + 1)) : full
            }
            var cube = Cube(name: name, sqlTable: name, title: item["title"]?.stringValue, description: item["description"]?.stringValue,
                            meta: Meta(json: item["meta"]))
            if case .array(let measures)? = item["measures"] {
                for m in measures {
                    guard let short = member(m["name"]?.stringValue) else { continue }
                    let kind = m["aggType"]?.stringValue.flatMap(Measure.Kind.init(rawValue:)) ?? .number
                    cube.measures.append(Measure(
                        name: short, kind: kind, sql: short, title: m["shortTitle"]?.stringValue, format: m["format"]?.stringValue,
                        meta: Meta(json: m["meta"])))
                }
            }
            if case .array(let dimensions)? = item["dimensions"] {
                for d in dimensions {
                    guard let short = member(d["name"]?.stringValue) else { continue }
                    let kind = d["type"]?.stringValue.flatMap(Dimension.Kind.init(rawValue:)) ?? .string
                    var primary = false
                    if case .bool(let b)? = d["primaryKey"] { primary = b }
                    cube.dimensions.append(Dimension(
                        name: short, kind: kind, sql: short, title: d["shortTitle"]?.stringValue, format: d["format"]?.stringValue,
                        primaryKey: primary, meta: Meta(json: d["meta"])))
                }
            }
            if case .array(let segments)? = item["segments"] {
                for s in segments {
                    guard let short = member(s["name"]?.stringValue) else { continue }
                    cube.segments.append(Segment(name: short, sql: "1 = 1", title: s["shortTitle"]?.stringValue, meta: Meta(json: s["meta"])))
                }
            }
            model.append(cube)
        }
        self.init(cubes: model)
    }
}
