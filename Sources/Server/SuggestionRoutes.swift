import Hummingbird
import QueryGeneration
import SemanticModel
import Workflow

/// `/suggestions?q=` (autocomplete from the model's terms and values) and `/examples` (questions from the model).
struct SuggestionRoutes: Sendable {
    let workflow: Workflow
    let autocomplete: Autocomplete

    init(workflow: Workflow) {
        self.workflow = workflow
        self.autocomplete = Autocomplete(lexicon: workflow.generator.lexicon, model: workflow.model, values: workflow.values)
    }

    func register(on router: Router<TextBIRequestContext>) {
        router.get("/suggestions") { request, _ in
            let q = request.uri.queryParameters["q"].map(String.init) ?? ""
            guard q.count <= 200 else { throw APIError(.badRequest, "query_too_long", "'q' is at most 200 characters") }
            let limit = request.uri.queryParameters["limit"].flatMap { Int($0) }.map { min(max($0, 1), 20) } ?? 8
            let completions = autocomplete.complete(q, limit: limit)
            return Response.json([
                "q": .string(q),
                "suggestions": .array(completions.map {
                    ["text": .string($0.text), "term": .string($0.term), "kind": .string($0.kind), "member": $0.member.map(JSONValue.string) ?? .null]
                }),
            ])
        }
        router.get("/examples") { _, _ in
            let suggestions = Suggestions(model: workflow.model)
            return Response.json([
                "zh": .array(suggestions.examples(.zh, limit: 6).map(JSONValue.string)),
                "en": .array(suggestions.examples(.en, limit: 6).map(JSONValue.string)),
            ])
        }
    }
}
