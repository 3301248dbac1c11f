/// German schema words (`kunden`, `auftragsdatum`, `vk_preis_cent`), as English: shops in
/// German-speaking countries name their tables and columns in German while their managers may
/// ask in English. Umlauts are written out (`ae`, `oe`, `ue`) as schemas do. Only the common
/// words of shop data, and none an English schema uses (no "position", "art", "hat"); a shop's own
/// trade words belong in its model.
extension NameWords {
    static let german: [String: String] = [
        // Records
        "kunde": "customer", "kunden": "customers", "auftrag": "order", "auftraege": "orders", "auftrags": "order",
        "bestellung": "order", "bestellungen": "orders", "bestell": "order", "rechnung": "invoice", "rechnungen": "invoices",
        "artikel": "product", "produkt": "product", "produkte": "products", "waren": "goods", "filiale": "branch", "filial": "branch",
        "filialen": "branches", "geschaeft": "shop", "laden": "shop", "mitarbeiter": "staff", "angestellte": "employees",
        "lieferant": "supplier", "lieferanten": "suppliers", "marke": "brand", "marken": "brands", "kategorie": "category",
        "kategorien": "categories", "termin": "appointment", "termine": "appointments", "positionen": "lines",
        "zahlung": "payment", "zahlungen": "payments", "lieferung": "delivery", "lieferungen": "deliveries", "fahrzeug": "vehicle",
        "fahrzeuge": "vehicles", "lager": "warehouse", "einlagerung": "storage", "einlagerungen": "storages",
        "retoure": "return", "retouren": "returns", "gutschein": "voucher", "gutscheine": "vouchers",
        // Fields
        "vorname": "first name", "nachname": "last name", "firmenname": "company name", 
        "telefon": "phone", "strasse": "street", "plz": "postcode", "ort": "town", "stadt": "city", "bundesland": "state",
        "herkunftsland": "country of origin", "datum": "date", "uhrzeit": "time", "am": "on",
        "preis": "price", "einzelpreis": "unit price", "vk": "selling", "ek": "cost", "summe": "total", "betrag": "amount",
        "rabatt": "discount", "menge": "quantity", "anzahl": "count", "bestand": "stock", "lagerbestand": "stock",
        "bezeichnung": "name", "beschreibung": "description", "kundenart": "customer type",
        "zahlungsart": "payment method", "stundenlohn": "hourly rate", "gehalt": "salary", "lohn": "pay",
        "gebuehr": "fee", "gebuehren": "fees", "dauer": "duration", "leistung": "service", "modell": "model",
        "hersteller": "make", "baujahr": "model year", "kennzeichen": "licence plate", "vorgesetzter": "manager",
        "stamm": "home", "stammfiliale": "home branch", "eigenmarke": "own brand", 
        // Dated events and states
        "eintritt": "hire", "austritt": "leaving", "angelegt": "created", "erstellt": "created", "geloescht": "deleted",
        "eroeffnet": "opened", "geschlossen": "closed", "gebucht": "booked", "gelistet": "listed", "ausgelistet": "delisted",
        "eingelagert": "stored", "ausgelagert": "collected", "geliefert": "delivered", "bezahlt": "paid", "storniert": "cancelled",
        "ist": "is", "vollzeit": "full time", "teilzeit": "part time", "aktiv": "active",
    ]
}
