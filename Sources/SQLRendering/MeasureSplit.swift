import SemanticModel

/// A query's measures (those selected and those its measure filters read) split by how they are computed:
/// in the joined rows, or over a multiplied cube's rows de-duplicated by primary key.
struct MeasureSplit {
    /// One measure and the column alias it is computed into.
    struct Item {
        let member: String
        let cube: Cube
        let measure: Measure
        let alias: String
    }

    private(set) var regular: [Item] = []
    /// Per multiplied cube, in order of first appearance, the measures that need its rows de-duplicated.
    private(set) var deduplicated: [(cube: Cube, items: [Item])] = []

    init(plan: QueryPlan, filters: [QueryFilter], members: MemberSQL) throws(TextBIError) {
        var items: [Item] = plan.measures.map { cube, measure in
            let member = "\(cube.name).\(measure.name)"
            return Item(member: member, cube: cube, measure: measure, alias: SQLRenderer.alias(member))
        }
        for f in filters.flatMap(\.memberFilters) where !items.contains(where: { $0.member == f.member }) {
            let (cube, measure) = try members.model.measure(f.member)
            items.append(Item(member: f.member, cube: cube, measure: measure, alias: "__filter_" + SQLRenderer.alias(f.member)))
        }
        for item in items {
            if !members.multipliedCubes.contains(item.cube.name) || MemberSQL.isSafeWhenMultiplied(item.measure) {
                regular.append(item)
            } else if let index = deduplicated.firstIndex(where: { $0.cube.name == item.cube.name }) {
                deduplicated[index].items.append(item)
            } else {
                deduplicated.append((item.cube, [item]))
            }
        }
    }
}
