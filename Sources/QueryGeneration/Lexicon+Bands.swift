import SemanticModel

extension Lexicon {
    /// A band value written with a comparison sign is said in words: "<25" is "under 25" / 25岁以下, ">2 litre" is
    /// "over 2 litres", "75+" is "75 and over" / 75岁以上, "25-29" is "25 to 29". The phrase names the band, which
    /// the data holds as a category; read as a number compared, it would filter a measure instead.
    mutating func addBandValues(_ values: [String: [String]]) {
        for (dimension, list) in values {
            guard case .dimension(_, let column, _)? = model.resolve(dimension), column.kind == .string else { continue }
            let isAge = (column.name + " " + column.title).lowercased().contains("age") || column.meta.titleZh?.contains("年龄") == true
            for value in list {
                for phrase in Self.bandPhrases(value, isAge: isAge) { addIfAbsent(phrase, .value(dimension: dimension, value: value)) }
            }
        }
    }

    /// The spoken forms of one band value; empty when the value is not a band.
    static func bandPhrases(_ value: String, isAge: Bool) -> [String] {
        let text = value.trimmingSpaces
        guard text.count <= 24, let band = Band(text) else { return [] }
        var units: [String] = [""]
        if !band.unit.isEmpty {
            let u = band.unit
            units = [" \(u)", " \(u)s"]
            if u.hasSuffix("re") { units += [" \(u.dropLast(2))er", " \(u.dropLast(2))ers"] }  // litre → liter
        }
        var phrases: [String] = []
        switch band.kind {
        case .below(let n):
            let words: [String] = ["under ", "below ", "less than ", "under-"] + (isAge ? ["younger than ", "aged under "] : [])
            for w in words { for u in units { phrases.append("\(w)\(n)\(u)") } }
            phrases.append("\(n)以下")
            if isAge { phrases += ["\(n)岁以下", "不到\(n)岁", "under-\(n)s", "under \(n)s"] }
        case .above(let n):
            let words: [String] = ["over ", "above ", "more than "] + (isAge ? ["older than ", "aged over "] : [])
            for w in words { for u in units { phrases.append("\(w)\(n)\(u)") } }
            for u in units { for tail in [" and over", " and above", " or more", " plus"] { phrases.append("\(n)\(u)\(tail)") } }
            phrases.append("\(n)以上")
            if isAge { phrases += ["\(n)岁以上", "\(n) and older", "over-\(n)s", "over \(n)s"] }
        case .between(let low, let high):
            for u in units { phrases += ["\(low) to \(high)\(u)", "\(low)-\(high)\(u)", "between \(low) and \(high)\(u)"] }
            phrases.append("\(low)到\(high)")
            if isAge {
                phrases += ["\(low)到\(high)岁", "\(low)-\(high)岁", "aged \(low) to \(high)", "aged \(low)-\(high)", "aged between \(low) and \(high)"]
                phrases += ["\(low) to \(high) year olds", "\(low)-\(high) year olds", "\(low) to \(high) year old", "\(low)-\(high) year old"]
            }
        }
        return phrases.filter { $0 != text }
    }

    /// "<25", "≤ 1 litre", ">35", "75+", "25-29", "1-1.5 litre": a bound or a range of plain numbers and an optional
    /// one-word unit.
    private struct Band {
        enum Kind { case below(String), above(String), between(String, String) }
        var kind: Kind
        var unit: String

        init?(_ text: String) {
            var rest = Substring(text)
            var sign: Character?
            if let first = rest.first, "<>≤≥".contains(first) {
                sign = first
                rest = rest.dropFirst()
                if rest.first == "=" { rest = rest.dropFirst() }
            }
            rest = rest.drop { $0 == " " }
            let number = { (r: inout Substring) -> String? in
                let n = r.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
                guard !n.isEmpty, n.first != ".", n.last != ".", Double(n) != nil else { return nil }
                r = r.dropFirst(n.count)
                return String(n)
            }
            guard let first = number(&rest) else { return nil }
            var kind: Kind
            if let sign {
                kind = "<≤".contains(sign) ? .below(first) : .above(first)
            } else if rest.first == "+" {
                rest = rest.dropFirst()
                kind = .above(first)
            } else if rest.first == "-" || rest.first == "–" {
                rest = rest.dropFirst()
                guard let second = number(&rest) else { return nil }
                kind = .between(first, second)
            } else {
                return nil
            }
            let unit = String(rest).trimmingSpaces
            // One lowercase word of letters, or nothing ("litre", "l", "g/day" is not a unit this reads).
            guard unit.isEmpty || (unit.count <= 12 && unit.allSatisfy { $0.isASCII && $0.isLetter }) else { return nil }
            self.kind = kind
            self.unit = unit.lowercased()
        }
    }
}
