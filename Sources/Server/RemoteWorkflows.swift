import Foundation
import HTTPTypes
import SemanticModel
import Workflow

/// Workflows fronting remote Cube servers (`cubejs_url`), kept for a few minutes per URL and token so each
/// question doesn't fetch `/v1/meta` and the values again.
actor RemoteWorkflows {
    private struct Entry {
        let workflow: Workflow
        let created: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    private let local: Workflow
    private let allowed: [String]?
    private let lifetime: Duration = .seconds(300)

    init(local: Workflow, allowed: [String]?) {
        self.local = local
        self.allowed = allowed
    }

    /// Whether `base` points back at this server, as the request reached it (`host` is its Host header).
    static func isSelf(_ base: URL, host: String?) -> Bool {
        guard let host = host?.lowercased(), let urlHost = base.host?.lowercased(), let colon = host.lastIndex(of: ":"),
            let requestPort = Int(host[host.index(after: colon)...])
        else { return false }
        let requestHost = String(host[..<colon])
        let port = base.port ?? (base.scheme == "https" ? 443 : 80)
        let loopback: Set<String> = ["localhost", "127.0.0.1", "::1", "[::1]"]
        guard requestPort == port else { return false }
        return urlHost == requestHost || (loopback.contains(urlHost) && loopback.contains(requestHost))
    }

    /// The workflow for `cubejsURL`, or nil when it names this very server (`host` is the request's Host header).
    func workflow(for cubejsURL: String, host: String?, authorization: String?) async throws -> Workflow? {
        let base = try RemoteCubeBackend.baseURL(from: cubejsURL)
        if Self.isSelf(base, host: host) { return nil }
        if let allowed, !allowed.contains(where: { base.absoluteString.hasPrefix($0) }) {
            throw APIError(.forbidden, "remote_cube_not_allowed", "cubejs_url '\(cubejsURL)' is not among the servers this textbi may front")
        }
        let key = base.absoluteString + "|" + (authorization ?? "")
        if let entry = entries[key], ContinuousClock.now - entry.created < lifetime { return entry.workflow }
        let workflow: Workflow
        do {
            workflow = try await RemoteCubeBackend.workflow(
                baseURL: base, authorization: authorization, clock: local.clock, configuration: local.configuration)
        } catch let error as TextBIError {
            throw APIError(.badGateway, "remote_cube_error", error.message)
        } catch {
            throw APIError(.badGateway, "remote_cube_unreachable", "Can't reach the Cube server at \(base.absoluteString): \(error.localizedDescription)")
        }
        if entries.count >= 50 { entries.removeAll() }
        entries[key] = Entry(workflow: workflow, created: .now)
        return workflow
    }
}
