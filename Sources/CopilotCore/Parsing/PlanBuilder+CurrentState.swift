/// "How many people currently work at each shop", "suppliers we still work with": words of the
/// present narrow the records to those the model says are current — an end date not yet reached,
/// an active flag — when the records have such a state. Elsewhere the words say nothing.
extension PlanBuilder {
    /// Words that put the records in the present.
    static let presentWords: Set<String> = ["currently", "current", "still", "presently", "nowadays", "moment"]

    mutating func applyCurrentState() {
        let said = reading.indices.filter { index in
            reading.spans[index].isFunction && reading.words(index).contains(where: Self.presentWords.contains)
        }
        guard !said.isEmpty, let table = currentStateTable() else { return }
        let stateFields = model.dimensions.filter { dimension in
            dimension.expressions.count == 1 && navigator.tables(in: dimension.expressions[0]) == [table]
                && !(dimension.values ?? []).isEmpty
        }
        // Already narrowed by its state ("active suppliers", "staff who have left").
        guard !plan.filters.contains(where: { filter in stateFields.contains { $0.name == filter.dimension } }) else { return }
        // "at the moment" says what "currently" says: any word of the present names the current value.
        let words = Self.presentWords
        for dimension in stateFields {
            guard let value = currentValue(of: dimension, saying: words) else { continue }
            plan.filters.append(QueryPlan.Filter(dimension: dimension.name, values: [value]))
            return
        }
    }

    private static let notWords: Set<String> = ["not", "no", "never", "longer", "former", "left", "nt"]

    /// The table of the records the plan counts or lists.
    private func currentStateTable() -> String? {
        switch plan.kind {
        case .records, .lookup:
            return plan.subject.flatMap(navigator.table(ofEntity:))
        case .metric:
            if let counted = subjectEntity ?? plan.metrics.first.flatMap(navigator.countedEntity(of:)) {
                return navigator.table(ofEntity: counted)
            }
            return nil
        case .list, .distinct:
            return nil
        }
    }

    /// The value of a state field whose names say the present ("still working", "current").
    private func currentValue(of dimension: SemanticModel.Dimension, saying words: Set<String>) -> String? {
        for value in dimension.values ?? [] {
            let names = [value] + (dimension.valueSynonyms?[value] ?? [])
            let named = names.contains { name in
                let nameWords = Lexer.lex(name).map(\.folded)
                return nameWords.count <= 3 && !nameWords.contains(where: Self.notWords.contains) && !words.isDisjoint(with: nameWords)
            }
            if named { return value }
        }
        return nil
    }
}
