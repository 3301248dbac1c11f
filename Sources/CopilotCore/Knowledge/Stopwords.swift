/// Words that carry no meaning for finding a passage: function words, chat filler and generic
/// report nouns. Questions are matched to documents on the rest.
package enum Stopwords {
    static let words: Set<String> = [
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

    /// The stemmed words of `text` that carry meaning (time units kept: "month" matters).
    package static func content(of text: String) -> Set<String> {
        Set(QuestionTokens(text).words.filter { !words.contains($0) || TimeVocabulary.units[$0] != nil }.map(WordStem.light))
    }
}
