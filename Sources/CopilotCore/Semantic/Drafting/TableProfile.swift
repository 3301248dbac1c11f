/// One table as the drafter sees it: its readable name, key, display attribute (a name or title,
/// or first + last name), date, and what each column holds.
struct TableProfile: Sendable {
    let table: DatabaseSchema.Table
    let columns: [ColumnProfile]
    /// Readable singular (`Customer_Addresses` → "customer address").
    let singular: String
    /// Readable plural ("customer addresses").
    let plural: String
    /// The single-column primary key, if any.
    let key: String?
    /// The column(s) that name a record: `name` or `products.product_name`; first + last name
    /// joined for people.
    let displayColumns: [String]
    /// True when the records are people (first and last names, or a people word in the table name).
    let person: Bool
    /// The record's own date as SQL: its first date column (`DD/MM/YYYY` text read as ISO).
    let time: String?

    var name: String { table.name }

    /// The shorter ends of a longer name and their plurals (`customer_contact_channels` → "contact
    /// channel", "contact channels", "channel", "channels"), for people who say "channels"; the
    /// drafter keeps them only where no other table claims them.
    var headNouns: [String] {
        let words = singular.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [] }
        return (1..<words.count).flatMap { start -> [String] in
            let phrase = words[start...].joined(separator: " ")
            return phrase.count > 2 ? [phrase, NameWords.plural(phrase)] : []
        }
    }

    /// A many-to-many link: two or more foreign keys and little else (`product_suppliers`).
    var isLink: Bool {
        table.foreignKeys.count >= 2 && columns.filter { ![.key, .date].contains($0.role) }.count <= 2
    }

    /// Everyday names of the records ("company", "companies" for manufacturers).
    var everydayNames: [String] {
        var names = FieldVocabulary.recordNames(for: singular)
        // `RepairTicket`, `service_request`: a generic record noun after what the record is about —
        // people say "repairs", "repair jobs".
        let words = singular.split(separator: " ").map(String.init)
        if words.count == 2, Self.recordNouns.contains(words[1]), words[0].count > 2 {
            names += [words[0], NameWords.plural(words[0]), "\(words[0]) job", "\(words[0]) jobs", "\(words[0]) ticket", "\(words[0]) tickets"]
        }
        return names
    }

    private static let recordNouns: Set<String> = ["ticket", "job", "request", "record", "case", "booking", "appointment", "log", "entry", "agreement", "contract", "transaction"]

    /// The plural ends of the name ("contact channels", "channels").
    var headPlurals: [String] { headNouns.enumerated().filter { $0.offset % 2 == 1 }.map(\.element) }

    private static let peopleWords: Set<String> = ["customer", "client", "staff", "employee", "member", "person", "people", "user",
                                                   "manager", "student", "teacher", "driver", "contact", "owner", "agent", "author",
                                                   "buyer", "seller", "player", "guest", "visitor", "patient", "passenger", "worker"]

    init(table: DatabaseSchema.Table, columns: [ColumnProfile]) {
        self.table = table
        self.columns = columns
        let phrase = NameWords.tablePhrase(table.spelled ?? table.name)
        singular = NameWords.singular(phrase)
        plural = NameWords.plural(singular)
        let keys = table.columns.filter(\.isPrimaryKey)
        key = keys.count == 1 ? keys[0].name : nil
        let first = columns.first { $0.phrase.hasSuffix("first name") || $0.phrase == "forename" || $0.phrase == "given name" }
        let last = columns.first { $0.phrase.hasSuffix("last name") || $0.phrase.hasSuffix("surname") || $0.phrase.hasSuffix("family name") }
        let tableWords = Set(singular.split(separator: " ").map(String.init))
        if let first, let last {
            displayColumns = [first.name, last.name]
            person = true
        } else {
            displayColumns = Self.nameColumn(in: columns, tableWords: tableWords).map { [$0] } ?? []
            person = !tableWords.isDisjoint(with: Self.peopleWords)
        }
        // The record's own date is when it came about, not a date it promises, one it was changed
        // on, or a person's birthday: those come after any other date column.
        // A record's date named for it ("order date", "received") first, then when the row was
        // created, then any other; a date it is ready, collected or closed on comes later still.
        let dates = columns.filter { $0.role == .date }
        let singularName = singular
        func rank(_ column: ColumnProfile) -> Int {
            let words = Set(column.phrase.split(separator: " ").map(String.init))
            if !words.isDisjoint(with: Self.laterDateWords) { return 4 }
            if column.phrase == "date" || column.phrase == "\(singularName) date" || !words.isDisjoint(with: Self.arrivalDateWords) { return 0 }
            if words.contains("created") || words.contains("creation") { return 1 }
            if !words.isDisjoint(with: Self.closingDateWords) { return 3 }
            return 2
        }
        time = dates.enumerated().min { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }?.element.sql(on: table.name)
    }

    /// Words of dates a record arrives on: an order placed, a job received, a booking made.
    private static let arrivalDateWords: Set<String> = ["ordered", "placed", "received", "booked", "opened", "registered", "signup", "joined",
                                                        "hired", "hire", "issued", "invoice", "sale", "sold", "transaction"]
    /// Words of dates a record is finished on.
    private static let closingDateWords: Set<String> = ["ready", "collected", "completed", "closed", "disposed", "finished", "cancelled",
                                                        "canceled", "shipped", "delivered", "paid", "resolved", "ended", "end", "left"]

    /// Words of dates that are not when a record came about.
    private static let laterDateWords: Set<String> = ["promised", "due", "expected", "estimated", "deadline", "target", "updated", "modified",
                                                      "deleted", "expiry", "expires", "birth", "birthday", "anniversary", "dob", "last",
                                                      "changed", "change"]

    /// The display expression in SQL for the logical table `alias` (the table itself by default).
    func display(as alias: String? = nil) -> String? {
        let table = alias ?? name
        switch displayColumns.count {
        case 0: return nil
        case 1: return "\(table).\(displayColumns[0])"
        default: return displayColumns.map { "\(table).\($0)" }.joined(separator: " || ' ' || ")
        }
    }

    /// `name`, `title`, `<table>_name`, then any other `…_name`/`…_title` text column that is not a
    /// part of a person's name.
    private static func nameColumn(in columns: [ColumnProfile], tableWords: Set<String>) -> String? {
        let texts = columns.filter { $0.role == .text }
        let parts = ["first name", "last name", "middle name", "user name", "login name", "nick name"]
        if let exact = texts.first(where: { ["name", "title", "label", "full name"].contains($0.phrase) }) { return exact.name }
        let named = texts.filter { column in
            let words = column.phrase.split(separator: " ").map(String.init)
            return ["name", "title"].contains(words.last ?? "") && !parts.contains { column.phrase.hasSuffix($0) }
        }
        if let own = named.first(where: { column in
            let words = Set(column.phrase.split(separator: " ").map(String.init))
            return !words.isDisjoint(with: tableWords)
        }) { return own.name }
        if let name = named.first?.name { return name }
        // No name at all: the record's own description names it (`prod_desc` of `prod`) — not in a
        // code table (`ref_colors`: a code and its description), whose description is its value.
        guard columns.count >= 4 else { return nil }
        return texts.first { column in
            let words = column.phrase.split(separator: " ").map(String.init)
            return words.last == "description" && !Set(words).isDisjoint(with: tableWords)
        }?.name
    }
}
