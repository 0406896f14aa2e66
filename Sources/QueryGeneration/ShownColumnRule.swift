import SemanticModel

/// "When did employee 42 join?", "who was our most recent hire and when did they start?", "employee 42's hire date",
/// 工号42的员工什么时候入职的, "employee 42's department and level": a column asked of the rows a question picks is
/// shown beside them, not read as a period, a breakdown or an aggregate. The assembler shows it only where the answer
/// lists rows (a row by its key, the newest, a list); anywhere else the words stay unaccounted and the user is asked.
struct ShownColumnRule: InterpretationRule {
    static let whenWords = ["when", "什么时候", "何时", "哪天", "哪一天"]
    /// The first words of the when-words that arrive split in two.
    static let whenStarts = ["什么", "哪", "哪一"]
    /// Words before a date column that make it a column of the rows: their start date, 的入职日期.
    static let possessives = ["their", "his", "her", "its", "的"]

    /// The date columns named as a row's (their start date, 的入职日期); runs late, after sorting and grouping took theirs.
    func apply(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) && i > 0 {
            let text = s.tokens[i].text
            // Their start date, his hire date, 的入职日期; "the hire date" only with no period, which it may name instead
            // (an egg date in November 2007).
            // Otherwise only where the question picks rows (a key, the newest, who, a list): "by year of hire date" groups.
            guard s.tokens[i].entries.contains(where: { if case .dimension = $0 { return true } else { return false } }) else { continue }
            let english = s.language == .en && Self.possessives.contains(s.tokens[i - 1].text)
            let named = !english && (s.tokens[i - 1].text == "的" || s.time == nil) && ["date", "dates", "日期"].contains(where: { text.hasSuffix($0) })
            guard english || named, let d = date(s, i), english || picksRows(s) else { continue }
            s.use(i)
            s.shownColumns.append((d, text))
        }
        // "employee 42's department and level", "pull up employee 42: name, department and level": with one row picked
        // by its key, the columns named are that row's (its own, or of a cube it joins many-to-one), not groups.
        // Not where a figure of other rows is asked (the total expenditure of the households in town size 1).
        guard let key = QueryAssembler.keyedCube(s.filters, s.model), s.measures.allSatisfy({ $0.hasPrefix(key + ".") }) else { return }
        let reachable = s.model.nonMultiplyingDistances(from: key)
        // "How old is patient 57?", "how tall is subject 12": how and a quantity's adjective ask the row's value of
        // that column (an age, a height).
        for i in s.tokens.indices.dropLast() where s.isFree(i) && s.isFree(i + 1) && s.tokens[i].text == "how" {
            guard let word = s.quantityWords.words[s.tokens[i + 1].text], word.high, !word.superlative,
                case .dimension(let cube, let column, _)? = s.model.resolve(word.column), column.isPublic, reachable[cube.name] != nil
            else { continue }
            s.use(i, i + 1)
            s.shownColumns.append((word.column, s.tokens[i + 1].text))
        }
        for i in s.tokens.indices where s.isFree(i) {
            guard let d = s.dimensions(i).first(where: { d in
                guard case .dimension(let cube, let c, _)? = s.model.resolve(d) else { return false }
                return c.isPublic && !c.primaryKey && reachable[cube.name] != nil
            }) else { continue }
            s.use(i)
            s.shownColumns.append((d, s.tokens[i].text))
        }
    }

    /// when did they join, 什么时候入职, 入职是哪天: runs before which / 什么 groups by the date.
    func applyWhen(_ s: inout ParseState) {
        for i in s.tokens.indices where s.isFree(i) {
            let text = s.tokens[i].text
            guard Self.whenWords.contains(text) || Self.whenStarts.contains(text) else { continue }
            // 什么时候, 哪天 arrive as two words (什么 + 时候, 哪 + 天).
            let pair = s.token(i + 1).map { text + $0.text } ?? ""
            let width = Self.whenWords.contains(pair) && s.isFree(i + 1) ? 2 : 1
            guard Self.whenWords.contains(text) || width == 2 else { continue }
            // English: "when" opens the question or a clause of it (… and when did they start); "when" inside a
            // clause (how many left when …) is a condition, not a column.
            guard s.language == .zh || i == 0 || ["and", "also"].contains(s.tokens[i - 1].text) else { continue }
            // The verb after it (when did they join; 什么时候入职), or in Chinese before it (入职是什么时候).
            let after = Array((i + width)..<min(s.tokens.count, i + width + 5))
            let window = after + (s.language == .zh ? Array(max(0, i - 2)..<i).reversed() : [])
            guard let k = window.first(where: { s.isFree($0) && date(s, $0) != nil }), let d = date(s, k) else { continue }
            s.use(i..<(i + width))
            s.use(k)
            s.shownColumns.append((d, s.tokens[k].text))
        }
    }

    /// Whether the question picks rows to show rather than figures: a row by its key, the newest, who, a list word.
    private func picksRows(_ s: ParseState) -> Bool {
        s.latestOrder != nil || s.asksWho || s.tokens.contains(where: { $0.isKeyword(.list) })
            || QueryAssembler.keyedCube(s.filters, s.model) != nil
    }

    /// The time dimension the token names, if it names one.
    private func date(_ s: ParseState, _ i: Int) -> String? {
        s.tokens[i].entries.lazy.compactMap { entry -> String? in
            if case .dimension(let d) = entry, s.dimensionKind(d) == .time { return d } else { return nil }
        }.first
    }
}
