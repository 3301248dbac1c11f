/// Readable words from database identifiers: `customerFirstName`, `order_qty`, `Dept_No` →
/// "customer first name", "order quantity", "department number". Labels and synonyms of a drafted
/// model are built from these, so a person's words meet the schema's spelling.
public enum NameWords {
    /// Abbreviations schema authors use, spelled out.
    static let abbreviations: [String: String] = [
        "qty": "quantity", "amt": "amount", "no": "number", "num": "number", "nbr": "number", "nr": "number",
        "desc": "description", "descr": "description", "addr": "address", "dt": "date", "tel": "telephone",
        "cust": "customer", "prod": "product", "dept": "department", "emp": "employee", "mgr": "manager",
        "cat": "category", "pct": "percent", "avg": "average", "acct": "account", "txn": "transaction",
        "trans": "transaction", "inv": "invoice", "ref": "reference", "org": "organization", "info": "information",
        "cnt": "count", "yr": "year", "dob": "date of birth", "fname": "first name", "lname": "last name",
        "pwd": "password", "msg": "message", "loc": "location", "cty": "city", "ctry": "country", "st": "state",
        "bal": "balance", "pmt": "payment", "sched": "schedule", "temp": "temporary", "min": "minimum", "max": "maximum",
        "nm": "name", "prc": "price", "ph": "phone", "flg": "flag", "discont": "discontinued", "prov": "province",
        "sup": "supplier", "supp": "supplier", "mfr": "manufacturer", "mfg": "manufacturing", "wh": "warehouse",
        "qtr": "quarter", "wk": "week", "ord": "order", "px": "price", "br": "branch", "chan": "channel", "promo": "promotion",
        "tot": "total", "hrly": "hourly", "sq": "square", "ft": "feet", "sqft": "square feet", "disc": "discount", "wt": "weight",
        "lvl": "level", "cd": "code", "typ": "type", "grp": "group", "dest": "destination", "rcvd": "received", "recv": "received",
        "shpd": "shipped", "stat": "status", "sts": "status", "supv": "supervisor", "svc": "service", "co": "company",
        "rm": "room", "rt": "rate", "ln": "line", "batt": "battery", "appt": "appointment", "rx": "prescription",
        "delv": "delivery", "dlv": "delivery", "deliv": "delivery", "subscr": "subscription", "actv": "active", "seas": "seasonal",
        "mktg": "marketing", "biz": "business", "wkshp": "workshop", "sqm": "square metres", "recip": "recipient", "chnl": "channel",
        "freq": "frequency", "cst": "cost", "pcode": "postcode", "drv": "driver", "drvr": "driver", "pymt": "payment",
        "trtmt": "treatment", "stf": "staff", "hr": "hour", "hrs": "hours", "mins": "minutes",
        "str": "store", "cntry": "country", "curr": "currency", "opn": "open", "cls": "close", "rntl": "rental",
        "flr": "floor", "frst": "first", "lst": "last", "ttl": "title", "annl": "annual", "mbr": "member",
        "rwd": "reward", "pts": "points", "mkt": "marketing", "brnd": "brand", "tm": "time", "subtot": "subtotal", "srl": "serial",
        "acq": "acquired", "rtrd": "retired", "cond": "condition", "dly": "daily", "agr": "agreement", "bkd": "booked",
        "pkup": "pickup", "rtrn": "return", "dmg": "damage", "seq": "sequence", "intro": "introduced",
        "sku": "sku", "opt": "opt in",
        // Legacy ERP files (`CUSTMAST`, `SLSHDR`, `SLSDTL`, `RPRJOB`): what a file is called for
        // (a master file, a header, detail lines) is no word of the records.
        "sls": "sales", "hdr": "", "mast": "", "mstr": "", "dtl": "line", "itm": "item", "vend": "vendor", "rpr": "repair",
        "stk": "stock", "cnty": "county", "sname": "surname", "comm": "commission", "cmpl": "completed", "coll": "collected",
        "prom": "promised", "rcv": "received", "chg": "charge", "orig": "original", "rsn": "reason", "anniv": "anniversary",
        "sys": "system", "doc": "document", "oh": "on hand",
        // Till and ERP exports (`TRN_HDR`, `BRN_MST`, `qty_sld`, `unt_prc_cts`, `TND_LKP`).
        "trn": "transaction", "trx": "transaction", "brn": "branch", "mst": "", "lkp": "", "lin": "line", "tnd": "tender",
        "sld": "sold", "unt": "unit", "cts": "cents", "fst": "first", "crt": "created", "lvstk": "livestock", "prf": "preferred",
        "pref": "preferred", "mrg": "merged", "dsc": "description", "twn": "town", "adr": "address", "uom": "unit of measure",
        "wkend": "weekend", "ts": "timestamp", "rcpt": "receipt", "rct": "receipt", "lne": "line", "hdrs": "",
    ]

    /// Hungarian-notation type prefixes (`strFirstName`, `dtmStart`, `lngSalonID`, `blnActive`):
    /// they say the column's type, which the data already tells; people never say them.
    static let hungarianPrefixes: Set<String> = ["str", "dt", "dtm", "int", "lng", "bln", "cur", "dbl", "flt", "sng", "byt", "chr",
                                                 "txt", "obj", "ysn", "mny", "dec"]

    /// Words schema authors run together without separators (`custnm`, `orddt`, `coolrmflg`): with
    /// the abbreviations, the pieces such a name is cut into. Short words that also end longer
    /// ones ("on", "in", "to") are left out, so `season` is no "seas" + "on".
    static let schemaWords: Set<String> = [
        "name", "date", "time", "type", "code", "number", "id", "key", "fee", "rate", "price", "cost", "total", "sum", "amount",
        "unit", "line", "item", "order", "status", "flag", "first", "last", "middle", "full", "start", "end", "open", "close",
        "closed", "join", "launch", "term", "birth", "hire", "phone", "email", "mail", "address", "city", "state", "zip", "post",
        "postal", "country", "region", "area", "zone", "store", "shop", "staff", "driver", "manager", "customer", "client",
        "product", "category", "brand", "group", "room", "cool", "pay", "paid", "tax", "per", "day", "week", "month", "year",
        "hour", "count", "weight", "size", "stock", "ship", "sale", "discount", "points", "credit", "balance", "user", "account",
        "parent", "active", "note", "text", "title", "label", "value", "channel", "method", "source", "reason", "score", "rating",
        "level", "net", "gross", "margin", "new", "old", "is", "has", "delivery", "deliver", "booking", "book", "visit", "slot",
        "tip", "spa", "vegan", "service", "street", "town", "county", "contact", "web", "site", "list", "base", "max", "min",
        "class", "job", "repair", "metal",
    ]

    /// Abbreviations a key pointing back at its own table stands for: a `sup_id` on staff is the
    /// supervisor, not a supplier.
    static let selfReferenceAbbreviations: [String: String] = [
        "sup": "supervisor", "supv": "supervisor", "super": "supervisor", "mgr": "manager", "boss": "manager",
        "par": "parent", "prnt": "parent",
    ]

    /// Initials standing for the part of a name they precede (`f_nm`, `l_name`, `fn`).
    static let nameInitials: [String: String] = ["f": "first", "l": "last", "m": "middle"]

    /// Lower-cased words of an identifier: split at underscores, spaces, hyphens, camelCase humps
    /// and letter–digit boundaries.
    public static func split(_ identifier: String) -> [String] {
        let identifier = readable(identifier)
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in identifier {
            if character == "_" || character == " " || character == "-" || character == "." {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, !current.isEmpty {
                let hump = character.isUppercase && previous.isLowercase
                let digits = character.isNumber != previous.isNumber
                if hump || digits {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        // `strFirstName`: a lower-case type prefix before the first hump says nothing.
        if words.count > 1, hungarianPrefixes.contains(words[0]), words[0].allSatisfy(\.isLowercase),
           words[1].first?.isUppercase == true {
            words.removeFirst()
        }
        return words.map { $0.lowercased() }.flatMap { segmented($0) ?? [$0] }
    }

    /// A name written with signs (`"Unit Price (£)"`, `Archived?`, `Qty #`) as words: a currency
    /// in brackets is its code (the column holds money), other brackets give a unit people leave
    /// unsaid ("floor area", not "floor area sq ft"), other signs separate words.
    static func readable(_ identifier: String) -> String {
        guard identifier.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == "-" || $0 == ".") }) else {
            return identifier
        }
        let currencies: [Character: String] = ["£": "gbp", "$": "usd", "€": "eur", "¥": "jpy"]
        var result = ""
        var bracket: String?
        for character in identifier {
            if character == "(" || character == "[" {
                bracket = ""
            } else if character == ")" || character == "]", let inside = bracket {
                let trimmed = inside.trimmingCharacters(in: .whitespaces)
                let code = trimmed.count == 1 ? trimmed.first.flatMap { currencies[$0] } : nil
                if let code = code ?? (currencyCodes.contains(trimmed.lowercased()) ? trimmed.lowercased() : nil) { result += " \(code)" }
                bracket = nil
            } else if bracket != nil {
                bracket?.append(character)
            } else if let code = currencies[character] {
                result += " \(code) "
            } else if character == "#" {
                result += " number "
            } else if character == "%" {
                result += " percent "
            } else if character == "&" {
                result += " and "
            } else if character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// A name run together from known pieces (`custnm` → cust, nm; `prcperdlv` → prc, per, dlv),
    /// cut into the fewest; nil for a word that is whole or cannot be cut into known pieces.
    static func segmented(_ word: String) -> [String]? {
        guard word.count >= 5, word.allSatisfy({ $0.isASCII && $0.isLetter }), abbreviations[word] == nil, german[word] == nil,
              !schemaWords.contains(word), !schemaWords.contains(singularWord(word)) else { return nil }
        let characters = Array(word)
        var best: [[String]?] = Array(repeating: nil, count: characters.count + 1)
        best[0] = []
        for end in 2...characters.count {
            for start in max(0, end - 12)...(end - 2) {
                guard let before = best[start] else { continue }
                let piece = String(characters[start..<end])
                guard abbreviations[piece] != nil || schemaWords.contains(piece) || flagAbbreviations[piece] != nil
                        || german[piece] != nil && piece.count >= 4 else { continue }
                if best[end].map({ before.count + 1 < $0.count }) ?? true { best[end] = before + [piece] }
            }
        }
        guard let pieces = best[characters.count], pieces.count > 1 else { return nil }
        return pieces
    }

    /// The identifier's words with abbreviations spelled out (`order_qty` → [order, quantity]).
    public static func expanded(_ identifier: String) -> [String] {
        let words = split(identifier).flatMap { word in
            (abbreviations[word] ?? german[word] ?? pluralAbbreviation(word) ?? word).split(separator: " ").map(String.init)
        }
        // An initial before "name" is the name's part: `f_nm` → "first name".
        return words.indices.map { index in
            guard index + 1 < words.count, words[index + 1] == "name", let part = nameInitials[words[index]] else { return words[index] }
            return part
        }
    }

    /// A plural of an abbreviation (`promos`, `depts`, `custs`) spelled out in the plural.
    private static func pluralAbbreviation(_ word: String) -> String? {
        guard word.count > 3, word.hasSuffix("s"), let singular = abbreviations[String(word.dropLast())] else { return nil }
        return plural(singular)
    }

    /// The words as a phrase.
    public static func phrase(_ identifier: String) -> String { expanded(identifier).joined(separator: " ") }

    /// A phrase with its last word singular (`customer addresses` → `customer address`).
    public static func singular(_ phrase: String) -> String { mapLast(phrase, singularWord) }

    /// A phrase with its last word plural (`customer address` → `customer addresses`); the noun
    /// before "of" in one that has it (`member of staff` → `members of staff`).
    public static func plural(_ phrase: String) -> String {
        if let of = phrase.range(of: " of ") { return plural(String(phrase[..<of.lowerBound])) + phrase[of.lowerBound...] }
        return mapLast(phrase, pluralWord)
    }

    private static func mapLast(_ phrase: String, _ transform: (String) -> String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return phrase }
        return (words + [transform(last)]).joined(separator: " ")
    }

    /// Words whose singular and plural are the same, or that are not nouns to inflect.
    private static let invariant: Set<String> = ["staff", "information", "series", "news", "data", "status", "address",
                                                 "business", "class", "glass", "analysis", "personnel", "equipment"]

    static func singularWord(_ word: String) -> String {
        if invariant.contains(word) || word.count < 3 { return word }
        if word == "people" { return "person" }
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ouses") { return String(word.dropLast()) }  // houses, warehouses
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("uses") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") { return String(word.dropLast()) }
        return word
    }

    /// Last words that are no nouns (`date_from`, `reports_to`): a phrase ending in one has no plural.
    private static let uninflected: Set<String> = ["from", "to", "at", "on", "by", "of", "in", "for", "with", "per", "yes", "no"]

    /// Whether `word` is a preposition or a yes/no word, which names nothing on its own.
    static func isStructureWord(_ word: String) -> Bool { uninflected.contains(word) }

    static func pluralWord(_ word: String) -> String {
        // Participles (`hired`, `date_assigned`) and numbers have no plural.
        if uninflected.contains(word) || word.allSatisfy(\.isNumber) || word.hasSuffix("ed") { return word }
        // Already plural (`details`, `items`): left as it is.
        if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") && !invariant.contains(word) { return word }
        if invariant.contains(word) { return ["address", "business", "class", "status", "glass"].contains(word) ? word + "es" : word }
        if word == "person" { return "people" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return String(word.dropLast()) + "ies" }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }
}
