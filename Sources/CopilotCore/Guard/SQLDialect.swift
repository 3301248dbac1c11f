/// The SQL dialect a statement is written in. Tokenizing rules, function allowlists and compiled SQL
/// differ between the two engines the copilot supports.
public enum SQLDialect: String, Sendable, Codable, CaseIterable {
    case sqlite
    case postgres
}
