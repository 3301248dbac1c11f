/// What a span of a question can mean. A span may have several meanings ("orders" is a metric and
/// an entity; "price" is a field); the interpreter picks one from the rest of the question.
public enum Meaning: Sendable, Equatable {
    case metric(String)
    /// A field (a dimension of the model): "city", "list price".
    case field(String)
    case entity(String)
    /// A value of a field: "Electronics", "Gdańsk", "Porto Linen Mills".
    case value(field: String, value: String)
    /// A word that ranks by a field: "expensive" (high list price), "cheapest" (low).
    case adjective(field: String, high: Bool)
    /// One record by key: "order 10042", "customer #42"; `name` when a previous answer showed it.
    case record(entity: String, id: String, name: String? = nil)
    case period(QueryPlan.Period)
    case grain(QueryPlan.Grain)
    /// "YoY", "MoM": the same span shifted back by months (nil: a week).
    case shift(months: Int?)
    /// "the month before": the period before the conversation's period; "the year before", "a year
    /// earlier": that period moved back `months` months.
    case previousPeriod(months: Int?)
    case number(Double, NumberUnit)
    /// A quoted phrase.
    case text(String)
    case grammar(GrammarRole)
}

/// What a number measures.
public enum NumberUnit: Sendable, Equatable {
    case plain
    case currency
    /// Written with `%` or "percent": 5% is 5 here, 0.05 once applied to a rate.
    case percent
    /// A unit word after it that names a field's unit ("10 days", "4 stars", "200 units").
    case unit(String)
}

/// A run of a question's lexemes with its possible meanings.
public struct Span: Sendable, Equatable {
    /// Lexeme indices.
    public var range: Range<Int>
    public var meanings: [Meaning]
    /// The words as typed.
    public var text: String
    /// True when matched with a typo corrected.
    public var fuzzy: Bool

    public init(range: Range<Int>, meanings: [Meaning], text: String, fuzzy: Bool = false) {
        self.range = range
        self.meanings = meanings
        self.text = text
        self.fuzzy = fuzzy
    }

    /// The grammar roles among the meanings.
    public var roles: [GrammarRole] {
        meanings.compactMap { if case .grammar(let role) = $0 { return role }; return nil }
    }

    /// True when the span has no meaning at all: a word the copilot does not know.
    public var isUnknown: Bool { meanings.isEmpty }

    /// True for spans that carry no query meaning (function words, chat).
    public var isFunction: Bool {
        !meanings.isEmpty && meanings.allSatisfy {
            if case .grammar(let role) = $0 { return role == .function || role == .filler || role == .linking }
            return false
        }
    }

    public func has(_ role: GrammarRole) -> Bool { roles.contains(role) }

    /// Whether the plan must use this span for the reading to be complete: schema words, numbers,
    /// dates, quoted text and words that change a question's meaning (negations, superlatives,
    /// shares). Structure words that can be plain prepositions ("for", "from", "under") need not.
    public var mustBePlaced: Bool {
        if meanings.isEmpty { return true }
        return meanings.contains { meaning in
            switch meaning {
            case .grammar(let role):
                switch role {
                case .negation, .superlative, .share, .duration, .average: return true
                default: return false
                }
            default:
                return true
            }
        }
    }
}
