/// Dates a record ends on ("still working for us", "still open", "no longer sold").
extension FieldDrafter {
    /// A date a record ends on, empty while it lasts (`leaving_date`, `closed_on`, `discontinued_at`):
    /// "staff still working for us", "shops that have closed", "products we still sell" are whether
    /// it is set. Read as a field with two values, the record's state and its ending.
    mutating func addEndedState(_ column: ColumnProfile, of profile: TableProfile) {
        let words = Set(column.phrase.split(separator: " ").map(String.init))
        guard column.hasNulls, let ended = Self.endings.first(where: { words.contains($0.key) })?.value else { return }
        // Values and names of several words: a bare "current", "left" or "closed" says too little to
        // be read as this field, and is often a status's own value.
        var current: [String]
        var gone: [String]
        if profile.person {
            current = ["still working", "still working for us", "still employed", "still with us", "still on the books", "on the books",
                       "currently employed", "still here", "still work for us", "still works for us", "still working here",
                       "have not left", "haven't left", "current staff", "current employees", "still on staff", "on staff",
                       "still on the staff", "still on the payroll", "on the payroll", "currently work for us", "currently working",
                       "still work here", "still works here", "currently work here", "still employed here"]
            gone = ["has left", "have left", "who left", "that left", "left us", "no longer with us", "no longer working",
                    "no longer employed", "former staff", "former employees", "who have left"]
        } else if ended == "closed" {
            current = ["still open", "still trading", "open right now", "open now", "currently open", "open at the moment",
                       "trading at the moment", "trading normally", "not closed"]
            gone = ["closed down", "have closed", "has closed", "that closed", "shut down", "no longer open", "no longer trading"]
        } else if ["discontinued", "delisted"].contains(ended) {
            current = ["still sold", "still sell", "still for sale", "still stocked", "still in the range", "still listed",
                       "not discontinued", "current range"]
            gone = ["no longer sold", "no longer sell", "not sold anymore"]
        } else {
            current = ["still active", "not \(ended)", "not yet \(ended)"]
            gone = ["already \(ended)", "have been \(ended)", "has been \(ended)"]
        }
        let (now, then) = (current.removeFirst(), gone.removeFirst())
        let state = "\(profile.singular) state"
        var dimension = SemanticModel.Dimension(name: unique("\(SQLName.plain(column.name))_state"), label: "\(column.phrase) set",
                                                synonyms: dimensionWords.claim([state, NameWords.plural(state)]),
                                                expressions: ["CASE WHEN \(column.sql(on: profile.name)) IS NULL THEN '\(now)' ELSE '\(then)' END"])
        dimension.values = [now, then]
        dimension.valueSynonyms = [now: current, then: gone]
        bareEndings[dimension.name] = (then, ended)
        dimensions.append(dimension)
    }

    /// Words of an ending date and how the record is then said to be.
    private static let endings: [String: String] = [
        "leaving": "left", "left": "left", "leave": "left", "termination": "left", "terminated": "left", "term": "left",
        "end": "ended", "ended": "ended", "exit": "left", "resigned": "left", "departure": "left", "departed": "left",
        "closed": "closed", "closing": "closed", "closure": "closed", "close": "closed",
        "discontinued": "discontinued", "delisted": "delisted", "archived": "archived", "deleted": "deleted",
        "cancelled": "cancelled", "canceled": "cancelled", "churned": "churned",
    ]
}
