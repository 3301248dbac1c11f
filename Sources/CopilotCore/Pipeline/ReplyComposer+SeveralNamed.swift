/// A question that named one record ("What loyalty tier is Emily Campbell?", "revenue at the
/// Amazon store") whose name fits several: which one is asked back, with the candidates, instead
/// of answering for all of them as if they were one.
extension ReplyComposer {
    /// The question asked back, or nil when the plan named no single record or one matched.
    func severalNamed(_ plan: QueryPlan, compiled: CompiledQuery, result: QueryResult, planner: String) -> ChatReply? {
        guard plan.singleRecord == true else { return nil }
        let labelColumn = compiled.columns.firstIndex { $0.role == .dimension }
        let keyColumn = compiled.columns.firstIndex { $0.role == .key }
        let identities = Set(result.rows.map { row in (keyColumn ?? labelColumn).map { row[$0].description } ?? "" })
        guard identities.count > 1, let labelColumn else { return nil }
        let source = compiled.columns[labelColumn].source
        let noun = source.flatMap { name in answers.model.entity(named: name)?.synonyms.first ?? answers.model.dimension(named: name)?.displayName }
            ?? "records"
        let labels = result.rows.prefix(5).map { row -> String in
            let label = row[labelColumn].description
            guard plan.kind != .metric, let keyColumn else { return label }
            return "\(label) (\(noun) \(row[keyColumn].description))"
        }
        let count = result.truncated ? "\(identities.count) or more" : "\(identities.count)"
        let more = identities.count > labels.count ? ", …" : ""
        let text = "That fits \(count) \(AnswerComposer.plural(noun)), so I won't pick one: which do you mean? "
            + labels.joined(separator: "; ") + more + "."
        var reply = clarification(Clarification(text, suggestions: Array(labels.prefix(3)), reason: .severalMatch), planner: planner)
        reply.interpretation = explainer.restate(plan)
        return reply
    }
}
