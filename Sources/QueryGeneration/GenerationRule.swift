import SemanticModel

/// 90后, 80后, 95后: people born in that decade (1990–1999) or half-decade (1995–1999), a condition on the model's
/// one date of birth. With no such date, or more than one, the words stay unclaimed and the question is asked back.
struct GenerationRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        for i in s.tokens.indices.dropLast() where s.isFree(i) && s.isFree(i + 1) && s.tokens[i + 1].text == "后" {
            guard let n = s.tokens[i].number, s.tokens[i].text.count == 2, s.tokens[i].text.allSatisfy(\.isASCII),
                n.truncatingRemainder(dividingBy: 5) == 0, let birth = Self.birthDate(s.model)
            else { continue }
            let start = Int(n) + (n >= 30 ? 1900 : 2000)
            let end = start + (Int(n) % 10 == 0 ? 9 : 4)
            s.filters.append(MemberFilter(member: birth, op: .inDateRange, values: ["\(start)-01-01", "\(end)-12-31"]))
            s.use(i..<(i + 2))
        }
    }

    /// The one public date whose name, title or synonyms say birth.
    static func birthDate(_ model: SemanticModel) -> String? {
        let dates = model.cubes.filter(\.isPublic).flatMap { cube in
            cube.dimensions.filter { d in
                guard d.isPublic, d.kind == .time else { return false }
                let names = ([d.name, d.title, d.meta.titleZh ?? ""] + d.meta.synonyms).map { $0.lowercased() }
                return names.contains { $0.contains("birth") || $0.contains("出生") || $0 == "born" }
            }.map { "\(cube.name).\($0.name)" }
        }
        return dates.count == 1 ? dates[0] : nil
    }
}
