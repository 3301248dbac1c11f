extension NameWords {
    /// Trailing tokens some schemas put on every column to say its type or unit (`sqft_n`,
    /// `email_txt`, `party_rm_flg`, `status_cd`, `tot_usd`). People never say them: "square
    /// feet", not "square feet n".
    private static let typeHints: Set<String> = ["n", "txt", "str", "flg", "cd", "ind"]

    /// Currency codes a money column's name may end in (`fee_usd`, `PriceEUR`).
    static let currencyCodes: Set<String> = ["usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "jpy", "sek", "nok", "dkk", "inr", "zar"]

    /// Money kept in its minor unit (`TotalCents`, `price_pence`): said, and shown, in the major one.
    static let minorUnits: Set<String> = ["cents", "cent", "pence", "penny", "pennies", "cts"]

    /// `identifier` without a trailing type hint, currency code or minor unit (`sqft_n` → `sqft`,
    /// `tot_usd` → `tot`, `TotalCents` → `Total`); unchanged when the hint is its only word.
    static func withoutTypeHint(_ identifier: String, declaredType: String = "") -> String {
        let words = split(identifier)
        guard words.count > 1, let last = words.last,
              typeHints.contains(last) || currencyCodes.contains(last) || minorUnits.contains(last)
                || last == "money" && inMinorUnits(identifier, declaredType: declaredType)
        else { return identifier }
        // Keep the spelling's humps: drop the hint's letters from the end of the identifier itself.
        let trimmed = identifier.dropLast(last.count)
        return String(trimmed.last == "_" ? trimmed.dropLast() : trimmed)
    }

    /// Whether the name ends in a currency code or minor unit: the column holds money whatever it is called.
    static func namesCurrency(_ identifier: String) -> Bool {
        let words = split(identifier)
        return words.count > 1 && words.last.map { currencyCodes.contains($0) || minorUnits.contains($0) } == true
    }

    /// Whether the column keeps money in cents or pence: said so in its name (`total_cents`), or
    /// a whole number called money (`total_money INTEGER`, the point-of-sale platforms' way of
    /// keeping an amount in its smallest unit).
    static func inMinorUnits(_ identifier: String, declaredType: String = "") -> Bool {
        let words = split(identifier)
        guard words.count > 1, let last = words.last else { return false }
        return minorUnits.contains(last) || last == "money" && declaredType.uppercased().contains("INT")
    }

    /// Abbreviations that mean a state on a yes/no column (`disc_flg`: discontinued, not discount).
    static let flagAbbreviations: [String: String] = ["disc": "discontinued", "dsc": "discontinued", "ft": "full time", "pt": "part time",
                                                              "act": "active", "del": "deleted", "avail": "available"]

    /// A flag column's words, its states spelled out.
    static func flagWords(_ identifier: String) -> [String] {
        let words = split(identifier)
        guard words.contains(where: { flagAbbreviations[$0] != nil }) else { return expanded(identifier) }
        return words.flatMap { word in (flagAbbreviations[word] ?? abbreviations[word] ?? word).split(separator: " ").map(String.init) }
    }
}
