"""Kestner Reifen & Autoteile: a German tyre-fitting and car-parts chain (42 branches, 2023-2025 trading).
Schema style: German identifiers (ASCII-transliterated, ae/oe/ue/ss), lower-case snake_case, plural German table
names (filialen, kunden, auftraege, auftragspositionen); a few English technical words (id, code, status, email).
Dates are ISO TEXT 'YYYY-MM-DD' (columns ending _am or datum), clock times TEXT 'HH:MM' (uhrzeit).
Money is INTEGER euro cents (..._cent). Flags are ist_... / hat_... INTEGER 0/1.
Statuses are INTEGER codes into one status table (statuscodes: status_code, bereich, bezeichnung - German labels).
Data values are German too (categories Winterreifen / Sommerreifen, job titles Filialleiter / Reifenmonteur).
Customers are soft-deleted (ist_geloescht, geloescht_am); the two Frankfurts are both stored as ort 'Frankfurt'."""
import os, random, sqlite3, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import DE_FIRST, DE_LAST

SEED = 4471093
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "kestner_reifen.sqlite")

SCHEMA = """
CREATE TABLE statuscodes (
  status_code INTEGER PRIMARY KEY, bereich TEXT NOT NULL, bezeichnung TEXT NOT NULL, UNIQUE (bereich, bezeichnung));
CREATE TABLE filialen (
  filiale_id INTEGER PRIMARY KEY, filialname TEXT NOT NULL UNIQUE, strasse TEXT NOT NULL, plz TEXT NOT NULL,
  ort TEXT NOT NULL, bundesland TEXT NOT NULL, eroeffnet_am TEXT NOT NULL, geschlossen_am TEXT,
  status_code INTEGER NOT NULL REFERENCES statuscodes(status_code), hebebuehnen_anzahl INTEGER NOT NULL,
  hat_reifenhotel INTEGER NOT NULL, hat_achsvermessung INTEGER NOT NULL);
CREATE TABLE mitarbeiter (
  mitarbeiter_id INTEGER PRIMARY KEY, vorname TEXT NOT NULL, nachname TEXT NOT NULL, position TEXT NOT NULL,
  filiale_id INTEGER REFERENCES filialen(filiale_id), vorgesetzter_id INTEGER REFERENCES mitarbeiter(mitarbeiter_id),
  eintritt_am TEXT NOT NULL, austritt_am TEXT, stundenlohn_cent INTEGER NOT NULL, ist_vollzeit INTEGER NOT NULL,
  ist_meister INTEGER NOT NULL, UNIQUE (vorname, nachname));
CREATE TABLE kunden (
  kunde_id INTEGER PRIMARY KEY, kundenart TEXT NOT NULL, firmenname TEXT UNIQUE, vorname TEXT NOT NULL,
  nachname TEXT NOT NULL, email TEXT UNIQUE, plz TEXT NOT NULL, ort TEXT NOT NULL, bundesland TEXT NOT NULL,
  stammfiliale_id INTEGER NOT NULL REFERENCES filialen(filiale_id), angelegt_am TEXT NOT NULL,
  hat_newsletter INTEGER NOT NULL, ist_geloescht INTEGER NOT NULL, geloescht_am TEXT, UNIQUE (vorname, nachname));
CREATE TABLE fahrzeuge (
  fahrzeug_id INTEGER PRIMARY KEY, kunde_id INTEGER NOT NULL REFERENCES kunden(kunde_id),
  kennzeichen TEXT NOT NULL UNIQUE, hersteller TEXT NOT NULL, modell TEXT NOT NULL, baujahr INTEGER NOT NULL,
  antriebsart TEXT NOT NULL, reifengroesse TEXT NOT NULL);
CREATE TABLE marken (
  marke_id INTEGER PRIMARY KEY, markenname TEXT NOT NULL UNIQUE, herkunftsland TEXT NOT NULL,
  ist_eigenmarke INTEGER NOT NULL);
CREATE TABLE artikel (
  artikel_id INTEGER PRIMARY KEY, artikelnummer TEXT NOT NULL UNIQUE, bezeichnung TEXT NOT NULL UNIQUE,
  kategorie TEXT NOT NULL, marke_id INTEGER REFERENCES marken(marke_id), reifengroesse TEXT,
  vk_preis_cent INTEGER NOT NULL, ek_preis_cent INTEGER, lagerbestand INTEGER, gelistet_am TEXT NOT NULL,
  ist_ausgelistet INTEGER NOT NULL);
CREATE TABLE auftraege (
  auftrag_id INTEGER PRIMARY KEY, filiale_id INTEGER NOT NULL REFERENCES filialen(filiale_id),
  kunde_id INTEGER REFERENCES kunden(kunde_id), fahrzeug_id INTEGER REFERENCES fahrzeuge(fahrzeug_id),
  mitarbeiter_id INTEGER NOT NULL REFERENCES mitarbeiter(mitarbeiter_id), auftragsdatum TEXT NOT NULL,
  uhrzeit TEXT NOT NULL, zahlungsart TEXT NOT NULL, status_code INTEGER NOT NULL REFERENCES statuscodes(status_code),
  summe_cent INTEGER NOT NULL, rabatt_cent INTEGER NOT NULL);
CREATE TABLE auftragspositionen (
  auftrag_id INTEGER NOT NULL REFERENCES auftraege(auftrag_id), artikel_id INTEGER NOT NULL REFERENCES artikel(artikel_id),
  menge INTEGER NOT NULL, einzelpreis_cent INTEGER NOT NULL, PRIMARY KEY (auftrag_id, artikel_id));
CREATE TABLE termine (
  termin_id INTEGER PRIMARY KEY, filiale_id INTEGER NOT NULL REFERENCES filialen(filiale_id),
  kunde_id INTEGER NOT NULL REFERENCES kunden(kunde_id), fahrzeug_id INTEGER NOT NULL REFERENCES fahrzeuge(fahrzeug_id),
  monteur_id INTEGER NOT NULL REFERENCES mitarbeiter(mitarbeiter_id), gebucht_am TEXT NOT NULL, termin_am TEXT NOT NULL,
  uhrzeit TEXT NOT NULL, leistung TEXT NOT NULL, dauer_min INTEGER NOT NULL,
  status_code INTEGER NOT NULL REFERENCES statuscodes(status_code), auftrag_id INTEGER REFERENCES auftraege(auftrag_id));
CREATE TABLE einlagerungen (
  einlagerung_id INTEGER PRIMARY KEY, filiale_id INTEGER NOT NULL REFERENCES filialen(filiale_id),
  kunde_id INTEGER NOT NULL REFERENCES kunden(kunde_id), fahrzeug_id INTEGER NOT NULL REFERENCES fahrzeuge(fahrzeug_id),
  eingelagert_am TEXT NOT NULL, ausgelagert_am TEXT, reifensatz TEXT NOT NULL, reifen_anzahl INTEGER NOT NULL,
  hat_felgen INTEGER NOT NULL, lagerplatz TEXT NOT NULL, gebuehr_cent INTEGER NOT NULL);
"""

STATUS = [(10, "Filiale", "geöffnet"), (11, "Filiale", "Umbau"), (12, "Filiale", "geschlossen"),
          (20, "Auftrag", "offen"), (21, "Auftrag", "abgeschlossen"), (22, "Auftrag", "storniert"), (23, "Auftrag", "erstattet"),
          (30, "Termin", "geplant"), (31, "Termin", "erledigt"), (32, "Termin", "abgesagt"), (33, "Termin", "nicht erschienen")]

# (filialname, strasse, plz, ort, bundesland, plate code, region, nearby towns)
FILIALEN = [
    ("Hamburg-Wandsbek", "Wandsbeker Chaussee 212", "22089", "Hamburg", "Hamburg", "HH", "Nord", ["Ahrensburg"]),
    ("Hamburg-Harburg", "Buxtehuder Straße 41", "21073", "Hamburg", "Hamburg", "HH", "Nord", ["Buxtehude", "Seevetal"]),
    ("Bremen-Vahr", "Richard-Boljahn-Allee 9", "28329", "Bremen", "Bremen", "HB", "Nord", ["Achim"]),
    ("Hannover-Linden", "Fössestraße 77", "30451", "Hannover", "Niedersachsen", "H", "Nord", ["Garbsen", "Ronnenberg"]),
    ("Braunschweig", "Hamburger Straße 250", "38114", "Braunschweig", "Niedersachsen", "BS", "Nord", ["Wolfenbüttel"]),
    ("Oldenburg", "Alexanderstraße 318", "26127", "Oldenburg", "Niedersachsen", "OL", "Nord", ["Bad Zwischenahn"]),
    ("Kiel", "Westring 400", "24116", "Kiel", "Schleswig-Holstein", "KI", "Nord", ["Kronshagen"]),
    ("Rostock", "Hamburger Straße 121", "18069", "Rostock", "Mecklenburg-Vorpommern", "HRO", "Nord", ["Bad Doberan"]),
    ("Berlin-Spandau", "Klosterstraße 15", "13581", "Berlin", "Berlin", "B", "Ost", ["Falkensee"]),
    ("Berlin-Marzahn", "Landsberger Allee 520", "12679", "Berlin", "Berlin", "B", "Ost", ["Hoppegarten"]),
    ("Berlin-Tempelhof", "Tempelhofer Damm 180", "12099", "Berlin", "Berlin", "B", "Ost", ["Teltow"]),
    ("Potsdam", "Großbeerenstraße 233", "14480", "Potsdam", "Brandenburg", "P", "Ost", ["Werder (Havel)"]),
    ("Frankfurt (Oder)", "Spremberger Straße 8", "15236", "Frankfurt", "Brandenburg", "FF", "Ost", ["Eisenhüttenstadt", "Fürstenwalde"]),
    ("Leipzig", "Prager Straße 140", "04317", "Leipzig", "Sachsen", "L", "Ost", ["Markkleeberg", "Taucha"]),
    ("Dresden", "Bautzner Landstraße 48", "01324", "Dresden", "Sachsen", "DD", "Ost", ["Radebeul"]),
    ("Erfurt", "Stauffenbergallee 70", "99085", "Erfurt", "Thüringen", "EF", "Ost", ["Arnstadt"]),
    ("Köln-Ehrenfeld", "Vogelsanger Straße 300", "50827", "Köln", "Nordrhein-Westfalen", "K", "West", ["Pulheim"]),
    ("Köln-Porz", "Frankfurter Straße 610", "51145", "Köln", "Nordrhein-Westfalen", "K", "West", ["Troisdorf"]),
    ("Düsseldorf-Bilk", "Fleher Straße 22", "40223", "Düsseldorf", "Nordrhein-Westfalen", "D", "West", ["Neuss"]),
    ("Essen", "Altendorfer Straße 501", "45143", "Essen", "Nordrhein-Westfalen", "E", "West", ["Mülheim an der Ruhr"]),
    ("Dortmund", "Mallinckrodtstraße 190", "44147", "Dortmund", "Nordrhein-Westfalen", "DO", "West", ["Lünen", "Schwerte"]),
    ("Münster", "Weseler Straße 600", "48163", "Münster", "Nordrhein-Westfalen", "MS", "West", ["Greven"]),
    ("Bielefeld", "Eckendorfer Straße 35", "33609", "Bielefeld", "Nordrhein-Westfalen", "BI", "West", ["Gütersloh"]),
    ("Frankfurt-Fechenheim", "Orber Straße 24", "60386", "Frankfurt", "Hessen", "F", "Mitte", ["Maintal"]),
    ("Offenbach", "Sprendlinger Landstraße 115", "63069", "Offenbach am Main", "Hessen", "OF", "Mitte", ["Neu-Isenburg", "Frankfurt"]),
    ("Wiesbaden", "Mainzer Straße 98", "65189", "Wiesbaden", "Hessen", "WI", "Mitte", ["Taunusstein"]),
    ("Darmstadt", "Pallaswiesenstraße 170", "64293", "Darmstadt", "Hessen", "DA", "Mitte", ["Griesheim"]),
    ("Kassel", "Sandershäuser Straße 34", "34123", "Kassel", "Hessen", "KS", "Mitte", ["Baunatal"]),
    ("Mainz", "Rheinallee 145", "55120", "Mainz", "Rheinland-Pfalz", "MZ", "Mitte", ["Ingelheim"]),
    ("Neustadt an der Weinstraße", "Branchweilerhofstraße 60", "67433", "Neustadt", "Rheinland-Pfalz", "NW", "Mitte", ["Haßloch", "Bad Dürkheim"]),
    ("Saarbrücken", "Mainzer Straße 270", "66121", "Saarbrücken", "Saarland", "SB", "Mitte", ["Völklingen"]),
    ("München-Pasing", "Landsberger Straße 480", "81241", "München", "Bayern", "M", "Süd", ["Gräfelfing"]),
    ("München-Riem", "Truderinger Straße 301", "81825", "München", "Bayern", "M", "Süd", ["Haar"]),
    ("Augsburg", "Haunstetter Straße 112", "86161", "Augsburg", "Bayern", "A", "Süd", ["Friedberg"]),
    ("Nürnberg-Süd", "Münchener Straße 330", "90471", "Nürnberg", "Bayern", "N", "Süd", ["Fürth", "Neustadt"]),
    ("Regensburg", "Straubinger Straße 60", "93055", "Regensburg", "Bayern", "R", "Süd", ["Neutraubling"]),
    ("Würzburg", "Nürnberger Straße 95", "97076", "Würzburg", "Bayern", "WÜ", "Süd", ["Kitzingen"]),
    ("Stuttgart-Feuerbach", "Borsigstraße 12", "70469", "Stuttgart", "Baden-Württemberg", "S", "Süd", ["Ditzingen"]),
    ("Esslingen", "Plochinger Straße 80", "73730", "Esslingen am Neckar", "Baden-Württemberg", "ES", "Süd", ["Ostfildern"]),
    ("Karlsruhe", "Durlacher Allee 104", "76131", "Karlsruhe", "Baden-Württemberg", "KA", "Süd", ["Ettlingen"]),
    ("Freiburg", "Tullastraße 66", "79108", "Freiburg im Breisgau", "Baden-Württemberg", "FR", "Süd", ["Emmendingen"]),
    ("Ulm", "Blaubeurer Straße 250", "89077", "Ulm", "Baden-Württemberg", "UL", "Süd", ["Neu-Ulm"]),
]
NEAR_LAND = {"Neu-Ulm": "Bayern", "Neustadt": "Bayern"}  # towns across a state border
CLOSED = {"Oldenburg": "2024-07-01", "Köln-Porz": "2025-04-01"}
UMBAU = {"Essen", "Dresden"}
NEW = {"Potsdam": "2023-09-02", "Regensburg": "2024-04-06", "Ulm": "2025-03-01"}
NO_HOTEL = {"Berlin-Tempelhof", "Düsseldorf-Bilk", "Offenbach", "Saarbrücken", "Essen", "Kiel", "Würzburg"}
NO_ALIGN = {"Bremen-Vahr", "Potsdam", "Bielefeld", "Darmstadt", "Mainz", "Freiburg", "Rostock", "Erfurt", "Hamburg-Harburg",
            "Köln-Porz", "Augsburg", "Ulm"}
REGIONS = ["Nord", "Ost", "West", "Mitte", "Süd"]

# brands: (name, country, own brand)
TYRE_BRANDS = [("Continental", "Deutschland", 0), ("Michelin", "Frankreich", 0), ("Bridgestone", "Japan", 0),
               ("Pirelli", "Italien", 0), ("Goodyear", "USA", 0), ("Dunlop", "Großbritannien", 0), ("Hankook", "Südkorea", 0),
               ("Nokian", "Finnland", 0), ("Vredestein", "Niederlande", 0), ("Falken", "Japan", 0), ("Semperit", "Österreich", 0),
               ("Barum", "Tschechien", 0), ("Kestner Profil", "Deutschland", 1)]
PART_BRANDS = [("Bosch", "Deutschland", 0), ("Varta", "Deutschland", 0), ("Mann-Filter", "Deutschland", 0), ("ATE", "Deutschland", 0),
               ("Brembo", "Italien", 0), ("Castrol", "Großbritannien", 0), ("Liqui Moly", "Deutschland", 0), ("Mobil", "USA", 0),
               ("Valeo", "Frankreich", 0), ("Osram", "Deutschland", 0), ("Hella", "Deutschland", 0), ("Mahle", "Deutschland", 0),
               ("Febi", "Deutschland", 0), ("Kestner Teile", "Deutschland", 1)]
RIM_BRANDS = [("BBS", "Deutschland", 0), ("Borbet", "Deutschland", 0), ("Rial", "Deutschland", 0), ("Dezent", "Deutschland", 0),
              ("Alutec", "Deutschland", 0), ("Škoda Originalteile", "Tschechien", 0)]

SIZES = ["185/65 R15", "195/65 R15", "205/55 R16", "215/60 R16", "225/45 R17", "225/50 R17", "235/55 R18", "255/45 R19"]
TYRE_MODELS = {  # brand: [(model, season, base price cents for 16 inch)]
    "Continental": [("PremiumContact 7", "Sommerreifen", 11900), ("WinterContact TS 870", "Winterreifen", 12900), ("AllSeasonContact 2", "Ganzjahresreifen", 12400)],
    "Michelin": [("Primacy 4+", "Sommerreifen", 12600), ("Alpin 6", "Winterreifen", 13400), ("CrossClimate 2", "Ganzjahresreifen", 13900)],
    "Bridgestone": [("Turanza 6", "Sommerreifen", 11200), ("Blizzak LM005", "Winterreifen", 12200)],
    "Pirelli": [("Cinturato P7", "Sommerreifen", 11800), ("Winter Sottozero 3", "Winterreifen", 13600)],
    "Goodyear": [("EfficientGrip Performance 2", "Sommerreifen", 11100), ("UltraGrip Performance 3", "Winterreifen", 12300), ("Vector 4Seasons Gen-3", "Ganzjahresreifen", 11900)],
    "Dunlop": [("Sport Maxx RT2", "Sommerreifen", 11500), ("Winter Sport 5", "Winterreifen", 11700)],
    "Hankook": [("Ventus Prime 4", "Sommerreifen", 8900), ("Winter i*cept RS3", "Winterreifen", 9300), ("Kinergy 4S2", "Ganzjahresreifen", 9400)],
    "Nokian": [("Wetproof 1", "Sommerreifen", 9600), ("Snowproof 2", "Winterreifen", 10800)],
    "Vredestein": [("Ultrac", "Sommerreifen", 8700), ("Wintrac", "Winterreifen", 9100), ("Quatrac", "Ganzjahresreifen", 9200)],
    "Falken": [("Ziex ZE310 Ecorun", "Sommerreifen", 7900), ("Eurowinter HS02", "Winterreifen", 8300)],
    "Semperit": [("Speed-Life 3", "Sommerreifen", 7600), ("Speed-Grip 5", "Winterreifen", 8100)],
    "Barum": [("Bravuris 5HM", "Sommerreifen", 6400), ("Polaris 6", "Winterreifen", 6900)],
    "Kestner Profil": [("Stadt & Land S", "Sommerreifen", 5900), ("Stadt & Land W", "Winterreifen", 6300), ("Stadt & Land 4S", "Ganzjahresreifen", 6500)],
}
SIZE_FACTOR = {"185/65 R15": 0.82, "195/65 R15": 0.88, "205/55 R16": 1.0, "215/60 R16": 1.08, "225/45 R17": 1.22,
               "225/50 R17": 1.25, "235/55 R18": 1.48, "255/45 R19": 1.72}
# other goods: kategorie -> [(brand, name, price cents)]
PARTS = {
    "Batterien": [("Varta", "Blue Dynamic E11 74Ah", 12990), ("Varta", "Silver Dynamic AGM 70Ah", 21990), ("Varta", "Blue Dynamic D24 60Ah", 10990),
                  ("Bosch", "S4 005 60Ah", 10490), ("Bosch", "S5 008 77Ah", 15990), ("Bosch", "S5A 11 AGM 80Ah", 23990),
                  ("Kestner Teile", "Starterbatterie 44Ah", 6990), ("Kestner Teile", "Starterbatterie 72Ah", 9490)],
    "Motoröl": [("Castrol", "EDGE 5W-30 LL 5 Liter", 5990), ("Castrol", "MAGNATEC 5W-40 5 Liter", 4790), ("Liqui Moly", "Top Tec 4200 5W-30 5 Liter", 6490),
                ("Liqui Moly", "Special Tec AA 0W-20 5 Liter", 5890), ("Mobil", "1 ESP 5W-30 5 Liter", 6290), ("Mobil", "Super 3000 5W-40 5 Liter", 4490),
                ("Kestner Teile", "Leichtlauföl 5W-30 5 Liter", 3490), ("Kestner Teile", "Leichtlauföl 10W-40 5 Liter", 2790)],
    "Filter": [("Mann-Filter", "Ölfilter HU 7020 z", 1490), ("Mann-Filter", "Luftfilter C 27 009", 1890), ("Mann-Filter", "Innenraumfilter CUK 2939", 2390),
               ("Mahle", "Ölfilter OX 388D", 1390), ("Mahle", "Luftfilter LX 1566", 1790), ("Mahle", "Innenraumfilter LAK 239", 2590),
               ("Bosch", "Ölfilter P 7078", 1290), ("Bosch", "Innenraumfilter A8506", 2190)],
    "Bremsen": [("ATE", "Bremsbeläge Vorderachse 13.0460", 5490), ("ATE", "Bremsscheiben-Satz 24.0125", 8990), ("Brembo", "Bremsbeläge P 85 020", 6290),
                ("Brembo", "Bremsscheiben-Satz 09.A727", 10490), ("Bosch", "Bremsbeläge 0 986 494", 4990), ("Febi", "Bremsscheiben-Satz 108 393", 7490),
                ("ATE", "Bremsflüssigkeit DOT 4 1 Liter", 1590), ("Kestner Teile", "Bremsbeläge Hinterachse", 3490)],
    "Wischer": [("Bosch", "Aerotwin AR653S Satz", 3290), ("Bosch", "Aerotwin A979S Satz", 3690), ("Valeo", "Silencio VM444 Satz", 2890),
                ("Valeo", "First Flatblade 600 mm", 1490), ("Kestner Teile", "Scheibenwischer-Satz Universal", 1290), ("Bosch", "Heckwischer H840", 1190)],
    "Beleuchtung": [("Osram", "Night Breaker H7 Duo", 3490), ("Osram", "Original H4 Einzeln", 690), ("Osram", "Cool Blue H7 Duo", 2690),
                    ("Hella", "Glühlampe H1 Einzeln", 590), ("Hella", "LED-Innenraumset", 2490), ("Kestner Teile", "Lampenset H7 Notfall", 1490)],
    "Zubehör": [("Kestner Teile", "Schneeketten Größe 9", 4990), ("Kestner Teile", "Schneeketten Größe 12", 5490), ("Kestner Teile", "Eiskratzer mit Handschuh", 690),
                ("Kestner Teile", "Warnwesten-Set (3 Stück)", 990), ("Kestner Teile", "Verbandkasten DIN 13164", 1290), ("Liqui Moly", "Scheibenfrostschutz 5 Liter", 1290),
                ("Liqui Moly", "AdBlue 10 Liter", 1590), ("Hella", "Warndreieck", 1190), ("Bosch", "Starthilfekabel 25 mm²", 2490),
                ("Kestner Teile", "Reifendruckprüfer digital", 1490), ("Kestner Teile", "Felgenbäume (4 Stück)", 2990)],
}
RIM_MODELS = [("BBS", "CI-R", 32900), ("BBS", "XR", 29900), ("Borbet", "Y", 16900), ("Borbet", "LX", 18900), ("Rial", "Lucca", 14900),
              ("Rial", "Flair", 12900), ("Dezent", "TE", 11900), ("Dezent", "TR dark", 12900), ("Alutec", "Grip", 13900),
              ("Alutec", "Singa", 15900), ("Škoda Originalteile", "Stahlfelge 6,5x16", 6900), ("Kestner Teile", "Stahlfelge 6x15", 4900),
              ("Kestner Teile", "Stahlfelge 6,5x16", 5490)]
SERVICES = [("SRV-001", "Reifenmontage inkl. Auswuchten je Rad", 1990), ("SRV-002", "Radwechsel (4 Räder)", 3990),
            ("SRV-003", "Altreifenentsorgung je Reifen", 350), ("SRV-004", "Reifeneinlagerung Kompletträder je Saison", 3490),
            ("SRV-005", "Reifeneinlagerung ohne Felgen je Saison", 2990), ("SRV-006", "Achsvermessung", 8990),
            ("SRV-007", "Ölwechsel-Service", 4990), ("SRV-008", "Bremsen-Service je Achse", 9990), ("SRV-009", "Batteriewechsel", 1990),
            ("SRV-010", "Klimaservice", 8990), ("SRV-011", "RDKS-Service je Rad", 1490), ("SRV-012", "Wischerblatt-Montage", 500)]

MAKES = [("Volkswagen", ["Golf", "Passat", "Polo", "Tiguan", "T-Roc", "ID.3", "ID.4", "Touran"], 20),
         ("Mercedes-Benz", ["A-Klasse", "C-Klasse", "E-Klasse", "GLC", "Vito"], 10), ("BMW", ["1er", "3er", "5er", "X1", "X3", "i4"], 9),
         ("Audi", ["A3", "A4", "A6", "Q3", "Q5", "e-tron"], 8), ("Opel", ["Corsa", "Astra", "Insignia", "Mokka", "Zafira"], 8),
         ("Ford", ["Fiesta", "Focus", "Kuga", "Transit Custom"], 7), ("Škoda", ["Octavia", "Fabia", "Superb", "Kodiaq", "Enyaq"], 7),
         ("Seat", ["Ibiza", "Leon", "Ateca"], 4), ("Renault", ["Clio", "Mégane", "Captur", "Zoe"], 4), ("Toyota", ["Yaris", "Corolla", "RAV4"], 4),
         ("Hyundai", ["i20", "i30", "Tucson", "Kona"], 4), ("Kia", ["Ceed", "Sportage", "Niro"], 3), ("Tesla", ["Model 3", "Model Y"], 2),
         ("Citroën", ["C3", "C4", "Berlingo"], 2), ("Peugeot", ["208", "308", "2008"], 2), ("Dacia", ["Sandero", "Duster"], 3),
         ("Fiat", ["500", "Panda", "Tipo"], 2)]
ELECTRIC = {"ID.3", "ID.4", "i4", "e-tron", "Zoe", "Model 3", "Model Y", "Enyaq"}
BIG = {"Tiguan", "GLC", "X3", "Q5", "Kodiaq", "RAV4", "Tucson", "Sportage", "Model Y", "e-tron", "Enyaq", "ID.4", "Vito", "Transit Custom", "5er", "E-Klasse"}
SMALL = {"Polo", "Corsa", "Fiesta", "Fabia", "Ibiza", "Clio", "Yaris", "i20", "C3", "208", "Sandero", "500", "Panda", "Zoe"}
TRADES = ["Pflegedienst", "Taxi", "Bäckerei", "Malerbetrieb", "Elektro", "Sanitär", "Kurierdienst", "Gartenbau", "Fahrschule",
          "Dachdeckerei", "Catering", "Immobilien", "Hausmeisterservice", "Zimmerei", "Physiotherapie"]


def d(x):
    return dt.date.fromisoformat(x[:10])


def add_days(x, n):
    return (d(x) + dt.timedelta(days=n)).isoformat()


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))).isoformat()


def workday(rnd, lo, hi):
    """A random Monday-Saturday between lo and hi (branches are closed on Sundays)."""
    for _ in range(100):
        x = day(rnd, lo, hi)
        if d(x).weekday() != 6:
            return x
    return x if d(x).weekday() != 6 else add_days(x, -1)


def fold(s):
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae")
            .replace("Ö", "Oe").replace("Ü", "Ue"))


def ascii_mail(s):
    import unicodedata
    s = fold(s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower() \
        .replace(" ", "").replace("'", "").replace("ı", "i").replace("ł", "l")


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO statuscodes VALUES (?,?,?)", STATUS)

    # ---------------- branches
    fil = []  # dict rows
    for fid, (name, street, plz, ort, land, plate, region, near) in enumerate(FILIALEN, 1):
        opened = NEW.get(name) or day(rnd, "1996-03-01", "2021-10-31")
        closed = CLOSED.get(name)
        status = 12 if closed else 11 if name in UMBAU else 10
        fil.append(dict(id=fid, name=name, street=street, plz=plz, ort=ort, land=land, plate=plate, region=REGIONS.index(region),
                        near=near, opened=opened, closed=closed, status=status, lifts=rnd.randint(3, 9),
                        hotel=0 if name in NO_HOTEL else 1, align=0 if name in NO_ALIGN else 1))
    con.executemany("INSERT INTO filialen VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(f["id"], f["name"], f["street"], f["plz"], f["ort"], f["land"], f["opened"], f["closed"], f["status"],
                      f["lifts"], f["hotel"], f["align"]) for f in fil])

    def fil_open(f, when):
        return f["opened"] <= when and (f["closed"] is None or when < f["closed"])

    # ---------------- staff
    used = set()

    def person():
        while True:
            v, n = rnd.choice(DE_FIRST), rnd.choice(DE_LAST)
            if (v, n) not in used:
                used.add((v, n))
                return v, n

    emps = []

    def add(pos, fid, boss, hired, wage, ft=1, meister=0, left=None):
        v, n = person()
        emps.append(dict(id=len(emps) + 1, v=v, n=n, pos=pos, fid=fid, boss=boss, hired=hired, left=left,
                         wage=int(round(wage / 5.0)) * 5, ft=ft, meister=meister))
        return len(emps)

    gf = add("Geschäftsführer", None, None, "2004-04-01", 6850, meister=1)
    rl = [add("Regionalleiter", None, gf, day(rnd, "2009-01-01", "2020-06-30"), rnd.randint(4200, 4900), meister=rnd.random() < 0.4)
          for _ in REGIONS]
    staff = {}
    for f in fil:
        pre = add_days(f["opened"], -45)
        lo = max(pre, "2008-01-01")
        hi_old = "2022-06-30" if f["opened"] < "2023-01-01" else pre
        closed = f["closed"]

        def hire(hi, lo=lo):
            return day(rnd, lo, hi) if lo <= hi else lo

        def leave(h):
            """Leaving date for someone hired on h at a branch that stays open (or None)."""
            if closed:
                return closed
            if rnd.random() < 0.16:
                e = day(rnd, max(add_days(h, 120), "2023-02-01"), "2025-11-15")
                return e if e > h else None
            return None
        fl = add("Filialleiter", f["id"], rl[f["region"]], hire(hi_old), rnd.randint(2950, 3500), meister=1 if rnd.random() < 0.45 else 0, left=closed)
        wm = add("Werkstattmeister", f["id"], fl, hire(hi_old), rnd.randint(2700, 3100), meister=1, left=closed)
        ids = [fl, wm]
        for pos, n_lo, n_hi, w_lo, w_hi, boss, hi in (("Reifenmonteur", 2, 4, 1650, 2050, wm, "2024-09-30"),
                                                      ("Kfz-Mechatroniker", 1, 3, 1950, 2450, wm, "2024-06-30"),
                                                      ("Verkäufer", 1, 3, 1600, 1950, fl, "2024-12-31"),
                                                      ("Azubi", 0, 2, 1000, 1250, wm, "2025-08-01")):
            for _ in range(rnd.randint(n_lo, n_hi)):
                h = hire(hi) if not closed else hire(add_days(closed, -400))
                left = leave(h) if pos != "Azubi" else (closed or None)
                ft = 1 if (pos in ("Kfz-Mechatroniker", "Azubi") or rnd.random() < 0.7) else 0
                m = 1 if (pos == "Kfz-Mechatroniker" and rnd.random() < 0.2) else 0
                e = add(pos, f["id"], boss, h, rnd.randint(w_lo, w_hi), ft=ft, meister=m, left=left)
                ids.append(e)
                if left and not closed:
                    ids.append(add(pos, f["id"], boss, add_days(left, rnd.randint(5, 45)), rnd.randint(w_lo, w_hi), ft=ft))
        staff[f["id"]] = ids
    con.executemany("INSERT INTO mitarbeiter VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["id"], e["v"], e["n"], e["pos"], e["fid"], e["boss"], e["hired"], e["left"], e["wage"], e["ft"],
                      int(e["meister"])) for e in emps])
    emp = {e["id"]: e for e in emps}

    def on_staff(fid, when, positions):
        return [i for i in staff[fid] if emp[i]["pos"] in positions and emp[i]["hired"] <= when
                and (emp[i]["left"] is None or when < emp[i]["left"])]

    # ---------------- brands and articles
    brands = TYRE_BRANDS + PART_BRANDS + RIM_BRANDS
    con.executemany("INSERT INTO marken VALUES (?,?,?,?)", [(i, b[0], b[1], b[2]) for i, b in enumerate(brands, 1)])
    bid = {b[0]: i for i, b in enumerate(brands, 1)}
    arts = []

    def art(prefix, name, cat, brand, size, price, cost, stock, listed, gone=0):
        aid = len(arts) + 1
        arts.append(dict(id=aid, nr=f"{prefix}-{aid:05d}", name=name, cat=cat, brand=brand, size=size, price=price,
                         cost=cost, stock=stock, listed=listed, gone=gone))
        return aid

    for brand, models in TYRE_MODELS.items():
        for model, season, base in models:
            sizes = sorted(rnd.sample(SIZES, rnd.randint(4, 6)), key=SIZES.index)
            mlisted = day(rnd, "2016-01-01", "2022-06-30") if rnd.random() < 0.85 else day(rnd, "2023-02-01", "2024-08-31")
            for s in sizes:
                price = int(round(base * SIZE_FACTOR[s] * rnd.uniform(0.96, 1.04) / 100.0)) * 100 - 10
                gone = 1 if rnd.random() < 0.06 else 0
                art("RF", f"{brand} {model} {s}", season, bid[brand], s, price, int(price * rnd.uniform(0.58, 0.72)),
                    rnd.randint(0, 120), mlisted, gone)
    for cat, items in PARTS.items():
        for brand, name, price in items:
            listed = day(rnd, "2015-01-01", "2022-09-30") if rnd.random() < 0.85 else day(rnd, "2023-01-15", "2024-10-31")
            art("TL", f"{brand} {name}", cat, bid[brand], None, price, int(price * rnd.uniform(0.45, 0.65)), rnd.randint(0, 80),
                listed, 1 if rnd.random() < 0.07 else 0)
    for brand, model, price in RIM_MODELS:
        steel = "Stahlfelge" in model
        for inch in ([15, 16] if steel else [16, 17, 18]):
            p = int(round(price * (1 + (inch - 16) * 0.18) / 100.0)) * 100 - 10
            name = f"{brand} {model}" if steel else f"{brand} {model} {inch} Zoll"
            if steel and str(inch) not in model:
                continue
            art("FG", name, "Stahlfelgen" if steel else "Alufelgen", bid[brand], None, p, int(p * rnd.uniform(0.5, 0.66)),
                rnd.randint(0, 48), day(rnd, "2017-01-01", "2022-12-31"), 1 if rnd.random() < 0.08 else 0)
    for code, name, price in SERVICES:
        arts.append(dict(id=len(arts) + 1, nr=code, name=name, cat="Dienstleistung", brand=None, size=None, price=price,
                         cost=None, stock=None, listed="2010-01-01", gone=0))
    # a few discontinued articles were delisted before 2023 and never sell in the data period
    con.executemany("INSERT INTO artikel VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(a["id"], a["nr"], a["name"], a["cat"], a["brand"], a["size"], a["price"], a["cost"], a["stock"],
                      a["listed"], a["gone"]) for a in arts])
    A = {a["id"]: a for a in arts}
    SV = {a["name"]: a["id"] for a in arts if a["cat"] == "Dienstleistung"}

    # ---------------- customers and vehicles
    custs = []
    emails = set()
    fweights = [1.0 if f["opened"] < "2023-01-01" else 0.45 for f in fil]
    for kid in range(1, 2751):
        f = rnd.choices(fil, fweights)[0]
        if rnd.random() < 0.78:
            ort, land = f["ort"], f["land"]
        else:
            ort = rnd.choice(f["near"])
            land = NEAR_LAND.get(ort, f["land"])
            if ort == "Frankfurt":
                land = "Hessen"
        v, n = person()
        gewerbe = rnd.random() < 0.085
        firma = None
        if gewerbe:
            while True:
                firma = f"{rnd.choice(TRADES)} {n} {rnd.choice(['GmbH', 'e.K.', 'GbR', '& Söhne', 'UG'])}"
                if firma not in [c['firma'] for c in custs[-400:]] and all(c["firma"] != firma for c in custs):
                    break
        lo = max("2012-01-01", f["opened"])
        hi = "2025-11-30" if not f["closed"] else add_days(f["closed"], -60)
        created = day(rnd, lo, hi) if rnd.random() < 0.5 else day(rnd, max(lo, "2021-06-01"), hi)
        email = None
        if rnd.random() < 0.82:
            base = f"{ascii_mail(v)}.{ascii_mail(n)}"
            email = f"{base}@{rnd.choice(['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'])}"
            while email in emails:
                email = f"{base}{rnd.randint(2, 99)}@gmx.de"
            emails.add(email)
        plz = f["plz"][:2] + f"{rnd.randint(0, 999):03d}" if ort == f["ort"] else f["plz"][:1] + f"{rnd.randint(0, 9999):04d}"
        if ort == "Frankfurt" and land == "Hessen":
            plz = "60" + f"{rnd.randint(300, 599):03d}"
        custs.append(dict(id=kid, art="Gewerbe" if gewerbe else "Privat", firma=firma, v=v, n=n, email=email, plz=plz,
                          ort=ort, land=land, fid=f["id"], created=created, news=1 if rnd.random() < 0.34 else 0,
                          deleted=0, deleted_on=None, plate=f["plate"], last=created))
    cust = {c["id"]: c for c in custs}
    cars, plates = [], set()
    cars_of = {}
    mk_w = [m[2] for m in MAKES]
    for c in custs:
        n_cars = rnd.choices([1, 2, 3], [78, 18, 4])[0] if c["art"] == "Privat" else rnd.randint(2, 5)
        for _ in range(n_cars):
            make, models, _w = rnd.choices(MAKES, mk_w)[0]
            model = rnd.choice(models)
            while True:
                pl = f"{c['plate']}-{''.join(rnd.choice('ABCDEFGHJKLMNPRSTUVXYZ') for _ in range(rnd.choice([1, 2])))} {rnd.randint(1, 9999)}"
                if model in ELECTRIC and rnd.random() < 0.8:
                    pl += "E"
                if pl not in plates:
                    plates.add(pl)
                    break
            fuel = "Elektro" if model in ELECTRIC else rnd.choices(["Benzin", "Diesel", "Hybrid"], [55, 33, 12])[0]
            size = rnd.choice(SIZES[:2]) if model in SMALL else rnd.choice(SIZES[5:]) if model in BIG else rnd.choice(SIZES[1:6])
            year = rnd.randint(2008, 2025) if model not in ELECTRIC else rnd.randint(2019, 2025)
            cid = len(cars) + 1
            cars.append(dict(id=cid, kid=c["id"], plate=pl, make=make, model=model, year=year, fuel=fuel, size=size))
            cars_of.setdefault(c["id"], []).append(cid)
    car = {x["id"]: x for x in cars}

    # ---------------- orders, appointments, storage
    orders, lines, appts, stores_ = [], [], [], []
    PRICE = {a["id"]: a["price"] for a in arts}

    def new_order(f, when, hhmm, kid, carid, items, status, pay=None, server_pos=("Verkäufer", "Filialleiter", "Werkstattmeister")):
        srv = on_staff(f["id"], when, server_pos) or on_staff(f["id"], when, ("Verkäufer", "Filialleiter", "Werkstattmeister"))
        if not srv:
            return None
        gew = kid is not None and cust[kid]["art"] == "Gewerbe"
        oid = len(orders) + 1
        tot = disc = 0
        merged = {}
        for aid, q in items:
            merged[aid] = merged.get(aid, 0) + q
        for aid, q in merged.items():
            up = int(round(PRICE[aid] * 0.92)) if gew else PRICE[aid]
            lines.append((oid, aid, q, up))
            tot += q * up
            disc += q * (PRICE[aid] - up)
        if pay is None:
            pay = "Rechnung" if gew and rnd.random() < 0.8 else rnd.choices(["EC-Karte", "Bar", "Kreditkarte"], [58, 27, 15])[0]
        orders.append([oid, f["id"], kid, carid, rnd.choice(srv), when, hhmm, pay, status, tot, disc])
        if kid is not None:
            cust[kid]["last"] = max(cust[kid]["last"], when)
        return oid

    def hhmm(rnd, lo=8, hi=18):
        return f"{rnd.randint(lo, hi - 1):02d}:{rnd.choice(range(0, 60, 5)):02d}"

    def add_appt(f, kid, carid, when, leistung, dur, status, oid=None, time=None):
        pos = ("Reifenmonteur", "Werkstattmeister") if leistung in ("Reifenwechsel", "Radwechsel") else ("Kfz-Mechatroniker", "Werkstattmeister")
        techs = on_staff(f["id"], when, pos)
        if not techs:
            return False
        booked = max(add_days(when, -rnd.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 28])), cust[kid]["created"])
        appts.append([f["id"], kid, carid, rnd.choice(techs), booked, when, time or hhmm(rnd, 7, 17), leistung, dur, status, oid])
        if status != 30:
            cust[kid]["last"] = max(cust[kid]["last"], when)
        return True

    def avail(cat, when, size=None):
        return [a for a in arts if a["cat"] == cat and a["listed"] <= when and not a["gone"] and (size is None or a["size"] == size)]

    # seasonal wheel swaps with tyre storage (Reifenhotel)
    SEASONS = [("2023-03-13", "2023-04-29", "Winterreifen"), ("2023-10-09", "2023-11-30", "Sommerreifen"),
               ("2024-03-11", "2024-04-27", "Winterreifen"), ("2024-10-07", "2024-11-30", "Sommerreifen"),
               ("2025-03-10", "2025-04-26", "Winterreifen"), ("2025-10-06", "2025-11-29", "Sommerreifen")]
    hotel_custs = [c for c in custs if fil[c["fid"] - 1]["hotel"] and not fil[c["fid"] - 1]["closed"]]
    rnd.shuffle(hotel_custs)
    slot_no = {}
    for c in hotel_custs[:470]:
        f = fil[c["fid"] - 1]
        carid = cars_of[c["id"]][0]
        s0 = rnd.randint(0, 5)
        s_end = 5 if rnd.random() < 0.7 else rnd.randint(s0, 5)
        rims = 1 if rnd.random() < 0.8 else 0
        open_row = None
        for s in range(s0, min(s_end + 1, 5) + 1):
            lo, hi, stored = SEASONS[s]
            when = workday(rnd, max(lo, c["created"], f["opened"]), hi)
            if when > hi or not fil_open(f, when):
                break
            store_now = s <= s_end
            items = [(SV["Radwechsel (4 Räder)"], 1)] if rims else [(SV["Reifenmontage inkl. Auswuchten je Rad"], 4)]
            fee_id = SV["Reifeneinlagerung Kompletträder je Saison"] if rims else SV["Reifeneinlagerung ohne Felgen je Saison"]
            if store_now:
                items.append((fee_id, 1))
            t = hhmm(rnd, 7, 17)
            oid = new_order(f, when, t, c["id"], carid, items, 21, server_pos=("Verkäufer", "Werkstattmeister"))
            if oid is None:
                break
            if rnd.random() < 0.85:
                add_appt(f, c["id"], carid, when, "Radwechsel", 30 if rims else 60, 31, oid, t)
            if open_row is not None:
                open_row[5] = when
            if store_now:
                fee = [l[3] for l in lines if l[0] == oid and l[1] == fee_id][0]
                k = slot_no.setdefault(f["id"], [0])
                k[0] += 1
                rack = f"R{(k[0] - 1) // 40 + 1:02d}-F{(k[0] - 1) % 40 + 1:02d}"
                open_row = [f["id"], c["id"], carid, when, when, None, stored, 4, rims, rack, fee]
                stores_.append(open_row)
            else:
                open_row = None

    # everyday trade
    start, end = d("2023-01-02"), d("2025-12-31")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1) if (start + dt.timedelta(days=k)).weekday() != 6]
    MW = {1: 0.6, 2: 0.6, 3: 1.5, 4: 1.7, 5: 1.0, 6: 0.8, 7: 0.8, 8: 0.8, 9: 0.9, 10: 1.9, 11: 1.8, 12: 1.1}
    wts = [MW[x.month] * (0.75 if x.weekday() == 5 else 1.0) for x in days]
    KINDS = ["reifen", "oel", "bremsen", "batterie", "klima", "achse", "theke", "felgen", "radwechsel"]
    target = 7600 - len(orders)
    made = 0
    while made < target:
        x = rnd.choices(days, wts)[0]
        when = x.isoformat()
        m = x.month
        kw = {"reifen": 30 if m in (3, 4, 5, 10, 11, 12) else 10, "oel": 10, "bremsen": 6, "batterie": 9 if m in (11, 12, 1, 2) else 3,
              "klima": 8 if m in (5, 6, 7) else 1, "achse": 4, "theke": 22, "felgen": 3 if m in (3, 4, 10, 11) else 1,
              "radwechsel": 14 if m in (3, 4, 10, 11) else 1}
        kind = rnd.choices(KINDS, [kw[k] for k in KINDS])[0]
        if kind == "theke" and rnd.random() < 0.6:
            f = rnd.choice(fil)
            kid = carid = None
        else:
            c = rnd.choice(custs)
            if c["created"] > when:
                continue
            f = fil[c["fid"] - 1]
            if not fil_open(f, when) or rnd.random() < 0.1:
                near = [g for g in fil if g["region"] == f["region"] and fil_open(g, when)]
                if not near:
                    continue
                f = rnd.choice(near)
            kid = c["id"]
            carid = rnd.choice(cars_of[kid])
        if not fil_open(f, when):
            continue
        if kind == "achse" and not f["align"]:
            continue
        cr = car[carid] if carid else None
        items, leistung, dur = [], None, 0
        if kind == "reifen":
            season = "Winterreifen" if m in (9, 10, 11, 12, 1, 2) else "Sommerreifen"
            if rnd.random() < 0.2:
                season = "Ganzjahresreifen"
            pool = avail(season, when, cr["size"])
            if not pool:
                continue
            w = [3.0 if A[a["id"]]["brand"] in (bid["Kestner Profil"], bid["Hankook"], bid["Continental"]) else 1.0 for a in pool]
            t = rnd.choices(pool, w)[0]
            q = 4 if rnd.random() < 0.82 else 2
            items = [(t["id"], q), (SV["Reifenmontage inkl. Auswuchten je Rad"], q)]
            if rnd.random() < 0.75:
                items.append((SV["Altreifenentsorgung je Reifen"], q))
            if rnd.random() < 0.15:
                items.append((SV["RDKS-Service je Rad"], q))
            leistung, dur = "Reifenwechsel", 60
        elif kind == "radwechsel":
            items = [(SV["Radwechsel (4 Räder)"], 1)]
            leistung, dur = "Radwechsel", 30
        elif kind == "felgen":
            cat = "Alufelgen" if rnd.random() < 0.75 else "Stahlfelgen"
            pool = avail(cat, when)
            if not pool:
                continue
            items = [(rnd.choice(pool)["id"], 4), (SV["Reifenmontage inkl. Auswuchten je Rad"], 4)]
            leistung, dur = "Reifenwechsel", 60
        elif kind == "oel":
            items = [(rnd.choice(avail("Motoröl", when))["id"], 1), (rnd.choice([a for a in avail("Filter", when) if "Ölfilter" in a["name"]])["id"], 1),
                     (SV["Ölwechsel-Service"], 1)]
            if rnd.random() < 0.3:
                items.append((rnd.choice([a for a in avail("Filter", when) if "Ölfilter" not in a["name"]])["id"], 1))
            leistung, dur = "Ölwechsel", 45
        elif kind == "bremsen":
            pool = avail("Bremsen", when)
            items = [(rnd.choice([a for a in pool if "beläge" in a["name"]])["id"], 1), (SV["Bremsen-Service je Achse"], 1)]
            if rnd.random() < 0.5:
                items.append((rnd.choice([a for a in pool if "scheiben" in a["name"]])["id"], 1))
            leistung, dur = "Bremsenservice", 90
        elif kind == "batterie":
            items = [(rnd.choice(avail("Batterien", when))["id"], 1), (SV["Batteriewechsel"], 1)]
            leistung, dur = "Batteriewechsel", 30
        elif kind == "klima":
            items = [(SV["Klimaservice"], 1)]
            leistung, dur = "Klimaservice", 60
        elif kind == "achse":
            items = [(SV["Achsvermessung"], 1)]
            leistung, dur = "Achsvermessung", 45
        else:
            cats = ["Wischer", "Beleuchtung", "Motoröl", "Zubehör", "Filter"]
            for _ in range(rnd.choices([1, 2, 3], [55, 33, 12])[0]):
                pool = avail(rnd.choice(cats), when)
                a = rnd.choice(pool)
                if a["id"] not in [i[0] for i in items]:
                    items.append((a["id"], rnd.choices([1, 2, 3], [80, 15, 5])[0]))
            if carid and any(A[i[0]]["cat"] == "Wischer" for i in items) and rnd.random() < 0.5:
                items.append((SV["Wischerblatt-Montage"], 1))
        if kid is None and kind != "theke":
            continue
        if when >= "2025-12-15" and kind in ("reifen", "felgen") and rnd.random() < 0.5:
            status = 20
        else:
            status = rnd.choices([21, 22, 23], [93, 3.5, 3.5])[0]
        t = hhmm(rnd)
        oid = new_order(f, when, t, kid, carid, items, status)
        if oid is None:
            continue
        made += 1
        if leistung and status in (21, 23) and rnd.random() < 0.72:
            add_appt(f, kid, carid, when, leistung, dur, 31, oid, t)

    # appointments that did not turn into an order: cancelled, no-shows, and bookings for 2026
    LEIST = [("Reifenwechsel", 60, 30), ("Radwechsel", 30, 30), ("Ölwechsel", 45, 10), ("Bremsenservice", 90, 6),
             ("Batteriewechsel", 30, 5), ("Klimaservice", 60, 5), ("Achsvermessung", 45, 5)]
    extra = 0
    while extra < 900:
        c = rnd.choice(custs)
        f = fil[c["fid"] - 1]
        future = rnd.random() < 0.22
        if future:
            when = workday(rnd, "2026-01-02", "2026-03-31")
            if f["closed"]:
                continue
        else:
            when = workday(rnd, max("2023-01-02", c["created"]), "2025-12-30")
            if not fil_open(f, when) or when < c["created"]:
                continue
        lst, dur, _w = rnd.choices(LEIST, [l[2] for l in LEIST])[0]
        if lst == "Achsvermessung" and not f["align"]:
            continue
        status = 30 if future else rnd.choices([32, 33], [62, 38])[0]
        ref = "2025-12-31" if future else when
        if add_appt(f, c["id"], rnd.choice(cars_of[c["id"]]), ref, lst, dur, status):
            if future:
                appts[-1][5] = when
                appts[-1][4] = max(appts[-1][4], day(rnd, "2025-11-20", "2025-12-31"))
            extra += 1

    # soft-deleted customers (deletion requests): only people with no future booking and no tyres still in storage
    busy = {a[1] for a in appts if a[9] == 30} | {s[1] for s in stores_ if s[5] is None}
    for c in custs:
        if c["id"] in busy or rnd.random() >= 0.045:
            continue
        lo = add_days(c["last"], 14)
        if lo > "2025-12-20":
            continue
        c["deleted"], c["deleted_on"] = 1, day(rnd, lo, "2025-12-20")
        c["news"] = 0

    # order numbers follow the calendar
    orders.sort(key=lambda o: (o[5], o[6], o[0]))
    remap = {o[0]: k for k, o in enumerate(orders, 1)}
    for o in orders:
        o[0] = remap[o[0]]
    lines = sorted((remap[l[0]],) + tuple(l[1:]) for l in lines)
    for a in appts:
        if a[10]:
            a[10] = remap[a[10]]
    appts.sort(key=lambda a: (a[5], a[6], a[0], a[1]))
    stores_.sort(key=lambda s: (s[3], s[0], s[1]))

    con.executemany("INSERT INTO kunden VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(c["id"], c["art"], c["firma"], c["v"], c["n"], c["email"], c["plz"], c["ort"], c["land"], c["fid"],
                      c["created"], c["news"], c["deleted"], c["deleted_on"]) for c in custs])
    con.executemany("INSERT INTO fahrzeuge VALUES (?,?,?,?,?,?,?,?)",
                    [(x["id"], x["kid"], x["plate"], x["make"], x["model"], x["year"], x["fuel"], x["size"]) for x in cars])
    con.executemany("INSERT INTO auftraege VALUES (?,?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO auftragspositionen VALUES (?,?,?,?)", lines)
    con.executemany("INSERT INTO termine VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [[i] + a for i, a in enumerate(appts, 1)])
    con.executemany("INSERT INTO einlagerungen VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [[i] + s[:4] + [s[5]] + s[6:] for i, s in enumerate(stores_, 1)])
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
