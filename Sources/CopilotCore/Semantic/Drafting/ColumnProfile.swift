import Foundation

/// What a column holds, judged from its name, declared type and a sample of its values: the
/// drafter makes metrics only of real quantities, dates of date-like text, and exact-match
/// identifiers of codes, phone numbers and postal codes.
struct ColumnProfile: Sendable {
    enum Role: Sendable, Equatable {
        /// A primary or foreign key, or another `…_id`.
        case key
        /// A quantity worth summing and averaging (price, amount, stock).
        case measure
        /// A number compared and sorted but not summed (a year, a rating scale, a floor number).
        case number
        case date
        case flag
        /// Codes, phone and postal numbers, e-mail addresses: matched exactly.
        case identifier
        case text
    }

    let column: DatabaseSchema.Column
    let role: Role
    /// The column's words (`order_qty` → "order quantity").
    let phrase: String
    /// Distinct values when there are few (a category, a status), sorted; nil when many or not text.
    var values: [String]?
    /// A flag's stored "yes" (`1`, `Y`, `true`), as the data spells it.
    private(set) var trueValue: String?

    var name: String { column.name }
    /// Some sampled rows leave the column empty.
    private(set) var hasNulls = false
    /// Money kept in cents or pence (`TotalCents`), judged from the name as declared.
    let inMinorUnits: Bool

    /// The column as SQL on `table`: money kept in cents is divided into dollars, so sums, averages
    /// and comparisons ("priced above $10") are in the unit people say.
    func sql(on table: String) -> String {
        if inMinorUnits && role == .measure { return numberText ? "(CAST(\(table).\(column.name) AS REAL) / 100.0)" : "(\(table).\(column.name) / 100.0)" }
        // `"19.99"` kept as text (an e-commerce export): summed and compared as the number it is.
        if numberText, role == .measure || role == .number { return "CAST(\(table).\(column.name) AS REAL)" }
        // `2025-03-14T10:22:00-08:00`: SQLite's date functions move it to UTC (another day, month
        // or year near midnight); the shop's own clock time is the first 19 characters.
        if offsetTimes { return "substr(\(table).\(column.name), 1, 19)" }
        let stored = "\(table).\(column.name)"
        // `14/02/2025` neither sorts nor compares as a date: read as `2025-02-14`.
        switch slashDates {
        case .dayFirst: return "(substr(\(stored), 7, 4) || '-' || substr(\(stored), 4, 2) || '-' || substr(\(stored), 1, 2))"
        case .monthFirst: return "(substr(\(stored), 7, 4) || '-' || substr(\(stored), 1, 2) || '-' || substr(\(stored), 4, 2))"
        // `20250214` kept as a number: its digits cut into an ISO date.
        case .compactNumber:
            let text = "CAST(\(stored) AS TEXT)"
            return "(substr(\(text), 1, 4) || '-' || substr(\(text), 5, 2) || '-' || substr(\(text), 7, 2))"
        // `1735725600` kept as seconds since 1970 (a till's clock): the UTC date and time it is.
        case .epochSeconds: return "datetime(\(stored), 'unixepoch')"
        case nil: return stored
        }
    }

    /// Numbers kept as text (`"19.99"`), read with a cast.
    private(set) var numberText = false
    /// Timestamps that carry a UTC offset (`…T10:22:00-08:00`, `…Z`), read without it.
    private(set) var offsetTimes = false

    /// Whether a timestamp ends in a UTC offset or `Z` after its clock time.
    static func hasOffset(_ text: String) -> Bool {
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        guard characters.count > 19, characters[10] == "T" || characters[10] == " ", characters[13] == ":" else { return false }
        let tail = characters[19...].drop { $0 == "." || $0.isNumber }
        guard let sign = tail.first else { return false }
        if sign == "Z" { return tail.count == 1 }
        return (sign == "+" || sign == "-") && tail.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && tail.count >= 3
    }

    /// How dates kept as `DD/MM/YYYY` or `MM/DD/YYYY` text, or as a `YYYYMMDD` number, are laid out.
    enum SlashDates: Sendable, Equatable { case dayFirst, monthFirst, compactNumber, epochSeconds }
    /// Set when every sampled date is two-digit day and month and a four-digit year, and some day
    /// is above 12 (which tells the order); nil for ISO dates and for orders the sample can't tell.
    private(set) var slashDates: SlashDates?

    /// The order of `DD/MM/YYYY`-style dates in `texts`, when all have that fixed shape and one of
    /// the first two parts is above 12 somewhere.
    static func slashOrder(_ texts: [String]) -> SlashDates? {
        var firstAbove12 = false, secondAbove12 = false
        for text in texts {
            let characters = Array(text.prefix(10))
            guard characters.count == 10, characters[2] == "/", characters[5] == "/",
                  let first = Int(String(characters[0..<2])), let second = Int(String(characters[3..<5])),
                  Int(String(characters[6..<10])) != nil else { return nil }
            firstAbove12 = firstAbove12 || first > 12
            secondAbove12 = secondAbove12 || second > 12
        }
        switch (firstAbove12, secondAbove12) {
        case (true, false): return .dayFirst
        case (false, true): return .monthFirst
        default: return nil
        }
    }
    /// The name as the table spells it, without a table tag or type hint (`supervisorId`).
    let spelledName: String

    private static let identifierWords: Set<String> = ["code", "phone", "telephone", "fax", "zip", "zipcode", "postcode", "postal",
                                                       "email", "mail", "ssn", "password", "url", "isbn", "sku", "vat", "iban",
                                                       "login", "username", "mobile", "cell", "barcode", "ip", "hash", "token"]
    /// Words of an amount, which makes whole numbers kept as text a quantity rather than a code.
    private static let amountWords: Set<String> = ["price", "total", "amount", "cost", "tax", "discount", "discounts", "shipping",
                                                   "subtotal", "fee", "refund", "paid", "balance", "quantity", "qty", "weight"]
    private static let numberWords: Set<String> = ["year", "years", "floor", "rank", "ranking", "level", "grade", "number", "version", "zip",
                                                   "position", "sort", "priority", "sequence", "seq"]
    /// States a 0/1 column is named for, read as a flag even in a table of a few rows.
    private static let stateWords: Set<String> = ["active", "enabled", "disabled", "deleted", "visible", "hidden", "archived", "published",
                                                  "blocked", "locked", "default"]
    private static let dateWords: Set<String> = ["date", "time", "datetime", "timestamp", "day", "dob", "birthday", "when", "created", "updated"]

    /// Classifies `column` of `table` from its name, type and `sample` (up to a few hundred values).
    /// `spelled` is the name as the table declares it (its camelCase humps intact).
    init(column: DatabaseSchema.Column, table: DatabaseSchema.Table, sample: [DatabaseValue], fewValues: [String]?, spelled: String? = nil,
         inMinorUnits: Bool = false) {
        self.column = column
        self.inMinorUnits = inMinorUnits
        spelledName = spelled ?? column.name
        let words = NameWords.expanded(spelled ?? column.name)
        values = fewValues
        let present = sample.filter { !$0.isNull }
        hasNulls = present.count < sample.count
        let type = column.type
        let declaredNumeric = ["INT", "REAL", "FLOA", "DOUB", "NUM", "DEC", "MONEY"].contains { type.contains($0) }
        let numericData = !present.isEmpty && present.allSatisfy { $0.doubleValue != nil || Double(($0.stringValue ?? "").trimmingCharacters(in: .whitespaces)) != nil }
        let texts = present.compactMap(\.stringValue)
        let dateData = !texts.isEmpty && texts.allSatisfy(Self.looksLikeDate)
        // `ORD_DT` holding 20250214: a date kept as a number, named as one.
        let compactDates = !present.isEmpty && words.contains(where: { Self.dateWords.contains($0) })
            && present.allSatisfy { Self.isCompactDate($0.description) }
        // `trn_ts` holding 1735725600: seconds since 1970 in this century, named as a date or time.
        let epochSeconds = !present.isEmpty && (words.contains(where: { Self.dateWords.contains($0) }) || words.last == "ts")
            && present.allSatisfy { value in value.doubleValue.map { $0 == $0.rounded() && (946_684_800...4_102_444_800).contains($0) } ?? false }
        let isForeignKey = table.foreignKeys.contains { $0.column == column.name }
        let last = words.last ?? ""
        // `order_date_key` holding 20250214 into a calendar table (a star schema's date
        // dimension): the key is itself the date, so the records are dated without the join.
        let dateKey = compactDates && isForeignKey && !column.isPrimaryKey
        if (column.isPrimaryKey || isForeignKey || last == "id" || words == ["id"]) && !dateKey {
            role = .key
        } else if type.contains("DATE") || type.contains("TIME") || dateData || compactDates || epochSeconds
                    || (Self.namesADate(words) && !declaredNumeric && (present.isEmpty || !numericData))
                    || ((last == "at" || last == "on") && words.count > 1) {
            role = .date
        } else if type.contains("BOOL") || words.first == "is" || words.first == "has" || Self.isFlag(present)
                    || Self.stateWords.contains(last) && !present.isEmpty && Set(present.map(\.description)).isSubset(of: ["0", "1"]) {
            role = .flag
        } else if words.contains(where: Self.identifierWords.contains), !inMinorUnits || !(declaredNumeric || numericData) {
            // `vat_cts` is an amount of VAT in cents; `vat_no` a VAT number.
            role = fewValues != nil && !words.contains(where: { ["phone", "telephone", "fax", "email", "zip", "postcode", "postal", "password"].contains($0) })
                ? .text : .identifier
        } else if declaredNumeric || (numericData && type.isEmpty) {
            role = words.contains(where: Self.numberWords.contains) ? .number : .measure
        } else if numericData, texts.contains(where: { $0.contains(".") }) || words.contains(where: Self.amountWords.contains) {
            // Decimals kept as text: numbers all the same.
            role = words.contains(where: Self.numberWords.contains) ? .number : .measure
            numberText = true
        } else {
            role = .text
        }
        if role == .date, !texts.isEmpty, texts.allSatisfy(Self.hasOffset) { offsetTimes = true }
        if role == .date, !texts.isEmpty { slashDates = Self.slashOrder(texts) }
        if role == .date, compactDates { slashDates = .compactNumber }
        if role == .date, epochSeconds { slashDates = .epochSeconds }
        // A flag names a state: `disc_flg` is "discontinued", `ft_flg` "full time".
        phrase = role == .flag ? NameWords.flagWords(spelled ?? column.name).joined(separator: " ") : words.joined(separator: " ")
        if role == .flag {
            trueValue = present.map(\.description).first { ["1", "y", "yes", "true", "t"].contains($0.lowercased()) }
                ?? (declaredNumeric || numericData ? "1" : nil)
        }
    }

    /// What a flag says of a record when set: `is_organic` → "organic", `has_drive_through` →
    /// "drive through" and "with a drive through", `loyalty_member` → "loyalty member".
    func flagNames(person: Bool) -> [String] {
        var words = phrase.split(separator: " ").map(String.init)
        // `brn_has_cafe` on branches: the record's own name before the verb says nothing more.
        if let verb = words.firstIndex(where: { $0 == "is" || $0 == "has" }), verb > 0, verb <= 2, words.count > verb + 1 {
            words.removeFirst(verb)
        }
        let verb = words.first
        if ["is", "has", "flag"].contains(verb ?? ""), words.count > 1 { words.removeFirst() }
        if words.last == "flag", words.count > 1 { words.removeLast() }
        let name = words.joined(separator: " ")
        guard name.count > 2 else { return [] }
        if verb == "has" { return [name, "with \(name)", "with a \(name)", "that have a \(name)", "have a \(name)"] }
        let aliases = (FieldVocabulary.flagAliases[name] ?? []) + (person ? FieldVocabulary.peopleFlagAliases[name] ?? [] : [])
        return ([name, NameWords.plural(name)] + aliases).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// `2018-03-17`, `2018-03-17 09:22:10`, `03/17/2018`: date-like text.
    /// Whether a column's name says it holds a date: `created`, `order_date`; not `created_by` or
    /// `created_via` (who or what created the record).
    private static func namesADate(_ words: [String]) -> Bool {
        words.contains { dateWords.contains($0) } && !["by", "via", "from", "with", "user", "source", "channel"].contains(words.last ?? "")
    }

    static func looksLikeDate(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 8, trimmed.count <= 32 else { return false }
        let digits = trimmed.prefix(10)
        let iso = digits.count == 10 && digits.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? (character == "-" || character == "/") : character.isNumber
        }
        if iso { return true }
        let parts = trimmed.split(separator: " ").first?.split(separator: "/") ?? []
        return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) } && parts.last!.count == 4
    }

    /// `20250214`: eight digits that read as a year from 1900 to 2100, a month and a day.
    static func isCompactDate(_ text: String) -> Bool {
        guard text.count == 8, let number = Int(text) else { return false }
        let (year, month, day) = (number / 10_000, number / 100 % 100, number % 100)
        return (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// Only 0 and 1 (or yes/no, true/false, Y/N) in a sample big enough to tell.
    static func isFlag(_ values: [DatabaseValue]) -> Bool {
        guard values.count >= 4 else { return false }
        let distinct = Set(values.map { $0.description.lowercased() })
        return distinct.count <= 2 && (distinct.isSubset(of: ["0", "1"]) || distinct.isSubset(of: ["yes", "no"])
            || distinct.isSubset(of: ["true", "false"]) || distinct.isSubset(of: ["y", "n"]))
    }
}
