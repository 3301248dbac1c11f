/// One answered turn before it is stored: the reply, and the plan to remember for follow-ups
/// (answered data questions only).
public struct Turn: Sendable {
    public var reply: ChatReply
    public var plan: QueryPlan?

    public init(reply: ChatReply, plan: QueryPlan? = nil) {
        self.reply = reply
        self.plan = plan
    }
}
