/// The verified claims of the caller's token; access policies read them to restrict rows.
public struct SecurityContext: Sendable, Equatable {
    public let claims: [String: JSONValue]

    public init(claims: [String: JSONValue] = [:]) { self.claims = claims }

    /// No claims: the open, local mode.
    public static let open = SecurityContext()

    public var isEmpty: Bool { claims.isEmpty }

    /// Every claim as canonical JSON (claims sorted by name; "" with none): the key of caches whose entries depend
    /// on the caller, so row-level security is part of it.
    public var claimsKey: String { claims.isEmpty ? "" : Self.canonical(claims) }

    /// Claims as JSON with their names sorted, so equal claims give equal text.
    public static func canonical(_ claims: [String: JSONValue]) -> String {
        JSONValue.object(claims.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).jsonString()
    }

    /// Who the caller is and what they may read: every claim but those a token refresh changes (`exp`, `iat`,
    /// `nbf`, `jti`). Runs and conversations belong to this, so a refreshed token keeps them, and a token with other
    /// rights (another department, another subject) does not.
    public var principal: [String: JSONValue] {
        claims.filter { !["exp", "iat", "nbf", "jti"].contains($0.key) }
    }

    /// A claim's values as strings (a string claim is one value, an array claim several).
    public func values(of claim: String) -> [String]? {
        switch claims[claim] {
        case .string(let s)?: return [s]
        case .int(let i)?: return [String(i)]
        case .array(let items)?:
            let strings = items.compactMap { item -> String? in
                if case .string(let s) = item { return s }
                if case .int(let i) = item { return String(i) }
                return nil
            }
            return strings.isEmpty ? nil : strings
        default: return nil
        }
    }
}

/// Cube's `access_policy` row-level filters: `{member, operator, values: ["{ securityContext.department }"]}`.
public struct AccessPolicy: Sendable, Equatable {
    /// One row-level filter of a policy.
    public struct Filter: Sendable, Equatable {
        public let member: String
        public let op: FilterOperator
        /// Literal values or `{ securityContext.<claim> }` references.
        public let values: [String]
    }

    public let role: String
    public let filters: [Filter]

    public init(role: String, filters: [Filter]) {
        self.role = role
        self.filters = filters
    }

    /// The claim a `{ securityContext.x }` value refers to, if it is one.
    public static func claim(in value: String) -> String? {
        let trimmed = value.trimmingSpaces
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}") else { return nil }
        let inner = trimmed.dropFirst().dropLast().trimmingSpacesSubstring
        let prefixes = ["securityContext.", "security_context.", "SECURITY_CONTEXT."]
        for prefix in prefixes where inner.hasPrefix(prefix) { return String(inner.dropFirst(prefix.count)) }
        return nil
    }
}

extension SemanticModel {
    /// The row-level filters that `context` imposes on a query touching `cubes`: each filter whose claims are all
    /// present, from every policy of every cube reached (a filter on another cube brings that cube's policies too).
    public func securityFilters(for cubes: [String], context: SecurityContext) -> [MemberFilter] {
        guard !context.isEmpty else { return [] }
        var pending = cubes
        var seen: Set<String> = []
        var filters: [MemberFilter] = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let cube = cube(named: name) else { continue }
            for policy in cube.accessPolicies {
                for filter in policy.filters {
                    var values: [String] = []
                    var complete = true
                    for raw in filter.values {
                        if let claim = AccessPolicy.claim(in: raw) {
                            guard let claimValues = context.values(of: claim) else { complete = false; break }
                            values += claimValues
                        } else {
                            values.append(raw)
                        }
                    }
                    guard complete else { continue }
                    let member = filter.member.contains(".") ? filter.member : "\(cube.name).\(filter.member)"
                    let rule = MemberFilter(member: member, op: filter.op, values: values)
                    if !filters.contains(rule) { filters.append(rule) }
                    if let other = member.split(separator: ".").first.map(String.init), !seen.contains(other) { pending.append(other) }
                }
            }
        }
        return filters
    }
}

extension StringProtocol {
    /// Without leading and trailing ASCII spaces.
    public var trimmingSpacesSubstring: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Without leading and trailing ASCII spaces.
    public var trimmingSpaces: String { String(trimmingSpacesSubstring) }
}
