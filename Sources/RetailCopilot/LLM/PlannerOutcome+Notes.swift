extension PlannerOutcome {
    /// The same outcome with `notes` appended (help and clarifications carry none).
    func addingNotes(_ extra: [String]) -> PlannerOutcome {
        switch self {
        case .plan(let plan, let notes): .plan(plan, notes: notes + extra)
        case .verified(let query, let notes): .verified(query, notes: notes + extra)
        case .action(let intent, let notes): .action(intent, notes: notes + extra)
        case .clarification, .help: self
        }
    }
}
