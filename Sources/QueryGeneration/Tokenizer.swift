/// Splits a question into tokens: dictionary words by longest match (Chinese has no spaces), numbers
/// normalised (2万 → 20000, 1.5k → 1500, 三 → 3), and the rest as unknown words.
public struct Tokenizer: Sendable {
    public let lexicon: Lexicon
    private let speller: SpellingCorrector

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.speller = SpellingCorrector(lexicon: lexicon)
    }

    public func tokenize(_ text: String) -> [Token] { tokenizeCorrecting(text).tokens }

    /// Tokens, and the misspelt English words that were corrected on the way (salery → salary).
    public func tokenizeCorrecting(_ text: String) -> (tokens: [Token], corrections: [(from: String, to: String)]) {
        var corrections: [(from: String, to: String)] = []
        // "the claim rate, i.e. claims per 100 policyholders": the abbreviation only introduces a restatement.
        var normalized = TextNormalizer.normalize(text)
        if normalized.contains(".") { normalized = normalized.replacing("i.e.", with: ",").replacing("e.g.", with: ",") }
        let units = TextNormalizer.units(of: normalized).flatMap { unit -> [TextNormalizer.Unit] in
            if let split = negated(unit) { return split }
            guard unit.kind == .word, let fixed = speller.correct(unit.text) else { return [unit] }
            corrections.append((unit.text, fixed))
            return [TextNormalizer.Unit(text: fixed, kind: .word, spaced: unit.spaced)]
        }
        return (Self.referringBack(tokenize(yearMovedOutOfMeasure(units))), corrections)
    }

    /// unmarried, nonunion: un / non before a word the model names, as two words (the rules read "un" and "non" as
    /// a negation, and nothing else claims them), when the whole word means nothing of its own.
    private func negated(_ unit: TextNormalizer.Unit) -> [TextNormalizer.Unit]? {
        guard unit.kind == .word, unit.text.hasPrefix("un") || unit.text.hasPrefix("non"), lexicon.entries[unit.text] == nil else { return nil }
        for prefix in ["non", "un"] where unit.text.hasPrefix(prefix) && unit.text.count >= prefix.count + 4 {
            let rest = String(unit.text.dropFirst(prefix.count))
            guard lexicon.entries[rest] != nil else { continue }
            return [TextNormalizer.Unit(text: prefix, kind: .word, spaced: unit.spaced), TextNormalizer.Unit(text: rest, kind: .word, spaced: true)]
        }
        return nil
    }

    private func tokenize(_ units: [TextNormalizer.Unit]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var unknownRun = ""
        func flushUnknown() {
            if !unknownRun.isEmpty { tokens.append(Token(kind: .unknown, text: unknownRun)); unknownRun = "" }
        }
        while i < units.count {
            // "Chengdu, current staff - how many?": a dash between spaces, away from numbers, is punctuation.
            if units[i].text == "-", units[i].spaced, i + 1 < units.count, units[i + 1].spaced, i > 0,
                units[i - 1].kind != .number, units[i + 1].kind != .number
            {
                flushUnknown()
                i += 1
                continue
            }
            // 15岁以下人口占比: a model word that starts with a number and runs past it is the word.
            if let (token, used) = date(units, i) ?? number(units, i), (bestMatch(units, i)?.1 ?? 0) <= used {
                flushUnknown()
                tokens.append(token)
                i += used
                continue
            }
            if let (entries, used) = bestMatch(units, i) {
                flushUnknown()
                tokens.append(Token(kind: .lexical(entries), text: TextNormalizer.key(units[i..<(i + used)])))
                i += used
                continue
            }
            // A one-letter value between Chinese characters (拿到S的): no English word is meant.
            if units[i].kind == .word, units[i].text.count == 1, let entries = lexicon.letterValues[units[i].text],
                (i > 0 && units[i - 1].kind == .cjk) || (i + 1 < units.count && units[i + 1].kind == .cjk)
            {
                flushUnknown()
                tokens.append(Token(kind: .lexical(entries), text: units[i].text))
                i += 1
                continue
            }
            // the US, the UK: a code that is also a function word is the code after "the", which never precedes the word.
            if units[i].kind == .word, units[i].text.count > 1, let entries = lexicon.letterValues[units[i].text], i > 0, units[i - 1].text == "the" {
                flushUnknown()
                tokens.append(Token(kind: .lexical(entries), text: units[i].text))
                i += 1
                continue
            }
            // C ratings, rated S, S or A, S/A: a one-letter value among English words, when its context says so.
            if let entries = englishLetterValue(units, i) {
                flushUnknown()
                tokens.append(Token(kind: .lexical(entries), text: units[i].text))
                i += 1
                continue
            }
            // top three, the first two quarters ("one" stays a word: "which one", "one share").
            if units[i].kind == .word, let value = Self.englishNumbers[units[i].text] {
                flushUnknown()
                tokens.append(Token(kind: .number(value), text: units[i].text))
                i += 1
                continue
            }
            if let (value, used) = chineseNumeral(units, i) {
                flushUnknown()
                tokens.append(Token(kind: .number(value), text: units[i..<(i + used)].map(\.text).joined()))
                i += used
                continue
            }
            let unit = units[i]
            // 拿到过S级, 一共拿了: a linking verb where no dictionary word starts is its own token (到 would split it).
            if unit.kind == .cjk, Self.linkingVerbStarts.contains(unit.text), let verb = Self.chineseLinkingVerbs.first(where: { v in
                i + v.count <= units.count && units[i..<(i + v.count)].allSatisfy { $0.kind == .cjk } && units[i..<(i + v.count)].map(\.text).joined() == v
            }) {
                flushUnknown()
                tokens.append(Token(kind: .unknown, text: verb))
                i += verb.count
                continue
            }
            // 数据中一共有, 3万美元的: a Chinese function word or currency where no dictionary word starts is its own
            // token, so it isn't glued to the unknown characters around it (unless a dictionary word starts inside it:
            // 有多少 is 有 and the count word 多少).
            if unit.kind == .cjk, Self.chineseSplitStarts.contains(unit.text), let word = Self.chineseSplitWords.first(where: { w in
                i + w.count <= units.count && units[i..<(i + w.count)].map(\.text).joined() == w && (1..<w.count).allSatisfy { bestMatch(units, i + $0) == nil }
            }) {
                flushUnknown()
                tokens.append(Token(kind: .unknown, text: word))
                i += word.count
                continue
            }
            if unit.kind == .cjk {
                unknownRun += unit.text
            } else {
                flushUnknown()
                if unit.kind == .word || !Self.ignorable.contains(unit.text) {
                    tokens.append(Token(kind: .unknown, text: unit.text))
                }
            }
            i += 1
        }
        flushUnknown()
        return tokens
    }

    /// FilterRule's Chinese linking verbs, longest first.
    /// Chinese stopwords of two or more characters, currency words and unit words (4千磅的), longest first (see
    /// `tokenize`).
    private static let chineseSplitWords: [String] = (KeywordDictionary.stopwords.filter { $0.count >= 2 } + ColumnUnits.currencies.keys
        + ColumnUnits.aliases.keys.filter { $0.count >= 2 || $0 == "磅" })
        .filter { w in w.unicodeScalars.allSatisfy { TextNormalizer.isCJK($0) } }.sorted { ($0.count, $0) > ($1.count, $1) }
    /// Their first characters: most unknown characters start none, and skip the search.
    private static let chineseSplitStarts = Set(chineseSplitWords.compactMap { $0.first.map(String.init) })
    private static let chineseLinkingVerbs = FilterRule.linkingVerbs.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x4E00 } }
        .sorted { ($0.count, $0) > ($1.count, $1) }
    private static let linkingVerbStarts = Set(chineseLinkingVerbs.compactMap { $0.first.map(String.init) })

    private static let ignorable: Set<String> = ["?", "？", ",", "，", "。", ".", "!", "！", "、", ":", "：", "\"", "“", "”", "'",
                                                  "(", ")", "（", "）", "「", "」", "《", "》"]

    func longestMatch(_ units: [TextNormalizer.Unit], _ start: Int) -> ([LexEntry], Int)? {
        matches(units, start).last
    }

    /// Every dictionary word starting at `start`, shortest first: the key grows a unit at a time while some key
    /// starts with it.
    private func matches(_ units: [TextNormalizer.Unit], _ start: Int) -> [([LexEntry], Int)] {
        var key = TextNormalizer.KeyBuilder()
        var found: [([LexEntry], Int)] = []
        var end = start
        while end < units.count {
            // "covered by their husband's insurance" for the title Covered by Husband's Insurance: a possessive
            // determiner inside a member's words says nothing more, when the words go on without it.
            if end > start, end + 1 < units.count, units[end].kind == .word, Self.innerDeterminers.contains(units[end].text) {
                var skipping = key
                let text = skipping.append(units[end + 1])
                if lexicon.prefixes.contains(text) {
                    key = skipping
                    end += 2
                    if let entries = lexicon.lookup(text) { found.append((entries, end - start)) }
                    continue
                }
            }
            let text = key.append(units[end])
            guard lexicon.prefixes.contains(text) else { break }
            end += 1
            if let entries = lexicon.lookup(text) { found.append((entries, end - start)) }
        }
        return found
    }

    static let innerDeterminers: Set<String> = ["their", "his", "her", "its"]

    /// The longest word, unless in Chinese it leaves a character no word starts with while a shorter one lets the
    /// next word cover it: 按月薪 is 按 + 月薪, not 按月 + 薪.
    private func bestMatch(_ units: [TextNormalizer.Unit], _ start: Int) -> ([LexEntry], Int)? {
        let all = matches(units, start)
        guard let longest = all.last, all.count > 1, units[start].kind == .cjk else { return all.last }
        let next = start + longest.1
        guard next < units.count, units[next].kind == .cjk, longestMatch(units, next) == nil,
            date(units, next) == nil, number(units, next) == nil, chineseNumeral(units, next) == nil
        else { return longest }
        for shorter in all.dropLast().reversed() {
            if let following = longestMatch(units, start + shorter.1), start + shorter.1 + following.1 > next { return shorter }
        }
        return longest
    }

    /// A one-letter word that is a value (a rating S, A, C) read as that value only where English says it is one:
    /// right before its dimension's noun (C ratings), right after a linking verb (rated S), or joined by or, and, /
    /// to another such letter (S or A, S/A). "a" and "i" need the join, being words of their own.
    private func englishLetterValue(_ units: [TextNormalizer.Unit], _ i: Int) -> [LexEntry]? {
        guard units[i].kind == .word, units[i].text.count == 1, let entries = lexicon.letterValues[units[i].text] else { return nil }
        func isLetterValue(_ k: Int) -> Bool {
            units.indices.contains(k) && units[k].kind == .word && units[k].text.count == 1 && lexicon.letterValues[units[k].text] != nil
        }
        let joins: Set<String> = ["or", "and", "/", ","]
        let joined = (i >= 2 && joins.contains(units[i - 1].text) && isLetterValue(i - 2))
            || (i + 2 < units.count && joins.contains(units[i + 1].text) && isLetterValue(i + 2))
        // "an A" is the letter; a lone "a" or "i" is a word unless joined to a letter before it (S or A), or joined
        // to one after it right after a linking verb (rated A or S).
        if units[i].text == "a", i > 0, units[i - 1].text == "an" { return entries }
        // came out as an S; A or better, C or worse: after "an", or before an order comparison, a letter is a grade.
        let compared = i + 2 < units.count && ["or", "and"].contains(units[i + 1].text)
            && ["better", "worse", "higher", "lower", "above", "below"].contains(units[i + 2].text)
        if compared || (i > 0 && units[i - 1].text == "an" && units[i].text != "i") { return entries }
        let dimensions = Set(entries.compactMap { entry -> String? in if case .value(let d, _) = entry { return d } else { return nil } })
        let namesDimension = i + 1 < units.count && longestMatch(units, i + 1)?.0.contains { entry in
            if case .dimension(let d) = entry { return dimensions.contains(d) } else { return false }
        } == true
        func names(_ k: Int) -> Bool {
            k >= 0 && lexicon.lookup(units[k].text)?.contains { entry in
                if case .dimension(let d) = entry { return dimensions.contains(d) } else { return false }
            } == true
        }
        // rated S (or "rate S" once spelling has made "rated" the dimension's own word), a rating of S
        // rated a D, got an A: the article between
        let article = i >= 2 && ["a", "an"].contains(units[i - 1].text) && (FilterRule.linkingVerbs.contains(units[i - 2].text) || names(i - 2))
        let linked = i > 0 && (FilterRule.linkingVerbs.contains(units[i - 1].text) || names(i - 1) || (units[i - 1].text == "of" && names(i - 2)) || article)
        if ["a", "i"].contains(units[i].text) {
            let joinedAfter = i + 2 < units.count && joins.contains(units[i + 1].text) && isLetterValue(i + 2)
            // department A: right after its dimension's own noun and before no other word ("the rating a person got"
            // keeps its article), a letter is that value.
            let endsPhrase = i + 1 == units.count || units[i + 1].kind != .word || joins.contains(units[i + 1].text)
            // came out as A or S: "a" before or / and / slash and another letter is the letter, never the article.
            let joinedLetterAfter = units[i].text == "a" && i + 2 < units.count && ["or", "/"].contains(units[i + 1].text) && isLetterValue(i + 2)
            return (joined && i >= 2 && isLetterValue(i - 2)) || (linked && joinedAfter) || (names(i - 1) && endsPhrase) || joinedLetterAfter ? entries : nil
        }
        // R-rated, X-rated: a rating letter joined to "rated".
        let rated = units[i].text.count == 1 && i + 1 < units.count && units[i + 1].text == "rated"
        return namesDimension || linked || joined || rated ? entries : nil
    }

    /// `2023-05`, `2023-05-17`, `2023/5`.
    private func date(_ units: [TextNormalizer.Unit], _ i: Int) -> (Token, Int)? {
        guard units[i].kind == .number, units[i].text.count == 4, let year = Int(units[i].text), (1000...2999).contains(year),
            i + 2 < units.count, units[i + 1].text == "-" || units[i + 1].text == "/", !units[i + 1].spaced,
            units[i + 2].kind == .number, !units[i + 2].spaced, let month = Int(units[i + 2].text), (1...12).contains(month)
        else { return nil }
        if i + 4 < units.count, units[i + 3].text == units[i + 1].text, units[i + 4].kind == .number,
            let day = Int(units[i + 4].text), (1...31).contains(day)
        {
            return (Token(kind: .date(year: year, month: month, day: day), text: "\(units[i].text)-\(units[i + 2].text)-\(units[i + 4].text)"), 5)
        }
        return (Token(kind: .date(year: year, month: month, day: nil), text: "\(units[i].text)-\(units[i + 2].text)"), 3)
    }

    /// Arabic numbers with optional thousands separators and units: 30000, 30,000, 3万, 1.5k, 2w, 15%.
    private func number(_ units: [TextNormalizer.Unit], _ start: Int) -> (Token, Int)? {
        // $2.50, ¥3000: the currency sign stays in the token's text, for the ledger to check against the column's unit.
        let signed = Self.currencySigns.contains(units[start].text) && start + 1 < units.count && !units[start + 1].spaced
        // below -1, a logit of -0.5: a minus sign after a space and before its digits (1970-1986 is a range).
        let negative = units[start].text == "-" && (start == 0 || units[start].spaced) && start + 1 < units.count
            && units[start + 1].kind == .number && !units[start + 1].spaced && (start == 0 || units[start - 1].kind != .number)
        let i = signed || negative ? start + 1 : start
        guard units[i].kind == .number, var value = Double(units[i].text.replacingCommas) else { return nil }
        if negative { value = -value }
        var used = 1
        var marked = false
        if i + 1 < units.count, !units[i + 1].spaced || units[i + 1].kind == .cjk {
            let next = units[i + 1].text
            if let multiplier = Self.multipliers[next] {
                value *= multiplier
                used += 1
                if next == "万", i + 2 < units.count, units[i + 2].text == "元" { used += 1 }
            } else if next == "%" {
                marked = true
                used += 1
            }
        } else if i + 1 < units.count, let scale = Self.englishScales[units[i + 1].text], !lexicon.unitScales.contains(units[i + 1].text) {
            // 10 million, 1.5 billion: the scale word multiplies, unless a column writes it in its unit.
            value *= scale
            used += 1
        }
        return (Token(kind: .number(value), text: units[start..<(i + used)].map(\.text).joined(), hasPercent: marked), used + i - start)
    }

    static let currencySigns = Set(ColumnUnits.currencies.values)

    static let englishScales: [String: Double] = [
        "thousand": 1_000, "thousands": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
        "billions": 1_000_000_000,
    ]
    private static let multipliers: [String: Double] = [
        "万": 10_000, "千": 1_000, "百": 100, "亿": 100_000_000, "k": 1_000, "w": 10_000, "m": 1_000_000,
    ]

    /// Chinese numerals: 三, 十五, 两万, 一千五百, 三十.
    private func chineseNumeral(_ units: [TextNormalizer.Unit], _ start: Int) -> (Double, Int)? {
        var i = start
        var total = 0.0, section = 0.0, digit = 0.0
        var sawAny = false
        while i < units.count, units[i].kind == .cjk, let scalar = units[i].text.unicodeScalars.first {
            if let d = Self.digits[scalar] {
                digit = d
            } else if let unit = Self.units[scalar] {
                if unit >= 10_000 {
                    section = (section + (digit == 0 && section == 0 ? 1 : digit)) * unit
                    total += section
                    section = 0
                } else {
                    section += (digit == 0 ? 1 : digit) * unit
                }
                digit = 0
            } else {
                break
            }
            sawAny = true
            i += 1
        }
        guard sawAny else { return nil }
        // 一共, 一下, 一起: a lone 一 that starts a word is no number (预算一共是多少 is no budget of 1).
        if i - start == 1, units[start].text == "一", i < units.count, Self.wordsAfterOne.contains(units[i].text) { return nil }
        return (total + section + digit, i - start)
    }

    private static let wordsAfterOne: Set<String> = ["共", "下", "起", "直", "般", "样", "些", "点", "切", "定", "边", "律", "同", "并", "旦", "致", "向", "再"]

    private static let digits: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let englishNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let units: [Unicode.Scalar: Double] = ["十": 10, "百": 100, "千": 1_000, "万": 10_000]
}

extension String {
    var replacingCommas: String { String(filter { $0 != "," }) }
}
