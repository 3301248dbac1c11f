/// Helpers for `postgres://` locations.
public enum PostgresURL {
    /// True for `postgres://…` and `postgresql://…`.
    public static func matches(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The URL with its password removed (`postgres://user@host/db`), for messages and logs; also
    /// drops a `password=` query parameter.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "postgres" }
        let scheme = url[..<schemeEnd.lowerBound]
        var rest = Substring(url[schemeEnd.upperBound...])
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        let path = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            let user = authority[..<at].split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            authority = user + "@" + authority[authority.index(after: at)...]
        }
        let kept = query.split(separator: "&").filter { !$0.lowercased().hasPrefix("password=") }
        return "\(scheme)://\(authority)\(path)" + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
