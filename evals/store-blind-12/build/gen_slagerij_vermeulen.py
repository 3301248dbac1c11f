"""Slagerij Vermeulen: a family chain of butcher & deli shops (slagerij & traiteur) in the Netherlands and Flanders.
Shops sell fresh meat by weight, cold cuts, cheese and ready-made deli dishes over the counter (till receipts), and
take pre-orders (bestellingen) for Christmas gourmet/fondue, barbecue packages and catering platters.

Schema style: DUTCH identifiers. Tables are singular Dutch nouns (filiaal, medewerker, klant, kassabon, ...), columns are
lower-case Dutch words joined with underscores, and Dutch compounds are written as one word, as Dutch does
(kassabonregel, klantkaartnummer, winkeloppervlak_m2). Values are Dutch too (functie 'Filiaalmanager',
betaalwijze 'Pin', artikelgroep 'Varkensvlees', allergeen 'Selderij'). Dates are TEXT in Dutch DD-MM-YYYY format,
times TEXT HH:MM, money INTEGER euro cents (columns ending _cent), weights INTEGER grams (gewicht_gram), yes/no flags
TEXT 'J' / 'N'. Status codes are three-letter codes in one lookup table (status). Customers are soft-deleted
(verwijderd = 'J', verwijderd_op). medewerker.leidinggevende_id is a self-reference; artikel_allergeen and
bestelregel are many-to-many link tables. Zwijndrecht (Zuid-Holland / Antwerpen), Bergen (Noord-Holland / Limburg)
and Hengelo (Overijssel / Gelderland) are duplicate place names, and the province Limburg exists in both countries."""
import math, os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import NL_FIRST, NL_LAST

SEED = 4471903
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "slagerij_vermeulen.sqlite")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
D = dt.date

SCHEMA = """
CREATE TABLE status (
  status_code TEXT PRIMARY KEY, categorie TEXT NOT NULL, omschrijving TEXT NOT NULL);
CREATE TABLE filiaal (
  filiaal_id INTEGER PRIMARY KEY, naam TEXT NOT NULL UNIQUE, straat TEXT NOT NULL, huisnummer TEXT NOT NULL,
  postcode TEXT NOT NULL, plaats TEXT NOT NULL, provincie TEXT NOT NULL, land TEXT NOT NULL, regio TEXT NOT NULL,
  geopend_op TEXT NOT NULL, gesloten_op TEXT, status_code TEXT NOT NULL REFERENCES status(status_code),
  heeft_traiteur TEXT NOT NULL, winkeloppervlak_m2 INTEGER NOT NULL);
CREATE TABLE medewerker (
  medewerker_id INTEGER PRIMARY KEY, personeelsnummer TEXT NOT NULL UNIQUE, voornaam TEXT NOT NULL,
  achternaam TEXT NOT NULL, functie TEXT NOT NULL, filiaal_id INTEGER REFERENCES filiaal(filiaal_id),
  leidinggevende_id INTEGER REFERENCES medewerker(medewerker_id), datum_in_dienst TEXT NOT NULL,
  datum_uit_dienst TEXT, contractsoort TEXT NOT NULL, uren_per_week INTEGER NOT NULL, uurloon_cent INTEGER,
  maandsalaris_cent INTEGER);
CREATE TABLE klant (
  klant_id INTEGER PRIMARY KEY, klantkaartnummer TEXT NOT NULL UNIQUE, voornaam TEXT NOT NULL, achternaam TEXT NOT NULL,
  email TEXT, telefoon TEXT, postcode TEXT NOT NULL, woonplaats TEXT NOT NULL, provincie TEXT NOT NULL, land TEXT NOT NULL,
  vaste_filiaal_id INTEGER NOT NULL REFERENCES filiaal(filiaal_id), aangemeld_op TEXT NOT NULL, nieuwsbrief TEXT NOT NULL,
  spaarpunten INTEGER NOT NULL, verwijderd TEXT NOT NULL, verwijderd_op TEXT);
CREATE TABLE artikelgroep (
  artikelgroep_id INTEGER PRIMARY KEY, naam TEXT NOT NULL UNIQUE, afdeling TEXT NOT NULL);
CREATE TABLE artikel (
  artikel_id INTEGER PRIMARY KEY, plu TEXT NOT NULL UNIQUE, omschrijving TEXT NOT NULL UNIQUE,
  artikelgroep_id INTEGER NOT NULL REFERENCES artikelgroep(artikelgroep_id), eenheid TEXT NOT NULL,
  prijs_cent INTEGER NOT NULL, inkoopprijs_cent INTEGER NOT NULL, biologisch TEXT NOT NULL,
  in_assortiment_sinds TEXT NOT NULL, uit_assortiment_op TEXT);
CREATE TABLE allergeen (
  allergeen_id INTEGER PRIMARY KEY, naam TEXT NOT NULL UNIQUE);
CREATE TABLE artikel_allergeen (
  artikel_id INTEGER NOT NULL REFERENCES artikel(artikel_id), allergeen_id INTEGER NOT NULL REFERENCES allergeen(allergeen_id),
  soort TEXT NOT NULL, PRIMARY KEY (artikel_id, allergeen_id));
CREATE TABLE kassabon (
  bon_id INTEGER PRIMARY KEY, filiaal_id INTEGER NOT NULL REFERENCES filiaal(filiaal_id),
  kassamedewerker_id INTEGER NOT NULL REFERENCES medewerker(medewerker_id), klant_id INTEGER REFERENCES klant(klant_id),
  datum TEXT NOT NULL, tijd TEXT NOT NULL, betaalwijze TEXT NOT NULL, status_code TEXT NOT NULL REFERENCES status(status_code),
  korting_cent INTEGER NOT NULL, totaal_cent INTEGER NOT NULL);
CREATE TABLE kassabonregel (
  bon_id INTEGER NOT NULL REFERENCES kassabon(bon_id), regelnummer INTEGER NOT NULL,
  artikel_id INTEGER NOT NULL REFERENCES artikel(artikel_id), aantal INTEGER, gewicht_gram INTEGER,
  prijs_cent INTEGER NOT NULL, regelbedrag_cent INTEGER NOT NULL, PRIMARY KEY (bon_id, regelnummer));
CREATE TABLE bestelling (
  bestelling_id INTEGER PRIMARY KEY, filiaal_id INTEGER NOT NULL REFERENCES filiaal(filiaal_id),
  klant_id INTEGER NOT NULL REFERENCES klant(klant_id), besteld_op TEXT NOT NULL, ophaaldatum TEXT NOT NULL,
  status_code TEXT NOT NULL REFERENCES status(status_code), aanbetaling_cent INTEGER, totaal_cent INTEGER NOT NULL,
  opmerking TEXT);
CREATE TABLE bestelregel (
  bestelling_id INTEGER NOT NULL REFERENCES bestelling(bestelling_id), artikel_id INTEGER NOT NULL REFERENCES artikel(artikel_id),
  aantal INTEGER, gewicht_gram INTEGER, prijs_cent INTEGER NOT NULL, regelbedrag_cent INTEGER NOT NULL,
  PRIMARY KEY (bestelling_id, artikel_id));
CREATE INDEX ix_kassabon_klant ON kassabon (klant_id);
CREATE INDEX ix_bestelling_klant ON bestelling (klant_id);
CREATE INDEX ix_medewerker_filiaal ON medewerker (filiaal_id);
"""

STATUS = [("ACT", "filiaal", "Actief - winkel open"), ("VBW", "filiaal", "Tijdelijk gesloten wegens verbouwing"),
          ("GSL", "filiaal", "Definitief gesloten"),
          ("AFG", "kassabon", "Afgerond"), ("RET", "kassabon", "Geretourneerd (terugbetaald)"),
          ("ANN", "kassabon", "Geannuleerd (bon vernietigd)"),
          ("OPN", "bestelling", "Open - nog op te halen"), ("OPG", "bestelling", "Opgehaald"),
          ("NOP", "bestelling", "Niet opgehaald"), ("GAN", "bestelling", "Geannuleerd door klant")]

# id, naam, straat, huisnr, plaats, provincie, land, regio, opened, closed, status, traiteur, m2, weight, customer towns
SHOPS = [
    (1, "Amsterdam De Pijp", "Ferdinand Bolstraat", "112", "Amsterdam", "Noord-Holland", "NL", "Noord", D(1998, 3, 14), None, "ACT", "J", 140, 1.35,
     [("Amsterdam", "Noord-Holland", 1072, 6), ("Amstelveen", "Noord-Holland", 1181, 1), ("Diemen", "Noord-Holland", 1111, 1)]),
    (2, "Amsterdam Oud-West", "Kinkerstraat", "187", "Amsterdam", "Noord-Holland", "NL", "Noord", D(2009, 9, 5), None, "ACT", "N", 95, 1.05,
     [("Amsterdam", "Noord-Holland", 1053, 6), ("Amstelveen", "Noord-Holland", 1183, 1)]),
    (3, "Haarlem Grote Houtstraat", "Grote Houtstraat", "64", "Haarlem", "Noord-Holland", "NL", "Noord", D(1987, 4, 1), None, "ACT", "J", 150, 1.25,
     [("Haarlem", "Noord-Holland", 2011, 5), ("Heemstede", "Noord-Holland", 2101, 2), ("Bloemendaal", "Noord-Holland", 2061, 1)]),
    (4, "Bergen Ruïnelaan", "Ruïnelaan", "9", "Bergen", "Noord-Holland", "NL", "Noord", D(2004, 5, 22), None, "ACT", "N", 85, 0.75,
     [("Bergen", "Noord-Holland", 1861, 4), ("Alkmaar", "Noord-Holland", 1811, 3), ("Egmond aan Zee", "Noord-Holland", 1931, 1)]),
    (5, "Utrecht Twijnstraat", "Twijnstraat", "31", "Utrecht", "Utrecht", "NL", "Noord", D(1993, 10, 2), None, "ACT", "J", 130, 1.3,
     [("Utrecht", "Utrecht", 3511, 5), ("Zeist", "Utrecht", 3701, 1), ("Nieuwegein", "Utrecht", 3431, 1)]),
    (6, "Amersfoort Langestraat", "Langestraat", "58", "Amersfoort", "Utrecht", "NL", "Noord", D(2023, 9, 2), None, "ACT", "J", 120, 1.0,
     [("Amersfoort", "Utrecht", 3811, 4), ("Leusden", "Utrecht", 3831, 1), ("Soest", "Utrecht", 3761, 1)]),
    (7, "Hilversum Kerkstraat", "Kerkstraat", "77", "Hilversum", "Noord-Holland", "NL", "Noord", D(2001, 2, 17), D(2024, 6, 29), "GSL", "N", 80, 0.7,
     [("Hilversum", "Noord-Holland", 1211, 4), ("Laren", "Noord-Holland", 1251, 1), ("Bussum", "Noord-Holland", 1401, 1)]),
    (8, "Den Haag Frederik Hendriklaan", "Frederik Hendriklaan", "143", "Den Haag", "Zuid-Holland", "NL", "West", D(1979, 6, 1), None, "ACT", "J", 160, 1.4,
     [("Den Haag", "Zuid-Holland", 2582, 5), ("Rijswijk", "Zuid-Holland", 2281, 1), ("Voorburg", "Zuid-Holland", 2271, 1)]),
    (9, "Leiden Haarlemmerstraat", "Haarlemmerstraat", "205", "Leiden", "Zuid-Holland", "NL", "West", D(1996, 8, 31), None, "ACT", "J", 110, 1.1,
     [("Leiden", "Zuid-Holland", 2312, 4), ("Oegstgeest", "Zuid-Holland", 2341, 1), ("Leiderdorp", "Zuid-Holland", 2351, 1)]),
    (10, "Delft Choorstraat", "Choorstraat", "22", "Delft", "Zuid-Holland", "NL", "West", D(2006, 3, 11), None, "ACT", "N", 90, 0.85,
     [("Delft", "Zuid-Holland", 2611, 4), ("Rijswijk", "Zuid-Holland", 2285, 1), ("Den Hoorn", "Zuid-Holland", 2635, 1)]),
    (11, "Rotterdam Kralingen", "Oudedijk", "96", "Rotterdam", "Zuid-Holland", "NL", "West", D(1991, 9, 7), None, "ACT", "J", 135, 1.3,
     [("Rotterdam", "Zuid-Holland", 3062, 5), ("Capelle aan den IJssel", "Zuid-Holland", 2902, 2)]),
    (12, "Rotterdam Hillegersberg", "Bergse Dorpsstraat", "48", "Rotterdam", "Zuid-Holland", "NL", "West", D(2012, 11, 3), None, "ACT", "N", 100, 0.95,
     [("Rotterdam", "Zuid-Holland", 3054, 5), ("Schiedam", "Zuid-Holland", 3111, 1)]),
    (13, "Zwijndrecht Walburg", "Walburgstraat", "15", "Zwijndrecht", "Zuid-Holland", "NL", "West", D(2008, 4, 19), None, "ACT", "N", 90, 0.8,
     [("Zwijndrecht", "Zuid-Holland", 3331, 4), ("Hendrik-Ido-Ambacht", "Zuid-Holland", 3341, 1), ("Dordrecht", "Zuid-Holland", 3311, 1)]),
    (14, "Dordrecht Voorstraat", "Voorstraat", "260", "Dordrecht", "Zuid-Holland", "NL", "West", D(1985, 1, 12), None, "ACT", "J", 125, 1.05,
     [("Dordrecht", "Zuid-Holland", 3311, 4), ("Papendrecht", "Zuid-Holland", 3351, 1), ("Sliedrecht", "Zuid-Holland", 3361, 1)]),
    (15, "Gouda Lange Tiendeweg", "Lange Tiendeweg", "40", "Gouda", "Zuid-Holland", "NL", "West", D(2000, 10, 14), None, "ACT", "N", 95, 0.85,
     [("Gouda", "Zuid-Holland", 2801, 4), ("Waddinxveen", "Zuid-Holland", 2741, 1), ("Reeuwijk", "Zuid-Holland", 2811, 1)]),
    (16, "Zwolle Diezerstraat", "Diezerstraat", "83", "Zwolle", "Overijssel", "NL", "Oost & Zuid", D(1999, 5, 1), None, "ACT", "J", 120, 1.05,
     [("Zwolle", "Overijssel", 8011, 4), ("Kampen", "Overijssel", 8261, 1), ("Hattem", "Gelderland", 8051, 1)]),
    (17, "Deventer Brink", "Brink", "12", "Deventer", "Overijssel", "NL", "Oost & Zuid", D(1994, 2, 26), None, "ACT", "N", 100, 0.9,
     [("Deventer", "Overijssel", 7411, 4), ("Twello", "Gelderland", 7391, 1), ("Hengelo", "Gelderland", 7255, 1), ("Zutphen", "Gelderland", 7201, 1)]),
    (18, "Hengelo Enschedesestraat", "Enschedesestraat", "141", "Hengelo", "Overijssel", "NL", "Oost & Zuid", D(2003, 9, 20), None, "ACT", "J", 115, 0.95,
     [("Hengelo", "Overijssel", 7551, 4), ("Borne", "Overijssel", 7621, 1), ("Delden", "Overijssel", 7491, 1)]),
    (19, "Enschede Haaksbergerstraat", "Haaksbergerstraat", "302", "Enschede", "Overijssel", "NL", "Oost & Zuid", D(2010, 6, 12), None, "ACT", "N", 105, 0.9,
     [("Enschede", "Overijssel", 7511, 4), ("Oldenzaal", "Overijssel", 7571, 1), ("Haaksbergen", "Overijssel", 7481, 1)]),
    (20, "Apeldoorn Hoofdstraat", "Hoofdstraat", "118", "Apeldoorn", "Gelderland", "NL", "Oost & Zuid", D(2025, 4, 12), None, "ACT", "J", 125, 1.0,
     [("Apeldoorn", "Gelderland", 7311, 4), ("Ugchelen", "Gelderland", 7339, 1)]),
    (21, "Nijmegen Lange Hezelstraat", "Lange Hezelstraat", "55", "Nijmegen", "Gelderland", "NL", "Oost & Zuid", D(1990, 11, 24), None, "ACT", "J", 130, 1.15,
     [("Nijmegen", "Gelderland", 6511, 5), ("Wijchen", "Gelderland", 6601, 1), ("Beuningen", "Gelderland", 6641, 1), ("Bergen", "Limburg", 5854, 1)]),
    (22, "'s-Hertogenbosch Hinthamerstraat", "Hinthamerstraat", "71", "'s-Hertogenbosch", "Noord-Brabant", "NL", "Oost & Zuid", D(1988, 3, 5), None, "ACT", "J", 140, 1.2,
     [("'s-Hertogenbosch", "Noord-Brabant", 5211, 4), ("Vught", "Noord-Brabant", 5261, 1), ("Rosmalen", "Noord-Brabant", 5241, 1)]),
    (23, "Eindhoven Woensel", "Woenselse Markt", "8", "Eindhoven", "Noord-Brabant", "NL", "Oost & Zuid", D(2014, 4, 26), None, "ACT", "N", 100, 0.95,
     [("Eindhoven", "Noord-Brabant", 5625, 4), ("Veldhoven", "Noord-Brabant", 5501, 1), ("Best", "Noord-Brabant", 5681, 1)]),
    (24, "Maastricht Wyck", "Wycker Brugstraat", "36", "Maastricht", "Limburg", "NL", "Oost & Zuid", D(2002, 8, 17), None, "ACT", "J", 110, 1.0,
     [("Maastricht", "Limburg", 6221, 4), ("Meerssen", "Limburg", 6231, 1), ("Valkenburg", "Limburg", 6301, 1)]),
    (25, "Antwerpen Zuid", "Volkstraat", "19", "Antwerpen", "Antwerpen", "BE", "Vlaanderen", D(2005, 10, 1), None, "ACT", "J", 120, 1.15,
     [("Antwerpen", "Antwerpen", 2000, 4), ("Berchem", "Antwerpen", 2600, 1), ("Mortsel", "Antwerpen", 2640, 1)]),
    (26, "Zwijndrecht Dorp", "Dorp-West", "27", "Zwijndrecht", "Antwerpen", "BE", "Vlaanderen", D(2016, 5, 14), None, "ACT", "N", 85, 0.8,
     [("Zwijndrecht", "Antwerpen", 2070, 4), ("Burcht", "Antwerpen", 2070, 1), ("Beveren", "Oost-Vlaanderen", 9120, 1)]),
    (27, "Gent Sleepstraat", "Sleepstraat", "44", "Gent", "Oost-Vlaanderen", "BE", "Vlaanderen", D(2011, 3, 19), None, "VBW", "J", 115, 1.05,
     [("Gent", "Oost-Vlaanderen", 9000, 4), ("Merelbeke", "Oost-Vlaanderen", 9820, 1), ("Destelbergen", "Oost-Vlaanderen", 9070, 1)]),
    (28, "Brugge Smedenstraat", "Smedenstraat", "61", "Brugge", "West-Vlaanderen", "BE", "Vlaanderen", D(2013, 9, 28), None, "ACT", "N", 95, 0.9,
     [("Brugge", "West-Vlaanderen", 8000, 4), ("Damme", "West-Vlaanderen", 8340, 1), ("Oostkamp", "West-Vlaanderen", 8020, 1)]),
    (29, "Leuven Tiensestraat", "Tiensestraat", "133", "Leuven", "Vlaams-Brabant", "BE", "Vlaanderen", D(2024, 3, 16), None, "ACT", "J", 110, 1.0,
     [("Leuven", "Vlaams-Brabant", 3000, 4), ("Heverlee", "Vlaams-Brabant", 3001, 1), ("Kessel-Lo", "Vlaams-Brabant", 3010, 1)]),
    (30, "Hasselt Kapelstraat", "Kapelstraat", "12", "Hasselt", "Limburg", "BE", "Vlaanderen", D(2007, 6, 9), D(2025, 3, 1), "GSL", "N", 85, 0.75,
     [("Hasselt", "Limburg", 3500, 4), ("Genk", "Limburg", 3600, 1), ("Diepenbeek", "Limburg", 3590, 1)]),
]
REFIT = {27: D(2025, 11, 3)}     # shut for a refit from this date (no trading)
REGIONS = ["Noord", "West", "Oost & Zuid", "Vlaanderen"]

GROUPS = [(1, "Rundvlees", "Vers vlees"), (2, "Varkensvlees", "Vers vlees"), (3, "Kip & gevogelte", "Vers vlees"),
          (4, "Lam & wild", "Vers vlees"), (5, "Vleeswaren", "Vleeswaren & kaas"), (6, "Kaas", "Vleeswaren & kaas"),
          (7, "Salades & traiteur", "Traiteur"), (8, "BBQ & gourmet", "Traiteur"), (9, "Sauzen & kruiden", "Traiteur")]
ALLERGENS = ["Gluten", "Schaaldieren", "Ei", "Vis", "Pinda", "Soja", "Melk", "Noten", "Selderij", "Mosterd",
             "Sesamzaad", "Sulfiet", "Lupine", "Weekdieren"]
# omschrijving, group, unit, price 2025 (cents per kg or per piece), organic, allergens ("+" = bevat, "~" = sporen)
ARTICLES = [
    ("Runderbiefstuk", 1, "kg", 3495, "N", ""), ("Biologische runderbiefstuk", 1, "kg", 4295, "J", ""),
    ("Entrecote", 1, "kg", 3895, "N", ""), ("Ossenhaas", 1, "kg", 6495, "N", ""), ("Côte de boeuf", 1, "kg", 4595, "N", ""),
    ("Rundergehakt", 1, "kg", 1395, "N", ""), ("Biologisch rundergehakt", 1, "kg", 1795, "J", ""),
    ("Runderlappen", 1, "kg", 1995, "N", ""), ("Sukadelappen", 1, "kg", 2195, "N", ""), ("Rosbief", 1, "kg", 2995, "N", ""),
    ("Runderstoofvlees", 1, "kg", 1895, "N", ""), ("Tartaar", 1, "stuk", 245, "N", ""), ("Kalfsoester", 1, "kg", 4895, "N", ""),
    ("Varkenshaas", 2, "kg", 1995, "N", ""), ("Speklappen", 2, "kg", 995, "N", ""), ("Karbonade", 2, "kg", 1095, "N", ""),
    ("Schnitzel", 2, "stuk", 295, "N", "+Gluten +Ei"), ("Slavink", 2, "stuk", 165, "N", "+Gluten ~Selderij"),
    ("Hamlappen", 2, "kg", 1295, "N", ""), ("Varkensfilet", 2, "kg", 1495, "N", ""), ("Half-om-half gehakt", 2, "kg", 1095, "N", ""),
    ("Gehaktbal", 2, "stuk", 195, "N", "+Gluten +Ei ~Mosterd"), ("Rookworst", 2, "stuk", 395, "N", "+Selderij ~Mosterd"),
    ("Saucijzen", 2, "stuk", 125, "N", "+Gluten"), ("Procureur", 2, "kg", 1195, "N", ""),
    ("Varkensrollade", 2, "kg", 1395, "N", "+Selderij"), ("Biologische varkenshaas", 2, "kg", 2595, "J", ""),
    ("Kipfilet", 3, "kg", 1495, "N", ""), ("Biologische kipfilet", 3, "kg", 2295, "J", ""), ("Kippendijen", 3, "kg", 1395, "N", ""),
    ("Kippenpoten", 3, "kg", 795, "N", ""), ("Hele kip", 3, "stuk", 995, "N", ""), ("Kipsaté spies", 3, "stuk", 175, "N", "+Pinda +Soja"),
    ("Kipgehakt", 3, "kg", 1295, "N", ""), ("Eendenborst", 3, "kg", 3295, "N", ""), ("Kalkoenfilet", 3, "kg", 1895, "N", ""),
    ("Kipshoarma", 3, "kg", 1395, "N", "~Selderij"), ("Cordon bleu", 3, "stuk", 325, "N", "+Gluten +Ei +Melk"),
    ("Lamsrack", 4, "kg", 4495, "N", ""), ("Lamskoteletten", 4, "kg", 3595, "N", ""), ("Lamsbout", 4, "kg", 2695, "N", ""),
    ("Hertenbiefstuk", 4, "kg", 5495, "N", ""), ("Wildstoofvlees", 4, "kg", 2895, "N", "~Selderij"), ("Fazant", 4, "stuk", 1495, "N", ""),
    ("Hazenrug", 4, "kg", 4995, "N", ""), ("Merguez", 4, "stuk", 150, "N", "~Mosterd"),
    ("Achterham", 5, "kg", 2495, "N", ""), ("Rookvlees", 5, "kg", 3995, "N", ""), ("Gebraden gehakt", 5, "kg", 1895, "N", "+Gluten +Ei"),
    ("Leverworst", 5, "kg", 1295, "N", "+Gluten ~Selderij"), ("Boterhamworst", 5, "kg", 1195, "N", "~Melk"), ("Fricandeau", 5, "kg", 2295, "N", ""),
    ("Filet americain", 5, "kg", 2195, "N", "+Ei +Mosterd"), ("Pastrami", 5, "kg", 3695, "N", "+Mosterd"),
    ("Coppa di Parma", 5, "kg", 4595, "N", ""), ("Jamón Serrano", 5, "kg", 4295, "N", ""), ("Prosciutto di Parma", 5, "kg", 4995, "N", ""),
    ("Salami Milano", 5, "kg", 2995, "N", "~Melk"), ("Pâté de campagne", 5, "kg", 2395, "N", "+Ei +Sulfiet"),
    ("Gekookte worst", 5, "kg", 1395, "N", "~Selderij"), ("Biologische achterham", 5, "kg", 3195, "J", ""),
    ("Jonge Gouda", 6, "kg", 1395, "N", "+Melk"), ("Belegen Gouda", 6, "kg", 1595, "N", "+Melk"), ("Oude Gouda", 6, "kg", 1995, "N", "+Melk"),
    ("Brie de Meaux", 6, "kg", 2695, "N", "+Melk"), ("Comté", 6, "kg", 3495, "N", "+Melk"), ("Boerenkaas", 6, "kg", 1895, "N", "+Melk"),
    ("Geitenkaas", 6, "kg", 2495, "N", "+Melk"), ("Roquefort", 6, "kg", 3895, "N", "+Melk"), ("Herve", 6, "kg", 2295, "N", "+Melk"),
    ("Passendale", 6, "kg", 1995, "N", "+Melk"), ("Biologische jonge kaas", 6, "kg", 1795, "J", "+Melk"),
    ("Huzarensalade", 7, "kg", 1295, "N", "+Ei +Mosterd +Selderij"), ("Rundvleessalade", 7, "kg", 1495, "N", "+Ei +Mosterd"),
    ("Kip-kerriesalade", 7, "kg", 1695, "N", "+Ei +Mosterd ~Selderij"), ("Zalmsalade", 7, "kg", 2495, "N", "+Vis +Ei"),
    ("Vlaamse stoverij", 7, "kg", 2195, "N", "+Gluten +Selderij +Sulfiet"), ("Goulash", 7, "kg", 1995, "N", "+Selderij"),
    ("Lasagne", 7, "stuk", 895, "N", "+Gluten +Melk +Ei +Selderij"), ("Vol-au-vent", 7, "kg", 1895, "N", "+Gluten +Melk +Selderij"),
    ("Balletjes in tomatensaus", 7, "kg", 1595, "N", "+Gluten +Ei +Selderij"), ("Kipsaté met saus", 7, "kg", 1995, "N", "+Pinda +Soja"),
    ("Koude schotel Hollands (p.p.)", 7, "stuk", 1295, "N", "+Melk +Ei ~Mosterd"), ("Tapasplank (p.p.)", 7, "stuk", 1495, "N", "+Melk ~Noten"),
    ("Belegd broodje", 7, "stuk", 395, "N", "+Gluten +Melk ~Sesamzaad"),
    ("Gourmetschotel (p.p.)", 8, "stuk", 895, "N", "~Gluten"), ("Fonduevlees (p.p.)", 8, "stuk", 995, "N", ""),
    ("Steengrillschotel (p.p.)", 8, "stuk", 1095, "N", ""), ("BBQ-pakket Basis (p.p.)", 8, "stuk", 1195, "N", "+Gluten ~Mosterd"),
    ("BBQ-pakket Luxe (p.p.)", 8, "stuk", 1695, "N", "+Gluten ~Mosterd"), ("Hamburger", 8, "stuk", 175, "N", "~Gluten"),
    ("Spareribs gemarineerd", 8, "kg", 1495, "N", "+Soja +Selderij"), ("Kipspies", 8, "stuk", 195, "N", ""),
    ("Gemarineerde speklap", 8, "stuk", 165, "N", "+Soja"), ("Varkenssaté spies", 8, "stuk", 185, "N", "+Pinda +Soja"),
    ("Satésaus", 9, "stuk", 295, "N", "+Pinda +Soja"), ("Knoflooksaus", 9, "stuk", 275, "N", "+Ei"), ("Cocktailsaus", 9, "stuk", 275, "N", "+Ei +Mosterd"),
    ("Jus de veau", 9, "stuk", 395, "N", "+Selderij +Melk"), ("Kruidenboter", 9, "stuk", 325, "N", "+Melk"),
    ("Runderbouillon", 9, "stuk", 445, "N", "+Selderij"), ("Mosterd Brugse", 9, "stuk", 345, "N", "+Mosterd"),
    ("Pepersaus", 9, "stuk", 325, "N", "+Melk"), ("Barbecuemarinade", 9, "stuk", 295, "N", "+Soja +Mosterd"),
]
# articles introduced during the data period / discontinued during it
INTRODUCED = {"Kalfsoester": D(2023, 4, 4), "Biologische varkenshaas": D(2023, 10, 3), "Biologische achterham": D(2024, 2, 6),
              "Kipshoarma": D(2024, 5, 14), "Cordon bleu": D(2024, 9, 3), "Hazenrug": D(2024, 10, 1),
              "Herve": D(2025, 1, 7), "Tapasplank (p.p.)": D(2025, 3, 4), "Pepersaus": D(2025, 5, 6),
              "Barbecuemarinade": D(2025, 4, 1)}
DISCONTINUED = {"Procureur": D(2024, 7, 1), "Gekookte worst": D(2023, 11, 1), "Kippenpoten": D(2025, 2, 3),
                "Hamlappen": D(2024, 1, 8), "Roquefort": D(2025, 6, 2), "Fazant": D(2025, 1, 6),
                "Passendale": D(2025, 9, 1)}
YEAR_FACTOR = {2023: 1 / 1.07, 2024: 1 / 1.03, 2025: 1.0}
REMARKS = ["Graag in plakjes gesneden", "Zonder knoflook graag", "Ophalen na 15:00", "Voor 12 personen",
           "Bellen als het later wordt", "Vlees graag vacuüm verpakt", "Glutenvrije saus erbij", "Wordt opgehaald door buurvrouw",
           "Extra saus graag", "Betaald met cadeaubon", "Allergie: noten", "Graag op schaal opmaken"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g").replace("ł", "l").replace("ø", "o")


def fmt(d):
    return d.strftime("%d-%m-%Y") if d else None


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


HOLIDAYS = set()
for _y in (2023, 2024, 2025, 2026):
    _e = easter(_y)
    HOLIDAYS |= {D(_y, 1, 1), D(_y, 12, 25), D(_y, 12, 26), _e + dt.timedelta(days=1), _e + dt.timedelta(days=50)}


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO status VALUES (?,?,?)", STATUS)

    # ------------------------------------------------------------------ shops
    shop = {}
    rows = []
    for (sid, naam, straat, nr, plaats, prov, land, regio, opened, closed, st, trait, m2, w, towns) in SHOPS:
        base = towns[0][2]
        pc = f"{base + rng.randint(0, 6)} {rng.choice('ABCDEGHJKLMNPRSTVWX')}{rng.choice('ABCDEGHJKLMNPRSTVWX')}" if land == "NL" else str(base)
        rows.append((sid, naam, straat, nr, pc, plaats, prov, land, regio, fmt(opened), fmt(closed), st, trait, m2))
        last = (closed - dt.timedelta(days=1)) if closed else END
        if sid in REFIT:
            last = REFIT[sid] - dt.timedelta(days=1)
        shop[sid] = dict(id=sid, naam=naam, land=land, regio=regio, opened=opened, closed=closed, last=last,
                         trait=trait, w=w, towns=towns, m2=m2)
    con.executemany("INSERT INTO filiaal VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def trades(sid, d):
        s = shop[sid]
        return s["opened"] <= d <= s["last"] and d.weekday() != 6 and d not in HOLIDAYS

    # ------------------------------------------------------------------ people names (unique pairs across staff+customers)
    used_names = set()

    def new_name():
        while True:
            f, l = rng.choice(NL_FIRST), rng.choice(NL_LAST)
            if (f, l) not in used_names:
                used_names.add((f, l))
                return f, l

    # ------------------------------------------------------------------ staff
    emps = []          # dicts: id, first, last, title, shop, start, end (last working day or None), pos

    def add_emp(title, sid, start, end, pos):
        f, l = new_name()
        e = dict(id=None, first=f, last=l, title=title, shop=sid, start=start, end=end, pos=pos)
        emps.append(e)
        return e

    holders = {}       # pos -> list of employees in order

    MEAN_TENURE = {"Filiaalmanager": 7.0, "Chef-slager": 6.0, "Slager": 4.5, "Verkoopmedewerker": 2.2,
                   "Traiteurkok": 4.0, "Leerling-slager": 2.5, "Regiomanager": 8.0}

    def fill_position(pos, title, sid, first_start, hard_end, supervisory, allow_pre=True):
        """Chain of holders from first_start; hard_end = last possible working day (shop closes) or None."""
        lst = []
        start = first_start
        cap = hard_end if hard_end else END
        while start <= cap:
            tenure = rng.expovariate(1.0 / MEAN_TENURE[title]) * 365.25
            tenure = max(tenure, 75)
            end = start + dt.timedelta(days=int(tenure))
            if end >= cap:
                end = hard_end if hard_end else None
            if end is not None and end < START and allow_pre:
                # left before the data period: not on file; successor starts the next day
                start = end + dt.timedelta(days=1 if supervisory else rng.randint(1, 40))
                continue
            e = add_emp(title, sid, start, end, pos)
            lst.append(e)
            if end is None or (hard_end and end >= hard_end):
                break
            start = end + dt.timedelta(days=1 if supervisory else rng.randint(1, 40))
        holders[pos] = lst
        return lst

    # head office
    director = add_emp("Algemeen directeur", None, D(2006, 1, 2), None, "dir")
    holders["dir"] = [director]
    office = [("Hoofd inkoop", "dir"), ("Financieel manager", "dir"), ("Marketingmanager", "dir"), ("HR-adviseur", "dir"),
              ("Inkoper", "Hoofd inkoop"), ("Inkoper", "Hoofd inkoop"), ("Medewerker administratie", "Financieel manager"),
              ("Medewerker administratie", "Financieel manager"), ("Kwaliteitsmanager", "dir")]
    office_pos = {}
    for i, (title, boss) in enumerate(office):
        s0 = D(2008 + rng.randint(0, 13), rng.randint(1, 12), rng.randint(1, 28))
        lst = []
        start = s0
        while start <= END:
            tenure = max(rng.expovariate(1 / 7.0) * 365.25, 200)
            end = start + dt.timedelta(days=int(tenure))
            if end >= END:
                end = None
            if end is not None and end < START:
                start = end + dt.timedelta(days=1)
                continue
            lst.append(add_emp(title, None, start, end, f"ho{i}"))
            if end is None:
                break
            start = end + dt.timedelta(days=1)
        holders[f"ho{i}"] = lst
        office_pos[f"ho{i}"] = (title, boss)
    boss_pos_of_title = {"dir": "dir"}
    for p, (title, boss) in office_pos.items():
        if title in ("Hoofd inkoop", "Financieel manager"):
            boss_pos_of_title[title] = p

    # regional managers: continuous; region West's manager leaves 30-08-2024 (forced)
    for r in REGIONS:
        pos = f"rm:{r}"
        s0 = D(2012 + rng.randint(0, 8), rng.randint(1, 12), 1)
        if r == "West":
            a = add_emp("Regiomanager", None, s0, D(2024, 8, 30), pos)
            b = add_emp("Regiomanager", None, D(2024, 8, 31), None, pos)
            holders[pos] = [a, b]
        else:
            holders[pos] = [add_emp("Regiomanager", None, s0, None, pos)]

    # shop positions
    shop_positions = {}
    for sid in sorted(shop):
        s = shop[sid]
        hard_end = (s["closed"] - dt.timedelta(days=1)) if s["closed"] else None
        new_shop = s["opened"] >= START

        def first_start(sup):
            if new_shop:
                return s["opened"] - dt.timedelta(days=(30 if sup == "mgr" else rng.randint(0, 14)))
            lo = max(s["opened"], D(2009, 1, 1))
            span = (D(2022, 12, 31) - lo).days
            return lo + dt.timedelta(days=int(span * (1 - rng.random() ** 2)))
        plist = [("mgr", "Filiaalmanager", True)]
        has_chef = s["w"] >= 0.95
        if has_chef:
            plist.append(("chef", "Chef-slager", True))
        for k in range(1 + (s["w"] >= 1.1)):
            plist.append((f"slager{k}", "Slager", False))
        for k in range(2 + (s["w"] >= 1.0) + (s["w"] >= 1.25)):
            plist.append((f"verkoop{k}", "Verkoopmedewerker", False))
        if s["trait"] == "J":
            plist.append(("kok", "Traiteurkok", False))
        if s["w"] >= 0.9 and rng.random() < 0.7:
            plist.append(("leerling", "Leerling-slager", False))
        shop_positions[sid] = plist
        for key, title, sup in plist:
            st0 = first_start("mgr" if key == "mgr" else key)
            fill_position(f"{sid}:{key}", title, sid, st0, hard_end, sup or key == "mgr")
        s["has_chef"] = has_chef

    # ids, personnel numbers, contracts and pay
    emps.sort(key=lambda e: (e["start"], e["last"], e["first"]))
    for i, e in enumerate(emps, 1):
        e["id"] = i

    def holder_at(pos, d):
        for e in holders[pos]:
            if e["start"] <= d and (e["end"] is None or d <= e["end"]):
                return e
        return None

    def boss_pos(e):
        t, sid = e["title"], e["shop"]
        if t == "Algemeen directeur":
            return None
        if t == "Regiomanager":
            return "dir"
        if sid is None:
            title, boss = office_pos[e["pos"]]
            return "dir" if boss == "dir" else boss_pos_of_title[boss]
        if t == "Filiaalmanager":
            return f"rm:{shop[sid]['regio']}"
        if t in ("Chef-slager", "Traiteurkok"):
            return f"{sid}:mgr"
        return f"{sid}:chef" if shop[sid]["has_chef"] else f"{sid}:mgr"

    emp_rows = []
    for e in emps:
        bp = boss_pos(e)
        mgr = None
        if bp:
            last_day = e["end"] or END
            m = holder_at(bp, last_day)
            if m is None:
                m = holder_at(bp, max(e["start"], START))
            assert m is not None and m is not e, (e, bp)
            mgr = m["id"]
        e["mgr"] = mgr
        t = e["title"]
        if t in ("Slager", "Verkoopmedewerker", "Traiteurkok", "Leerling-slager"):
            if t == "Leerling-slager":
                contract, hours, rate = "BBL", 32, rng.randint(1120, 1380)
            elif t == "Verkoopmedewerker":
                contract = rng.choice(["Tijdelijk", "Tijdelijk", "Oproep", "Vast"])
                hours = {"Oproep": rng.choice([0, 8, 12]), "Tijdelijk": rng.choice([16, 20, 24, 32]), "Vast": rng.choice([24, 32, 38])}[contract]
                rate = rng.randint(1380, 1720)
            elif t == "Slager":
                contract, hours, rate = rng.choice(["Vast", "Vast", "Tijdelijk"]), rng.choice([32, 36, 38, 40]), rng.randint(1850, 2450)
            else:
                contract, hours, rate = rng.choice(["Vast", "Tijdelijk"]), rng.choice([24, 32, 38]), rng.randint(1750, 2250)
            if hours == 0:
                hours = 4
            e.update(contract=contract, hours=hours, rate=rate, salary=None)
        else:
            sal = {"Algemeen directeur": 9250, "Regiomanager": 5600, "Filiaalmanager": 4200, "Chef-slager": 3600,
                   "Hoofd inkoop": 5400, "Financieel manager": 5800, "Marketingmanager": 4900, "HR-adviseur": 4300,
                   "Inkoper": 3900, "Medewerker administratie": 3100, "Kwaliteitsmanager": 4700}[t]
            sal = int(round(sal * rng.uniform(0.92, 1.1), -1)) * 100
            e.update(contract="Vast", hours=rng.choice([36, 38, 40]) if t != "HR-adviseur" else 32, rate=None, salary=sal)
        emp_rows.append((e["id"], f"P{10000 + e['id'] * 7 + rng.randint(0, 6):05d}", e["first"], e["last"], t, e["shop"], None,
                         fmt(e["start"]), fmt(e["end"]), e["contract"], e["hours"], e["rate"], e["salary"]))
    con.executemany("INSERT INTO medewerker VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", emp_rows)
    con.executemany("UPDATE medewerker SET leidinggevende_id = ? WHERE medewerker_id = ?", [(e["mgr"], e["id"]) for e in emps if e["mgr"]])

    till_staff = {sid: [e for e in emps if e["shop"] == sid and e["title"] not in ("Traiteurkok",)] for sid in shop}

    # ------------------------------------------------------------------ customers
    custs = []
    NL_MAIL = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"]
    BE_MAIL = ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be"]
    n_cust = 2650
    shop_ids = sorted(shop)
    weights = [shop[s]["w"] * (0.55 if shop[s]["opened"] >= START else 1.0) for s in shop_ids]
    for i in range(1, n_cust + 1):
        sid = rng.choices(shop_ids, weights)[0]
        s = shop[sid]
        town, prov, base, _ = rng.choices(s["towns"], [t[3] for t in s["towns"]])[0]
        f, l = new_name()
        lo = max(s["opened"], D(2016, 1, 1))
        hi = s["last"] - dt.timedelta(days=20)
        if rng.random() < 0.55 and lo < START:
            joined = lo + dt.timedelta(days=rng.randint(0, (START - lo).days - 1))
        else:
            lo2 = max(lo, START)
            joined = lo2 + dt.timedelta(days=rng.randint(0, max(0, (hi - lo2).days)))
        if s["land"] == "NL":
            pc = f"{base + rng.randint(0, 8)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            tel = f"06-{rng.randint(10000000, 99999999)}"
            dom = rng.choice(NL_MAIL)
        else:
            pc = str(base)
            tel = f"04{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            dom = rng.choice(BE_MAIL)
        local = fold(f).lower().replace(" ", "").replace("-", "") + "." + fold(l).lower().replace(" ", "").replace("'", "")
        email = None if rng.random() < 0.14 else f"{local}{rng.choice(['', '', '', str(rng.randint(1, 99))])}@{dom}"
        tel = None if rng.random() < 0.33 else tel
        deleted_on = None
        if rng.random() < 0.045:
            lo3 = max(joined + dt.timedelta(days=30), START)
            if lo3 < END:
                deleted_on = lo3 + dt.timedelta(days=rng.randint(0, (END - lo3).days))
        if s["closed"] and deleted_on is None and rng.random() < 0.25:
            deleted_on = s["closed"] + dt.timedelta(days=rng.randint(5, 90))
            if deleted_on > END or deleted_on <= joined:
                deleted_on = None
        act = rng.paretovariate(1.3)
        custs.append(dict(id=i, card=f"2101{rng.randint(0, 99999999):08d}", first=f, last=l, email=email, tel=tel, pc=pc,
                          town=town, prov=prov, land=s["land"], shop=sid, joined=joined, deleted=deleted_on,
                          news="J" if rng.random() < 0.44 else "N", act=min(act, 12.0), points=0))
    cards = set()
    for c in custs:
        while c["card"] in cards:
            c["card"] = f"2101{rng.randint(0, 99999999):08d}"
        cards.add(c["card"])
    by_shop = {sid: [c for c in custs if c["shop"] == sid] for sid in shop}

    def active(c, d):
        return c["joined"] <= d and (c["deleted"] is None or d < c["deleted"])

    # ------------------------------------------------------------------ articles
    con.executemany("INSERT INTO artikelgroep VALUES (?,?,?)", GROUPS)
    con.executemany("INSERT INTO allergeen VALUES (?,?)", list(enumerate(ALLERGENS, 1)))
    arts, aa_rows, art_rows = [], [], []
    plus = rng.sample(range(1000, 9999), len(ARTICLES))
    for i, (name, gid, unit, price, bio, allerg) in enumerate(ARTICLES, 1):
        intro = INTRODUCED.get(name, D(2005 + rng.randint(0, 15), rng.randint(1, 12), 1))
        disc = DISCONTINUED.get(name)
        cost = int(round(price * rng.uniform(0.48, 0.62)))
        a = dict(id=i, name=name, gid=gid, unit=unit, price=price, intro=intro, disc=disc)
        arts.append(a)
        art_rows.append((i, str(plus[i - 1]), name, gid, unit, price, cost, bio, fmt(intro), fmt(disc)))
        for tok in allerg.split():
            aa_rows.append((i, ALLERGENS.index(tok[1:]) + 1, "bevat" if tok[0] == "+" else "kan sporen bevatten"))
    con.executemany("INSERT INTO artikel VALUES (?,?,?,?,?,?,?,?,?,?)", art_rows)
    con.executemany("INSERT INTO artikel_allergeen VALUES (?,?,?)", aa_rows)
    art_by_name = {a["name"]: a for a in arts}

    def art_active(a, d):
        return a["intro"] <= d and (a["disc"] is None or d < a["disc"])

    def price_on(a, d):
        y = min(max(d.year, 2023), 2025)
        p = a["price"] * YEAR_FACTOR[y]
        return int(round(p / 5.0)) * 5

    art_pop = {a["id"]: rng.uniform(0.4, 2.2) for a in arts}
    for nm, w in [("Rundergehakt", 5.0), ("Half-om-half gehakt", 4.5), ("Kipfilet", 5.0), ("Speklappen", 2.5), ("Slavink", 3.0),
                  ("Gehaktbal", 3.5), ("Achterham", 3.5), ("Jonge Gouda", 3.0), ("Belegen Gouda", 3.2), ("Rookworst", 2.8),
                  ("Filet americain", 2.4), ("Runderbiefstuk", 2.6), ("Boterhamworst", 2.2), ("Huzarensalade", 1.8)]:
        art_pop[art_by_name[nm]["id"]] = w

    def group_weight(gid, d):
        m = d.month
        if gid == 8:
            return 2.2 if m in (5, 6, 7, 8) else (1.4 if m == 12 else 0.35)
        if gid == 4:
            return 2.0 if m in (10, 11, 12) else 0.5
        if gid == 7:
            return 1.3 if m in (12, 1) else 1.0
        return 1.0

    def grams(a):
        g = a["gid"]
        if g in (5,):
            return rng.choice([100, 125, 150, 150, 200, 250, 300]) + rng.randint(-9, 9)
        if g == 6:
            return rng.choice([150, 200, 250, 300, 400, 500]) + rng.randint(-12, 12)
        if g == 7:
            return rng.choice([150, 200, 250, 300, 500]) + rng.randint(-10, 10)
        if a["name"] in ("Ossenhaas", "Côte de boeuf", "Lamsbout", "Lamsrack"):
            return rng.randint(450, 1600)
        return rng.randint(220, 1250)

    # ------------------------------------------------------------------ till receipts
    receipts, lines = [], []
    MONTHF = {1: 0.85, 2: 0.8, 3: 0.9, 4: 0.95, 5: 1.0, 6: 1.05, 7: 0.95, 8: 0.95, 9: 0.95, 10: 1.0, 11: 1.05, 12: 1.55}
    WDF = {0: 0.55, 1: 0.85, 2: 0.9, 3: 1.0, 4: 1.45, 5: 1.75}
    BASE = 0.228
    bon_id = 0
    for d in daterange(START, END):
        for sid in shop_ids:
            if not trades(sid, d):
                continue
            s = shop[sid]
            ramp = 1.0
            if s["opened"] >= START:
                ramp = min(1.0, 0.55 + (d - s["opened"]).days / 400)
            lam = BASE * s["w"] * WDF[d.weekday()] * MONTHF[d.month] * ramp * (1 + 0.04 * (d.year - 2023))
            n = poisson(rng, lam)
            for _ in range(n):
                staff = [e for e in till_staff[sid] if e["start"] <= d and (e["end"] is None or d <= e["end"])]
                server = rng.choice(staff)
                cust = None
                if rng.random() < 0.56:
                    pool = [c for c in by_shop[sid] if active(c, d)]
                    if pool:
                        cust = rng.choices(pool, [c["act"] for c in pool])[0]
                avail = [a for a in arts if art_active(a, d)]
                k = min(len(avail), rng.choices([1, 2, 3, 4, 5, 6], [24, 30, 22, 13, 7, 4])[0])
                chosen = []
                wts = [art_pop[a["id"]] * group_weight(a["gid"], d) for a in avail]
                while len(chosen) < k:
                    a = rng.choices(avail, wts)[0]
                    if a not in chosen:
                        chosen.append(a)
                bon_id += 1
                sub = 0
                for ln, a in enumerate(chosen, 1):
                    p = price_on(a, d)
                    if a["unit"] == "kg":
                        g = grams(a)
                        amt = (g * p + 500) // 1000
                        lines.append((bon_id, ln, a["id"], None, g, p, amt))
                    else:
                        q = rng.choices([1, 2, 3, 4, 6, 8], [40, 25, 12, 12, 7, 4])[0]
                        amt = q * p
                        lines.append((bon_id, ln, a["id"], q, None, p, amt))
                    sub += amt
                disc = 0
                if cust and rng.random() < 0.075:
                    v = rng.choice([250, 500])
                    if sub >= 2 * v:
                        disc = v
                r = rng.random()
                status = "AFG" if r < 0.955 else ("ANN" if r < 0.98 else "RET")
                pay = rng.choices(["Pin", "Contant", "Creditcard", "Cadeaukaart", "Mobiel"], [64, 18, 5, 4, 9])[0]
                if s["land"] == "BE" and pay == "Pin":
                    pay = "Bancontact"
                if d.weekday() == 5:
                    mins = rng.randint(8 * 60, 16 * 60 + 55)
                else:
                    mins = rng.choice([rng.randint(8 * 60 + 30, 12 * 60), rng.randint(12 * 60, 17 * 60 + 55), rng.randint(15 * 60, 17 * 60 + 55)])
                receipts.append([bon_id, sid, server["id"], cust["id"] if cust else None, fmt(d), f"{mins // 60:02d}:{mins % 60:02d}",
                                 pay, status, disc, sub - disc])
                if cust and status == "AFG":
                    cust["points"] += sub - disc
    # sort receipts within each day by time so that bon_id follows the clock
    receipts.sort(key=lambda r: (r[4][6:], r[4][3:5], r[4][:2], r[5], r[0]))
    remap = {r[0]: i for i, r in enumerate(receipts, 1)}
    for r in receipts:
        r[0] = remap[r[0]]
    lines = [(remap[l[0]],) + l[1:] for l in lines]
    lines.sort()
    con.executemany("INSERT INTO kassabon VALUES (?,?,?,?,?,?,?,?,?,?)", receipts)
    con.executemany("INSERT INTO kassabonregel VALUES (?,?,?,?,?,?,?)", lines)

    # ------------------------------------------------------------------ pre-orders
    orders, olines = [], []

    def make_order(sid, pickup, kind):
        s = shop[sid]
        pool = [c for c in by_shop[sid] if active(c, pickup)]
        lead = rng.randint(2, 28) if kind != "kerst" else rng.randint(5, 40)
        ordered = pickup - dt.timedelta(days=lead)
        pool = [c for c in pool if active(c, ordered) and s["opened"] <= ordered]
        if not pool or ordered > END:
            return
        cust = rng.choices(pool, [c["act"] for c in pool])[0]
        if kind == "kerst":
            names = [rng.choice(["Gourmetschotel (p.p.)", "Gourmetschotel (p.p.)", "Fonduevlees (p.p.)", "Steengrillschotel (p.p.)"])]
            names += rng.sample(["Ossenhaas", "Côte de boeuf", "Hertenbiefstuk", "Lamsrack", "Rundvleessalade", "Huzarensalade",
                                 "Pâté de campagne", "Kruidenboter", "Pepersaus", "Satésaus", "Knoflooksaus", "Cocktailsaus", "Eendenborst"],
                                rng.randint(0, 3))
        elif kind == "bbq":
            names = [rng.choice(["BBQ-pakket Basis (p.p.)", "BBQ-pakket Luxe (p.p.)", "BBQ-pakket Basis (p.p.)"])]
            names += rng.sample(["Spareribs gemarineerd", "Merguez", "Kipspies", "Varkenssaté spies", "Hamburger", "Satésaus",
                                 "Knoflooksaus", "Barbecuemarinade", "Gemarineerde speklap", "Huzarensalade"], rng.randint(0, 3))
        else:
            names = [rng.choice(["Koude schotel Hollands (p.p.)", "Tapasplank (p.p.)", "Belegd broodje", "Koude schotel Hollands (p.p.)"])]
            names += rng.sample(["Huzarensalade", "Rundvleessalade", "Zalmsalade", "Kip-kerriesalade", "Achterham", "Rookvlees",
                                 "Jonge Gouda", "Oude Gouda", "Vol-au-vent", "Lasagne", "Kipsaté met saus", "Vlaamse stoverij"],
                                rng.randint(0, 3))
        items = []
        for nm in names:
            a = art_by_name[nm]
            if not (art_active(a, ordered) and art_active(a, pickup)):
                continue
            items.append(a)
        if not items:
            return
        persons = rng.randint(4, 14) if kind != "catering" else rng.randint(8, 40)
        oid = len(orders) + 1
        tot = 0
        for a in items:
            p = price_on(a, ordered)
            if a["unit"] == "kg":
                g = rng.randint(400, 2400) if a["gid"] in (1, 3, 4) else rng.randint(250, 1500)
                amt = (g * p + 500) // 1000
                olines.append((oid, a["id"], None, g, p, amt))
            else:
                if "(p.p.)" in a["name"]:
                    q = persons
                elif a["name"] == "Belegd broodje":
                    q = persons + rng.randint(0, 10)
                elif a["gid"] == 9:
                    q = rng.randint(1, 4)
                else:
                    q = rng.randint(4, 20)
                amt = q * p
                olines.append((oid, a["id"], q, None, p, amt))
            tot += amt
        if pickup > END:
            status = "OPN"
        else:
            r = rng.random()
            status = "OPG" if r < 0.90 else ("GAN" if r < 0.965 else "NOP")
            if cust["deleted"] and pickup >= cust["deleted"]:
                status = "GAN"
        dep = int(round(tot * 0.25 / 100)) * 100 if tot >= 7500 else None
        orders.append((oid, sid, cust["id"], fmt(ordered), fmt(pickup), status, dep, tot,
                       rng.choice(REMARKS) if rng.random() < 0.28 else None))

    for y in (2023, 2024, 2025):
        for sid in shop_ids:
            s = shop[sid]
            days = [D(y, 12, dd) for dd in (22, 23, 24, 30, 31) if trades(sid, D(y, 12, dd))]
            if not days:
                continue
            for _ in range(poisson(rng, 7 * s["w"])):
                make_order(sid, rng.choice(days), "kerst")
    for d in daterange(START, END + dt.timedelta(days=12)):
        for sid in shop_ids:
            s = shop[sid]
            open_day = (s["opened"] <= d <= s["last"] or (d > END and s["closed"] is None and sid not in REFIT)) \
                and d.weekday() != 6 and d not in HOLIDAYS
            if not open_day:
                continue
            if d > END:
                if rng.random() < 0.16 * s["w"]:
                    make_order(sid, d, "catering")
                continue
            if d.month in (5, 6, 7, 8, 9) and d.weekday() in (4, 5) and rng.random() < 0.15 * s["w"]:
                make_order(sid, d, "bbq")
            if rng.random() < 0.019 * s["w"] * (1.6 if d.month in (1, 12) else 1.0):
                make_order(sid, d, "catering")
    # number orders by order date
    orders.sort(key=lambda o: (o[3][6:], o[3][3:5], o[3][:2], o[0]))
    remap = {o[0]: i for i, o in enumerate(orders, 1)}
    orders = [(remap[o[0]],) + o[1:] for o in orders]
    olines = sorted((remap[l[0]],) + l[1:] for l in olines)
    con.executemany("INSERT INTO bestelling VALUES (?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO bestelregel VALUES (?,?,?,?,?,?)", olines)

    # ------------------------------------------------------------------ customers last (points known)
    con.executemany("INSERT INTO klant VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(c["id"], c["card"], c["first"], c["last"], c["email"], c["tel"], c["pc"], c["town"], c["prov"], c["land"],
                      c["shop"], fmt(c["joined"]), c["news"], c["points"] // 100, "J" if c["deleted"] else "N", fmt(c["deleted"]))
                     for c in custs])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
