/// Normalises question text: full-width to half-width, ASCII lower-case, common traditional characters to
/// simplified, and splits it into matching units (one CJK character, one ASCII word, one number, one symbol).
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v == 0x3000 { v = 0x20 }  // ideographic space
            if v == 0x2019 { v = 0x27 }  // a typographic apostrophe (year’s) is an apostrophe
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }  // full-width ASCII
            if (0x41...0x5A).contains(v) { v += 0x20 }  // ASCII upper → lower
            let s = Unicode.Scalar(v) ?? scalar
            if let simplified = traditional[s] { out.append(simplified) } else { out.append(s) }
        }
        return String(out)
    }

    /// A matching unit of normalised text.
    public struct Unit: Sendable, Equatable {
        /// A CJK character, an ASCII word, a number, or any other symbol.
        public enum Kind: Sendable, Equatable { case cjk, word, number, symbol }
        public let text: String
        public let kind: Kind
        /// Whether whitespace came before this unit.
        public let spaced: Bool

        public init(text: String, kind: Kind, spaced: Bool) {
            self.text = text
            self.kind = kind
            self.spaced = spaced
        }
    }

    public static func units(of text: String) -> [Unit] {
        var units: [Unit] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var spaced = false
        while i < scalars.count {
            let s = scalars[i]
            if s == " " || s == "\t" || s == "\n" { spaced = true; i += 1; continue }
            if isCJK(s) {
                units.append(Unit(text: String(s), kind: .cjk, spaced: spaced))
                i += 1
            } else if isDigit(s) {
                var j = i
                while j < scalars.count, isDigit(scalars[j]) || ((scalars[j] == "." || scalars[j] == ",") && j + 1 < scalars.count && isDigit(scalars[j + 1])) { j += 1 }
                units.append(Unit(text: String(String.UnicodeScalarView(scalars[i..<j])), kind: .number, spaced: spaced))
                i = j
                // employee 1500's salary, Airline 3's cost: the possessive is the number itself; the 1970's (a year
                // ending in 0 after the / in / during …) is the decade, as 1970s.
                if i + 1 < scalars.count, scalars[i] == "'", scalars[i + 1] == "s", i + 2 == scalars.count || !isWordScalar(scalars[i + 2]) {
                    let previous = units.dropLast().last(where: { $0.kind == .word })?.text.lowercased() ?? ""
                    let decade = units.last!.text.count == 4 && units.last!.text.hasSuffix("0") && Self.decadeWords.contains(previous)
                    i += decade ? 1 : 2
                }
                // level 8+, 5+ years: "or more" (not 8+2, a sum nobody asks).
                if i < scalars.count, scalars[i] == "+", i + 1 == scalars.count || !isDigit(scalars[i + 1]) {
                    units.append(Unit(text: "or", kind: .word, spaced: true))
                    units.append(Unit(text: "more", kind: .word, spaced: true))
                    i += 1
                }
            } else if isWordScalar(s) {
                var j = i
                while j < scalars.count, isWordScalar(scalars[j]) || isDigit(scalars[j]) || ((scalars[j] == "'" || scalars[j] == "&") && j + 1 < scalars.count && isWordScalar(scalars[j + 1])) { j += 1 }
                var word = String(String.UnicodeScalarView(scalars[i..<j]))
                // The possessive is the word itself: last year's → last year, a master's → a master. A question
                // word's 's is "is" (what's the pH → what is the pH).
                var copula = false
                if word.count > 3, word.hasSuffix("'s") {
                    word.removeLast(2)
                    copula = ["what", "that", "who", "where", "how", "when", "which", "there", "here", "it"].contains(word.lowercased())
                }
                units.append(Unit(text: word, kind: .word, spaced: spaced))
                if copula { units.append(Unit(text: "is", kind: .word, spaced: true)) }
                i = j
            } else if s == "-", i > 0, isWordScalar(scalars[i - 1]) || isDigit(scalars[i - 1]), i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                // A hyphen inside a compound (highest-paid, year-over-year, 4-cylinder) separates words like a space.
                spaced = true
                i += 1
                continue
            } else {
                // Two-character operators stay together.
                if i + 1 < scalars.count, ["<=", ">=", "--", "/*", "*/", "!="].contains(String(String.UnicodeScalarView([s, scalars[i + 1]]))) {
                    units.append(Unit(text: String(String.UnicodeScalarView([s, scalars[i + 1]])), kind: .symbol, spaced: spaced))
                    i += 2
                } else {
                    units.append(Unit(text: String(s), kind: .symbol, spaced: spaced))
                    i += 1
                }
            }
            spaced = false
        }
        return units
    }

    /// Words before a year that make its 's the decade (the 1970's, in the 1990's).
    static let decadeWords: Set<String> = ["the", "in", "during", "early", "late", "mid", "since", "from", "through", "until", "to", "and"]

    /// Joins units back into a lookup key: ASCII words separated by one space, everything else glued.
    /// Builds `key(_:)` one unit at a time.
    public struct KeyBuilder {
        public private(set) var text = ""
        private var previous: Unit.Kind? = nil

        public init() {}

        /// Appends `unit` and returns the key so far.
        public mutating func append(_ unit: Unit) -> String {
            if let p = previous, p != .cjk, unit.kind != .cjk, unit.spaced { text += " " }
            text += unit.text
            previous = unit.kind
            return text
        }
    }

    public static func key(_ units: ArraySlice<Unit>) -> String {
        var key = KeyBuilder()
        for unit in units { _ = key.append(unit) }
        return key.text
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_" || (s.value >= 0xC0 && s.value < 0x2000)
    }

    /// Common traditional characters in HR questions, mapped to simplified.
    static let traditional: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = "員员資资門门們们數数個个總总與与計计歷历為为這这來来過过於于開开發发績绩評评級级職职務务歲岁齡龄學学碩硕際际場场銷销運运營营財财產产廣广東东會会區区當当從从滿满離离錄录單单請请齊齐說说誰谁裡里麼么樣样點点顯显圖图統统較较間间額额報报劃划術术預预長长業业還还幾几嗎吗獎奖戶户訊讯負负責责層层趨趋勢势餅饼線线狀状條条後后僅仅隻只對对則则佔占萬万兩两億亿稱称專专團团隊队優优週周變变環环減减內内據据僱雇沒没門门簡简體体據据歡欢覽览況况問问題题詢询"
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        let scalars = Array(pairs.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] != scalars[i + 1] { map[scalars[i]] = scalars[i + 1] }
            i += 2
        }
        return map
    }()
}
