import Foundation
import GRDB
import Server
import Testing

@Suite("Follow-ups through the live server", .serialized)
struct ConversationTests {
    @Test("a follow-up in the same conversation refines the previous question, over query-sync and SSE")
    func followUps() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (_, first, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"北京各部门的平均工资","conversation_id":"c-1"}"#)
        #expect(first["follow_up"] as? Bool == false)
        let (_, second, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"那上海呢？","conversation_id":"c-1"}"#)
        #expect(second["follow_up"] as? Bool == true)
        let filters = try #require((second["query"] as? [String: Any])?["filters"] as? [[String: Any]])
        #expect(filters.first?["values"] as? [String] == ["上海"])
        #expect(((second["query"] as? [String: Any])?["dimensions"] as? [String]) == ["departments.name"])
        let expected = try LiveServer.independent("SELECT COUNT(DISTINCT department_id) FROM employees WHERE city = '上海'")
        #expect((second["data"] as? [Any])?.count == Int.fromDatabaseValue(expected[0][0]))

        // The stream continues the same conversation: 只看前三 ranks the Shanghai breakdown.
        let response = try await server.request("POST", "/workflow/query", headers: ["Content-Type": "application/json"], body: #"{"message":"只看前三","conversation_id":"c-1"}"#)
        let (events, _, _) = try await SSEReader.readAll(response)
        let query = try #require(events.first { $0.type == "query" }?.object)
        #expect(query["follow_up"] as? Bool == true)
        #expect((events.first { $0.type == "result" }?.object?["data"] as? [Any])?.count == 3)

        // Another conversation knows nothing of it.
        let (_, other, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"只看前三","conversation_id":"c-2"}"#)
        #expect(other["follow_up"] as? Bool != true)
    }
}

@Suite("Clarification and suggestions through the live server", .serialized)
struct ClarificationTests {
    @Test("an ambiguous word's reading is returned in notes and in the streamed text")
    func notes() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let (status, body, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"latest 5 employees"}"#)
        #expect(status == 200)
        let notes = try #require(body["notes"] as? [String])
        #expect(notes.contains { $0.contains("hire date") })
        #expect((body["content"] as? String)?.contains("> 'Latest' is read by hire date") == true)
        #expect((body["data"] as? [Any])?.count == 5)
    }

    @Test("/suggestions completes in both languages; /examples are answerable")
    func suggestions() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let zh = LiveServer.object(try await server.request("GET", "/suggestions?q=%E5%90%84%E9%83%A8%E9%97%A8%E5%B9%B3").text())
        #expect(((zh["suggestions"] as? [[String: Any]]) ?? []).contains { $0["text"] as? String == "各部门平均工资" })
        let en = LiveServer.object(try await server.request("GET", "/suggestions?q=average%20sal").text())
        #expect(((en["suggestions"] as? [[String: Any]])?.first?["text"] as? String) == "Average Salary")
        let examples = LiveServer.object(try await server.request("GET", "/examples").text())
        for question in ((examples["zh"] as? [String]) ?? []) + ((examples["en"] as? [String]) ?? []) {
            let (status, _, _) = try await server.postJSON("/workflow/query-sync", #"{"message":"\#(question)"}"#)
            #expect(status == 200, "\(question)")
        }
        let tooLong = try await server.request("GET", "/suggestions?q=" + String(repeating: "a", count: 201))
        #expect(tooLong.status == 400)
    }
}
