/// What a structure word or phrase does in a question. Schema words (metrics, fields, values) come
/// from the semantic model; these come from English.
public enum GrammarRole: Sendable, Equatable {
    /// "how many", "number of", "count": count records.
    case count
    /// "total", "sum of": add up a field.
    case total
    /// "average", "mean": average a field.
    case average
    /// "maximum", "minimum", "largest value of": the extreme of a field.
    case extreme(highest: Bool)
    /// "list", "show", "give me", "find": the records or values themselves.
    case list
    /// "which", "what", "who", "when", "where" — the question's focus.
    case question(Question)
    /// "by", "per", "each", "for each", "across", "broken down by".
    case grouping
    /// "more than", "over", "at least", "under", "between", "or more".
    case comparator(ComparisonOperator)
    /// "than" after a comparative adjective ("higher than").
    case than
    /// "top", "most", "highest", "biggest": rank descending; "bottom", "least", "fewest": ascending.
    /// `quality` for "best"/"worst", which flip for metrics where more is worse.
    case superlative(highest: Bool, quality: Bool)
    /// "not", "no", "never", "without", "excluding", "except", "outside", "non".
    case negation
    /// "including", "incl", "with … included": every value, lifting a metric's own filter.
    case including
    /// "vs", "compared with", "against", "side by side", "difference", "change", "growth".
    case comparison
    /// Verbs of movement: "grew" (+1), "fell" (-1).
    case movement(Int)
    /// "fastest", "relative": a movement ranked by its ratio.
    case relative
    /// "often", "frequently": how many times something happened — a count of the events, not an
    /// amount ("which store did he buy from most often").
    case frequency
    /// "share", "percentage", "%", "proportion", "fraction".
    case share
    /// "trend", "over time", "history".
    case trend
    /// "how long", "how quickly", "how many days": the answer is a duration, so the plan must
    /// measure one (days to deliver, lead time) or the question is not a data question.
    case duration
    /// "highest first", "oldest first": how to order what is listed, without keeping only the top.
    /// `byDate` for "newest first", "oldest first"; `quality` for "best first", "worst first",
    /// whose direction turns for a metric where more is worse.
    case sortOrder(descending: Bool, byDate: Bool, quality: Bool = false)
    /// "and", "or", "plus", "as well as".
    case conjunction(and: Bool)
    /// "that", "those", "it", "they", "them", "their", "its", "he", "she": refers to what came before.
    case reference
    /// "first", "second", "top one", "last one": a row of the previous answer.
    case ordinal(Int)
    /// "help", "what can you do".
    case help
    /// "and", "what about", "how about", "instead", "only", "also": follow-up markers (also covered).
    case followUp
    /// "'s", "of" in "the price of": a possessive link between a record and its field.
    case possessive
    /// Verbs that link a subject to what it did, with no meaning of their own ("placed",
    /// "generated", "handled", "took", "had").
    case linking
    /// "still", "currently", "so far", "ever", "yet", "at all": no effect on the query.
    case function
    /// "please", "hey", "thanks", "quick question": chat.
    case filler

    public enum Question: String, Sendable {
        case what, which, who, when, whereQuestion = "where", how
    }
}
