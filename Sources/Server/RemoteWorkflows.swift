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

    /// A server the operator allows: scheme, host and port exactly, and the path as a prefix by segments.
    struct Origin: Sendable, Equatable {
        let scheme: String
        let host: String
        let port: Int
        let path: String

        init(_ url: URL) {
            scheme = url.scheme?.lowercased() ?? ""
            host = url.host?.lowercased() ?? ""
            port = url.port ?? (scheme == "https" ? 443 : 80)
            path = url.path.hasSuffix("/") ? String(url.path.dropLast()) : url.path
        }

        func allows(_ url: URL) -> Bool {
            let other = Origin(url)
            return other.scheme == scheme && other.host == host && other.port == port
                && (path.isEmpty || other.path == path || other.path.hasPrefix(path + "/"))
        }
    }

    private var entries: [String: Entry] = [:]
    private let local: Workflow
    /// None unless the operator names them (`--allow-remote-cube`): textbi calls no URL it was not told to.
    private let allowed: [Origin]
    private let lifetime: Duration = .seconds(300)

    init(local: Workflow, allowed: [String]?) {
        self.local = local
        self.allowed = (allowed ?? []).compactMap { try? RemoteCubeBackend.baseURL(from: $0) }.map(Origin.init)
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
        guard allowed.contains(where: { $0.allows(base) }) else {
            throw APIError(
                .forbidden, "remote_cube_not_allowed",
                "cubejs_url '\(cubejsURL)' is not among the servers this textbi may front (the operator allows them with --allow-remote-cube)")
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
            throw APIError(.badGateway, "remote_cube_unreachable", "Can't reach the Cube server at \(base.absoluteString)")
        }
        if entries.count >= 50 { entries.removeAll() }
        entries[key] = Entry(workflow: workflow, created: .now)
        return workflow
    }
}
