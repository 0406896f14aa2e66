import QueryGeneration
import SemanticModel
import Testing

/// A model with graded categories on their own cubes and two columns named alike but for their unit, in the style of
/// an ordinary first Cube model (classes from the diamonds set's first run).
enum GemFixture {
    static let generator = modelGenerator(yaml: """
        cubes:
          - name: gems
            sql_table: gems
            title: Gems
            meta: {title_zh: 宝石}
            joins:
              - {name: grades, relationship: many_to_one, sql: "{CUBE}.grade_id = {grades.id}"}
              - {name: colors, relationship: many_to_one, sql: "{CUBE}.color_id = {colors.id}"}
            measures:
              - {name: count, type: count, title: Number of Gems, meta: {title_zh: 宝石数量}}
              - {name: avg_depth, type: avg, sql: depth, title: Average Depth (%)}
              - {name: avg_price, type: avg, sql: price, title: Average Price (USD)}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: depth, sql: depth, type: number, title: Depth (%)}
              - {name: z, sql: z, type: number, title: Depth (mm)}
              - {name: price, sql: price, type: number, title: Price (USD)}
          - name: grades
            sql_table: grades
            title: Grades
            measures:
              - {name: count, type: count, title: Grade Count}
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: name, sql: name, type: string, title: Grade, meta: {title_zh: 等级}}
          - name: colors
            sql_table: colors
            title: Colors
            dimensions:
              - {name: id, sql: id, type: number, primary_key: true}
              - {name: code, sql: code, type: string, title: Color}
        """, values: ["grades.name": ["Ideal", "Fair"], "colors.code": ["D", "E"]])
}

@Suite("Understanding: a value's kind before the counted rows, and members named alike but for their unit")
struct GemModelTests {
    let generator = GemFixture.generator

    @Test("how many Ideal grade gems: the noun after the value names its kind; the rows counted are the gems")
    func valueKindBeforeCountedNoun() throws {
        let query = try #require(generator.generate("How many Ideal grade gems are there for each color?").interpretation?.query)
        #expect(query.measures == ["gems.count"])
        #expect(query.dimensions == ["colors.code"])
        #expect(memberFilter(query, "grades.name")?.values == ["Ideal"])
        // the grades themselves, counted
        #expect(generator.generate("how many grades are there").interpretation?.query.measures == ["grades.count"])
    }

    @Test("the average depth: Depth (%) or Depth (mm)? Asked unless the unit is said, as a symbol or in words")
    func unitTwins() throws {
        #expect(generator.generate("What's the average depth of the gems?").interpretation == nil)
        for question in ["average depth (%) by color", "What's the average depth percentage for each color?"] {
            #expect(generator.generate(question).interpretation?.query.measures == ["gems.avg_depth"], "\(question)")
        }
        // a member with no twin needs no unit
        #expect(generator.generate("average price by color").interpretation?.query.measures == ["gems.avg_price"])
        #expect(generator.generate("average price in dollars by color").interpretation?.query.measures == ["gems.avg_price"])
    }
}
