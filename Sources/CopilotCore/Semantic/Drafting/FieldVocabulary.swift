/// Everyday names of common fields, whatever the schema calls them: an `email_address` is "email",
/// a `zip_postcode` a "post code", a `town_city` a "city". General English vocabulary, not any one
/// database's: the drafter adds these to a column's phrases.
enum FieldVocabulary {
    /// Phrase → other names people use.
    private static let aliases: [String: [String]] = [
        "email address": ["email", "e-mail", "email id"],
        "email": ["email address", "e-mail"],
        "phone number": ["phone", "telephone", "telephone number"],
        "phone": ["phone number", "telephone"],
        "telephone": ["phone", "phone number"],
        "cell phone": ["mobile", "mobile phone"],
        "zip postcode": ["zip code", "postcode", "post code", "postal code", "zip"],
        "zip code": ["zip", "postcode", "post code", "postal code"],
        "postcode": ["post code", "postal code", "zip code"],
        "postal code": ["post code", "postcode", "zip code"],
        "date of birth": ["birthday", "birth date"],
        "date became customer": ["customer since"],
        "first name": ["forename", "given name"],
        "last name": ["surname", "family name"],
        "address line 1": ["address", "street"],
        "address": ["street address", "postal address"],
        "area": ["suburb", "town", "locality"],
        "hourly rate": ["hourly pay", "hourly wage", "pay per hour", "rate of pay"],
        "hourly rate cents": ["hourly pay", "hourly wage", "pay per hour", "rate of pay"],
        "price": ["priced"],
        "unit price": ["priced"],
        "list price": ["priced"],
        "retail price": ["priced"],
    ]

    /// A set flag's other names: an active product is "current".
    static let flagAliases: [String: [String]] = [
        "active": ["current", "currently active"],
        "discontinued": ["no longer sold", "no longer carried"],
    ]

    /// A set flag's other names on people only: an active employee "still works here"; an active
    /// shop does not.
    static let peopleFlagAliases: [String: [String]] = [
        "active": ["currently working", "still working", "currently employed", "still employed", "still work for us",
                   "who still work for us", "currently on staff", "still on staff", "on the payroll",
                   "still on the payroll", "still with us", "who are still with us", "still with the company"],
    ]

    /// Nouns of place and contact; a column named by several (`state_province_county`,
    /// `town_city`) answers to each.
    private static let nouns: Set<String> = ["town", "city", "state", "province", "county", "country", "region", "district",
                                              "suburb", "area", "zip", "postcode"]

    /// Other names for a column phrase.
    static func names(for phrase: String) -> [String] {
        var result = aliases[phrase] ?? []
        let words = phrase.split(separator: " ").map(String.init)
        if words.count > 1, words.allSatisfy(nouns.contains) { result += words }
        return result
    }

    /// Verbs whose event a date column records, with the words questions use for it.
    private static let events: [String: [String]] = [
        "open": ["opened", "opening date", "date opened"], "opening": ["opened", "date opened"],
        "close": ["closed", "closing date", "date closed"], "closing": ["closed", "date closed"],
        "hire": ["hired", "joined", "join date", "date hired", "start date", "started"],
        "join": ["joined", "date joined", "signed up", "sign up date", "became a client", "became a customer", "become a client",
                 "become a customer", "became a member", "become a member"], "start": ["started", "start date"], "end": ["ended"],
        "launch": ["launched", "launch date"], "found": ["founded"], "founded": ["founded"], "establish": ["established"],
        "release": ["released", "release date"], "publish": ["published"], "publication": ["published"],
        "register": ["registered"], "registration": ["registered"], "sign": ["signed up"], "signup": ["signed up"],
        "create": ["created"], "expire": ["expired", "expires"], "expiry": ["expires", "expired"], "birth": ["born"],
        "ship": ["shipped"], "deliver": ["delivered"], "receive": ["received"], "pay": ["paid"], "payment": ["paid"],
        "cancel": ["cancelled", "canceled"], "return": ["returned", "brought back", "came back", "returned date"],
        "complete": ["completed"], "order": ["ordered"],
        "pickup": ["picked up", "pick up", "pick-up date", "pick up date", "collected", "collection date"],
        "collection": ["collected", "picked up"], "collect": ["collected", "picked up"],
        "book": ["booked", "booking date"], "booking": ["booked"], "due": ["due", "due back"],
        "acquire": ["acquired", "bought"], "acquisition": ["acquired"], "retire": ["retired", "taken out of service"],
        "retired": ["retired", "taken out of service"], "termination": ["left", "terminated"], "term": ["left", "terminated"],
        "leave": ["left"], "leaving": ["left"], "visit": ["visited"], "delivery": ["delivered"], "dispatch": ["dispatched", "sent out"],
    ]

    /// Verbs that are also a status some tables record ("open", "closed").
    private static let statusVerbs: Set<String> = ["open", "close"]

    private static let bareVerbs: Set<String> = ["join", "hire", "start", "found", "launch", "register", "sign", "release", "publish",
                                                 "establish", "create", "expire"]

    /// The words for the event a dated column records (`open date` → "opened", "opening date").
    static func eventNames(_ words: [String], statusWords: Set<String> = []) -> [String] {
        words.flatMap { word -> [String] in
            if let names = events[word] { return names }
            // `joined_on`, `hired_at`: the verb itself, for "when did she join".
            // The bare verb only where it is no status word: "open" stores are not their opening
            // date where a status says "open", but "when did the Leith shop open" asks for `opened`.
            for base in [String(word.dropLast(2)), String(word.dropLast())] where word.hasSuffix("ed") && events[base] != nil {
                let bare = bareVerbs.contains(base) || statusVerbs.contains(base) && !statusWords.contains(base)
                return (bare ? [base] : []) + (events[base] ?? []).filter { $0 != word }
            }
            return []
        }
    }

    /// Everyday names of common status values, by the value's words.
    private static let values: [String: [String]] = [
        "open": ["trading", "trading normally", "operating", "open for business", "currently open"],
        "active": ["current", "live", "ongoing"],
        "paused": ["on pause", "on hold", "suspended"],
        // A closed ticket, job or order is a finished one; a closed shop is shut.
        "closed": ["shut", "shut down", "closed down", "completed", "complete", "finished"],
        "renovating": ["being renovated", "under renovation", "shut for renovations", "closed for renovations", "refurbishing"],
        "refurbishing": ["being refurbished", "under refurbishment", "closed for refurbishment", "shut for refurbishment", "renovating"],
        "no show": ["no-shows", "no shows", "did not show up", "didn't show up", "didn't turn up"],
        "cancelled": ["canceled", "cancellations"],
        "canceled": ["cancelled", "cancellations"],
        "failed": ["unsuccessful", "failures"],
        "delivered": ["handed over", "successful"],
        "completed": ["complete", "finished", "done"],
        "pending": ["outstanding", "awaiting", "not yet processed"],
        "refunded": ["refunds"],
        "scheduled": ["planned", "booked in"],
        "booked": ["in the diary", "upcoming"],
        // Channels: how an order came in.
        "online": ["website", "the website", "web", "web shop", "webshop", "internet", "e-commerce", "ecommerce"],
        "web": ["website", "the website", "online", "web shop", "webshop", "internet"],
        "website": ["online", "web", "web shop", "webshop", "internet"],
        "in store": ["in person", "over the counter", "at the till", "walk in", "walk-in"],
        "walk in": ["in person", "over the counter", "in store", "in-store"],
        "pos": ["in store", "in-store", "in person", "over the counter", "at the till", "point of sale", "in the shop", "in shop"],
        "store": ["in store", "in-store", "in person", "over the counter"],
        "instore": ["in store", "in-store", "in person", "over the counter"],
        "attended": ["turned up", "showed up", "came", "attendees"],
        "went ahead": ["happened", "took place", "ran", "held"],
        "ran": ["went ahead", "took place", "happened", "held"],
        "closed for refit": ["being refitted", "shut for a refit", "closed for a refit", "refitting"],
        "closed permanently": ["closed for good", "shut for good", "permanently closed", "closed down"],
        "voided": ["void", "cancelled"],
        // German statuses and kinds, for English questions on a German schema.
        "offen": ["pending", "outstanding", "not yet completed"], "abgeschlossen": ["completed", "complete", "finished", "done"],
        "storniert": ["cancelled", "canceled", "cancellations"], "erstattet": ["refunded", "refunds"],
        "geplant": ["planned", "scheduled", "upcoming"], "erledigt": ["done", "carried out", "dealt with"],
        "abgesagt": ["cancelled", "canceled"], "nicht erschienen": ["no-show", "no-shows", "no show", "no shows", "didn't show up"],
        "geöffnet": ["trading", "open for business", "trading normally", "currently open"],
        "geoeffnet": ["trading", "open for business", "trading normally", "currently open"],
        "geschlossen": ["closed", "closed down", "shut"], "umbau": ["being refurbished", "refurbishment", "under refurbishment", "refit"],
        "bar": ["cash"], "rechnung": ["invoice", "on account"], "kreditkarte": ["credit card"], "ec karte": ["debit card", "ec card"],
        "privat": ["private", "private customers", "consumers"], "gewerbe": ["business", "trade", "business customers"],
        "aktiv": ["active"], "inaktiv": ["inactive"], "bezahlt": ["paid"], "geliefert": ["delivered"], "versandt": ["shipped"],
    ]

    /// Other names of a status value (`Open` → "trading"; `No-Show` → "no-shows").
    static func valueNames(for value: String) -> [String] {
        let key = value.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return values[key] ?? []
    }

    /// Everyday names of common records (singular): a `manufacturers` table holds companies, `staff`
    /// are employees.
    private static let records: [String: [String]] = [
        "manufacturer": ["maker", "company", "producer"],
        "supplier": ["vendor", "provider", "company"],
        "customer": ["client", "buyer"],
        "staff": ["staff member", "employee", "worker", "team member", "member of staff"],
        "employee": ["staff member", "staff", "worker", "team member", "colleague", "member of staff"],
        "shop": ["store", "location", "outlet", "centre", "center", "branch"],
        "store": ["shop", "location", "outlet", "centre", "center", "branch"],
        "branch": ["store", "shop", "location", "outlet", "centre", "center", "site"],
        "outlet": ["store", "shop", "location", "centre", "center"],
        "location": ["store", "shop", "site", "branch", "outlet", "centre", "center"],
        "site": ["centre", "center", "store", "shop", "branch", "location", "outlet"],
        "centre": ["store", "shop", "site", "branch", "location", "outlet", "center"],
        "center": ["store", "shop", "site", "branch", "location", "outlet", "centre"],
        "showroom": ["store", "shop", "branch", "location"],
        "client": ["customer"],
        // Not "product" → "item": in many schemas the items are an order's lines.
        "item": ["product", "article"],
        "article": ["product"],
        "vendor": ["supplier", "provider"],
        "promotion": ["promo", "deal", "campaign"],
        "staff member": ["employee", "worker"],
        "sale": ["transaction", "receipt"],
        "purchase order": ["po", "supplier order"],
    ]

    /// Other singular names for a table's records, each with its plural.
    static func recordNames(for singular: String) -> [String] {
        (records[singular] ?? []).flatMap { [$0, NameWords.plural($0)] }
    }
}
