import SemanticModel

/// Ages of people whose cube has a birth date and no age column: "under 30", "younger than 30", "40 or older", "at
/// least 40", "aged 55 and over", 40岁及以上, 不满30岁, 年满40岁. An age below N is a birth date after today minus N years, and an
/// age of N or more one on or before it, in whole years and in exact time alike. "Over 40" and "older than 40" are not
/// read: in whole years they start at 41, in exact time a day after the 40th birthday, so they stay asked back.
struct AgeRule: InterpretationRule {
    func apply(_ s: inout ParseState) {
        decadeOfLife(&s)
        for i in s.tokens.indices where s.isFree(i) {
            // The age phrase first: most questions have none, and the birth date is looked up only for one.
            // "mothers over 40", "older than 35": on an age column in whole years, more than N (a birth date is not read so).
            if let (n, span) = Self.olderThan(s, at: i), let age = Self.ageColumn(s) {
                s.addFilter(MemberFilter(member: age, op: .gt, values: ["\(n)"]))
                s.use(span)
                return
            }
            // "women who were 21 years old": that age, on an age column.
            if let n = s.tokens[i].number?.exactInt, (1...120).contains(n), s.isFree(i), s.token(i + 1)?.text == "years", s.token(i + 2)?.text == "old",
                i == 0 || FilterRule().comparator(s, i - 1) == nil, let age = Self.ageColumn(s)
            {
                s.addFilter(MemberFilter(member: age, op: .equals, values: ["\(n)"]))
                s.use(i..<(i + 3))
                return
            }
            guard let (n, below, span) = Self.age(s, at: i) else { continue }
            if let birth = Self.birthDate(s) {
                let boundary = s.today.adding(-n, .year).iso
                s.addFilter(MemberFilter(member: birth, op: below ? .afterDate : .beforeOrOnDate, values: [boundary]))
            } else if let age = Self.ageColumn(s) {
                // "How many women are under 30?" where the rows have an age column.
                s.addFilter(MemberFilter(member: age, op: below ? .lt : .gte, values: ["\(n)"]))
            } else {
                continue
            }
            s.use(span)
            return
        }
    }

    static let decadesOfLife: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]

    /// "in their twenties", "people in their 40s" (40 + s): an age from N up to, not including, N + 10, on the age
    /// column of the people the question is about, or on their birth date.
    private func decadeOfLife(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && s.tokens[i].text == "in" {
            guard let owner = s.token(i + 1), ["their", "his", "her"].contains(owner.text), s.isFree(i + 1) else { continue }
            var n = s.token(i + 2).flatMap { Self.decadesOfLife[$0.text] }
            var end = i + 3
            if n == nil, let k = s.token(i + 2)?.number?.exactInt, k % 10 == 0, (10...90).contains(k), s.token(i + 3)?.text == "s" { n = k; end = i + 4 }
            guard let n, (i + 2..<end).allSatisfy({ s.isFree($0) }) else { continue }
            if let age = Self.ageColumn(s) {
                s.addFilter(MemberFilter(member: age, op: .gte, values: ["\(n)"]))
                s.addFilter(MemberFilter(member: age, op: .lt, values: ["\(n + 10)"]))
            } else if let birth = Self.birthDate(s) {
                s.addFilter(MemberFilter(member: birth, op: .afterDate, values: [s.today.adding(-(n + 10), .year).iso]))
                s.addFilter(MemberFilter(member: birth, op: .beforeOrOnDate, values: [s.today.adding(-n, .year).iso]))
            } else {
                continue
            }
            s.use(i..<end)
        }
    }

    /// The age column of the people the question counts or names: Age, 年龄, or the one age of each row's person
    /// (Mother's Age, mother_age).
    private static func ageColumn(_ s: ParseState) -> String? {
        for name in s.nounCubes + s.mentionedCubes + s.measures.map({ String($0.prefix { $0 != "." }) }) {
            guard let cube = s.model.cube(named: name) else { continue }
            let ages = cube.dimensions.filter { d in
                d.kind == .number && d.isPublic && (d.name == "age" || d.name.hasSuffix("_age") || d.title.lowercased() == "age"
                    || d.title.lowercased().hasSuffix("'s age") || d.meta.titleZh?.hasSuffix("年龄") == true)
            }
            if ages.count == 1 { return "\(name).\(ages[0].name)" }
        }
        return nil
    }

    /// over 40, older than 40, above 40 (years old)?: N and the words read.
    private static func olderThan(_ s: ParseState, at i: Int) -> (Int, Range<Int>)? {
        var k = i + 1
        if s.tokens[i].text == "older", s.token(k)?.text == "than" { k += 1 }
        guard ["over", "older", "above"].contains(s.tokens[i].text), k > i + 1 || s.tokens[i].text != "older", s.isFree(k),
            let n = s.token(k)?.number?.exactInt, (1...120).contains(n), s.token(k)?.hasPercent == false
        else { return nil }
        var end = k + 1
        if s.token(end)?.text == "years", s.token(end + 1)?.text == "old" { end += 2 }
        return (n, i..<end)
    }

    /// N, whether it is an upper bound, and the words read, at `i`.
    private static func age(_ s: ParseState, at i: Int) -> (Int, Bool, Range<Int>)? {
        func number(_ k: Int) -> Int? {
            guard s.isFree(k), let n = s.token(k)?.number?.exactInt, (1...120).contains(n), s.token(k)?.hasPercent == false else { return nil }
            return n
        }
        let text = s.tokens[i].text
        // under 30, younger than 30 (years old)?
        var k = i + 1
        if text == "younger", s.token(k)?.text == "than" { k += 1 }
        if ["under", "younger"].contains(text), let n = number(k) {
            var end = k + 1
            if s.token(end)?.text == "years", s.token(end + 1)?.text == "old" { end += 2 }
            return (n, true, i..<end)
        }
        // aged 55 and over, 40 or older, 40 and over, at least 40
        if text == "aged", let n = number(i + 1), s.token(i + 2).map({ ["and", "or"].contains($0.text) }) == true,
            s.token(i + 3).map({ ["over", "older", "above"].contains($0.text) }) == true
        {
            return (n, false, i..<(i + 4))
        }
        if let n = number(i), s.token(i + 1)?.text == "or", s.token(i + 2)?.text == "older" { return (n, false, i..<(i + 3)) }
        if text == "at", s.token(i + 1)?.text == "least", let n = number(i + 2), s.token(i + 3)?.text == "years", s.token(i + 4)?.text == "old" {
            return (n, false, i..<(i + 5))
        }
        // 40岁及以上, 不满30岁
        if let n = number(i), s.token(i + 1)?.text == "岁", s.isFree(i + 1), let bound = s.token(i + 2), s.isFree(i + 2) {
            if ["及以上", "或以上"].contains(bound.text) { return (n, false, i..<(i + 3)) }
        }
        // 不满30岁 (under 30); 年满40岁, 满40岁 (reached 40, so 40 or more). 年满 may arrive as 年 + 满.
        let start = text == "年" && s.token(i + 1)?.text == "满" ? i + 1 : i
        if let word = s.token(start)?.text, ["不满", "未满", "满", "年满"].contains(word), let n = number(start + 1),
            ["岁", "岁的"].contains(s.token(start + 2)?.text ?? "")
        {
            return (n, word.hasSuffix("不满") || word == "未满", i..<(start + 3))
        }
        return nil
    }

    /// The birth date of the people the question counts or names, when their cube has no age column.
    private static func birthDate(_ s: ParseState) -> String? {
        for name in s.nounCubes + s.mentionedCubes {
            guard let cube = s.model.cube(named: name),
                !cube.dimensions.contains(where: { $0.kind == .number && ($0.name.contains("age") || $0.meta.titleZh?.contains("年龄") == true) })
            else { continue }
            if let d = cube.dimensions.first(where: { $0.kind == .time && ($0.name.contains("birth") || $0.meta.titleZh?.contains("出生") == true) }) {
                return "\(name).\(d.name)"
            }
        }
        return nil
    }
}
