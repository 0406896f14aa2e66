import Hummingbird
import QueryGeneration
import SemanticModel
import Workflow

/// `/suggestions?q=` (autocomplete from the model's terms and values) and `/examples` (questions from the model).
struct SuggestionRoutes: Sendable {
    let workflow: Workflow
    let autocomplete: Autocomplete
    let visible: VisibleValues
    /// `/examples` answers the same for the life of the model, so it is built once.
    let examples: JSONValue

    init(workflow: Workflow) {
        self.workflow = workflow
        self.autocomplete = Autocomplete(lexicon: workflow.generator.lexicon, model: workflow.model, values: workflow.values)
        self.visible = VisibleValues(workflow: workflow)
        let suggestions = Suggestions(model: workflow.model)
        self.examples = [
            "zh": .array(suggestions.examples(.zh, limit: 6).map(JSONValue.string)),
            "en": .array(suggestions.examples(.en, limit: 6).map(JSONValue.string)),
        ]
    }

    func register(on router: Router<TextBIRequestContext>) {
        router.get("/suggestions") { request, context in
            let q = request.formQuery("q") ?? ""
            guard q.unicodeScalars.count <= 200 else { throw APIError(.badRequest, "query_too_long", "'q' is at most 200 characters") }
            var limit = 8
            if let text = request.formQuery("limit") {
                guard let number = Int(text) else { throw APIError(.badRequest, "invalid_limit", "'limit' must be an integer (1 to 20)") }
                limit = min(max(number, 1), 20)
            }
            var completions = autocomplete.complete(q, limit: context.securityContext.isEmpty ? limit : 50)
            if !context.securityContext.isEmpty {
                // A scoped caller sees only the values of rows it may read.
                var kept: [Autocomplete.Completion] = []
                for c in completions where kept.count < limit {
                    guard c.kind == "value", let member = c.member, let value = c.value else { kept.append(c); continue }
                    if try await visible.values(of: member, for: context.securityContext).contains(value) { kept.append(c) }
                }
                completions = kept
            }
            return Response.json([
                "q": .string(q),
                "suggestions": .array(completions.map {
                    ["text": .string($0.text), "term": .string($0.term), "kind": .string($0.kind), "member": $0.member.map(JSONValue.string) ?? .null]
                }),
            ])
        }
        router.get("/examples") { _, _ in Response.json(examples) }
    }
}

/// The values of a dimension that a security context may see, read once per context from the database.
actor VisibleValues {
    private let workflow: Workflow
    private var cache: [String: [String]] = [:]

    init(workflow: Workflow) { self.workflow = workflow }

    func values(of member: String, for context: SecurityContext) async throws -> [String] {
        let key = JSONValue.object(context.claims.sorted { $0.key < $1.key }).jsonString() + "|" + member
        if let cached = cache[key] { return cached }
        let values = try await workflow.queries.distinctValues(
            of: member, today: workflow.clock.today(), securityContext: context, limit: 1_000)
        if cache.count > 1_000 { cache.removeAll() }
        cache[key] = values
        return values
    }
}
