import Execution
import QueryGeneration
import SQLRendering
import SemanticModel

/// Checks in the data, at start-up, which readings of a word in two columns pick the same rows (`ValueTwins`).
enum ValueTwinProbe {
    /// At most this many pairs are checked (three small counts each); past it a word's readings are asked back.
    static let maximumPairs = 400

    /// Two readings are twins when the rows of a cube that reaches both columns count the same with either value
    /// and with both: then neither value keeps a row the other drops. The cube is one of the two columns' own, the
    /// first whose count renders with both filters (a fact row's copy of its class and the class's own name).
    static func load(model: SemanticModel, values: [String: [String]], backend: any QueryBackend, today: CalendarDate) async -> ValueTwins {
        let candidates = ValueTwins.candidates(in: Lexicon(model: model, values: values))
        var twins: Set<ValueTwins.Pair> = []
        var sizes: [String: Double] = [:]
        for pair in candidates.prefix(maximumPairs) {
            for cube in Set([pair.first, pair.second].map { String($0.dimension.prefix { $0 != "." }) }).sorted() {
                guard let count = countMeasure(of: cube, in: model) else { continue }
                // Each check reads the table: past a million rows it is not made, and the word is asked back.
                if sizes[cube] == nil { sizes[cube] = await rows(count, [], backend: backend, today: today) ?? .infinity }
                guard let size = sizes[cube], size <= Double(PeriodRows.labelKeyRowLimit) else { continue }
                var counts: [Double?] = []
                for readings in [[pair.first], [pair.second], [pair.first, pair.second]] {
                    counts.append(await rows(count, readings, backend: backend, today: today))
                }
                guard let both = counts[2] else { continue }
                if both > 0, counts[0] == both, counts[1] == both { twins.insert(pair) }
                break
            }
        }
        return ValueTwins(twins)
    }

    private static func countMeasure(of cube: String, in model: SemanticModel) -> String? {
        guard let c = model.cube(named: cube), let m = c.measures.first(where: { $0.kind == .count && $0.filters.isEmpty }) else { return nil }
        return "\(cube).\(m.name)"
    }

    private static func rows(_ count: String, _ readings: [ValueTwins.Reading], backend: any QueryBackend, today: CalendarDate) async -> Double? {
        let filters = readings.map { QueryFilter.member(MemberFilter(member: $0.dimension, op: .equals, values: [$0.value])) }
        return await probe(CubeQuery(measures: [count], filters: filters), backend: backend, today: today, rowCap: 1)?.rows.first?.first?.double
    }
}
