/// Which planner answers questions.
public enum PlannerMode: String, Sendable, Codable, CaseIterable {
    /// The deterministic offline planner only (no network).
    case offline
    /// Every question goes to the language model (the offline planner is the fallback).
    case llm
    /// The offline planner when it is confident, the language model otherwise.
    case hybrid
}
