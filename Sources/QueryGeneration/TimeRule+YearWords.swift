import SemanticModel

/// Years said without a period word: "the past year" (asked back), "how many 2025 reviews" (a year before the rows),
/// "the first half of this year" (a part of a relative year).
extension TimeRule {
    /// The year of "this year", "last year" or "the year before last" at `i` (as in the first quarter of this year).
    static func relativeYear(_ s: ParseState, _ i: Int) -> Int? {
        guard s.isFree(i), let t = s.token(i) else { return nil }
        if t.isKeyword(.thisYear) { return s.today.year }
        if t.isKeyword(.lastYear), t.text != "past year" { return s.today.year - 1 }
        if t.isKeyword(.yearBeforeLast) { return s.today.year - 2 }
        return nil
    }

    /// "the past year", "the last year", 近一年, 过去一年 at `i`: one year back without saying which year; its length.
    static func rollingYear(_ s: ParseState, _ i: Int) -> Int? {
        let t = s.tokens[i]
        if t.isKeyword(.lastYear) { return t.text == "past year" ? 1 : nil }
        guard t.isKeyword(.recent) else { return nil }
        var j = i + 1
        if let n = s.token(j)?.number, s.isFree(j) {
            guard n == 1 else { return nil }
            j += 1
        }
        if s.keyword(j, .classifier) { j += 1 }
        guard s.isFree(j), s.keyword(j, .year) else { return nil }
        return j + 1 - i
    }

    /// "how many 2025 reviews", "what percentage of 2025 reviews", "across the 2025 reviews": a four-digit year
    /// before the rows' noun, after a count word or of / across, says which rows; "2000 employees" and "the 2000
    /// employees" stay an amount.
    static func qualifiesRows(_ s: ParseState, year i: Int) -> Bool {
        guard s.tokens[i].text.count == 4 else { return false }
        // the 2024 reviews, its 2024 reviews: a determiner before the year and the rows' noun after it.
        if let t = s.token(i - 1), ["the", "its", "their", "our"].contains(t.text),
            s.token(i + 1)?.namesCube == true
        {
            return true
        }
        var j = i - 1
        if let t = s.token(j), ["the", "all", "our"].contains(t.text) { j -= 1 }
        guard let before = s.token(j), j < i - 1 || before.text != "the" else { return false }
        return before.isKeyword(.count) || ["of", "across", "among", "for"].contains(before.text)
    }
}
