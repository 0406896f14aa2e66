/// The language a question is asked in; answers use the same one.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en

    /// Chinese when the text holds any CJK character, otherwise English.
    public static func detect(_ text: String) -> Language {
        for s in text.unicodeScalars where (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) {
            return .zh
        }
        return .en
    }
}

extension Cube {
    /// The cube's title in `language`.
    public func title(_ language: Language) -> String { language == .zh ? (meta.titleZh ?? title) : title }
}

extension Measure {
    public func title(_ language: Language) -> String { language == .zh ? (meta.titleZh ?? title) : title }
}

extension Dimension {
    public func title(_ language: Language) -> String { language == .zh ? (meta.titleZh ?? title) : title }
}

extension Segment {
    public func title(_ language: Language) -> String { language == .zh ? (meta.titleZh ?? title) : title }
}

extension SemanticModel {
    /// The title of any member (`employees.hire_date.month` included) in `language`.
    public func title(of member: String, _ language: Language) -> String {
        switch resolve(member) {
        case .measure(_, let m)?: return m.title(language)
        case .dimension(_, let d, let g)?:
            guard let g else { return d.title(language) }
            return d.title(language) + (language == .zh ? "（\(g.chineseName)）" : " (\(g.rawValue))")
        case .segment(_, let s)?: return s.title(language)
        case nil: return member
        }
    }
}

extension Granularity {
    public var chineseName: String {
        switch self {
        case .second: return "秒"
        case .minute: return "分钟"
        case .hour: return "小时"
        case .day: return "日"
        case .week: return "周"
        case .month: return "月"
        case .quarter: return "季度"
        case .year: return "年"
        }
    }
}
