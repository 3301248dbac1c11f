/// Planners that call a language model expose their usage ledger (for eval reports).
public protocol LLMUsageReporting: Sendable {
    var usageLedger: LLMUsageLedger { get }
}
