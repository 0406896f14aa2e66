import Execution
import SQLRendering
import SemanticModel

/// Answers computed from the rows (a value's share, a per-period average, a count of groups): the rows folded per
/// group of the other columns, and the answer shaped as the key columns and one derived figure.
extension ResultFormatter {
    /// Folds `rows` per key (the values at `keyIndexes`), keys in the order first seen.
    static func fold<Partial>(
        _ rows: [[SQLValue]], by keyIndexes: [Int], from initial: Partial, _ update: (inout Partial, [SQLValue]) -> Void
    ) -> (keys: [[SQLValue]], partials: [[SQLValue]: Partial]) {
        var keys: [[SQLValue]] = []
        var partials: [[SQLValue]: Partial] = [:]
        for row in rows {
            let key = keyIndexes.map { row[$0] }
            if partials[key] == nil { keys.append(key); partials[key] = initial }
            update(&partials[key]!, row)
        }
        return (keys, partials)
    }

    /// The key columns of `rendered` at `keyIndexes` and `column` after them, a row per key in `keys`' order: one row
    /// at most without keys.
    static func derived(
        _ result: QueryResult, _ rendered: RenderedSQL, keyIndexes: [Int], keys: [[SQLValue]], column: ResultColumn,
        _ value: ([SQLValue]) -> SQLValue
    ) -> (QueryResult, RenderedSQL) {
        let rows = QueryResult(
            columns: keyIndexes.map { result.columns[$0] } + [column.alias], rows: keys.map { $0 + [value($0)] }, truncated: false,
            elapsedMilliseconds: result.elapsedMilliseconds)
        let shaped = RenderedSQL(
            sql: rendered.sql, parameters: rendered.parameters, columns: keyIndexes.map { rendered.columns[$0] } + [column], order: [],
            limit: keyIndexes.isEmpty ? 1 : rendered.limit, countSQL: rendered.countSQL)
        return (rows, shaped)
    }
}
