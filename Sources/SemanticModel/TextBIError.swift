/// An error with a stable machine-readable code, a human message and optional context.
public struct TextBIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable error code; a struct over a private enum so codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case invalidModel = "invalid_model"
            case unknownMember = "unknown_member"
            case invalidQuery = "invalid_query"
            case notUnderstood = "not_understood"
            case needsClarification = "needs_clarification"
            case unsupportedQuery = "unsupported_query"
            case databaseError = "database_error"
            case databaseUnavailable = "database_unavailable"
            case timeout
            case busy
            case cancelled
            case readOnly = "read_only"
            case migrationError = "migration_error"
            case invalidInput = "invalid_input"
            case internalError = "internal_error"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        public var description: String { base.rawValue }

        public static let invalidModel = Code(.invalidModel)
        public static let unknownMember = Code(.unknownMember)
        public static let invalidQuery = Code(.invalidQuery)
        public static let notUnderstood = Code(.notUnderstood)
        /// Part of the question was understood, part was not: no query is run, choices are offered.
        public static let needsClarification = Code(.needsClarification)
        public static let unsupportedQuery = Code(.unsupportedQuery)
        public static let databaseError = Code(.databaseError)
        /// The database can't be reached (down, restarting, the network): try again shortly (503).
        public static let databaseUnavailable = Code(.databaseUnavailable)
        public static let timeout = Code(.timeout)
        /// The database's query queue is full: try again shortly (503 with Retry-After).
        public static let busy = Code(.busy)
        public static let cancelled = Code(.cancelled)
        public static let readOnly = Code(.readOnly)
        public static let migrationError = Code(.migrationError)
        public static let invalidInput = Code(.invalidInput)
        public static let internalError = Code(.internalError)
    }

    public let code: Code
    public let message: String
    public let context: [String: String]

    public init(_ code: Code, _ message: String, context: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String { "\(code): \(message)" }

    /// The message a client may see: a server-side failure (database, model, internal) is named, never told in the
    /// database's or the code's own words; those belong in the log.
    public var clientMessage: String {
        switch code {
        case .databaseError: return "The database could not answer this query"
        case .databaseUnavailable: return "The database is unavailable; try again shortly"
        case .invalidModel: return "The semantic model can't answer this query"
        case .internalError, .migrationError: return "Internal error"
        default: return message
        }
    }
}
