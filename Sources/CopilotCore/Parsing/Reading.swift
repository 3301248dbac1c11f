/// The interpreter's working copy of a tagged question: its spans, and which of them the plan
/// has used. Whatever content is left unused at the end was not understood.
struct Reading {
    let tagged: TaggedQuestion
    var spans: [Span]
    private(set) var used: [Bool]
    /// Spans the reading is complete without (structure words that may be plain prepositions).
    private(set) var optional: [Bool]
    /// The meaning chosen for a span that has several.
    private(set) var chosen: [Meaning?]

    init(_ tagged: TaggedQuestion) {
        self.tagged = tagged
        spans = tagged.spans
        used = spans.map(\.isFunction)
        optional = spans.map { !$0.mustBePlaced }
        chosen = spans.map { $0.meanings.count == 1 ? $0.meanings[0] : nil }
    }

    var indices: Range<Int> { spans.indices }

    mutating func use(_ index: Int, as meaning: Meaning? = nil) {
        guard spans.indices.contains(index) else { return }
        used[index] = true
        if let meaning { chosen[index] = meaning }
    }

    func isUsed(_ index: Int) -> Bool { used[index] }

    /// Makes a structure word one the plan must account for: a reading that leaves it unused was
    /// not understood.
    mutating func require(_ index: Int) {
        guard spans.indices.contains(index) else { return }
        used[index] = false
        optional[index] = false
    }

    /// Spans a follow-up's pointer was replaced in ("the first one" → that record): all their
    /// meanings apply together.
    private(set) var replaced = Set<Int>()

    /// Gives a span the records or values it points at.
    mutating func replace(_ index: Int, with meanings: [Meaning]) {
        guard spans.indices.contains(index) else { return }
        spans[index].meanings = meanings
        used[index] = false
        optional[index] = false
        chosen[index] = meanings.count == 1 ? meanings[0] : nil
        replaced.insert(index)
    }

    func isReplaced(_ index: Int) -> Bool { replaced.contains(index) }

    /// Spans with words nothing knows.
    var unknown: [Span] { spans.filter(\.isUnknown) }

    /// Spans with content nobody used yet.
    var unused: [Int] { spans.indices.filter { !used[$0] && !optional[$0] } }

    // MARK: Meanings of a span

    func metrics(_ index: Int) -> [String] {
        spans[index].meanings.compactMap { if case .metric(let name) = $0 { return name }; return nil }
    }

    func fields(_ index: Int) -> [String] {
        spans[index].meanings.compactMap { if case .field(let name) = $0 { return name }; return nil }
    }

    func entities(_ index: Int) -> [String] {
        spans[index].meanings.compactMap { if case .entity(let name) = $0 { return name }; return nil }
    }

    func values(_ index: Int) -> [(field: String, value: String)] {
        spans[index].meanings.compactMap { if case .value(let field, let value) = $0 { return (field, value) }; return nil }
    }

    func adjective(_ index: Int) -> (field: String, high: Bool)? {
        for case .adjective(let field, let high) in spans[index].meanings { return (field, high) }
        return nil
    }

    /// Every field a rank word can mean ("slowest": delivery time or lead time).
    func adjectives(_ index: Int) -> [(field: String, high: Bool)] {
        spans[index].meanings.compactMap { if case .adjective(let field, let high) = $0 { return (field, high) }; return nil }
    }

    func record(_ index: Int) -> (entity: String, id: String)? {
        for case .record(let entity, let id, _) in spans[index].meanings { return (entity, id) }
        return nil
    }

    func records(_ index: Int) -> [(entity: String, id: String, name: String?)] {
        spans[index].meanings.compactMap { if case .record(let entity, let id, let name) = $0 { return (entity, id, name) }; return nil }
    }

    func number(_ index: Int) -> (value: Double, unit: NumberUnit)? {
        for case .number(let value, let unit) in spans[index].meanings { return (value, unit) }
        return nil
    }

    func grain(_ index: Int) -> QueryPlan.Grain? {
        for case .grain(let grain) in spans[index].meanings { return grain }
        return nil
    }

    /// "and", "or": a word joining the items of a list.
    func isConjunction(_ index: Int) -> Bool {
        has(index, .conjunction(and: true)) || has(index, .conjunction(and: false))
    }

    func period(_ index: Int) -> QueryPlan.Period? {
        for case .period(let period) in spans[index].meanings { return period }
        return nil
    }

    /// Whether the span moves a period in time ("year on year", "the same month last year").
    func shifts(_ index: Int) -> Bool {
        spans[index].meanings.contains { if case .shift = $0 { true } else { false } }
    }

    func has(_ index: Int, _ role: GrammarRole) -> Bool {
        spans.indices.contains(index) && spans[index].has(role)
    }

    func question(_ index: Int) -> GrammarRole.Question? {
        guard spans.indices.contains(index) else { return nil }
        for case .question(let kind) in spans[index].roles { return kind }
        return nil
    }

    func comparator(_ index: Int) -> ComparisonOperator? {
        guard spans.indices.contains(index) else { return nil }
        for case .comparator(let op) in spans[index].roles { return op }
        return nil
    }

    func superlative(_ index: Int) -> (highest: Bool, quality: Bool)? {
        guard spans.indices.contains(index) else { return nil }
        for case .superlative(let highest, let quality) in spans[index].roles { return (highest, quality) }
        return nil
    }

    /// True when the span can name something of the schema (metric, field, entity, value, record).
    func isSchema(_ index: Int) -> Bool {
        spans[index].meanings.contains {
            switch $0 {
            case .metric, .field, .entity, .value, .record, .adjective: true
            default: false
            }
        }
    }

    // MARK: Neighbours

    /// The nearest span before `index` that is not a function word.
    func previousContent(_ index: Int) -> Int? {
        var look = index - 1
        while look >= 0 {
            if !spans[look].isFunction { return look }
            look -= 1
        }
        return nil
    }

    /// The nearest span after `index` that is not a function word.
    func nextContent(_ index: Int) -> Int? {
        var look = index + 1
        while look < spans.count {
            if !spans[look].isFunction { return look }
            look += 1
        }
        return nil
    }

    /// The folded words of a span.
    func words(_ index: Int) -> ArraySlice<String> { tagged.words[spans[index].range] }

    /// True when the span was said in parentheses.
    func isAside(_ index: Int) -> Bool {
        let range = spans[index].range
        return !range.isEmpty && tagged.lexemes[range].allSatisfy(\.aside)
    }

    /// True when the span's words are a plural noun ("customers", "orders").
    func isPlural(_ index: Int) -> Bool {
        guard let last = words(index).last else { return false }
        // Plurals without an -s ("people", "children", "staff" reads as either).
        if ["people", "ppl", "folks", "men", "women", "children"].contains(last) { return true }
        return PhraseTable<Meaning>.stem(last) != last
    }

    func first(where predicate: (Int) -> Bool) -> Int? { spans.indices.first(where: predicate) }
    func all(where predicate: (Int) -> Bool) -> [Int] { spans.indices.filter(predicate) }
}
