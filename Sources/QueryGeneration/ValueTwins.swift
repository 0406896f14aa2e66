import SemanticModel

/// Values of two columns that one word names and that pick the same rows: Crew the class and Crew the category, a
/// mode's code 'beach' and its name 'Beach'. Found in the data at start-up (`candidates` lists what to check);
/// a word whose readings are not all twins is asked back ("boat": the code of private boats, or the setting Boat of
/// private and charter boats), never read as the first column that holds it.
public struct ValueTwins: Sendable {
    public struct Reading: Hashable, Sendable, Comparable {
        public let dimension: String
        public let value: String

        public init(dimension: String, value: String) {
            self.dimension = dimension
            self.value = value
        }

        public static func < (a: Reading, b: Reading) -> Bool { (a.dimension, a.value) < (b.dimension, b.value) }
    }

    public struct Pair: Hashable, Sendable {
        public let first: Reading
        public let second: Reading

        /// The pair in a fixed order, so (a, b) and (b, a) are one pair.
        public init(_ a: Reading, _ b: Reading) {
            (first, second) = a < b ? (a, b) : (b, a)
        }
    }

    private let pairs: Set<Pair>

    public init(_ pairs: Set<Pair> = []) { self.pairs = pairs }

    /// Whether the two readings pick the same rows (a reading is its own twin).
    public func same(_ a: Reading, _ b: Reading) -> Bool { a == b || pairs.contains(Pair(a, b)) }

    /// The pairs of readings in two columns that one word of the lexicon has: what start-up checks in the data.
    public static func candidates(in lexicon: Lexicon) -> [Pair] {
        var found: Set<Pair> = []
        for list in Array(lexicon.entries.values) + Array(lexicon.letterValues.values) {
            let readings = list.compactMap { entry -> Reading? in
                if case .value(let d, let v) = entry { return Reading(dimension: d, value: v) }
                return nil
            }
            guard Set(readings.map(\.dimension)).count > 1 else { continue }
            for (k, a) in readings.enumerated() {
                for b in readings[(k + 1)...] where a.dimension != b.dimension { found.insert(Pair(a, b)) }
            }
        }
        return found.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }
}
