import CopilotCore
import Foundation

/// Reads imperative action requests ("restock product 12 with 200 units", "can you cancel #10042",
/// "customer 77 should get a 15 percent discount code") without a language model, and only those:
/// a question ("how many orders were cancelled", "which products need restocking?") is never an
/// action. The verb must open the request (after politeness such as "please" or "can you"), and a
/// verb followed by a metric noun ("return rate", "reorder point") is a question about data.
public struct ActionRecogniser: Sendable {
    public init() {}

    /// "yes" / "confirm" / "go ahead" or "no" / "cancel" as a whole message; anything longer
    /// ("confirm all pending actions", "yes and also cancel order 5") is not a decision.
    public static func decision(_ message: String) -> ActionDecision? {
        let words = tokens(message).filter { $0 != "please" && $0 != "#" }
        let phrase = words.joined(separator: " ")
        if confirmations.contains(phrase) { return .confirm }
        if cancellations.contains(phrase) { return .cancel }
        return nil
    }

    static let confirmations: Set<String> = [
        "yes", "y", "yep", "yeah", "yes confirm", "confirm", "confirmed", "i confirm", "confirm it", "confirm that", "confirm this",
        "go ahead", "yes go ahead", "ok go ahead", "okay go ahead", "do it", "yes do it", "proceed", "yes proceed", "approve", "approved",
    ]
    static let cancellations: Set<String> = [
        "no", "n", "nope", "cancel", "cancel it", "cancel that", "cancel this", "don t", "do not", "never mind", "nevermind", "abort",
        "no thanks", "no cancel", "reject", "decline", "drop it",
    ]

    /// Politeness and framing before the verb.
    private static let openers: [[String]] = [
        ["please"], ["kindly"], ["just"], ["now"], ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"], ["can", "we"],
        ["could", "we"], ["let", "s"], ["lets"], ["i", "want", "to"], ["i", "d", "like", "to"], ["i", "would", "like", "to"],
        ["we", "need", "to"], ["i", "need", "you", "to"], ["go", "ahead", "and"], ["pls"], ["plz"],
    ]
    /// Nouns that turn a verb into a data question ("return rate", "reorder point", "cancel reasons").
    private static let metricNouns: Set<String> = [
        "rate", "rates", "ratio", "point", "points", "level", "levels", "window", "windows", "policy", "policies", "reason", "reasons",
        "count", "counts", "trend", "trends", "share", "history", "volume", "volumes", "time", "times", "status", "statistics", "stats",
        // A verb followed by a noun of records is a noun phrase: "return lines for order 77", "refund requests".
        "line", "lines", "request", "requests", "item", "items", "amount", "amounts", "records", "record", "details", "data", "list",
    ]
    private static let couponWords: Set<String> = ["coupon", "coupons", "voucher", "vouchers", "discount", "promo", "code", "off", "giftcard"]

    public func recognise(_ message: String) -> ActionIntent? {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        var words = Self.tokens(text)
        var askedPolitely = false
        var stripped = true
        while stripped {
            stripped = false
            for opener in Self.openers where words.starts(with: opener) {
                // "can you cancel #10042?" asks the copilot to act; "could we give customers a code
                // for a review?" asks whether it is allowed.
                if opener.last == "you" { askedPolitely = true }
                words.removeFirst(opener.count)
                stripped = true
            }
        }
        // A question mark makes a question, unless it is a polite request ("can you cancel #10042?").
        guard let verb = words.first, !text.contains("?") || askedPolitely else { return nil }
        let next = words.dropFirst().first ?? ""
        guard !Self.metricNouns.contains(next) else { return nil }
        let lower = text.lowercased()

        switch verb {
        case "cancel", "void":
            return cancelOrder(lower, original: text)
        case "restock", "reorder", "replenish":
            return restock(lower, object: Array(words.dropFirst()))
        case "top" where next == "up":
            return restock(lower, object: Array(words.dropFirst(2)))
        case "order", "buy", "purchase":
            // "order 50 more units of product 7" — but "order 10042 …" is not a request to buy.
            guard Self.productID(lower) != nil, Self.quantity(lower) != nil else { return nil }
            return restock(lower, object: [])
        case "return", "refund":
            // Only with an order: "return rate" was refused above, "refund everything" is too vague.
            guard Self.orderID(lower) != nil else { return nil }
            return openReturn(lower, original: text)
        case "open", "start", "create", "file", "raise", "process", "initiate", "begin":
            let object = words.dropFirst().first(where: { !["a", "an", "the", "new"].contains($0) }) ?? ""
            guard ["return", "refund", "rma"].contains(object) else { return nil }
            return openReturn(lower, original: text)
        case "send", "give", "issue", "email", "offer", "grant":
            guard words.contains(where: Self.couponWords.contains) else { return nil }
            return coupon(lower, original: text)
        case "customer", "client":
            // "customer 77 should get a 15 percent discount code"
            guard words.count > 2, Int(words[1]) != nil || words[1] == "#",
                  words.contains(where: { ["should", "must", "needs", "deserves", "gets", "get", "to"].contains($0) }),
                  words.contains(where: Self.couponWords.contains) else { return nil }
            return coupon(lower, original: text)
        default:
            return nil
        }
    }

    // MARK: Actions

    private func cancelOrder(_ lower: String, original: String) -> ActionIntent? {
        var arguments: [String: JSONValue] = [:]
        if let id = Self.orderID(lower) ?? Self.loneNumber(lower) { arguments["order_id"] = .number(Double(id)) }
        if let reason = Self.freeText(original) { arguments["reason"] = .string(reason) }
        return Self.intent("cancel_order", arguments, required: ["order_id"])
    }

    private func restock(_ lower: String, object: [String]) -> ActionIntent? {
        var arguments: [String: JSONValue] = [:]
        var references: [String: String] = [:]
        if let id = Self.productID(lower) {
            arguments["product_id"] = .number(Double(id))
        } else if let name = Self.productName(object) {
            references["product"] = name
        }
        if let quantity = Self.quantity(lower) { arguments["quantity"] = .number(Double(quantity)) }
        if let warehouse = Self.number(after: #"\b(?:warehouse|wh)"#, in: lower) { arguments["warehouse_id"] = .number(Double(warehouse)) }
        return Self.intent("restock_product", arguments, required: ["product_id", "quantity"], references: references)
    }

    private func openReturn(_ lower: String, original: String) -> ActionIntent? {
        var arguments: [String: JSONValue] = [:]
        if let id = Self.orderID(lower) ?? Self.loneNumber(lower) { arguments["order_id"] = .number(Double(id)) }
        if let reason = Self.returnReason(lower) { arguments["reason"] = .string(reason) }
        if let note = Self.freeText(original) { arguments["note"] = .string(note) }
        return Self.intent("open_return", arguments, required: ["order_id", "reason"])
    }

    private func coupon(_ lower: String, original: String) -> ActionIntent? {
        var arguments: [String: JSONValue] = [:]
        var references: [String: String] = [:]
        if let id = Self.number(after: #"(?:customer|client)"#, in: lower) {
            arguments["customer_id"] = .number(Double(id))
        } else if let name = Self.personName(original) {
            references["customer"] = name
        }
        if let percent = Self.firstMatch(#"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)"#, in: lower).flatMap(Double.init) {
            arguments["percent"] = .number(percent)
        }
        if let note = Self.freeText(original) { arguments["message"] = .string(note) }
        return Self.intent("send_coupon", arguments, required: ["customer_id", "percent"], references: references)
    }

    private static func intent(_ name: String, _ arguments: [String: JSONValue], required: [String],
                               references: [String: String] = [:]) -> ActionIntent {
        // A named product or customer stands in for its id until it is looked up.
        let named = Set(references.keys.map { $0 + "_id" })
        return ActionIntent(name: name, arguments: arguments, missing: required.filter { arguments[$0] == nil && !named.contains($0) },
                            references: references)
    }

    /// "the Nexora Action Camera 4K with 20 units" → "nexora action camera 4k": the words after the
    /// verb up to the quantity, warehouse or note.
    static func productName(_ words: [String]) -> String? {
        let stops: Set<String> = ["with", "in", "at", "to", "for", "by", "because", "x", "units", "unit", "more", "quantity", "qty", "please", "warehouse"]
        let fillers: Set<String> = ["the", "a", "an", "some", "our", "product", "of", "units", "unit", "more", "pcs", "pieces", "x", "please"]
        var name: [String] = []
        for word in words.drop(while: { fillers.contains($0) || Int($0) != nil }) {
            if stops.contains(word) || word == "#" || Int(word) != nil { break }
            name.append(word)
        }
        return name.count >= 2 && name.count <= 10 ? name.joined(separator: " ") : nil
    }

    /// A person's name written with capitals ("send Maria Lopez a 10% coupon"), without the request's
    /// own words.
    static func personName(_ original: String) -> String? {
        let skip: Set<String> = ["send", "give", "issue", "email", "offer", "grant", "please", "can", "could", "would", "will", "you", "kindly", "customer", "client"]
        guard let regex = try? NSRegularExpression(pattern: #"\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+"#) else { return nil }
        for match in regex.matches(in: original, range: NSRange(original.startIndex..., in: original)) {
            guard let range = Range(match.range, in: original) else { continue }
            let words = original[range].split(separator: " ").map(String.init).drop(while: { skip.contains($0.lowercased()) })
            if words.count >= 2 { return words.joined(separator: " ") }
        }
        return nil
    }

    // MARK: Reading values

    /// Lowercase words; `#` kept as a word.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                if character == "#" { words.append("#") }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), match.numberOfRanges > 1,
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The number after a keyword: "order 10042", "order #10042", "order no. 10042", "order id 5".
    static func number(after keyword: String, in text: String) -> Int? {
        firstMatch(keyword + #"\s*(?:id|number|no\.?|nr\.?)?\s*[#:]?\s*(\d{1,12})\b"#, in: text).flatMap { Int($0) }
    }

    static func orderID(_ text: String) -> Int? {
        number(after: #"\border"#, in: text) ?? firstMatch(#"#\s*(\d{1,12})\b"#, in: text).flatMap { Int($0) }
    }

    static func productID(_ text: String) -> Int? {
        number(after: #"\b(?:product|item|sku|article)"#, in: text)
            ?? firstMatch(#"#\s*(\d{1,12})\b"#, in: text).flatMap { Int($0) }
    }

    /// "200 units", "50 more", "quantity 30", "with 200".
    static func quantity(_ text: String) -> Int? {
        let patterns = [#"(\d{1,9})\s*(?:more\s+)?(?:units?|pcs|pieces|items|x)\b"#, #"(\d{1,9})\s+more\b"#,
                        #"\b(?:quantity|qty)\s*(?:of|:|=)?\s*(\d{1,9})\b"#, #"\bwith\s+(\d{1,9})\b(?!\s*%)"#]
        for pattern in patterns {
            if let value = firstMatch(pattern, in: text).flatMap({ Int($0) }) { return value }
        }
        return nil
    }

    /// The only number in the text, when there is exactly one and it is not a quantity or percentage
    /// ("cancel 10042").
    static func loneNumber(_ text: String) -> Int? {
        guard let regex = try? NSRegularExpression(pattern: #"(?<![\d.])(\d{3,12})(?![\d.%])"#) else { return nil }
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard matches.count == 1, let range = Range(matches[0].range(at: 1), in: text) else { return nil }
        return Int(text[range])
    }

    static func returnReason(_ text: String) -> String? {
        let table: [(String, [String])] = [
            ("wrong_item", ["wrong item", "wrong product", "wrong size", "wrong colour", "wrong color", "not what i ordered", "wrong article"]),
            ("not_as_described", ["not as described", "doesn't match", "does not match", "different from the description", "misleading"]),
            ("late_delivery", ["late", "delayed", "too long", "took weeks"]),
            ("changed_mind", ["changed mind", "changed their mind", "changed his mind", "changed her mind", "no longer wants", "doesn't want",
                              "does not want", "don't want", "unwanted"]),
            ("defective", ["defective", "faulty", "doesn't work", "does not work", "not working", "stopped working", "broken on arrival", "dead on arrival", "malfunction"]),
            ("damaged", ["damaged", "broken", "broke", "smashed", "cracked", "crushed", "dented", "torn", "shattered", "arrived in pieces"]),
        ]
        var best: (reason: String, position: String.Index)?
        for (reason, phrases) in table {
            for phrase in phrases {
                if let range = text.range(of: phrase), best == nil || range.lowerBound < best!.position { best = (reason, range.lowerBound) }
            }
        }
        return best?.reason
    }

    /// The manager's own words after the request: ", customer asked by phone", "because it arrived broken".
    static func freeText(_ original: String) -> String? {
        let separators = [" because ", " since ", " as the ", ", ", " - ", " — ", ": ", " reason "]
        var earliest: String.Index?
        var skip = 0
        for separator in separators {
            if let range = original.range(of: separator, options: .caseInsensitive), earliest == nil || range.lowerBound < earliest! {
                earliest = range.lowerBound
                skip = separator.count
            }
        }
        guard let earliest else { return nil }
        let note = original[original.index(earliest, offsetBy: skip)...].trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters))
        return note.isEmpty ? nil : String(note.prefix(200))
    }
}
