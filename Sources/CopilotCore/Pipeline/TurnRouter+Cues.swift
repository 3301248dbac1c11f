/// The words the router reads to tell a definition question from a data question, a follow-up
/// from a new question, and one question from several.
extension TurnRouter {
    /// Words that mark a question as asking what something means or what the rules are, even when it
    /// names a metric ("how is AOV calculated").
    static let definitionCues: Set<String> = [
        "define", "defined", "definition", "definitions", "calculated", "calculate", "calculation", "computed",
        "compute", "formula", "meaning", "mean", "means", "measured", "policy", "policies", "explain", "explained",
        "window", "eligible", "eligibility", "allowed", "rules", "procedure", "guarantee", "warranty", "perks",
        "benefits", "sla", "promise", "promised", "handled", "happens", "contact", "escalate", "divided", "divide", "denominator",
        "numerator",
    ]

    /// Cues that ask how a figure is worked out, not what rule applies.
    static let workingOutCues: Set<String> = [
        "define", "defined", "definition", "definitions", "calculated", "calculate", "calculation", "computed", "compute", "formula",
        "meaning", "mean", "means", "measured", "explain", "explained", "divided", "divide", "denominator", "numerator",
    ]

    static func asksHowWorkedOut(_ text: String) -> Bool {
        QuestionTokens(text).words.contains(where: workingOutCues.contains)
    }

    /// A plan of figures bounded in time or broken down: what only the data can answer.
    static func isMeasured(_ reading: PlannerOutcome) -> Bool {
        guard case .plan(let plan, _) = reading, plan.kind == .metric else { return false }
        return plan.period != nil && (!plan.dimensions.isEmpty || plan.grain != nil || !plan.filters.isEmpty)
    }

    /// Names of the product itself and of its action proposals: a question about the copilot ("when
    /// I ask the copilot for last week, which days does it use?", "I clicked confirm twice on a
    /// proposal") is answered by its documents, never by the shop's data.
    static let selfNames: Set<String> = ["copilot", "assistant", "chatbot", "bot", "proposal", "proposals"]

    static func isAboutCopilot(_ text: String) -> Bool {
        QuestionTokens(text).words.contains(where: selfNames.contains)
    }

    /// "and last year?", "what about Europe": a follow-up refines the previous data question and is
    /// never a knowledge lookup.
    static func isFollowUp(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["and ", "what about", "how about", "same "].contains { lowered.hasPrefix($0) }
    }

    /// Words that point at the conversation's last answer, and short fragments ("standard
    /// service only", "by carrier") that only make sense after one.
    static func pointsBack(_ text: String) -> Bool {
        let words = QuestionTokens(text).words
        if words.count <= 4 { return true }
        return words.contains(where: backPointers.contains)
    }

    static let backPointers: Set<String> = [
        "that", "those", "these", "it", "its", "them", "their", "they", "theirs", "one", "ones", "both",
        "same", "only", "just", "too", "also", "instead", "either", "former", "latter",
    ]

    /// Phrases that ask what a rule says rather than what the data shows: "does revenue include
    /// shipping?", "what counts as an active customer", "what's the difference between…", "how
    /// much does someone need to spend to reach gold".
    static let rulePhrases: [[String]] = [
        ["difference", "between"], ["count", "as"], ["counts", "as"], ["counted", "as"], ["what", "happens"], ["supposed", "to"],
        ["have", "to"], ["has", "to"], ["need", "to"], ["meant", "to"], ["needs", "to"], ["allowed", "to"], ["is", "it", "possible"], ["worked", "out"],
        ["are", "we", "allowed"], ["is", "allowed"], ["who", "can"], ["at", "what", "point"], ["until", "when"], ["how", "soon"],
        ["work", "out"], ["works", "out"],
        ["get", "to"], ["got", "to"], ["go", "down", "when"], ["go", "up", "when"],
        // Advice on handling a case: "what do I tell them", "what should we do", "how should I handle".
        ["what", "do", "i", "tell"], ["what", "do", "we", "tell"], ["what", "should", "i"], ["what", "should", "we"],
        ["what", "do", "i", "say"], ["how", "should", "i"], ["how", "should", "we"], ["how", "do", "i", "handle"],
    ]

    static func isRuleQuestion(_ text: String) -> Bool {
        let words = QuestionTokens(text).words
        if rulePhrases.contains(where: { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
        }) { return true }
        // "who ships our amazon orders, amazon or us?", "is that parcels delivered in november or
        // orders placed in november?": one of two ways things work, asked.
        let pairs = Set(zip(words, words.dropFirst()).map { "\($0) \($1)" })
        if words.contains("or"), !pairs.isDisjoint(with: ["or us", "or we", "or them", "is that", "is it", "does it", "do they"]),
           !pairs.isDisjoint(with: ["or us", "or we", "or them"]) || words.filter({ $0 == "or" }).count == 1 && !pairs.contains("or not") {
            return true
        }
        // "does revenue include shipping?", "are cancelled orders counted in revenue?"
        guard let first = words.first, ["do", "does", "is", "are", "can", "could", "should", "must", "may"].contains(first) else { return false }
        // "can amazon buyers use our promo codes", "should we refund…"; "can you show…" is a request.
        if ["can", "could", "should", "must", "may"].contains(first), let second = words.dropFirst().first,
           !["you", "i", "u"].contains(second) { return true }
        // "can I get monthly revenue for …", "could you show me …": a request for figures; "can I get a
        // refund" asks for something a rule allows.
        if ["can", "could"].contains(first), words.count > 3, ["get", "have", "see", "show", "pull", "grab", "give", "list"].contains(words[2]),
           !["a", "an", "my", "her", "his", "their"].contains(words[3]) {
            return false
        }
        return words.contains { ["include", "includes", "included", "counted", "count", "apply", "applies", "deducted", "stack", "combine",
                                 "eligible", "allowed", "get", "gets", "use", "when"].contains($0) }
    }

    /// Openings of questions about how things work rather than about figures: yes/no questions
    /// ("can amazon buyers use our codes"), "how long", "how soon", "when do", "who", "what if".
    static func isPolicyShaped(_ text: String) -> Bool {
        // The question may follow its context: "customer paid by paypal - when will the refund show?"
        // A full stop ends the context too: "a member wants to send a jacket back. do we accept".
        let clauses = text.split(whereSeparator: { "-–—,;:?".contains($0) || $0 == "." }).map(String.init)
        if clauses.count > 1, clauses.contains(where: { opensLikeRule($0) }) { return true }
        return opensLikeRule(text) || isRuleQuestion(text) || asksWhatSomeoneMay(text)
    }

    /// A modal with someone as its subject inside the question: "how big a coupon can an agent
    /// give", "… can they leave 5 reviews". Requests to the copilot ("can you show") are not rules.
    private static func asksWhatSomeoneMay(_ text: String) -> Bool {
        let words = QuestionTokens(text).words
        let subjects: Set<String> = ["a", "an", "the", "they", "we", "he", "she", "someone", "anyone", "customers", "agents", "staff",
                                     "our", "their"]
        if zip(words, words.dropFirst()).contains(where: { ["can", "could", "may", "must", "should"].contains($0) && subjects.contains($1) }) {
            return true
        }
        // "anything I should watch out for": what someone ought to do, said as a statement.
        return zip(words, words.dropFirst()).contains { ["i", "we"].contains($0) && ["should", "must"].contains($1) }
    }

    /// Whether the words open a question about how things work.
    private static func opensLikeRule(_ text: String) -> Bool {
        // "when exactly do we…", "roughly how many days…": a hedging adverb changes nothing.
        let hedges: Set<String> = ["exactly", "actually", "roughly", "usually", "normally", "typically", "approximately"]
        let words = QuestionTokens(text).words.filter { !hedges.contains($0) }
        guard let first = words.first else { return false }
        let second = words.dropFirst().first ?? ""
        // "how many days before the carrier gives up", "how many business days does a refund take":
        // a length of time asked of how things work.
        if first == "how", second == "many", words.dropFirst(2).prefix(2).contains(where: { TimeVocabulary.units[$0] != nil }) { return true }
        if ["can", "could", "may", "should", "must", "do", "does", "is", "are", "will", "who", "if", "whats", "why"].contains(first) { return true }
        if first == "how", ["long", "soon", "fast", "quickly", "do", "does", "is", "are", "should"].contains(second) { return true }
        if first == "when", ["do", "does", "is", "are", "should", "can", "will"].contains(second) { return true }
        if first == "what", ["happens", "if", "is", "are", "does", "counts"].contains(second) { return true }
        // "what do I tell them", "what should we do"
        if first == "what", ["do", "should", "can"].contains(second), ["i", "we", "you"].contains(words.dropFirst(2).first ?? "") { return true }
        return false
    }

    /// Whether a message the data side could not read tells a situation rather than asks for
    /// figures: several words no model name explains, in a message of some length that does not
    /// open like a request for records ("which…", "how many…", "list…").
    static func tellsASituation(_ text: String, unknown: [String]) -> Bool {
        let words = QuestionTokens(text).words
        let content = words.filter { !Stopwords.words.contains($0) }
        return unknown.count >= 3 && content.count >= 8 && Double(unknown.count) >= 0.25 * Double(content.count) && !asksForRecords(text)
    }

    /// Openings that ask for records or figures: "which carrier…", "how many shipments…", "list…".
    static func asksForRecords(_ text: String) -> Bool {
        let words = QuestionTokens(text).words
        guard let first = words.first else { return false }
        if ["which", "who", "list", "show", "top", "rank"].contains(first) { return true }
        return ["how"].contains(first) && ["many", "much"].contains(words.dropFirst().first ?? "")
            && !words.contains(where: ["calculated", "calculate", "defined", "computed", "measured", "counted"].contains)
    }

    /// "list late UPS parcels out of Reno …, with shipment id, promised date and delivery time":
    /// a request for rows the data side read all but a word of is asked back, not answered with
    /// the passage that mentions a promised date.
    static func listsRows(_ text: String) -> Bool {
        let words = QuestionTokens(text).words
        return ["list", "show"].contains(words.first ?? "") && (text.contains(",") || words.contains("with"))
    }

    static func isDefinitionQuestion(_ text: String) -> Bool {
        QuestionTokens(text).words.contains { word in
            // A slip of one letter in a long cue ("devided by what") still asks for a definition;
            // another form of the word does not ("each carrier handle" is no "handled").
            definitionCues.contains(word) || word.count >= 6 && definitionCues.contains { cue in
                cue.count >= 6 && !cue.hasPrefix(word) && !word.hasPrefix(cue) && EditDistance.damerauLevenshtein(word, cue, limit: 2) <= 1
            }
        }
    }

    /// Splits "what's our return rate and what's the return window?" into its questions: at "?",
    /// ";" or an "and"/"also" followed by a question word.
    static func clauses(of text: String) -> [String] {
        let interrogatives: Set<String> = ["what", "whats", "how", "which", "when", "who", "is", "are", "do", "does", "can", "where", "why"]
        var clauses: [String] = []
        // "?" and ";" end a question only when another question follows ("… rate? what's the window"),
        // not before a trailing qualifier ("did the return rate go up? 2024 vs 2023").
        var parts: [String] = []
        for piece in text.split(whereSeparator: { $0 == "?" || $0 == ";" }).map(String.init) {
            let first = piece.split(separator: " ").first.map { $0.lowercased().replacingOccurrences(of: "'s", with: "s") } ?? ""
            let second = piece.split(separator: " ").dropFirst().first.map { $0.lowercased().replacingOccurrences(of: "'s", with: "s") } ?? ""
            let startsQuestion = interrogatives.contains(first) || (["and", "also", "plus"].contains(first) && interrogatives.contains(second))
            if let last = parts.last, !startsQuestion {
                parts[parts.count - 1] = last + " " + piece
            } else {
                parts.append(piece)
            }
        }
        for part in parts {
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            var current: [Substring] = []
            for (index, word) in words.enumerated() {
                let lower = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
                let next = index + 1 < words.count ? words[index + 1].lowercased().replacingOccurrences(of: "'s", with: "s") : ""
                if ["and", "also", "plus"].contains(lower), interrogatives.contains(next), current.count >= 2 {
                    clauses.append(current.joined(separator: " "))
                    current = []
                    continue
                }
                current.append(word)
            }
            if !current.isEmpty { clauses.append(current.joined(separator: " ")) }
        }
        return clauses.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
