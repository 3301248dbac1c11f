/// The planner's English: words that carry question structure (ranking, comparison, shares,
/// negation, grouping) and words that carry none (fillers). Schema words — metrics, dimensions,
/// values — come from the semantic model, never from here.
enum PlannerVocabulary {
    static let groupingPrepositions: Set<String> = ["by", "per", "each", "every", "across", "among", "between", "within"]

    static let descendingRank: Set<String> = [
        "top", "best", "highest", "most", "biggest", "largest", "greatest", "leading", "max", "maximum", "strongest",
    ]
    static let ascendingRank: Set<String> = [
        "bottom", "worst", "lowest", "least", "fewest", "smallest", "weakest", "min", "minimum", "poorest",
    ]

    static let comparison: Set<String> = [
        "vs", "versus", "v", "compare", "compared", "comparing", "comparison", "against", "growth", "grow", "grew",
        "grown", "change", "changed", "changes", "increase", "increased", "decrease", "decreased", "difference", "diff",
        "delta", "evolve", "evolved", "drop", "dropped", "rise", "rose", "fell", "declined", "decline", "decreasing",
        "increasing", "growing", "shrank", "improved",
    ]

    /// Verbs of movement: with a ranking word they rank by the change between two periods
    /// ("which category grew the most"), not by the current value.
    static let rising: Set<String> = [
        "grew", "grow", "grows", "grown", "growing", "growth", "increase", "increased", "increases", "increasing", "rose", "rise",
        "risen", "rising", "improved", "improve", "gained", "jumped", "climbed",
    ]
    static let falling: Set<String> = [
        "declined", "decline", "declines", "declining", "dropped", "drop", "drops", "fell", "fall", "fallen", "falling",
        "decreased", "decrease", "decreasing", "shrank", "shrunk", "shrink", "slipped", "slumped",
    ]
    /// Ranking words that ask for the relative change ("grew fastest").
    static let relativeRank: Set<String> = ["fastest", "quickest", "relative", "relatively", "proportionally"]

    static let share: Set<String> = [
        "share", "percentage", "percent", "%", "proportion", "fraction", "portion", "contribution", "contribute",
        "contributes", "pct",
    ]

    static let negation: Set<String> = ["excluding", "exclude", "except", "without", "not", "non", "ex", "excl", "minus"]

    /// Words that link a counted noun to what qualifies it: "shipments *that were* delivered late".
    static let relativeLinks: Set<String> = [
        "that", "which", "who", "where", "were", "was", "are", "is", "have", "has", "had", "been", "being", "got", "get",
        "currently", "now", "still", "we",
    ]

    static let listing: Set<String> = ["which", "list", "show", "what", "whats", "display", "give", "name", "names"]

    static let trend: Set<String> = ["trend", "trends", "trending", "evolution", "timeline", "history", "historical", "over"]

    static let followUpMarkers: Set<String> = [
        "and", "also", "what", "how", "about", "same", "instead", "only", "just", "now", "then", "too", "again",
        "break", "split", "drill", "compare", "vs", "versus", "exclude", "without", "but", "ok", "okay", "so",
    ]

    static let help: Set<String> = ["help", "capabilities", "commands", "examples", "usage", "dimensions", "questions", "features"]

    /// Shorthand people type, expanded before anything else reads the question.
    static let abbreviations: [String: String] = [
        "avg": "average", "nb": "number", "num": "number", "no.": "number", "qty": "quantity", "mnth": "month",
        "mth": "month", "mnths": "months", "mths": "months", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
        "todays": "today", "ppl": "people", "cust": "customers", "custs": "customers", "rev": "revenue", "amt": "amount",
        "pct": "percent", "percentage": "percent", "incl": "including", "excl": "excluding", "thru": "through",
        "vs.": "vs", "w/o": "without", "prev": "previous", "yday": "yesterday", "tmrw": "tomorrow", "ytd.": "ytd",
        "mom": "mom", "info": "information", "whats": "what", "hows": "how", "wats": "what", "wat": "what",
        "cos": "because", "bc": "because", "u": "you", "ur": "your", "r": "are", "y": "why", "abt": "about",
        "tx": "transactions", "txns": "transactions", "prods": "products", "prod": "product", "cat": "category",
        "cats": "categories", "cnt": "count", "tot": "total", "sku's": "skus",
    ]

    /// Words with no planning meaning: function words, chat filler and generic report nouns.
    static let fillers: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "with", "and", "or", "is", "are", "was", "were",
        "be", "been", "being", "do", "does", "did", "done", "have", "has", "had", "i", "me", "my", "we", "us", "our",
        "ours", "you", "your", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he",
        "she", "what", "whats", "which", "who", "whom", "how", "much", "many", "when", "where", "why", "can", "could",
        "would", "will", "shall", "should", "may", "might", "must", "please", "pls", "plz", "thanks", "thank", "thx",
        "hey", "hi", "hello", "yo", "ok", "okay", "so", "just", "quick", "quickly", "q", "question", "one", "tell",
        "show", "give", "get", "got", "find", "list", "see", "let", "lets", "know", "want", "wanna", "need", "like",
        "look", "looking", "check", "display", "pull", "fetch", "gimme", "me", "up", "out", "about", "all", "any",
        "some", "each", "every", "per", "by", "as", "into", "than", "then", "also", "too", "very", "really", "actually",
        "currently", "current", "now", "right", "overall", "total", "totals", "totally", "sum", "amount", "amounts",
        "number", "numbers", "figure", "figures", "value", "values", "stat", "stats", "statistics", "data", "info",
        "information", "report", "reports", "breakdown", "broken", "down", "split", "break", "level", "levels",
        "count", "counts", "rate", "rates", "metric", "metrics", "kpi", "kpis", "result", "results", "performance",
        "perform", "performed", "performing", "doing", "done", "go", "going", "went", "come", "comes", "came",
        "make", "made", "generate", "generated", "bring", "brought", "there", "here", "vs", "versus", "compared",
        "compare", "against", "with", "without", "if", "but", "only", "same", "instead", "again", "exactly",
        "approximately", "roughly", "about", "around", "basically", "whole", "entire", "full", "period", "time",
        "times", "date", "dates", "so", "far", "far", "ever", "since", "until", "till", "through", "thru", "between",
        "during", "over", "last", "past", "previous", "prior", "next", "recent", "recently", "latest", "ago",
        "term", "terms", "regarding", "re", "wrt", "using", "use", "used", "across", "among", "within", "broke",
        "sorted", "sort", "order", "ordered", "ranked", "rank", "ranking", "rankings", "top", "bottom", "best",
        "worst", "highest", "lowest", "most", "least", "biggest", "smallest", "largest", "fewest", "greatest",
        "table", "chart", "graph", "plot", "view", "summary", "summarize", "overview", "details", "detail",
        "kind", "type", "types", "sort", "lot", "lots", "bit", "little", "please", "fine", "good", "great",
        "cool", "nice", "awesome", "hmm", "um", "uh", "well", "yeah", "yes", "no", "not", "dont", "don", "t",
        "s", "d", "ll", "re", "ve", "m", "im", "ive", "id", "youre", "were", "theyre", "isnt", "wasnt", "arent",
        "whole", "general", "generally", "altogether", "combined", "grand", "both", "either", "other", "others",
        "else", "another", "things", "thing", "stuff", "etc", "e", "g", "eg", "ie", "via", "thru", "til",
        "group", "grouped", "grouping", "segment", "segmented", "vary", "varies", "distribution", "distributed",
        "spread", "look", "like", "looked", "looks", "numbers", "figures", "dollars", "usd", "$", "money",
        "how's", "hows", "wats", "wat", "whats", "wht", "tho", "though", "ya", "u", "ur", "r", "n",
        "happen", "happened", "happening", "recorded", "record", "registered", "made", "had", "see", "seen",
        "along", "plus", "together", "respectively", "individual", "individually", "separately", "separate",
        "respective", "its", "per", "inc", "including", "include", "includes", "included", "incl", "weve",
        "theres", "there's", "anything", "everything", "something", "nothing", "ones", "mine",
        // verbs and adverbs that carry no planning meaning in shop questions
        "handle", "handled", "handles", "process", "processed", "place", "placed", "receive", "received", "still",
        "due", "different", "distinct", "unique", "hold", "held", "keep", "kept", "stand", "stands", "stood",
        "currently", "today's", "ever", "yet", "already", "anymore", "people", "person", "folks", "guys", "team",
        "happened", "occur", "occurred", "end", "ended", "ending", "start", "started", "starting", "begin",
        "beginning", "whole", "entire", "every", "single", "pull", "run", "ran", "compute", "calculate",
        "calculated", "work", "works", "worked", "figure", "tell", "explain", "mean", "means", "meant",
        "because", "why", "when", "where", "who", "ask", "asked", "slice", "sliced", "dice", "filter", "filtered",
        "able", "possible", "available", "use", "this", "thing", "things", "bot", "copilot", "assistant",
        "again", "please", "kindly", "real", "quick", "fast", "come", "coming", "from", "ones", "one",
    ]
}
