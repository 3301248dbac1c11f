/// Where the router sends a message. Decided once per message (per clause of a compound one),
/// before any planning beyond the offline reading.
public enum Route: Sendable {
    /// A question about the data, with the offline planner's reading of it.
    case data(PlannerOutcome)
    /// A definition or policy question the knowledge base answers.
    case knowledge(KnowledgeAnswer)
    /// A decision on a pending proposal, or a request for an action.
    case action(ActionRequest)
    /// "What can you do?"
    case help(String)
    /// A greeting or thanks: answered politely, nothing planned.
    case smallTalk(String)
    /// Several questions in one message, answered one by one.
    case several([String])
}
