/// "How much did Oliver Adams spend in 2025?" when several customers are called Oliver Adams: a
/// figure for one person, added up over everyone who shares the name, would be confidently wrong.
extension CopilotEngine {
    /// Which one is asked back, or nil when every person the plan names by name is one record.
    func severalPeopleNamed(in plan: QueryPlan, planner: String) async -> ChatReply? {
        guard plan.kind == .metric else { return nil }
        let navigator = SchemaNavigator(model: model)
        for filter in plan.filters where !filter.negated && filter.values.count == 1 {
            guard let entity = navigator.entity(identifiedBy: filter.dimension), model.entity(named: entity)?.person == true,
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
