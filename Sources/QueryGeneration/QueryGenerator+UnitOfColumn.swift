import Foundation
import SemanticModel

extension QueryGenerator {
    /// "average years of experience", "16 or more years of education": a unit, then "of", then a column measured in
    /// it names that column, as "average experience" does. The question is read again without the unit and "of",
    /// so the column meets the words around it (the average measure of it, the number compared with it). Not after
    /// "how many" or "number of", where the unit is what is counted.
    func withoutUnitOfColumn(_ question: String, _ tokens: [Token]) -> String? {
        guard tokens.count >= 3 else { return nil }
        var text = question.lowercased()
        var changed = false
        for i in 0..<(tokens.count - 2) where tokens[i + 1].text == "of" {
            guard let columns = units.columns(of: tokens[i].text), !columns.isEmpty else { continue }
            if i > 0, ["many", "number", "much"].contains(tokens[i - 1].text) { continue }
            let named = tokens[i + 2].entries.contains { entry in
                switch entry {
                case .dimension(let member): return columns.contains(member)
                case .measure(let member):
                    guard case .measure(let cube, let m)? = model.resolve(member), let column = cube.numberColumn(of: m) else { return false }
                    return columns.contains("\(cube.name).\(column.name)")
                default: return false
                }
            }
            let phrase = "\(tokens[i].text) of \(tokens[i + 2].text)"
            guard named, let range = text.range(of: phrase) else { continue }
            text.replaceSubrange(range, with: tokens[i + 2].text)
            changed = true
        }
        return changed ? text : nil
    }
}
