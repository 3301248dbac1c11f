/// The compose stage: turns what the earlier stages produced — rows with their plan, a verified
/// query's rows, the model's rows, a passage, an action's outcome, a question asked back, a
/// failure — into the reply a manager reads. A failure is told by its stable reason code and one
/// safe sentence; SQL and engine messages stay in the logs.
public struct ReplyComposer: Sendable {
    public let answers: AnswerComposer
    public let explainer: PlanExplainer
    public let asOf: CalendarDate

    public init(answers: AnswerComposer, asOf: CalendarDate) {
        self.answers = answers
        explainer = PlanExplainer(model: answers.model)
        self.asOf = asOf
    }

    /// A reply of `kind` saying `text`, not yet part of a session.
    public func reply(_ kind: ChatReply.Kind, _ text: String, planner: String) -> ChatReply {
        ChatReply(sessionID: "", turn: 0, kind: kind, text: text, planner: planner, asOf: asOf.iso)
    }

    /// An answered plan: the number in words, the chart, the period it covers.
    func answer(_ plan: QueryPlan, compiled: CompiledQuery, executed: QueryStage.Executed, planner: String) -> ChatReply {
        let composition = answers.compose(plan: plan, compiled: compiled, result: executed.result, asOf: asOf, allTime: "across all data")
        var reply = rows(executed, text: composition.text, planner: planner)
        reply.plan = plan
        reply.interpretation = explainer.restate(plan)
        reply.chart = composition.chart
        reply.period = composition.period
        return reply
    }

    /// A verified question's rows.
    func verified(_ query: SemanticModel.VerifiedQuery, executed: QueryStage.Executed, planner: String) -> ChatReply {
        var reply = rows(executed, text: "Here is “\(query.question)” (a verified query), \(Self.count(executed.result)).", planner: planner)
        reply.interpretation = "Ran the verified query “\(query.question)”"
        return reply
    }

    /// The rows of the query a language model wrote (run once, when the model's query was tried).
    func modelAnswer(_ answer: ModelQuery, planner: String) -> ChatReply {
        var reply = reply(.answer, "Here is what I found: \(Self.count(answer.result)). The SQL was written by the language model and "
                          + "checked by the SQL guard.", planner: planner)
        reply.sql = answer.query.sql
        reply.result = answer.result
        reply.timingsMS.execute = answer.executeMicroseconds / 1_000
        reply.interpretation = "Ran SQL written by \(answer.model) and checked by the SQL guard"
        return reply
    }

    func clarification(_ clarification: Clarification, planner: String, reason: String? = nil) -> ChatReply {
        var reply = reply(.clarification, clarification.text, planner: planner)
        reply.suggestions = clarification.suggestions
        reply.reason = reason ?? Self.code(clarification.reason)
        return reply
    }

    /// The stable reason code of a clarification.
    static func code(_ reason: Clarification.Reason) -> String {
        switch reason {
        case .unknownWords: "unknown_words"
        case .unplaced: "not_placed"
        case .vague: "vague"
        case .continuesUnanswered: "continues_unanswered"
        case .severalMatch: "several_match"
        case .other: "not_understood"
        }
    }

    func knowledge(_ answer: KnowledgeAnswer, planner: String) -> ChatReply {
        var reply = reply(.knowledge, answer.text, planner: planner)
        reply.citations = answer.citations
        return reply
    }

    func action(_ outcome: ActionReply) -> ChatReply {
        var reply = reply(outcome.kind, outcome.text, planner: "actions")
        reply.action = outcome.action
        reply.suggestions = outcome.suggestions
        return reply
    }

    /// A plan the compiler cannot turn into SQL: understood, but not answerable that way.
    func uncompilable(_ error: CompileError, plan: QueryPlan, planner: String) -> ChatReply {
        var reply = reply(.clarification, "I understood the question but can't answer it that way: \(error.message) "
                          + "Try another breakdown or metric.", planner: planner)
        reply.plan = plan
        reply.interpretation = explainer.restate(plan)
        reply.reason = error.code
        return reply
    }

    /// A statement the guard refused or the database could not run. `sql` is shown (it is ours or
    /// the model's, never the user's data), the error only by its reason and sentence.
    func failure(_ error: any Error, sql: String?, planner: String) -> ChatReply {
        let (code, message) = userFacing(error)
        var reply: ChatReply
        if error is SQLGuardError {
            reply = self.reply(.refusal, "I did not run that query: \(message)", planner: planner)
        } else {
            reply = self.reply(.error, "The query failed: \(message)", planner: planner)
        }
        reply.sql = sql
        reply.reason = code
        return reply
    }

    private func rows(_ executed: QueryStage.Executed, text: String, planner: String) -> ChatReply {
        var reply = reply(.answer, text, planner: planner)
        reply.sql = executed.query.sql
        reply.result = executed.result
        reply.timingsMS.guardCheck = executed.guardMilliseconds
        reply.timingsMS.execute = executed.executeMilliseconds
        return reply
    }

    static func count(_ result: QueryResult) -> String {
        result.rowCount == 1 ? "1 row" : "\(result.rowCount) rows"
    }
}
