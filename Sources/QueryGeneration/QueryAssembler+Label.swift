import SemanticModel

extension QueryAssembler {
    /// The dimension that names a cube's rows: the one marked `meta.label: true`, else `name` or `title`, else a
    /// string dimension named like a name (`company_name`, `label`) or titled as one row (Car in Cars), else the
    /// primary key. Never another category
    /// (sex, status): a list of rows labelled by one would name no row.
    static func label(of cube: String, _ model: SemanticModel) -> String? {
        guard let c = model.cube(named: cube) else { return nil }
        let strings = c.dimensions.filter { $0.kind == .string && !$0.primaryKey && $0.isPublic }
        // A column titled as one of the rows (Car in the cube Cars), or with that word among its synonyms (Car
        // Model, also called car), names them too.
        let one = TextNormalizer.normalize(c.title).trimmingSpaces
        // alcohol_group in the cube alcohol_groups: a column named as one of the rows names them.
        let singular = c.name.hasSuffix("ies") ? String(c.name.dropLast(3)) + "y" : c.name.hasSuffix("s") ? String(c.name.dropLast()) : ""
        // first_name beside last_name and full_name (titled Player): half a name is no label; one *_name column is.
        let label = c.dimensions.first { $0.meta.isLabel } ?? c.dimension(named: "name") ?? c.dimension(named: "title")
            ?? strings.first { $0.name == "label" || $0.name == singular || $0.name == "full_name" }
            ?? strings.first { d in
                ([d.title] + d.meta.synonyms).contains { name in
                    let t = TextNormalizer.normalize(name).trimmingSpaces
                    return t.count >= 3 && (t + "s" == one || t + "es" == one || (t.hasSuffix("y") && t.dropLast() + "ies" == one))
                }
            }
            // Boat in the cube Titanic Lifeboats: the rows' noun ends with the column's title.
            ?? strings.first { d in
                let t = TextNormalizer.normalize(d.title).trimmingSpaces
                return t.count >= 3 && !t.contains(" ") && (one.hasSuffix(t + "s") || c.name.hasSuffix(t + "s"))
            }
            ?? { () -> Dimension? in
                let names = strings.filter { $0.name.hasSuffix("_name") }
                return names.count == 1 ? names[0] : nil
            }()
            ?? c.dimensions.first { $0.primaryKey }
        return label.map { "\(c.name).\($0.name)" }
    }
}
