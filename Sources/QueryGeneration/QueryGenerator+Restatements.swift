import SemanticModel

/// Words the ledger counts as said already: a word of a member's own title or description beside it, a participle of
/// a value's column, a column the answer shows, "different" over a multiplied count, a pointing classifier.
extension QueryGenerator {
    /// Whether `word` repeats the text of the member just before it ("Average High temperature": the measure
    /// reads the column "Max Temperature (°C)"): a noun of the member's own title or description adds nothing.
    func restates(_ word: String, _ previous: Token) -> Bool {
        // 美国控制的企业: a Chinese word of the title of the column whose value is just before (控制国).
        let chinese = String(word.reversed().drop { "的了".contains($0) }.reversed())
        if chinese.count >= 2, chinese.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) {
            return previous.entries.contains { entry in
                guard case .value(let d, _) = entry, case .dimension(_, let dimension, _)? = model.resolve(d) else { return false }
                return [dimension.meta.titleZh, dimension.title].compactMap { $0 }.contains { $0.contains(chinese) && $0 != chinese }
            }
        }
        guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        for entry in previous.entries {
            // A measure by its own words and its column's; a column (Price per Pack) also by its measures' words
            // (whose average is "of a pack of cigarettes"); a value ("firms controlled from the United States",
            // US-controlled) by the words of its column's title (Nation of Control).
            let key: String
            switch entry {
            case .measure(let m): key = "m:" + m
            case .dimension(let d): key = "d:" + d
            case .value(let d, _): key = "v:" + d
            default: continue
            }
            if memberWords.restating[key]?.contains(word) == true { return true }
            // "the average price paid": paying is what a price, cost or fee is.
            if Self.payVerbs.contains(word), memberWords.restating[key]?.isDisjoint(with: Self.priceNouns) == false { return true }
            // "lost weight" for the value Lost of a column described as "Gained, Lost or No change in weight": the
            // object of a value that is itself a verb, said right after it, from the column's description.
            if case .value(let d, let v) = entry, v.lowercased() == previous.text, Self.isPastVerb(previous.text),
                memberWords.restating["o:" + d]?.contains(word) == true
            {
                return true
            }
        }
        return false
    }

    static let payVerbs: Set<String> = ["paid", "pays", "paying", "spent", "spend", "spends", "spending", "charged"]
    static let priceNouns: Set<String> = ["price", "prices", "cost", "costs", "fee", "fees", "fare", "fares", "payment", "payments", "charge", "charges"]

    /// A regular or common irregular past tense (gained, lost).
    static func isPastVerb(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count >= 5) || ["lost", "won", "left", "grew", "fell", "rose", "paid", "sold", "got", "put"].contains(word)
    }

    /// "poor (D) ratings": a value's own code said again right after its name (the brackets are gone by now).
    static func restatesValue(_ tokens: [Token], _ i: Int, _ used: [Bool]) -> Bool {
        guard i > 0, used[i - 1] else { return false }
        return tokens[i - 1].entries.contains { entry in
            if case .value(_, let v) = entry { return v.lowercased() == tokens[i].text.lowercased() } else { return false }
        }
    }

    /// "the three most expensive journals and their library prices", "how much does it cost": a word that only names
    /// columns, one of which the answer shows as a column, says that column again.
    static func namesShownColumn(_ token: Token, _ shown: Set<String>) -> Bool {
        var named = false
        for entry in token.entries {
            switch entry {
            case .keyword: continue
            case .dimension(let m), .measure(let m): if shown.contains(m) { named = true }
            default: return false
            }
        }
        return named
    }

    /// "How many different employees received an S rating": the count of a cube's rows under a condition on a
    /// cube that joins to it many-to-one (its reviews) counts each employee once, as Cube counts a multiplied
    /// measure, so "different" says what the count is. A count of the cube's own rows under its own conditions (a
    /// panel's person-years) is not read so: "different" stays unaccounted there.
    func countsDistinctRows(_ tokens: [Token], _ query: CubeQuery) -> Bool {
        for i in tokens.indices where Self.distinctWords.contains(tokens[i].text) && i + 1 < tokens.count {
            for case .cube(let counted) in tokens[i + 1].entries {
                guard let count = countMeasures[counted], query.measures == [count] else { continue }
                let others = Set((query.filters.flatMap(\.memberFilters).map(\.member) + query.timeDimensions.map(\.dimension))
                    .map { String($0.prefix { $0 != "." }) }).subtracting([counted])
                if others.contains(where: { other in (try? model.joinTree(for: [counted, other]))?.root == other }) { return true }
            }
        }
        return false
    }

    /// "on average" after a column whose rows are averages ("12 years of education on average", Education: "Average
    /// years of education of people in the occupation"): it says what each row is, asks for no aggregate, and
    /// counts as accounted for only where the column's own words say average.
    static func isOnAverage(_ tokens: [Token], _ i: Int) -> Bool {
        i > 0 && tokens[i - 1].text == "on" && tokens[i].isKeyword(.avg) && tokens[i].entries.count == 1
    }

    /// 资产最多的那家企业, 这位员工: a classifier after 那 / 这 points at the row; it restricts nothing.
    static func pointsWithClassifier(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].isKeyword(.classifier) && i > 0 && (tokens[i - 1].text.hasSuffix("那") || tokens[i - 1].text.hasSuffix("这"))
    }

    static let peopleOfValue: Set<String> = ["members", "member", "graduates", "graduate", "grads", "holders", "holder"]

    /// An unknown word that repeats the title or description of a member named within three words of it, with only
    /// function words between ("price per pack" for Average Price per Pack, "price of a pack of cigarettes"): it
    /// restates that member. A plural or singular form counts too.
    func restatesNearby(_ tokens: [Token], _ i: Int, _ used: [Bool]) -> Bool {
        // "crew members", "university graduates", "PhD holders": after a value the question filters on, a noun of the
        // people who have it names that value's rows.
        if Self.peopleOfValue.contains(tokens[i].text), i > 0, used[i - 1], tokens[i - 1].namesValue {
            return true
        }
        for j in max(0, i - 3)...min(tokens.count - 1, i + 3) where j != i && used[j] {
            let between = j < i ? (j + 1)..<i : (i + 1)..<j
            guard between.allSatisfy({ KeywordDictionary.stopwords.contains(tokens[$0].text) || tokens[$0].entries.isEmpty && restatesAny(tokens[$0].text, tokens[j]) })
            else { continue }
            if restatesAny(tokens[i].text, tokens[j]) { return true }
        }
        return false
    }

    /// `restates` for the word, its plural or its singular.
    private func restatesAny(_ word: String, _ token: Token) -> Bool {
        var forms = [word, word + "s", word.hasSuffix("s") ? String(word.dropLast()) : word]
        // controlled from the US, R-rated: a participle of the noun of a value's column says that value's column
        // again. Beside a column or measure it may be a condition of its own ("rated films only": those with a
        // rating), so only beside a value.
        let value = token.namesValue
        for suffix in ["ed", "ing"] where value && word.hasSuffix(suffix) && word.count >= suffix.count + 3 {
            let stem = String(word.dropLast(suffix.count))
            forms += [stem, stem + "e", stem + "ing"]  // rated → rating
            if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) }
        }
        return forms.contains { restates($0, token) }
    }

    /// 有多少人绩效拿了D, 绩效被评为D: a Chinese word for a column, then a linking verb, then a value of another column
    /// of the same cube that the query filters on: the word names what the value rates, as 绩效评级 would.
    func namesTopicOfValue(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        guard i + 2 < tokens.count, tokens[i].text.unicodeScalars.first.map({ $0.value >= 0x4E00 }) == true,
            FilterRule.linkingVerbs.contains(tokens[i + 1].text), used[i + 2] else { return false }
        let filtered = Set(query.filters.flatMap(\.memberFilters).map(\.member))
        let columns = tokens[i].entries.compactMap { e -> String? in if case .dimension(let d) = e { return d } else { return nil } }
        return tokens[i + 2].entries.contains { e in
            guard case .value(let d, _) = e, filtered.contains(d) else { return false }
            let cube = d.prefix { $0 != "." }
            return columns.contains { $0 != d && $0.prefix { $0 != "." } == cube }
        }
    }
}

extension QueryGenerator {
    /// Words the answer's own members, comparisons and sums say already (each check below).
    func restatesAnswer(_ tokens: [Token], _ i: Int, _ used: [Bool], _ query: CubeQuery) -> Bool {
        verbOfComparedColumn(tokens, i, query) || restatesComparedTitle(tokens, i, query) || peopleOfCountedMeasure(tokens, i, query)
            || slashBetweenValues(tokens, i, used, query) || restatesSum(tokens, i, query) || namesListedRows(tokens[i], query)
            || averagesComparedColumn(tokens, i, query)
    }

    /// "tracts that average more than 7 rooms per dwelling" where Rooms per Dwelling is itself an average ("Average
    /// number of rooms per dwelling in the tract"): the verb says what each row's value is, right before its comparison.
    func averagesComparedColumn(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        guard ["average", "averages", "averaged"].contains(tokens[i].text), i + 1 < tokens.count,
            tokens[i + 1].keywords.contains(where: { [.gt, .gte, .lt, .lte].contains($0) })
        else { return false }
        return query.filters.flatMap(\.memberFilters).contains { f in
            [.gt, .gte, .lt, .lte].contains(f.op) && memberWords.restating["d:" + f.member]?.contains("average") == true
        }
    }

    /// "people who worked more than 4,500 hours" (Annual Work Hours > 4500): a verb form of a word of the title of
    /// a number column the query compares with a number, within four words of it, is that comparison's verb.
    /// Beside a column with no comparison ("rated films only") it stays a condition of its own.
    func verbOfComparedColumn(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        let word = tokens[i].text
        if paysShownPrice(word, query) { return true }
        guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var stems: [String] = []
        for suffix in ["ed", "ing"] where word.hasSuffix(suffix) && word.count >= suffix.count + 3 {
            let stem = String(word.dropLast(suffix.count))
            stems += [stem, stem + "e"]
        }
        guard !stems.isEmpty else { return false }
        let compared = Set(query.filters.flatMap(\.memberFilters).filter { [.gt, .gte, .lt, .lte].contains($0.op) }.map(\.member))
        for j in max(0, i - 4)...min(tokens.count - 1, i + 4) where j != i {
            for case .dimension(let d) in tokens[j].entries where compared.contains(d) {
                if stems.contains(where: { memberWords.restating["d:" + d]?.contains($0) == true }) { return true }
            }
        }
        return false
    }

    /// "what fuel price did the largest firm pay", "the highest price paid": paying is what a price, cost or fee the
    /// answer reads is (where "paid" also names a wage column, that reading is the price's verb).
    func paysShownPrice(_ word: String, _ query: CubeQuery) -> Bool {
        guard word == "pay" || Self.payVerbs.contains(word) else { return false }
        let members = query.measures + query.dimensions + query.filters.flatMap(\.memberFilters).map(\.member)
        return members.contains { m in ["m:" + m, "d:" + m].contains { memberWords.restating[$0]?.isDisjoint(with: Self.priceNouns) == false } }
    }

    /// "wives who work 50 hours or more per week", for the column Weekly Hours Worked: the column's own verb (worked:
    /// work, works, working) restates the column compared (its period, QueryAssembler.restatesTitlePeriod); so do
    /// its title's nouns.
    func restatesComparedTitle(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        let compared = query.filters.flatMap(\.memberFilters).filter { [.gt, .gte, .lt, .lte].contains($0.op) }.map(\.member)
        guard !compared.isEmpty else { return false }
        let word = tokens[i].text
        guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        for member in compared {
            let title = (TitleUnit.split(model.title(of: member, .en))?.name ?? model.title(of: member, .en)).lowercased()
            let words = title.split(separator: " ").map(String.init)
            // "babies weighed more than 4,000 grams", "a heart weighing more than 14 grams" for Heart Weight (g): a
            // noun of the compared column's title, or the verb a weight is said with, names that column again right
            // before the comparison ("what are their rates" after it asks the column shown, and stays unclaimed).
            let beforeComparison = ((i + 1)..<min(tokens.count, i + 4)).contains { k in
                tokens[k].keywords.contains { [.gt, .gte, .lt, .lte].contains($0) }
            }
            if beforeComparison, words.contains(where: { $0.count >= 4 && [word, word + "s", String(word.dropLast())].contains($0) }) { return true }
            if beforeComparison, words.contains("weight"), ["weigh", "weighs", "weighed", "weighing"].contains(word) { return true }
            for participle in words where participle.hasSuffix("ed") && participle.count >= 5 {
                let stem = String(participle.dropLast(2))
                if [stem, stem + "s", stem + "ing", participle, stem + "e", stem + "es"].contains(word) { return true }
            }
        }
        return false
    }

    /// 儿童中有多少人幸存 over a table of counts (Survivors, 幸存人数): 多少人 asks that measure's number of people.
    func peopleOfCountedMeasure(_ tokens: [Token], _ i: Int, _ query: CubeQuery) -> Bool {
        guard tokens[i].text == "人", i > 0, tokens[i - 1].isKeyword(.count) else { return false }
        return query.measures.contains { model.title(of: $0, .zh).hasSuffix("人数") }
    }
}
