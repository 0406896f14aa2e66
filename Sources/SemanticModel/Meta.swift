/// The free-form `meta` block of a cube or member, with the keys textbi understands made typed.
///
/// textbi reads: `synonyms` (words in any language that name the member), `title_zh` (the Chinese title),
/// `value_synonyms` (value → other names for it), `unit` (a word written after numbers, like 级),
/// `index_values` (whether to index a string dimension's values), `localized` (language → member to show
/// instead, e.g. `en: departments.name_en`), `time_dimension` (a cube's default time dimension),
/// `noun_zh`/`noun_en`/`classifier_zh` (how to say a cube's rows in an answer), `default_aggregation`,
/// `order` (a string dimension's values from lowest to highest, so 本科及以上 / "level 5 or higher" can be read),
/// `label` (true on the dimension that names a cube's rows), `non_additive_dimension` (a measure's time dimension
/// over which it is a level, not an amount).
public struct Meta: Sendable, Equatable {
    public var synonyms: [String]
    public var titleZh: String?
    public var valueSynonyms: [String: [String]]
    public var units: [String]
    public var indexValues: Bool?
    public var localized: [String: String]
    public var timeDimension: String?
    public var nounZh: String?
    public var nounEn: String?
    public var classifierZh: String?
    /// A string dimension's values from lowest to highest (`meta.order`); empty when its values have no order.
    public var order: [String] = []
    public var raw: JSONValue

    public init(
        synonyms: [String] = [], titleZh: String? = nil, valueSynonyms: [String: [String]] = [:], units: [String] = [],
        indexValues: Bool? = nil, localized: [String: String] = [:], timeDimension: String? = nil,
        nounZh: String? = nil, nounEn: String? = nil, classifierZh: String? = nil, raw: JSONValue = .object([])
    ) {
        self.synonyms = synonyms
        self.titleZh = titleZh
        self.valueSynonyms = valueSynonyms
        self.units = units
        self.indexValues = indexValues
        self.localized = localized
        self.timeDimension = timeDimension
        self.nounZh = nounZh
        self.nounEn = nounEn
        self.classifierZh = classifierZh
        self.raw = raw
    }

    /// `meta.label: true` on a dimension: it names the cube's rows (the airport's name, the product's title).
    public var isLabel: Bool {
        if case .bool(true)? = raw["label"] { return true }
        return false
    }

    /// `meta.non_additive_dimension` on a measure (MetricFlow's word): the time dimension over which its sum must not
    /// be added up, as for a level counted each month (employment, balances, stock on hand).
    public var nonAdditiveDimension: String? { raw["non_additive_dimension"]?.stringValue }

    /// `hire_date` → `Hire Date`, Cube's default title rule.
    public static func humanize(_ name: String) -> String {
        name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
