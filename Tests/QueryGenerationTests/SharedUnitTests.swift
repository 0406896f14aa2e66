import QueryGeneration
import SemanticModel
import Testing

/// From the iris first run: a unit several columns share, and the size of the counted rows.
@Suite("A unit several columns share picks none; 'the biggest leaves' is their size, not their number")
struct SharedUnitTests {
    static let leaves = modelGenerator(yaml: """
        cubes:
          - name: leaves
            sql_table: leaves
            title: Leaves
            joins:
              - {name: trees, relationship: many_to_one, sql: "{CUBE}.tree_id = {trees.id}"}
            measures:
              - {name: count, type: count, title: Leaf Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: length, sql: length, type: number, title: Leaf Length (cm)}
              - {name: width, sql: width, type: number, title: Leaf Width (cm)}
          - name: trees
            sql_table: trees
            title: Trees
            measures:
              - {name: count, type: count, title: Tree Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Tree}
        """, values: ["trees.name": ["Oak", "Maple"]])

    @Test("'a leaf width of at least 3.5 cm' is the width (cm also follows the length); '5 cm' alone is not guessed")
    func sharedUnit() throws {
        let width = try #require(Self.leaves.generate("How many Oak leaves have a leaf width of at least 3.5 cm?").interpretation?.query)
        #expect(width.filters.contains { if case .member(let f) = $0 { return f.member == "leaves.width" } else { return false } })
        #expect(Self.leaves.generate("How many leaves are bigger than 5 cm?").interpretation == nil)
    }

    @Test("which tree has the biggest leaves: their size, asked back; the most leaves: their number")
    func sizeOfCountedRows() {
        #expect(Self.leaves.generate("Which tree has the biggest leaves?").interpretation == nil)
        #expect(Self.leaves.generate("Which tree has the most leaves?").interpretation?.query.measures == ["leaves.count"])
    }
}
