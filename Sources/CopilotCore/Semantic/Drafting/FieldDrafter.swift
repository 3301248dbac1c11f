/// The fields and metrics of each table: a display dimension naming its records, one typed
/// dimension per column (text with its values when few, number, date, flag, identifier), a count
/// of its records, and sums and averages of its real quantities only.
struct FieldDrafter: Sendable {
    var dimensions: [SemanticModel.Dimension] = []
    var metrics: [SemanticModel.Metric] = []
    var dimensionWords = SynonymSet()
    var metricWords = SynonymSet()
    private var names = Set<String>()
    /// Bare phrases columns of several tables share ("email", "city", "id"): one field each, with an
    /// expression per table, so "the email of the supplier" reads the supplier's.
    private let shared: [String: [(table: String, column: ColumnProfile)]]
    /// Tables in the order a shared field's expressions are tried: a table before the tables it
    /// points at, so a table's own column wins over its parent's.
    private let depthOrder: [String]
    private let profiles: [TableProfile]
    /// Tables whose price already carries "expensive" and "cheap".
    private var pricedTables: Set<String> = []
    /// An ending's one word ("closed", "discontinued") for each end-date state field, by field name,
    /// with the value it names: given only where no status already has a value of that name.
    var bareEndings: [String: (value: String, word: String)] = [:]
    /// The document number of a table of lines with no table of documents, and the document's noun.
    var documentCounts: [String: (column: String, noun: String)] = [:]

    init(profiles: [TableProfile], depthOrder: [String]) {
        self.profiles = profiles
        self.depthOrder = depthOrder
        var byPhrase: [String: [(table: String, column: ColumnProfile)]] = [:]
        for profile in profiles {
            for column in profile.columns where column.role != .key {
                guard let bare = Self.phrases(of: column, in: profile).last, bare != column.phrase || profiles.count > 1 else { continue }
                byPhrase[bare, default: []].append((profile.name, column))
            }
        }
        shared = byPhrase.filter { phrase, columns in Set(columns.map(\.table)).count > 1 && !["name", "names"].contains(phrase) }
    }

    private static let moneyWords: Set<String> = ["amount", "price", "cost", "total", "revenue", "fee", "tax", "subtotal", "refund",
                                                  "sales", "value", "balance", "payment", "salary", "budget", "charge", "paid", "income"]

    /// A name not used yet (`price`, `price_2`).
    mutating func unique(_ name: String) -> String {
        // The model's names are plain whatever the column is called (`"unit price (£)"` → `unit_price`).
        let name = SQLName.isPlain(name) ? name : SQLName.plain(name)
        var candidate = name
        var suffix = 2
        while names.contains(candidate) { candidate = "\(name)_\(suffix)"; suffix += 1 }
        names.insert(candidate)
        return candidate
    }

    /// A column's phrases: its own words, and without the table's words in front
    /// (`customer_first_name` in `customers` → "customer first name", "first name"), plus the
    /// phrase without a trailing `code` for coded categories (`order_status_code` → "order status").
    static func phrases(of column: ColumnProfile, in profile: TableProfile) -> [String] {
        var result = [column.phrase]
        let tableWords = Set(profile.singular.split(separator: " ").map(String.init))
        let words = column.phrase.split(separator: " ").map(String.init)
        var bare = words
        while bare.count > 1, tableWords.contains(bare[0]) { bare.removeFirst() }
        for candidate in [words, bare] where candidate.count > 1 && candidate.last == "code" && column.role == .text {
            result.append(candidate.dropLast().joined(separator: " "))
        }
        // `city_nm`, `role_name`: the city, the role. A person's first or last name stays a name.
        for candidate in [words, bare] where candidate.count > 1 && candidate.last == "name" && column.role == .text
            && !["first", "last", "middle", "full", "user", "nick", "display", "given", "family"].contains(candidate[candidate.count - 2]) {
            result.append(candidate.dropLast().joined(separator: " "))
        }
        if column.role == .date {
            // `date_order_placed` → "order placed", `created_at` → "created": what questions say.
            // `order_dt` on orders is not "order": that word names the record itself.
            let event = words.filter { !["date", "time", "datetime", "timestamp", "at", "on", "dt"].contains($0) }
            let phrase = event.joined(separator: " ")
            // `OpenDate` beside a status that can be "Open": "open shops" are a status, not a date.
            let isValue = profile.columns.contains { $0.values?.contains { $0.lowercased() == phrase } == true }
            // `ForDate` is no "for": a preposition left alone names nothing.
            let bare = event.allSatisfy(NameWords.isStructureWord)
            if !event.isEmpty && !bare && event.count < words.count && phrase != profile.singular && phrase != profile.plural && !isValue {
                result.append(phrase)
            }
        }
        if column.role == .date || words.contains("year") {
            // `open_dt` → "opened", `hire_date` → "hired", `year_founded` → "founded": the verb a
            // question uses for the event the column dates.
            let statusWords = Set(profile.columns.flatMap { $0.values ?? [] }.map { $0.lowercased() })
            result += FieldVocabulary.eventNames(words, statusWords: statusWords)
            // A customer's record created is when they signed up ("customers who joined in 2025").
            if column.role == .date, profile.person, !Set(words).isDisjoint(with: ["created", "create", "creation", "registered", "registration"]),
               profile.columns.contains(where: { $0.role == .date && $0.name == column.name }) {
                result += ["signed up", "sign up", "joined", "join", "became a customer", "signup date"]
            }
        }
        // `SeatCount`, `num_rooms`, `number_of_staff`: a count of things is said by their name
        // ("how many seats", "cafes with more than 60 seats").
        if column.role == .measure || column.role == .number {
            for candidate in [words, bare] where candidate.count > 1 {
                if candidate.last == "count" { result.append(candidate.dropLast().joined(separator: " ")) }
                if ["number", "num", "no"].contains(candidate[0]) {
                    let rest = candidate.dropFirst().drop { $0 == "of" }
                    if !rest.isEmpty { result.append(rest.joined(separator: " ")) }
                }
            }
        }
        // `TAX_AMT`, `late_fee_amount`, `US_LIST_AMT`: the money is said by what it is ("before
        // tax", "late fees", "US list price"), not by "amount".
        if column.role == .measure {
            for candidate in [words, bare] where candidate.count > 1 && ["amount", "amt", "value", "val"].contains(candidate.last ?? "") {
                let thing = candidate.dropLast()
                let phrase = thing.joined(separator: " ")
                // Only charges on top of a sale and list prices are said without "amount": "total
                // amount" is no "total", and "refunds" ranks the refund metric, not one return.
                guard let last = thing.last, Self.chargeWords.contains(last) || last == "list" else { continue }
                // `RNTL_AMT` on rental agreements is no "rental": that word names the records.
                guard !" \(profile.singular) ".contains(" \(phrase) ") else { continue }
                result.append(thing.last == "list" ? "\(phrase) price" : phrase)
                if !["list", "refund", "discount"].contains(last) {
                    result.append(NameWords.plural(phrase))
                }
            }
        }
        // "total amount purchased" is also the "amount purchased" of one row.
        if words.count > 2, words[0] == "total" { result.append(words.dropFirst().joined(separator: " ")) }
        result += FieldVocabulary.names(for: column.phrase)
        if bare != words { result += FieldVocabulary.names(for: bare.joined(separator: " ")) }
        // The bare phrase last: shared fields are found by it.
        result.append(bare.joined(separator: " "))
        return result
    }

    mutating func add(_ profile: TableProfile) {
        let table = profile.name
        if let display = profile.display() {
            let name = unique(profile.singular.replacingOccurrences(of: " ", with: "_"))
            let own = profile.displayColumns.compactMap { column in profile.columns.first { $0.name == column }?.phrase }
                .filter { profile.displayColumns.count == 1 && !["name", "title", "label"].contains($0) }
            let synonyms = dimensionWords.claim([profile.singular, profile.plural, "\(profile.singular) name", "\(profile.singular) names"]
                + own + profile.headNouns + profile.everydayNames)
            var dimension = SemanticModel.Dimension(name: name, label: profile.singular, synonyms: synonyms, expressions: [display],
                                                    key: profile.key.map { "\(table).\($0)" })
            if profile.displayColumns.count == 1, let values = profile.columns.first(where: { $0.name == profile.displayColumns[0] })?.values {
                dimension.values = values
            }
            dimensions.append(dimension)
        }
        if let key = profile.key {
            var dimension = SemanticModel.Dimension(name: unique("\(profile.singular.replacingOccurrences(of: " ", with: "_"))_id"),
                                                    label: "\(profile.singular) id",
                                                    synonyms: dimensionWords.claim(["\(profile.singular) id", "\(profile.singular) ids"] + keyPhrases(profile, key)),
                                                    expressions: ["\(table).\(key)"])
            dimension.type = .identifier
            // A coded key ("US") is better found through the record's name field.
            dimension.valuesNeedDimensionWord = profile.display() != nil ? true : nil
            dimensions.append(dimension)
        }
        for column in profile.columns where column.role != .key && !(profile.displayColumns.count == 1 && profile.displayColumns[0] == column.name) {
            addField(column, of: profile)
        }
        addMetrics(profile)
    }

    /// A key's own name after the record's (`Manufacturers.Code` → "manufacturer code").
    private func keyPhrases(_ profile: TableProfile, _ key: String) -> [String] {
        let own = profile.columns.first { $0.name == key }?.phrase ?? NameWords.phrase(key)
        guard own != "id", !own.hasPrefix(profile.singular) else { return own == "id" ? [] : [own, NameWords.plural(own)] }
        return ["\(profile.singular) \(own)", "\(profile.singular) \(NameWords.plural(own))"]
    }

    /// A shared phrase, its everyday names ("phone" → "phone number") and, for a code, the thing it
    /// codes ("country code" → "country"): all read from the table the question is about.
    static func sharedNames(_ phrase: String) -> [String] {
        (phrase.hasSuffix(" code") ? [phrase, String(phrase.dropLast(5))] : [phrase]) + FieldVocabulary.names(for: phrase)
    }

    /// The fields several tables share, then "id" and "name" of every table.
    mutating func addShared() {
        let rank = Dictionary(uniqueKeysWithValues: depthOrder.enumerated().map { ($0.element, $0.offset) })
        func ordered(_ pairs: [(table: String, expression: String)]) -> [String] {
            pairs.sorted { (rank[$0.table] ?? 0) < (rank[$1.table] ?? 0) }.map(\.expression)
        }
        for (phrase, columns) in shared.sorted(by: { $0.key < $1.key }) {
            let synonyms = dimensionWords.claim(Self.sharedNames(phrase).flatMap { [$0, NameWords.plural($0)] })
            guard !synonyms.isEmpty else { continue }
            var dimension = SemanticModel.Dimension(name: unique(phrase.replacingOccurrences(of: " ", with: "_")), label: phrase, synonyms: synonyms,
                                                    expressions: ordered(columns.map { ($0.table, $0.column.sql(on: $0.table)) }))
            dimension.type = Self.fieldType(columns[0].column.role)
            // A value names the column it was found in (its own field), not this one, which reads
            // whichever table the question is about.
            dimension.valuesNeedDimensionWord = true
            dimensions.append(dimension)
        }
        let keys = profiles.compactMap { profile in profile.key.map { (profile.name, "\(profile.name).\($0)") } }
        let ids = dimensionWords.claim(["id", "ids", "identifier", "identifiers"])
        if !keys.isEmpty && !ids.isEmpty {
            var dimension = SemanticModel.Dimension(name: unique("id"), label: "id", synonyms: ids, expressions: ordered(keys))
            dimension.type = .identifier
            dimension.valuesNeedDimensionWord = true
            dimensions.append(dimension)
        }
        let displays = profiles.compactMap { profile in profile.display().map { (profile.name, $0) } }
        let names = dimensionWords.claim(["name", "names"])
        if !displays.isEmpty && !names.isEmpty {
            var dimension = SemanticModel.Dimension(name: unique("name"), label: "name", synonyms: names, expressions: ordered(displays))
            dimension.valuesNeedDimensionWord = true
            dimensions.append(dimension)
        }
    }

    static func fieldType(_ role: ColumnProfile.Role) -> SemanticModel.FieldType? {
        switch role {
        case .measure, .number: .number
        case .date: .date
        case .flag: .flag
        case .identifier, .key: .identifier
        case .text: nil
        }
    }

    private mutating func addField(_ column: ColumnProfile, of profile: TableProfile) {
        var phrases = Self.phrases(of: column, in: profile)
        // "customer phone" in `orders` also reads as "order customer phone"; never "customer customer phone".
        let qualified = column.phrase.split(separator: " ").contains { profile.singular.split(separator: " ").contains($0) }
            ? [] : ["\(profile.singular) \(column.phrase)"]
        // A phrase several tables share ("country code" of brands and of customers) is left to the
        // shared field, which reads the table the question is about; this one keeps its qualified name.
        if let bare = phrases.last, shared[bare] != nil, phrases.count > 1 {
            let sharedNames = Set(Self.sharedNames(bare))
            let own = phrases.filter { !sharedNames.contains($0) }
            phrases = own.isEmpty && qualified.isEmpty ? Array(phrases.dropLast()) : own
        }
        let synonyms = dimensionWords.claim(phrases.flatMap { [$0, NameWords.plural($0)] } + qualified)
        guard !synonyms.isEmpty else { return }
        var dimension = SemanticModel.Dimension(name: unique(column.name.lowercased()), label: column.phrase, synonyms: synonyms,
                                                expressions: [column.sql(on: profile.name)])
        switch column.role {
        case .measure, .number:
            dimension.type = .number
            if isMoney(column) { dimension.format = .currency }
            // Each table's first price (a cost only where it has no price) is what "expensive" ranks
            // its records by: "the priciest mattress" is a product's price, not an order line's.
            let words = column.phrase.split(separator: " ")
            let isPrice = words.contains("price")
                || words.contains("cost") && !profile.columns.contains { $0.phrase.split(separator: " ").contains("price") }
            if isPrice, !pricedTables.contains(profile.name) {
                dimension.adjectives = .init(high: ["expensive", "pricey", "pricier", "priciest", "costliest", "dearest", "dearer"],
                                             low: ["cheap", "cheaper", "cheapest", "inexpensive", "affordable"])
                pricedTables.insert(profile.name)
            }
        case .date:
            dimension.type = .date
            addEndedState(column, of: profile)
        case .flag:
            dimension.type = .flag
            // "organic coffees", "pro customers": the flag's name is the value that it is set.
            let names = column.flagNames(person: profile.person)
            if let yes = column.trueValue, !names.isEmpty {
                dimension.values = [yes]
                dimension.valueSynonyms = [yes: names]
            }
        case .identifier: dimension.type = .identifier
        case .text: dimension.values = column.values
        case .key: return
        }
        dimensions.append(dimension)
    }

    private func isMoney(_ column: ColumnProfile) -> Bool {
        column.inMinorUnits || NameWords.namesCurrency(column.name) || !Set(column.phrase.split(separator: " ").map(String.init)).isDisjoint(with: Self.moneyWords)
    }

    private mutating func addMetrics(_ profile: TableProfile) {
        let table = profile.name
        let time = profile.time
        var count = SemanticModel.Metric(name: unique(profile.plural.replacingOccurrences(of: " ", with: "_")), label: "number of \(profile.plural)",
                                         synonyms: metricWords.claim([profile.plural, "number of \(profile.plural)", "\(profile.singular) count",
                                                                      "count of \(profile.plural)"]
                                                                     + profile.headPlurals.map { "number of \($0)" } + profile.headPlurals
                                                                     + profile.everydayNames.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)),
                                         format: .count, table: table, expression: "COUNT(*)", time: time, additive: true)
        count.noun = true
        if profile.key != nil && !profile.isLink { count.counts = profile.singular.replacingOccurrences(of: " ", with: "_") }
        metrics.append(count)
        addDocumentCount(profile)
        for column in profile.columns where column.role == .measure {
            let qualified = column.sql(on: table)
            let format: SemanticModel.Format = isMoney(column) ? .currency : .number
            let phrases = Self.phrases(of: column, in: profile)
            // "total amount" stays "total amount", never "total total amount".
            // A column called just "total" (`sal_total`) is the record's total: "sales total".
            let totals = phrases.map { $0.hasPrefix("total ") ? $0 : $0 == "total" ? "\(profile.plural) total" : "total \($0)" }
            let sumLabel = totals[0]
            metrics.append(.init(name: unique("sum_\(column.name.lowercased())"), label: sumLabel,
                                 synonyms: metricWords.claim(totals + phrases.map { "sum of \($0)" }),
                                 format: format, table: table, expression: "SUM(\(qualified))", time: time, additive: true))
            let bare = phrases.map { $0.hasPrefix("total ") ? String($0.dropFirst(6)) : $0 == "total" ? "\(profile.singular) total" : $0 }
            metrics.append(.init(name: unique("avg_\(column.name.lowercased())"), label: "average \(bare[0])",
                                 synonyms: metricWords.claim(bare.flatMap { ["average \($0)", "avg \($0)", "mean \($0)"] }),
                                 format: format, table: table, expression: "AVG(\(qualified))", time: time))
        }
    }

    /// Shop words for a dated document (an order, a sale, a transaction), with its lines when it has
    /// them: its count is also "purchases", the quantity "units sold", the amount "revenue" and
    /// "sales", also said with the document's own words ("cafe sales revenue", "wholesale revenue")
    /// when a shop has two kinds of sales, and a total per document is the average order value —
    /// how managers say it whatever the schema calls it. Only phrases no other field holds are added.
    mutating func addSalesVocabulary(header: String, lines: String?, item: TableProfile? = nil) {
        guard let headerProfile = profiles.first(where: { $0.name == header }), let headerTime = headerProfile.time,
              let lineProfile = profiles.first(where: { $0.name == (lines ?? header) }) else { return }
        // Lines are dated by their document: "units sold in March" filters on the order's date.
        for index in metrics.indices where metrics[index].table == lineProfile.name && metrics[index].time == nil {
            metrics[index].time = headerTime
        }
        func column(_ profile: TableProfile, where matches: (ColumnProfile) -> Bool) -> ColumnProfile? {
            profile.columns.first { $0.role == .measure && matches($0) }
        }
        func sum(_ profile: TableProfile, where matches: (ColumnProfile) -> Bool) -> Int? {
            guard let column = column(profile, where: matches) else { return nil }
            return metrics.firstIndex { $0.expression == "SUM(\(column.sql(on: profile.name)))" }
        }
        let amountWords: Set<String> = ["amount", "total", "subtotal", "revenue", "sales", "value"]
        // A unit price is no amount of the line, whatever its column is called (`unit_price_amount`).
        func words(_ column: ColumnProfile) -> Set<String> {
            let all = Set(column.phrase.split(separator: " ").map(String.init))
            return all.contains("price") && !all.contains("total") ? all.subtracting(amountWords) : all
        }
        // The document's own words: "cafe sale", "wholesale order" and their first word.
        let own = [headerProfile.singular, headerProfile.plural, headerProfile.singular.split(separator: " ").first.map(String.init) ?? ""]
            .filter { $0.count > 2 }
        if let count = metrics.firstIndex(where: { $0.table == header && $0.expression == "COUNT(*)" }) {
            metrics[count].synonyms += metricWords.claim(Self.documentWords)
        }
        let quantity = sum(lineProfile) { !words($0).isDisjoint(with: ["quantity", "units", "qty"]) }
        if let quantity { metrics[quantity].synonyms += metricWords.claim(Self.unitWords) }
        let sold = item.map { item in
            ["\(item.singular) sales", "\(item.singular) revenue", "\(item.singular) sales revenue", "sales of \(item.plural)",
             "revenue from \(item.plural)", "\(item.singular) takings"]
        } ?? []
        let moneyWords = Self.moneyPhrases + own.flatMap { ["\($0) revenue", "\($0) sales revenue", "revenue from \($0)"] } + sold
        // Lines with a quantity and a unit price: their product, summed, is the lines' revenue;
        // lines with a price and no quantity (one treatment per line) sum the price.
        let linePrice = lines == nil || lines == header ? nil : column(lineProfile, where: { isMoney($0) && words($0).contains("price") })
        let lineRevenue = linePrice.flatMap { price in
            quantity.map { quantity in
                (metrics[quantity].expression ?? "").replacingOccurrences(of: ")", with: " * \(price.sql(on: lineProfile.name)))")
            } ?? "SUM(\(price.sql(on: lineProfile.name)))"
        }
        // The document's money: a total before any other amount, never a discount, tax or fee.
        let asides: Set<String> = ["discount", "discounts", "tax", "vat", "shipping", "delivery", "fee", "fees", "tip", "tips", "cost",
                                   "deposit", "refund", "refunded", "commission"]
        func amount(_ profile: TableProfile) -> Int? {
            sum(profile) { isMoney($0) && words($0).contains("total") && words($0).isDisjoint(with: asides) }
                ?? sum(profile) { isMoney($0) && !words($0).isDisjoint(with: amountWords) && words($0).isDisjoint(with: asides) }
        }
        // "net sales", "gross revenue": the amount's own qualifier said of sales.
        func qualified(_ index: Int) -> [String] {
            let label = Set((metrics[index].label ?? "").split(separator: " ").map(String.init))
            return ["net", "gross"].filter(label.contains).flatMap { ["\($0) sales", "\($0) revenue", "\($0) takings", "\($0) spend", "\($0) turnover"] }
        }
        if let amount = amount(lineProfile) {
            metrics[amount].synonyms += metricWords.claim(qualified(amount) + moneyWords)
        } else if let amount = amount(headerProfile) {
            let claimed = metricWords.claim(qualified(amount) + moneyWords)
            metrics[amount].synonyms += claimed
            // The documents' own total answers for documents, stores and days; the same words
            // over the lines answer for products and categories the total cannot reach.
            if let lineRevenue, lines != nil, lines != header, !claimed.isEmpty {
                metrics.append(.init(name: unique("line_revenue"), label: "revenue from \(lineProfile.plural)", synonyms: claimed,
                                     format: .currency, table: lineProfile.name, expression: lineRevenue,
                                     time: headerTime, additive: true))
            }
        } else if let lineRevenue {
            metrics.append(.init(name: unique("revenue"), label: "revenue", synonyms: metricWords.claim(moneyWords), format: .currency,
                                 table: lineProfile.name, expression: lineRevenue, time: headerTime, additive: true))
        }
        // Lines of documents counted by number: the money over that count is the average document.
        if lines == nil, let (number, noun) = documentCounts[header], let amount = amount(headerProfile),
           let money = metrics[amount].expression {
            metrics.append(.init(name: unique("average_\(noun.replacingOccurrences(of: " ", with: "_"))_value"),
                                 label: "average \(noun) value",
                                 synonyms: metricWords.claim(["average \(noun) value", "avg \(noun) value", "average \(noun) amount",
                                                              "average \(noun) size", "average \(noun)", "average order value", "aov",
                                                              "average basket", "average sale value", "average transaction value"]),
                                 format: .currency, table: header,
                                 expression: "\(money) / NULLIF(COUNT(DISTINCT \(number)), 0)", time: headerTime))
        }
        // A total on the document itself: its average is the average order (sale) value.
        if let total = column(headerProfile, where: { isMoney($0) && !words($0).isDisjoint(with: ["total", "amount", "value"]) && words($0).isDisjoint(with: asides) }),
           let average = metrics.firstIndex(where: { $0.expression == "AVG(\(total.sql(on: header)))" }) {
            let documents = own.filter { !$0.contains(" ") || $0 == headerProfile.singular }
            metrics[average].synonyms += metricWords.claim(["average order value", "aov", "avg order value", "average basket", "average basket size",
                                                             "average transaction value", "average sale value"]
                                                            + documents.flatMap { ["average \($0) value", "avg \($0) value", "average \($0) amount"] })
        }
    }

    private static let documentWords = ["purchases", "number of purchases", "number of sales", "sales count", "orders", "number of orders",
                                        "transactions", "number of transactions"]
    private static let unitWords = ["units sold", "units", "items sold", "copies sold", "copies", "quantity sold", "sold", "number sold"]
    private static let moneyPhrases = ["revenue", "sales", "total sales", "sales revenue", "turnover", "takings", "money taken", "money", "sales amount", "amount spent",
                                       "spend", "spent", "total spent", "total spend", "total value", "sales value", "value of sales",
                                       "gross sales"]

    /// Charges said on their own ("before tax", "late fees").
    private static let chargeWords: Set<String> = ["tax", "fee", "charge", "tip", "deposit", "surcharge", "shipping", "postage",
                                                   "commission", "gst", "vat", "refund", "discount"]

    /// Everyday names of a key pointing up a hierarchy in its own table: a person's manager or
    /// supervisor, a category's parent (in shops, the department).
    static func hierarchyWords(_ phrase: String, of singular: String) -> [String] {
        if isManagerRole(phrase) {
            return ["manager", "supervisor", "boss", "line manager", "reports to", "report to", "reporting to", "direct manager",
                    "reports directly to", "report directly to", "reporting directly to", "answers to", "answer to", "reports into"]
        }
        let words = Set(phrase.split(separator: " ").map(String.init))
        if words.contains("parent") {
            let thing = singular.split(separator: " ").last.map(String.init) ?? singular
            var names = ["parent \(thing)", "parent", "top level \(thing)", "main \(thing)"]
            if thing == "category" { names += ["department", "departments", "dept", "parent categories"] }
            return names
        }
        return []
    }

    /// Whether a key pointing back into its own table names a person's manager.
    static func isManagerRole(_ phrase: String) -> Bool {
        !Set(phrase.split(separator: " ").map(String.init)).isDisjoint(with: ["manager", "supervisor", "boss", "reports", "lead", "head"])
    }

    /// Everyday names of the people in an org chart (the table a manager key points back into).
    static let peopleWords = ["people", "person", "persons", "everyone", "anyone", "anybody", "direct reports", "direct report"]

    /// A role's display dimension ("manager" → the manager's name, keyed by the manager's id).
    /// Fields of `tables` match a value only when the question names the field too.
    mutating func valuesNeedTheirWord(on tables: Set<String>) {
        for index in dimensions.indices where tables.contains(where: { table in dimensions[index].expressions.contains { $0.hasPrefix("\(table).") } }) {
            dimensions[index].valuesNeedDimensionWord = true
        }
    }

    mutating func addRole(_ role: RelationshipDrafter.Role, target: TableProfile, values: [String]? = nil) {
        let expression = target.display(as: role.alias) ?? "\(role.alias).\(role.targetColumn)"
        let synonyms = dimensionWords.claim([role.phrase, NameWords.plural(role.phrase), "\(role.phrase) name"]
                                            + (role.from == role.target ? Self.hierarchyWords(role.phrase, of: target.singular) : []))
        guard !synonyms.isEmpty else { return }
        var dimension = SemanticModel.Dimension(name: unique(role.alias.lowercased()), label: role.phrase, synonyms: synonyms,
                                                expressions: [expression], key: "\(role.alias).\(role.targetColumn)")
        dimension.values = values
        dimensions.append(dimension)
    }
}
