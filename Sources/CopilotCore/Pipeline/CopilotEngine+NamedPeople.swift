/// "How much did Oliver Adams spend in 2025?", "Emily Campbell's orders" when several customers
/// share the name: a figure or a list for one person, taken over everyone called that, would be
/// confidently wrong.
extension CopilotEngine {
    /// Which one is asked back, or nil when every person the plan names by name is one record.
    func severalPeopleNamed(in plan: QueryPlan, planner: String) async -> ChatReply? {
        // A list of the person's own records is asked back after it runs (``ReplyComposer/severalNamed``).
        guard plan.kind == .metric || plan.kind == .records else { return nil }
        let navigator = SchemaNavigator(model: model)
        for filter in plan.filters where !filter.negated && filter.values.count == 1 {
            guard let entity = navigator.entity(identifiedBy: filter.dimension), entity != plan.subject, model.entity(named: entity)?.person == true,
                  navigator.displayField(of: entity) == filter.dimension else { continue }
            var probe = QueryPlan(kind: .records, filters: [filter], subject: entity)
            probe.singleRecord = true
            guard let compiled = try? query.compiler.compile(probe),
                  let executed = try? await query.execute(compiled.sql, origin: planner, events: nil) else { continue }
            if var asked = composer.severalNamed(probe, compiled: compiled, result: executed.result, planner: planner) {
                asked.interpretation = composer.explainer.restate(plan)
                return asked
            }
        }
        return nil
    }
}
