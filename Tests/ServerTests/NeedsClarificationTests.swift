import Foundation
import Testing

/// A question with a word no rule accounts for gets no number: query-sync answers 422 `needs_clarification`,
/// the stream a `clarification` event then `[DONE]`, with no SQL run, in both languages.
@Suite("Clarifying answers over a real socket", .serialized)
struct NeedsClarificationTests {
    static let questions = [("员工平均通勤时间", "通勤时间"), ("average salary of employees excluding weekends", "weekends")]

    @Test("query-sync: 422 needs_clarification with what was understood, the unknown words and choices")
    func querySync() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for (question, word) in Self.questions {
            let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"\#(question)"}"#)
            #expect(status == 422, "\(question)")
            #expect(body["success"] as? Bool == false)
            let error = try #require(body["error"] as? [String: Any])
            #expect(error["code"] as? String == "needs_clarification")
            #expect((error["unknown_words"] as? [String])?.contains { $0.contains(word) } == true, "\(error)")
            #expect((error["understood"] as? String)?.isEmpty == false)
            let choices = try #require(error["suggestions"] as? [String])
            #expect((1...3).contains(choices.count))
            // Each choice is a complete question that is answered as written.
            for choice in choices {
                let (answered, _, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"\#(choice)"}"#)
                #expect(answered == 200, "\(choice)")
            }
            #expect(body["data"] == nil && body["sql"] == nil)
        }
    }

    @Test("the stream: a clarification event, no sql or result event, then [DONE]")
    func stream() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        for (question, word) in Self.questions {
            let response = try await server.request(
                "POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"\#(question)"}"#)
            let (events, _, _) = try await SSEReader.readAll(response)
            let types = events.compactMap(\.type)
            #expect(types.contains("clarification"), "\(types)")
            #expect(!types.contains("sql") && !types.contains("result") && !types.contains("error"), "\(types)")
            let clarification = try #require(events.first { $0.type == "clarification" }?.object)
            #expect((clarification["unknown_words"] as? [String])?.contains { $0.contains(word) } == true)
            #expect(((clarification["suggestions"] as? [String]) ?? []).count >= 1)
            #expect(events.last?.string == "[DONE]")
        }
    }
}
