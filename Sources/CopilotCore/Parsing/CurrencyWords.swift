/// Names of currencies as questions say them, by ISO code: "in euros", "how many pounds", "in
/// yen". The copilot reports amounts in the currency they are kept in and converts nothing.
enum CurrencyWords {
    static let codes: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "bucks": "USD",
        "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP", "quid": "GBP",
        "yen": "JPY", "jpy": "JPY", "cad": "CAD", "aud": "AUD", "chf": "CHF", "francs": "CHF",
        "krona": "SEK", "kronor": "SEK", "sek": "SEK", "zloty": "PLN", "pln": "PLN", "rupees": "INR", "inr": "INR",
        "yuan": "CNY", "rmb": "CNY", "pesos": "MXN", "reais": "BRL", "real": "BRL",
    ]

    /// Spans of `reading` naming a currency other than `currency`: "what was 2025 revenue in
    /// euros?" of a shop that keeps dollars asks for a conversion the copilot does not make.
    static func foreign(in reading: Reading, currency: String) -> [Int] {
        reading.indices.filter { index in
            // "real" is a currency only after "in" ("in real terms" is no money at all).
            let words = reading.words(index)
            return words.contains { word in
                guard let code = codes[word], code != currency.uppercased() else { return false }
                return word != "real" || words.first == "in" && words.count == 2
            } && reading.metrics(index).isEmpty && reading.values(index).isEmpty && reading.fields(index).isEmpty
        }
    }
}
