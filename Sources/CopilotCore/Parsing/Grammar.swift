/// English structure words and phrases with their roles. Every word of a question is either one
/// of these, a date or number, or a schema word from the semantic model; anything else is
/// unknown, and the copilot asks about it rather than drop it.
package enum Grammar {
    /// Phrase (folded words joined by spaces) → its roles, most usual first.
    static let phrases: [String: [GrammarRole]] = {
        var table: [String: [GrammarRole]] = [:]
        func add(_ role: GrammarRole, _ words: [String]) {
            for word in words where !(table[word]?.contains(role) ?? false) { table[word, default: []].append(role) }
        }
        add(.count, ["how many", "number of", "# of", "no. of", "nr of", "count of", "count", "counts", "tally", "total number of", "how many of", "the number of",
                     "quantity of", "amount of"])
        add(.total, ["total", "sum of", "sum", "totals", "overall", "in total", "combined", "altogether", "aggregate", "how much",
                     "all together", "together", "taken together", "put together", "all in all",
                     "add up to", "adds up to", "added up to", "add up", "amount to", "amounted to",
                     // "by how many dollars did revenue grow": an amount of money, not a count.
                     "how many dollars", "how many euros", "how many pounds", "how many dollars worth"])
        add(.average, ["average", "avg", "mean", "typical", "on average", "averaging", "averages"])
        add(.extreme(highest: true), ["maximum", "max", "highest value of"])
        add(.extreme(highest: false), ["minimum", "min", "lowest value of"])
        add(.list, ["list", "show", "show me", "give", "give me", "display", "find", "get", "pull", "tell me", "name", "names of", "fetch",
                    "i want", "i need", "need", "want", "see", "let me see", "can i see", "can you show", "report", "break down",
                    "break out", "lookup", "look up", "enumerate", "what are the", "what were the", "which are the", "options"])
        add(.question(.what), ["what", "whats", "what is", "what was", "what are", "what were", "what s", "wat", "wht"])
        add(.question(.which), ["which", "which one", "which ones", "wich", "whcih", "whihc"])
        add(.question(.who), ["who", "whom", "whose", "whos", "who s"])
        add(.question(.when), ["when", "what date", "what day"])
        add(.question(.whereQuestion), ["where", "in which", "in what"])
        add(.duration, ["how long", "how quickly", "how fast", "how soon", "how many days", "how much time", "how many hours",
                        "how long does it take", "how long did it take", "how long do they take", "how long does that take"])
        add(.sortOrder(descending: true, byDate: false), ["highest first", "biggest first", "largest first", "most first", "highest to lowest",
                                                          "largest to smallest", "biggest to smallest", "most expensive first", "high to low", "longest first", "longest to shortest",
                                                          "descending", "in descending order", "desc", "decreasing order",
                                                          "top seller first", "top sellers first", "best seller first", "best sellers first",
                                                          "biggest seller first", "top one first"])
        add(.sortOrder(descending: false, byDate: false), ["lowest first", "smallest first", "cheapest first", "lowest to highest", "shortest first", "shortest to longest",
                                                           "smallest to largest", "least first", "low to high", "ascending",
                                                           "in ascending order", "asc", "increasing order"])
        add(.sortOrder(descending: true, byDate: false, quality: true), ["best first", "best to worst", "strongest first", "best at the top"])
        add(.sortOrder(descending: false, byDate: false, quality: true), ["worst first", "worst to best", "weakest first", "worst at the top"])
        add(.sortOrder(descending: true, byDate: true), ["newest first", "latest first", "most recent first", "newest to oldest"])
        add(.sortOrder(descending: false, byDate: true), ["oldest first", "earliest first", "oldest to newest", "in date order",
                                                          "chronologically", "in chronological order"])
        add(.question(.how), ["how", "hows", "how is", "how are", "how did", "how does", "how do"])
        add(.grouping, ["by", "per", "each", "every", "for each", "for every", "across", "broken down by", "split by", "grouped by",
                        "group by", "breakdown by", "breakdown of", "by each", "in each", "of each", "per each", "each of", "for each of", "across all",
                        "for all", "for the various", "for the different", "segmented by", "sliced by", "split", "broken down", "broken out", "broke out", "break out",
                        "break that down", "break it down", "break this down", "break them down", "break those down", "split that",
                        "split it", "split this", "split them", "break down",
                        "distributed across", "distributed over", "distributed among", "distributed between", "spread across",
                        "spread over", "split across", "split between", "split among"])
        add(.comparator(.greater), ["more than", "greater than", "over", "above", "higher than", "bigger than", "larger than", "exceeding",
                                    "exceeds", "exceeded", "in excess of", "upwards of", ">", "past", "beyond", "longer than", "later than",
                                    "after", "cleared", "topped", "surpassed", "crossed", "went over", "went above", "broke through",
                                    // "more then $50": the common slip for "than".
                                    "more then", "greater then", "higher then", "bigger then", "larger then", "longer then", "north of"])
        add(.comparator(.greaterOrEqual), ["at least", "or more", "no less than", "not less than", "minimum of", "min of", ">=", "or above",
                                           "or later", "and later", "or after", "onwards", "or newer",
                                           "and above", "and up", "or higher", "+", "plus"])
        add(.comparator(.less), ["less than", "fewer than", "under", "below", "lower than", "smaller than", "cheaper than", "<", "shorter than",
                                 "earlier than", "before", "beneath", "less then", "fewer then", "lower then", "smaller then", "shorter then",
                                 "south of"])
        add(.comparator(.lessOrEqual), ["at most", "or less", "or fewer", "no more than", "not more than", "up to", "maximum of", "max of",
                                        "or earlier", "and earlier", "or before", "or older",
                                        "<=", "or below", "and below", "or under", "or lower"])
        add(.comparator(.equal), ["exactly", "equal to", "equals", "=", "precisely"])
        add(.comparator(.between), ["between", "from", "in the range"])
        add(.comparator(.contains), ["containing", "contains", "contain", "with the word", "including the word", "includes the word",
                                     "mentioning", "like", "matching"])
        add(.than, ["than"])
        add(.superlative(highest: true, quality: false), ["top", "most", "highest", "biggest", "largest", "greatest", "peak", "the peak", "slowest", "leading", "maximum",
                                                          "the most", "max", "heaviest", "longest", "largest number of", "most number of",
                                                          "the highest", "the biggest", "the largest", "the top", "top performing",
                                                          "highest number of", "greatest number of", "more", "busiest", "the busiest",
                                                          "favourite", "favorite", "preferred", "led", "most common", "the most common", "commonest",
                                                          "the commonest", "most frequent", "the most frequent", "main", "the main",
                                                          // "which tier had the bigger basket": of two, the one with more.
                                                          "higher", "the higher", "bigger", "the bigger", "larger", "the larger",
                                                          "greater", "the greater", "busier", "the busier", "longer", "the longer", "most recently", "the most recently"])
        add(.superlative(highest: false, quality: false), ["bottom", "least", "lowest", "fewest", "smallest", "the least", "the fewest",
                                                           "the lowest", "the smallest", "shortest", "minimum number of", "lightest",
                                                           "least number of", "lowest number of", "fewer", "less", "quietest", "the quietest",
                                                           "least common", "the least common", "least frequent", "the least frequent",
                                                           "rarest", "the rarest", "lower", "the lower", "smaller", "the smaller",
                                                           "shorter", "the shorter", "quieter", "the quieter", "least recently", "the least recently"])
        add(.frequency, ["often", "frequently", "regularly", "most times", "how often"])
        add(.superlative(highest: true, quality: true), ["best", "strongest", "the best", "best performing", "top performer",
                                                         "best performer", "did best", "did the best", "performed best", "better", "the better",
                                                         "stronger", "the stronger"])
        add(.superlative(highest: false, quality: true), ["worst", "weakest", "poorest", "the worst", "worst performing", "underperforming",
                                                          "did worst", "did the worst", "performed worst", "lagging", "worse", "the worse",
                                                          "weaker", "the weaker", "poorer", "the poorer"])
        add(.negation, ["not", "no", "never", "without", "excluding", "exclude", "except", "except for", "outside", "outside of", "non",
                        "other than", "anything but", "anything other than", "something other than", "anything except", "apart from", "aside from", "minus", "ex", "excl", "neither", "nor", "none", "zero", "nothing",
                        "not any", "no longer", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "havent", "hasnt",
                        "hadnt", "wont", "cant", "leaving out", "leave out", "rather than", "instead of", "but not", "skip", "skipping",
                        "ignore", "ignoring", "ignored", "drop", "dropping", "not counting", "without counting", "not including",
                        "nobody", "no one", "noone"])
        // After what they deny: "renovating or closed ones don't count", "cancelled orders excluded".
        add(.negation, Self.deniesBefore)
        add(.including, ["including", "incl", "include", "includes", "included", "inclusive of", "with all", "regardless of",
                         "whatever the", "of any", "any status", "all statuses", "counting", "every status", "of any status", "of every status", "with any status", "whatever its",
                         "whatever their", "no matter the", "regardless", "of all statuses", "in any status",
                         "count too", "count as well", "counted too", "counted as well", "also count", "count also", "included too"])
        add(.comparison, ["vs", "versus", "v", "compared to", "compared with", "compare", "compared", "comparing", "comparison",
                          "against", "side by side", "next to", "difference", "difference between", "diff", "delta", "change",
                          "changed", "changes", "year over year", "yoy", "relative to", "as opposed to", "alongside", "beside", "beside it", "and how that compares",
                          "how many more", "how much more", "how many fewer", "how many less", "how much less",
                          "move", "moved", "shift", "swing", "swung", "stack up", "stacks up", "stacked up", "stack up against",
                          "stacks up against", "measure up", "measures up", "hold up", "holds up"])
        add(.movement(1), ["grew", "grow", "grows", "grown", "growing", "growth", "increase", "increased", "increases", "increasing", "rose",
                           "rise", "risen", "rising", "improved", "improve", "gained", "jumped", "climbed", "up", "growth rate",
                           "rate of growth", "added", "put on"])
        add(.movement(-1), ["declined", "decline", "declines", "declining", "dropped", "drop", "drops", "fell", "fall", "fallen", "falling",
                            "decreased", "decrease", "decreasing", "shrank", "shrunk", "shrink", "slipped", "slumped", "down"])
        add(.relative, ["fastest", "quickest", "relative", "relatively", "proportionally", "in percentage terms"])
        add(.share, ["how much of", "how much of our", "share", "shares", "percentage", "percent", "%", "proportion", "fraction", "portion", "contribution", "contribute",
                     "contributes", "contributed", "pct", "what part", "ratio of", "percentage of", "share of", "part of", "split of",
                     "mix", "as a share", "as a percentage", "chunk", "chunk of", "slice of"])
        add(.trend, ["trend", "trends", "trending", "evolution", "timeline", "history", "historical", "over time", "through time",
                     "development", "progression", "trajectory", "looked like", "look like", "looks like", "moved", "evolved", "developed", "trended"])
        add(.conjunction(and: true), ["and", "&", "as well as", "along with", "together with", "plus", "with"])
        add(.conjunction(and: false), ["or", "either"])
        add(.reference, ["that", "those", "these", "this", "it", "they", "them", "their", "its", "he", "she", "his", "her", "him", "ones",
                         "same", "there", "such", "said"])
        add(.ordinal(1), ["the one at the top", "one at the top", "the one at the top of that list", "top of the list", "top of that list",
                          "first", "first one", "top one", "1st", "the first", "number one", "number 1", "#1", "first place", "the top one", "the leader", "the winner"])
        add(.ordinal(2), ["second", "second one", "2nd", "runner up", "number two", "number 2", "no 2", "#2", "second place"])
        add(.ordinal(3), ["third", "third one", "3rd", "number three", "number 3", "no 3", "#3", "third place"])
        add(.ordinal(4), ["fourth", "fourth one", "4th", "number four", "number 4"])
        add(.ordinal(5), ["fifth", "fifth one", "5th", "number five", "number 5"])
        add(.ordinal(-1), ["last one", "the last", "bottom one", "the bottom one", "the one at the bottom", "one at the bottom",
                           "the one at the bottom of that list", "the one at the bottom of the list", "bottom of the list", "bottom of that list",
                           "last on the list", "last on that list", "last in the list"])
        add(.help, ["help", "capabilities", "what can you do", "what can i ask", "what kind of questions", "how does it work",
                    "how do you work", "what do you know", "what can you answer", "commands", "features", "examples",
                    "what questions", "how to use", "usage", "instructions", "what are you able", "can i ask", "can i ask you",
                    "what kind of stuff", "what sort of stuff", "what kind of things", "what sort of things", "what sort of questions"])
        add(.followUp, ["what about", "how about", "and what about", "instead", "now", "then", "also", "again", "only", "just", "too",
                        "as well", "ok", "okay", "so", "and then", "same for", "same but", "now for", "rather", "what if",
                        "only for", "just for"])
        add(.possessive, ["'s", "of", "of the", "for", "belonging to", "owned by", "whose"])
        add(.linking, ["give away", "gave away", "given away", "giving away", "gives away",
                       "rack up", "racked up", "racks up", "rack", "racked", "placed", "place", "placing", "earn", "earns", "earned", "earning", "made", "make", "makes", "making", "had", "have", "has", "having", "got", "get", "gets",
                       "getting", "took", "take", "takes", "taken", "generated", "generate", "generates", "generating", "handled",
                       "handle", "handles", "received", "receive", "receives", "brought", "bring", "brings", "produced", "produce",
                       "recorded", "record", "logged", "registered", "saw", "see", "seen", "did", "do", "does", "done", "doing",
                       "went", "go", "goes", "going", "came", "come", "comes", "coming", "happened", "happen", "occurred",
                       "wrote", "write", "written", "writes", "left", "leave", "leaves", "hit", "reached", "reach", "drove",
                       "driven", "contributed", "account", "accounted", "accounts", "delivered", "deliver", "delivers",
                       "sit", "sits", "sitting", "sat", "stand", "stands", "stood", "carry", "carries", "carried", "stock",
                       "stocks", "stocked", "keep", "keeps", "kept", "use", "uses", "used",
                       "using", "offer", "offers", "offered", "sell", "selling", "work", "works", "worked", "working",
                       "list", "listed", "appear", "appears", "appeared", "belong", "belongs", "located", "based", "live", "lives",
                       "living", "spend", "spent", "spending", "buy", "buys", "bought", "order", "ordered", "shipped", "paid", "pay",
                       "pays", "paying", "posted", "post", "posts", "submitted", "marked", "flagged", "came", "come", "scored", "score", "scores",
                       "performed", "perform", "performs", "performing", "picked up", "pick up", "picks up", "picking up",
                       "deal with", "deals with", "dealt with", "dealing with", "make up", "makes up", "made up", "making up",
                       // "how much revenue did we book": the verb, not the Books category.
                       "did we book", "do we book", "we book", "we booked", "booked", "cost us", "costs us", "cost me", "ring up", "rang up", "rung up",
                       "rings up", "ringing up", "tagged", "tagged as", "tagged with", "looks after", "look after", "looked after",
                       "shut", "shut for", "closed for", "shut down", "closed down", "shutting down",
                       // "which brands shifted 7,000 units", "stores that ran an AOV above $230", "the reason given".
                       "shifted", "ran", "run", "runs", "given", "cited", "citing", "cite", "cites", "put down to", "came up",
                       "come up", "comes up", "redeemed", "redeem", "redeems", "provide", "provides", "provided", "provide us with",
                       "provides us with", "picked up from", "pick up from", "picks up from", "collected from", "gave", "give us",
                       "quote", "quotes", "quoted", "charge us", "charges us", "collected", "collect", "collects",
                       // "what subcategory is it filed under?"
                       "filed under", "listed under", "falls under", "fall under", "sits under", "sit under"])
        add(.function, ["the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "into", "onto", "within", "inside", "inside of", "is", "are", "was", "were",
                        "be", "been", "being", "am", "i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours", "it", "its",
                        "there", "here", "currently", "current", "still", "so far", "ever", "yet", "already", "at all", "all",
                        "whole history", "entire history", "all history", "all time", "of all time", "since the start", "since the beginning",
                        "any", "anything", "some", "single", "one", "ones", "every", "whole", "entire", "full", "actually",
                        "really", "very", "directly", "during", "certified", "ie", "i e", "eg", "e g", "just", "right now", "at the moment", "for the moment", "these days", "now", "today s", "do we", "did we", "have we", "has", "can", "could",
                        "would", "will", "shall", "should", "may", "might", "must", "let", "lets", "let s", "to be", "which is",
                        "which are", "that are", "that is", "that were", "that was", "who are", "who is", "who were", "who have",
                        "who has", "who had", "with us", "from us", "for us", "by us", "our shop", "the shop", "the store s",
                        "on the", "in the", "at the", "of our", "in our", "one of", "all of", "any of", "respectively",
                        "individually", "separately", "respective", "overall", "originally", "initially", "out", "record", "records", "since", "later",
                        "in our range", "in the range", "in our catalogue", "in our catalog", "in the catalogue", "in the catalog",
                        "wise", "-wise", "in points", "percentage points", "in percentage points", "pp", "in two columns",
                        "in 2 columns", "as two columns", "in columns", "two columns", "next to each other",
                        "even once", "own", "our own", "in euro", "in euros", "in dollars", "in pounds", "euro",
                        "euros", "dollar", "dollars", "in sterling", "ended up", "end up", "ends up", "wound up", "turned out", "there are", "there were", "there is", "there was",
                        "data", "numbers", "figures", "figure", "stats", "statistics", "information", "info", "details", "detail",
                        "value", "values", "amount", "amounts", "level", "levels", "result", "results", "table", "chart", "graph",
                        "view", "summary", "overview", "report", "please", "based on", "according to", "in terms of", "by way of",
                        "with their", "with its", "along with their", "as", "when", "while", "then", "also", "if", "about",
                        "regarding", "re", "wrt", "thing", "things", "stuff", "kind", "kinds", "type", "types", "sort", "sorts",
                        "different", "distinct", "unique", "various", "possible", "available", "existing", "actual", "actually",
                        "period", "time", "times", "date", "dates", "yes", "ok", "okay", "well", "so", "but", "though", "although",
                        "just", "even", "exact", "exactly", "approximately", "roughly", "around", "about", "basically", "ones",
                        "other", "others", "else", "itself", "themselves", "ourselves", "something", "everything", "anybody",
                        "anyone", "someone", "somebody", "everyone", "everybody", "what s", "that s", "it s", "there s", "who s",
                        "far", "long", "right", "good", "great", "fine", "nice", "cool", "currently have", "in question",
                        "more or less", "sorted", "ordered by", "sort by", "sorted by", "ranked", "ranked by", "rank",
                        "rank by", "ranking", "rankings", "order", "alphabetical", "alphabetically",
                        "from highest", "to lowest", "from lowest",
                        "to highest", "ones that", "how come", "look", "looking", "need to know", "want to know", "like to know",
                        "wondering", "curious", "interested", "tell", "know", "check", "see if", "as of", "calendar",
                        "whether", "do", "does", "did", "done", "went", "gone"])
        // "returns because of late delivery": the cause names the value that follows.
        add(.function, ["because of", "due to", "owing to", "caused by", "on account of"])
        add(.function, ["both", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "sundays", "starting",
                         "start", "starts", "beginning", "begin", "begins", "send", "sent", "sending", "ship", "ships", "put", "lay out",
                         "catalogue", "catalog", "in the catalogue", "in the catalog", "on file", "in the data", "in the system", "both numbers", "both figures", "the two numbers", "the two figures",
                         "inclusive", "both inclusive", "both included", "on our books", "on the books", "on our list",
                         "at the till", "at the tills", "through the till", "through the tills", "on the till", "till", "tills",
                         "usually", "normally", "generally",
                         // The currency an amount is said in ("in dollars", "by dollar value"): amounts are in it already.
                         "in absolute terms", "in absolute numbers", "in raw numbers", "in raw terms",
                         "in dollars", "in pounds", "in euros", "dollars", "dollar", "pounds", "euros", "dollar value",
                         // The upper level of a hierarchy said of the field that is it ("category (top-level)"); a
                         // model whose parent field is "top level category" matches that longer phrase first.
                         "top level", "top-level",
                         "on record", "sit", "sits", "under each", "won", "week", "weeks", "days", "months", "years", "quarters",
                         "break", "breaking", "number", "figure", "back", "away", "else", "through", "via"])
        add(.list, ["put", "lay out", "set out", "pull up", "bring up", "what are", "what were"])
        add(.filler, ["directly", "please", "pls", "plz", "kindly", "thanks", "thank you", "thx", "ty", "hey", "hi", "hello", "yo", "hiya", "quick",
                      "quickly", "quick one", "quick question", "question", "q", "um", "uh", "hmm", "er", "btw", "fyi", "asap",
                      "lol", "cheers", "sorry", "guys", "folks", "team", "mate", "boss", "hey there", "hi there", "dear",
                      "could you", "can you", "would you", "will you", "i d like", "i would like", "i'd like", "id like", "like",
                      "wanna", "gimme", "lemme", "i wonder", "tell me", "just curious", "out of curiosity", "for me", "again",
                      "real quick", "by any chance", "for business", "etc", "etcetera", "and so forth", "possibly", "maybe", "perhaps", "if possible", "if you can", "first time",
                      "first time using this", "using this", "new here", "im new", "i am new",
                      // "in revenue terms", "in dollar terms": the measure is said beside it.
                      "terms", "in terms of"])
        return table
    }()

    /// The longest phrase, in words.
    static let longest = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
    /// Verbs that, opening a question, ask for a list ("Return the…", "Select all…").
    /// Negations that follow what they deny.
    static let deniesBefore: [String] = ["dont count", "do not count", "doesnt count", "does not count", "shouldnt count",
                                         "should not count", "not counted", "are excluded", "excluded", "left out", "are left out"]

    static let imperatives: Set<String> = ["return", "select", "retrieve", "compute", "output", "provide", "identify", "determine"]
    /// What follows such a verb when it is a command: a determiner, a pronoun or a question word.
    static let imperativeObjects: Set<String> = ["the", "a", "an", "all", "each", "every", "their", "its", "his", "her", "our",
                                                 "those", "these", "me", "us", "how", "what", "which", "who", "whose"]
    /// The first word of every phrase: a question position that starts none is not looked up.
    static let phraseStarts = Set(phrases.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
}

extension Grammar {
    /// Shorthand people type, expanded word for word before anything reads the question.
    static let abbreviations: [String: String] = [
        "nb": "number", "num": "number", "qty": "quantity", "mnth": "month", "mth": "month", "mnths": "months", "mths": "months",
        "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "todays": "today", "ppl": "people", "cust": "customers",
        "custs": "customers", "rev": "revenue", "amt": "amount", "incl": "including", "excl": "excluding", "thru": "through",
        "prev": "previous", "yday": "yesterday", "info": "information", "wat": "what", "wht": "what", "abt": "about",
        "tx": "transactions", "txns": "transactions", "prods": "products", "prod": "product", "cat": "category",
        "cats": "categories", "cnt": "count", "tot": "total", "u": "you", "ur": "your", "r": "are", "w": "with", "w/o": "without",
        "totalled": "total", "totaled": "total", "totalling": "total", "totaling": "total", "thx": "thanks", "pls": "please", "plz": "please", "avg": "average", "approx": "approximately", "vs.": "vs", "btw": "btw",
    ]

    /// Short forms with a second sense before a noun: "the diff between 2024 and 2025" is a
    /// difference, "how many diff customers" counts different ones.
    static let abbreviationsBeforeNoun: [String: String] = ["diff": "different"]

    /// Weekdays' short names, read as the weekday beside a date or a range ("from Mon 7 July to Sun
    /// 3 Aug", "Mon to Sun weeks"); elsewhere "sun" and "sat" are words of their own.
    static let weekdayShortNames: [String: String] = [
        "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
        "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
    ]
}

extension Grammar {
    /// True for a word English gives a structural role ("with", "us", "best"): never searched as
    /// a value of the data unless typed as a code.
    package static func isStructureWord(_ word: String) -> Bool { phrases[word] != nil }

    /// True for a word that only joins others ("the", "with", "us", "which"): never searched as
    /// a value of the data unless typed as a code. Verbs and rank words may still be values
    /// ("delivered", "Best").
    package static func isFunctionWord(_ word: String) -> Bool {
        guard let roles = phrases[word] else { return false }
        return roles.allSatisfy { role in
            switch role {
            case .function, .filler, .question, .conjunction, .reference, .possessive, .followUp: true
            default: false
            }
        }
    }
}
