extension Glossary {
    /// Every section of the glossary, in no particular order.
    static let sections: [String] = [
        general,
        people,
        places,
        countries,
        economy,
        finance,
        health,
        crime,
        politics,
        education,
        work,
        transport,
        environment,
        nature,
        sports,
        commerce,
        food,
        culture,
        history,
        science,
    ]
}
