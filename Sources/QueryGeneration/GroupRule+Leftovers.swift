import SemanticModel

extension GroupRule {
    /// Category words nobody else used become groupings (部门人数 → by department).
    func applyLeftovers(_ s: inout ParseState) {
        for i in 0..<s.tokens.count where s.isFree(i) {
            // A dimension whose value the question already names (a master's degree) is a filter, not a grouping.
            if let d = s.dimensions(i).first(where: { d in (s.dimensionKind(d) == .string || s.dimensionKind(d) == .boolean)
                && !s.filters.contains { $0.member == d && $0.op == .equals } && s.shareOf?.member != d })
            {
                // NASDAQ-listed stocks: a value of the same cube's rows right before the noun picks those rows; the noun
                // names them again, it asks for no breakdown. A yes/no column after a value (women volunteered) is no
                // noun of the rows: it is left to the ledger below.
                if s.yesNo.pairs[d] == nil, Self.namedByValueBefore(s, i, cube: d.prefix { $0 != "." }) {
                    s.use(i)
                    s.namesRowsOnly.insert(i)
                    continue
                }
                // houses with a garage or a basement: a yes/no column said bare is either side of it or a breakdown
                // by it, and each gives another number; left to the ledger (have / with / in it was read before).
                if s.yesNo.pairs[d] != nil { continue }
                if Self.saidByVerb(s, i) { continue }
                // "List the employees who left last month and their job titles": their column beside listed rows is
                // shown for each row, not a breakdown with a count.
                if Self.shownBesideListedRows(&s, i, d) { continue }
                // "break down the bacteria by Gram stain", where "bacteria" is both the cube and its name column: with
                // a grouping already asked for, the word names the rows counted, not a second breakdown.
                let cube = String(d.prefix { $0 != "." })
                if !s.groupDimensions.isEmpty, s.cubes(i).contains(cube) {
                    s.use(i)
                    s.mentionCube(cube)
                    continue
                }
                // 多少个州 where 州 is the states' label: a count word before the rows' own label counts those rows.
                // …的州有多少个: the label, then (有) a count word.
                let after = ["有", "的"].contains(s.token(i + 1)?.text ?? "") ? i + 2 : i + 1
                let counted = s.token(i - 1)?.isKeyword(.count) == true
                    || (s.token(i - 1)?.isKeyword(.classifier) == true && s.token(i - 2)?.isKeyword(.count) == true)
                    || (s.language == .zh && s.token(after)?.isKeyword(.count) == true)
                if counted, QueryAssembler.label(of: cube, s.model) == d {
                    s.use(i)
                    s.mentionCube(cube)
                    s.namesRowsOnly.insert(i)
                    continue
                }
                // "average price of Toyota models", "how many car models": a category word right after a value or
                // after the count of its own rows names those rows, or asks how many different ones; neither is a
                // breakdown, so the word is left to the ledger unless a distinct count of it says the second.
                if Self.followsValueOrCount(s, i, cube: cube) {
                    if let distinct = Self.distinctCount(of: d, s.model), s.measures == [s.countMeasure(of: cube)] {
                        s.measures = [distinct]
                        s.use(i)
                    }
                    continue
                }
                if Self.namesScope(s, i, cube: cube, label: d) {
                    s.use(i)
                    s.mentionCube(cube)
                    s.namesRowsOnly.insert(i)
                    continue
                }
                // "in the treatment group", Group's name holding its value Treatment: that value's rows, not a breakdown.
                if case .value(d, let value)? = s.ownValuePhrases[s.tokens[i].text] {
                    s.addFilter(MemberFilter(member: d, op: .equals, values: [value]))
                    s.use(i)
                    continue
                }
                // "the crew members in the boats", where "boats" names the cube and its label: after in / on / of
                // (the), the rows the figure is over, not a breakdown (no by, each or which asks for one).
                let before = s.token(i - 1)?.text == "the" ? i - 2 : i - 1
                if s.cubes(i).contains(cube), QueryAssembler.label(of: cube, s.model) == d,
                    ["in", "on", "aboard", "of", "across", "among"].contains(s.token(before)?.text ?? "")
                {
                    s.use(i)
                    s.mentionCube(cube)
                    s.namesRowsOnly.insert(i)
                    continue
                }
                add(&s, d, at: i)
                s.leftoverGroups.append(i)
            } else if s.dimensions(i).contains(where: { d in
                (s.filters.contains { $0.member == d } || s.shareOf?.member == d) && (s.dimensionKind(d) != .number || s.token(i + 1)?.number != nil)
            }) {
                // A category the question filters on, named again (北京 city), or a number column named right before
                // its value (职级8级及以上), asks for nothing more. A number column named again elsewhere ("MIC above
                // 100, with their MIC") asks to see it: left for the ledger.
                s.use(i)
            }
        }
    }
}
