"""Wren & Veil Bridal: a family-run chain of bridal boutiques in Ireland: Ranelagh (Dublin), Cork, Galway, Kilkenny
(closed at the end of August 2024) and Limerick (opened March 2024). Brides book a consultation, try on sample gowns,
and order a gown (made to order by the designer, or the sample bought off the peg) with veils and accessories, pay a
deposit, come back for fittings with the seamstresses, pay for alterations, and collect the dress before the wedding.
The shop started keeping its bookings in this database in January 2023; brides whose journey began earlier are not in it.

Schema style: a HAND-MADE ACCESS DATABASE (the kind a small business builds itself and later moves to SQLite):
Title Case table and column names WITH SPACES ("Gown Styles", "Order Items", "Customer ID", "Wedding Date",
"Said Yes"); autonumber integer keys; dates as TEXT 'YYYY-MM-DD 00:00:00' (Access Date/Time), appointment start
times as TEXT 'HH:MM'; money as REAL euro (Access Currency); Yes/No fields as INTEGER 0/1; Title Case status text
('Attended', 'No Show', 'On Order'); two optional keys on "Order Items" (a gown line has a style, an accessory line an
accessory); free-text notes. Staff."Reports To" and Customers."Referred By" are self-references, and
"Appointment Styles" (gowns tried on at an appointment) is a many-to-many link. Two customer towns are called
Newbridge (Co. Kildare and Co. Galway).

Standard library only; fixed seed; deterministic output."""
import os, random, sys, unicodedata, datetime as dt
import sqlite3
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import IRISH_FIRST, IRISH_LAST

SEED = 6093815
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "wren_and_veil.sqlite")
START, END = dt.date(2023, 1, 3), dt.date(2025, 12, 31)
D, TD = dt.date, dt.timedelta

SCHEMA = """
CREATE TABLE "Branches" (
  "Branch ID" INTEGER PRIMARY KEY, "Branch Name" TEXT NOT NULL UNIQUE, "Address" TEXT, "Town" TEXT NOT NULL,
  "County" TEXT NOT NULL, "Eircode" TEXT, "Phone" TEXT, "Opened" TEXT NOT NULL, "Closed" TEXT, "Active" INTEGER NOT NULL);
CREATE TABLE "Staff" (
  "Staff ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL, "Job Title" TEXT NOT NULL,
  "Branch ID" INTEGER REFERENCES "Branches"("Branch ID"), "Reports To" INTEGER REFERENCES "Staff"("Staff ID"),
  "Start Date" TEXT NOT NULL, "End Date" TEXT, "Hourly Rate" REAL, "Email" TEXT, "Mobile" TEXT);
CREATE TABLE "Customers" (
  "Customer ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL, "Email" TEXT, "Mobile" TEXT,
  "Town" TEXT, "County" TEXT, "Wedding Date" TEXT, "How Heard" TEXT, "Referred By" INTEGER REFERENCES "Customers"("Customer ID"),
  "Marketing OK" INTEGER NOT NULL, "Date Added" TEXT NOT NULL, "Notes" TEXT);
CREATE TABLE "Designers" (
  "Designer ID" INTEGER PRIMARY KEY, "Designer Name" TEXT NOT NULL UNIQUE, "Country" TEXT NOT NULL,
  "Lead Time Weeks" INTEGER NOT NULL, "Active" INTEGER NOT NULL);
CREATE TABLE "Gown Styles" (
  "Style ID" INTEGER PRIMARY KEY, "Style Code" TEXT NOT NULL UNIQUE, "Style Name" TEXT NOT NULL,
  "Designer ID" INTEGER NOT NULL REFERENCES "Designers"("Designer ID"), "Silhouette" TEXT, "Neckline" TEXT, "Fabric" TEXT,
  "Collection Year" INTEGER, "Retail Price" REAL NOT NULL, "Cost Price" REAL, "Sample In Store" INTEGER NOT NULL,
  "Discontinued" INTEGER NOT NULL, "Date Added" TEXT NOT NULL);
CREATE TABLE "Accessories" (
  "Accessory ID" INTEGER PRIMARY KEY, "Item Name" TEXT NOT NULL UNIQUE, "Category" TEXT NOT NULL, "Supplier" TEXT,
  "Price" REAL NOT NULL, "Active" INTEGER NOT NULL);
CREATE TABLE "Appointments" (
  "Appointment ID" INTEGER PRIMARY KEY, "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
  "Branch ID" INTEGER NOT NULL REFERENCES "Branches"("Branch ID"), "Staff ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"),
  "Appointment Date" TEXT NOT NULL, "Start Time" TEXT NOT NULL, "Appointment Type" TEXT NOT NULL, "Status" TEXT NOT NULL,
  "Party Size" INTEGER, "Said Yes" INTEGER NOT NULL, "Notes" TEXT);
CREATE TABLE "Appointment Styles" (
  "Appointment ID" INTEGER NOT NULL REFERENCES "Appointments"("Appointment ID"),
  "Style ID" INTEGER NOT NULL REFERENCES "Gown Styles"("Style ID"), "Favourite" INTEGER NOT NULL,
  PRIMARY KEY ("Appointment ID", "Style ID"));
CREATE TABLE "Orders" (
  "Order ID" INTEGER PRIMARY KEY, "Order Ref" TEXT NOT NULL UNIQUE, "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
  "Branch ID" INTEGER NOT NULL REFERENCES "Branches"("Branch ID"), "Sold By" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"),
  "Appointment ID" INTEGER REFERENCES "Appointments"("Appointment ID"), "Order Date" TEXT NOT NULL, "Due Date" TEXT,
  "Arrived Date" TEXT, "Collected Date" TEXT, "Status" TEXT NOT NULL, "Off The Peg" INTEGER NOT NULL,
  "Rush Order" INTEGER NOT NULL, "Rush Fee" REAL NOT NULL, "Order Total" REAL NOT NULL, "Notes" TEXT);
CREATE TABLE "Order Items" (
  "Order Item ID" INTEGER PRIMARY KEY, "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
  "Style ID" INTEGER REFERENCES "Gown Styles"("Style ID"), "Accessory ID" INTEGER REFERENCES "Accessories"("Accessory ID"),
  "Size" TEXT, "Quantity" INTEGER NOT NULL, "Unit Price" REAL NOT NULL, "Discount" REAL NOT NULL, "Line Total" REAL NOT NULL);
CREATE TABLE "Payments" (
  "Payment ID" INTEGER PRIMARY KEY, "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"), "Payment Date" TEXT NOT NULL,
  "Amount" REAL NOT NULL, "Method" TEXT NOT NULL, "Payment Type" TEXT NOT NULL);
CREATE TABLE "Alterations" (
  "Alteration ID" INTEGER PRIMARY KEY, "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
  "Seamstress ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Work Description" TEXT NOT NULL, "Price" REAL NOT NULL,
  "Booked Date" TEXT NOT NULL, "Completed Date" TEXT, "Status" TEXT NOT NULL);
CREATE INDEX "Appointments_Customer" ON "Appointments"("Customer ID");
CREATE INDEX "Order Items_Order" ON "Order Items"("Order ID");
CREATE INDEX "Payments_Order" ON "Payments"("Order ID");
"""

# id, name, address, town, county, eircode, phone, opened, closed (last trading day), arrival rate per trading day
BRANCHES = [
    (1, "Wren & Veil Ranelagh", "48 Ranelagh", "Dublin", "Dublin", "D06 F2X7", "01 497 2210", D(2014, 3, 1), None, 1.3),
    (2, "Wren & Veil Cork", "17 Oliver Plunkett Street", "Cork", "Cork", "T12 YX65", "021 427 1904", D(2017, 9, 2), None, 1.0),
    (3, "Wren & Veil Galway", "5 Middle Street", "Galway", "Galway", "H91 C8R2", "091 563 877", D(2019, 4, 6), None, 0.85),
    (4, "Wren & Veil Kilkenny", "22 High Street", "Kilkenny", "Kilkenny", "R95 KD34", "056 776 3120", D(2020, 10, 3), D(2024, 8, 31), 0.55),
    (5, "Wren & Veil Limerick", "9 Catherine Street", "Limerick", "Limerick", "V94 T2K8", "061 318 442", D(2024, 3, 2), None, 0.8),
]
MONTH_F = [0, 1.6, 1.4, 1.2, 1.0, 0.9, 0.85, 0.8, 0.9, 1.0, 1.0, 0.8, 0.5]
SLOTS = ["10:00", "11:30", "13:30", "15:00", "16:30"]
TOWNS = {
    1: [("Dublin", "Dublin", 10), ("Bray", "Wicklow", 1.5), ("Greystones", "Wicklow", 1), ("Naas", "Kildare", 1.2),
        ("Newbridge", "Kildare", 1.0), ("Maynooth", "Kildare", 0.8), ("Drogheda", "Louth", 0.8), ("Swords", "Dublin", 1.2), ("Navan", "Meath", 0.8)],
    2: [("Cork", "Cork", 8), ("Ballincollig", "Cork", 1.2), ("Carrigaline", "Cork", 1.2), ("Midleton", "Cork", 1), ("Mallow", "Cork", 0.8),
        ("Killarney", "Kerry", 1), ("Tralee", "Kerry", 0.8), ("Youghal", "Cork", 0.5)],
    3: [("Galway", "Galway", 8), ("Oranmore", "Galway", 1), ("Athenry", "Galway", 0.8), ("Tuam", "Galway", 0.8), ("Newbridge", "Galway", 0.5),
        ("Castlebar", "Mayo", 1), ("Westport", "Mayo", 0.8), ("Ennis", "Clare", 0.8)],
    4: [("Kilkenny", "Kilkenny", 7), ("Carlow", "Carlow", 1.5), ("Thomastown", "Kilkenny", 0.8), ("Waterford", "Waterford", 1.2),
        ("Newbridge", "Kildare", 0.5), ("Portlaoise", "Laois", 1)],
    5: [("Limerick", "Limerick", 7), ("Ennis", "Clare", 1.5), ("Nenagh", "Tipperary", 1), ("Newcastle West", "Limerick", 0.8), ("Shannon", "Clare", 0.8)],
}
DESIGNERS = [
    (1, "Maison Célestine", "France", 16, 1, "MC", (1900, 3400)),
    (2, "Rosa Núñez Novias", "Spain", 20, 1, "RN", (1600, 2900)),
    (3, "Elspeth Grey", "United Kingdom", 14, 1, "EG", (1400, 2400)),
    (4, "Lír Bridal", "Ireland", 10, 1, "LB", (1200, 2200)),
    (5, "Aurora & Sage", "United States", 24, 1, "AS", (2200, 4200)),
    (6, "Valentina Moretti Sposa", "Italy", 22, 1, "VM", (2600, 4800)),
    (7, "Kirsten Bjørnstad", "Denmark", 18, 1, "KB", (1800, 3000)),
    (8, "Willowmere", "United Kingdom", 12, 0, "WM", (1100, 1900)),
    (9, "Atelier Noémie", "France", 16, 1, "AN", (2000, 3600)),
]
STYLE_NAMES = ["Ondine", "Marigold", "Saoirse", "Isolde", "Clara", "Elowen", "Juniper", "Aurelia", "Bláithín", "Margaux",
               "Seraphine", "Delphine", "Wren", "Hazel", "Iris", "Lumière", "Rosalind", "Éadaoin", "Maeve", "Opaline",
               "Camille", "Sorcha", "Lottie", "Freya", "Ottilie", "Beatrix", "Celia", "Niamh", "Océane", "Violetta",
               "Peony", "Willa", "Imelda", "Fionnuala", "Araminta", "Cosima", "Dove", "Ember", "Solène", "Tindra",
               "Liv", "Astrid", "Sigrid", "Ingrid", "Elin", "Paloma", "Lucía", "Alba", "Carmen", "Inés",
               "Bianca", "Serena", "Giulia", "Allegra", "Fiorella", "Harlow", "Sloane", "Blake", "Quinn", "Magnolia",
               "Savannah", "Georgia", "Evangeline", "Primrose", "Thistle", "Heather", "Briar", "Clover", "Linnea", "Maren",
               "Gwen", "Arden", "Sable", "Pearl", "Opal", "Coral", "Ivy", "Fern", "Laurel", "Honor",
               "Ciara", "Aisling", "Orla", "Róisín", "Caoimhe", "Clodagh", "Méabh", "Áine", "Ríona", "Nuala",
               "Adèle", "Colette", "Élise", "Félicie", "Giselle", "Héloïse", "Josette", "Lisette", "Maëlle", "Noëlle",
               "Anouk", "Céleste", "Manon", "Romy", "Zélie", "Estelle", "Florence", "Capucine", "Apolline", "Bérénice",
               "Mercedes", "Rocío", "Valeria", "Ximena", "Catalina", "Dolores", "Esperanza", "Inmaculada", "Macarena", "Triana",
               "Chiara", "Ludovica", "Ginevra", "Ottavia", "Vittoria", "Beatrice", "Costanza", "Cecilia", "Livia", "Mirella",
               "Saffron", "Tilly", "Wilhelmina", "Posy", "Marnie", "Winifred", "Edie", "Mabel", "Nell", "Dulcie",
               "Sunniva", "Solveig", "Ylva", "Frida", "Ebba", "Karin", "Britt", "Dagny", "Hedda", "Signe"]
SILHOUETTES = [("A-Line", 35), ("Fit & Flare", 20), ("Ball Gown", 12), ("Mermaid", 13), ("Sheath", 14), ("Two-Piece", 6)]
NECKLINES = ["Sweetheart", "V-Neck", "Square", "Off the Shoulder", "Halter", "High Neck", "Plunge", "Bateau"]
FABRICS = ["Lace", "Crepe", "Tulle", "Satin", "Mikado", "Chiffon", "Organza"]
ACCESSORIES = [  # name, category, supplier, price, popularity, active
    ("Cathedral Veil with Lace Edge", "Veil", "Veiled Dublin", 420.0, 1.0, 1), ("Chapel Length Veil", "Veil", "Veiled Dublin", 285.0, 1.6, 1),
    ("Fingertip Veil", "Veil", "Veiled Dublin", 195.0, 1.8, 1), ("Elbow Length Veil", "Veil", "Veiled Dublin", 150.0, 0.9, 1),
    ("Blusher Veil", "Veil", "Mirabelle Accessories", 165.0, 0.5, 1), ("Pearl Scatter Cathedral Veil", "Veil", "Mirabelle Accessories", 460.0, 0.7, 1),
    ("Raw Edge Tulle Veil", "Veil", "Veiled Dublin", 135.0, 0.8, 0), ("Mantilla Lace Veil", "Veil", "Mirabelle Accessories", 390.0, 0.5, 1),
    ("Crystal Hair Vine", "Headpiece", "Coronet Bridal", 145.0, 1.2, 1), ("Pearl Hair Comb", "Headpiece", "Coronet Bridal", 95.0, 1.3, 1),
    ("Gold Leaf Tiara", "Headpiece", "Coronet Bridal", 245.0, 0.6, 1), ("Silk Flower Clip", "Headpiece", "Mirabelle Accessories", 85.0, 0.9, 1),
    ("Beaded Halo Headband", "Headpiece", "Coronet Bridal", 165.0, 0.7, 1), ("Vintage Crystal Tiara", "Headpiece", "Coronet Bridal", 275.0, 0.4, 0),
    ("Crystal Waist Belt", "Belt", "Coronet Bridal", 175.0, 1.0, 1), ("Satin Ribbon Sash", "Belt", "Mirabelle Accessories", 90.0, 0.8, 1),
    ("Pearl Beaded Belt", "Belt", "Coronet Bridal", 210.0, 0.6, 1), ("Floral Lace Belt", "Belt", "Mirabelle Accessories", 130.0, 0.6, 1),
    ("Pearl Drop Earrings", "Jewellery", "Coronet Bridal", 75.0, 1.1, 1), ("Crystal Stud Earrings", "Jewellery", "Coronet Bridal", 55.0, 0.9, 1),
    ("Statement Chandelier Earrings", "Jewellery", "Coronet Bridal", 120.0, 0.5, 1), ("Fine Pearl Necklace", "Jewellery", "Coronet Bridal", 95.0, 0.5, 1),
    ("Ivory Satin Court Shoe", "Shoes", "Sole Mate Shoes", 195.0, 0.7, 1), ("Block Heel Sandal", "Shoes", "Sole Mate Shoes", 175.0, 0.6, 1),
    ("Embellished Flat Pump", "Shoes", "Sole Mate Shoes", 160.0, 0.5, 1), ("Crystal Heel Slingback", "Shoes", "Sole Mate Shoes", 265.0, 0.3, 1),
    ("Lace Garter", "Garter", "Mirabelle Accessories", 25.0, 0.9, 1), ("Blue Ribbon Garter", "Garter", "Mirabelle Accessories", 22.0, 0.6, 1),
    ("Lace Bolero", "Cover-Up", "Mirabelle Accessories", 220.0, 0.5, 1), ("Faux Fur Stole", "Cover-Up", "Mirabelle Accessories", 145.0, 0.5, 1),
    ("Tulle Cape", "Cover-Up", "Mirabelle Accessories", 310.0, 0.4, 1), ("Detachable Puff Sleeves", "Cover-Up", "Coronet Bridal", 180.0, 0.5, 1),
]
ALTERATIONS = [("Hem", 80, 180, 9), ("Bustle", 60, 120, 7), ("Take In Bodice", 90, 160, 5), ("Let Out Bodice", 90, 150, 2),
               ("Shorten Straps", 35, 60, 3), ("Add Straps", 60, 120, 2), ("Add Sleeves", 180, 350, 1.5), ("Add Cups", 35, 50, 3),
               ("Custom Back Detail", 150, 300, 0.8), ("Steam and Press", 40, 60, 4)]
APPT_NOTES = ["Bringing mum and sister", "Budget around 2,500", "Loves lace, no strapless", "Wants sleeves", "Civil ceremony - simple style",
              "Abroad wedding - lightweight fabric", "Plus-size samples please", "Second marriage - no veil", "Saw the Adèle on Instagram",
              "Mum paying deposit", "Prefers Saturday fittings", "Vintage look", "Winter wedding"]
HOW_HEARD = [("Instagram", 30), ("Google", 22), ("Wedding Fair", 14), ("Referral", 14), ("Facebook", 8), ("Walk-in", 5), ("TikTok", 7)]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ø", "o").replace("ł", "l").replace("Ł", "L")


def ds(d):
    return d.strftime("%Y-%m-%d 00:00:00") if d else None


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += TD(days=1)


def r2(x):
    return round(x + 1e-9, 2)


def main():
    rng = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    br = {b[0]: {"id": b[0], "name": b[1], "town": b[3], "opened": b[7], "closed": b[8], "rate": b[9]} for b in BRANCHES}
    con.executemany('INSERT INTO "Branches" VALUES (?,?,?,?,?,?,?,?,?,?)',
                    [(b[0], b[1], b[2], b[3], b[4], b[5], b[6], ds(b[7]), ds(b[8]), 0 if b[8] else 1) for b in BRANCHES])

    def open_day(b, d):
        B = br[b]
        if d < B["opened"] or (B["closed"] and d > B["closed"]):
            return False
        if d.weekday() in (0, 6):
            return False
        if (d.month, d.day) in ((12, 24), (12, 25), (12, 26), (12, 27), (12, 31), (1, 1), (1, 2)):
            return False
        return True

    # ------------------------------------------------------------ staff
    staff, used = [], set()

    def add(first, last, title, b, start, end=None, rate=None, boss=None):
        s = {"id": 100 + len(staff) + 1, "first": first, "last": last, "title": title, "b": b, "start": start, "end": end,
             "rate": rate, "boss": boss}
        used.add((first, last))
        staff.append(s)
        return s

    owner = add("Gráinne", "Mac Cárthaigh", "Owner", 1, D(2014, 3, 1))
    books = add("Eimear", "Daly", "Bookkeeper", None, D(2018, 1, 8), rate=24.0, boss=owner)
    head_sew = add("Małgorzata", "Nowak", "Head Seamstress", 1, D(2015, 6, 2), rate=None, boss=owner)
    mgr = {1: [add("Aoife", "Brennan", "Branch Manager", 1, D(2016, 2, 1), boss=owner)],
           2: [add("Síle", "O'Callaghan", "Branch Manager", 2, D(2017, 8, 14), boss=owner)],
           3: [add("Clodagh", "Burke", "Branch Manager", 3, D(2019, 3, 11), D(2024, 5, 31), boss=owner),
               add("Naoise", "Keane", "Branch Manager", 3, D(2024, 5, 20), boss=owner)],
           4: [add("Sinéad", "Power", "Branch Manager", 4, D(2020, 9, 14), D(2024, 8, 31), boss=owner)],
           5: [add("Orla", "Sheehan", "Branch Manager", 5, D(2024, 1, 15), boss=owner)]}
    mgr[3][1]["from"] = D(2024, 6, 1)

    def name():
        while True:
            n = (rng.choice(IRISH_FIRST), rng.choice(IRISH_LAST))
            if n not in used:
                used.add(n)
                return n
    # stylists: slots per branch, with turnover
    for b, n_slots in ((1, 3), (2, 3), (3, 2), (4, 2), (5, 2)):
        B = br[b]
        for i in range(n_slots):
            t = max(D(2022, 6, 1) - TD(days=rng.randint(0, 1400)), B["opened"] - TD(days=rng.randint(7, 30)))
            if b == 5:
                t = D(2024, 2, 5) + TD(days=rng.randint(0, 20))
            title = "Senior Stylist" if i == 0 else "Bridal Stylist"
            while t <= END:
                end = t + TD(days=rng.randint(300, 1500))
                if B["closed"] and end >= B["closed"]:
                    end = B["closed"]
                if end > END:
                    end = None
                f, l = name()
                add(f, l, title, b, t, end, rate=round(rng.uniform(14.5, 17.5) * 4) / 4 + (1.5 if title == "Senior Stylist" else 0))
                if end is None or (B["closed"] and end >= B["closed"]):
                    break
                t = end + TD(days=rng.randint(14, 50))
                title = "Bridal Stylist"
    seams = {1: [], 2: [], 3: [], 4: [], 5: []}
    for b, n in ((1, 2), (2, 1), (3, 1), (4, 1), (5, 1)):
        B = br[b]
        for i in range(n):
            t = max(D(2021, 6, 1) - TD(days=rng.randint(0, 1200)), B["opened"] - TD(days=14))
            if b == 5:
                t = D(2024, 2, 26)
            while t <= END:
                end = t + TD(days=rng.randint(500, 2200))
                if B["closed"] and end >= B["closed"]:
                    end = B["closed"]
                if end > END:
                    end = None
                f, l = name()
                s = add(f, l, "Seamstress", b, t, end, rate=round(rng.uniform(17, 21) * 4) / 4, boss=head_sew)
                seams[b].append(s)
                if end is None or (B["closed"] and end >= B["closed"]):
                    break
                t = end + TD(days=rng.randint(20, 60))
    seams[1].append(head_sew)
    for s in staff:
        s.setdefault("from", s["start"])
    for s in staff:
        if s["title"] in ("Senior Stylist", "Bridal Stylist"):
            last = s["end"] or END
            c = [m for m in mgr[s["b"]] if m["from"] <= last and (m["end"] is None or m["end"] >= last)]
            s["boss"] = c[-1] if c else mgr[s["b"]][0]

    def employed(s, d):
        return s["start"] <= d and (s["end"] is None or d <= s["end"])

    def stylists(b, d):
        return [s for s in staff if s["b"] == b and s["title"] in ("Senior Stylist", "Bridal Stylist", "Branch Manager") and employed(s, d)]

    def seamstresses(b, d):
        return [s for s in seams[b] if employed(s, d)]

    # ------------------------------------------------------------ designers, styles, accessories
    con.executemany('INSERT INTO "Designers" VALUES (?,?,?,?,?)', [(d[0], d[1], d[2], d[3], d[4]) for d in DESIGNERS])
    styles = []
    names = STYLE_NAMES[:]
    rng.shuffle(names)
    ni = 0
    for did, dname, country, lead, active, pre, (lo, hi) in DESIGNERS:
        years = [2022, 2023, 2024, 2025] if did not in (8, 9) else ([2022, 2023] if did == 8 else [2024, 2025])
        code = rng.randint(100, 300)
        for y in years:
            for _ in range(rng.randint(3, 5)):
                code += rng.randint(1, 9)
                added = D(y - 1, rng.choice([9, 10, 11]), rng.randint(1, 28)) if y > 2022 else D(2021, 10, rng.randint(1, 28))
                disc_on = None
                if did == 8:
                    disc_on = D(2024, rng.choice([3, 6, 9]), 1)
                elif y <= 2023 and rng.random() < 0.55:
                    disc_on = D(y + 1, rng.choice([6, 9, 12]), 1) if y == 2022 else D(2025, rng.choice([3, 6, 9]), 1)
                price = round(rng.uniform(lo, hi) / 50) * 50 - (5 if rng.random() < 0.3 else 0)
                sil = rng.choices([s[0] for s in SILHOUETTES], weights=[s[1] for s in SILHOUETTES])[0]
                st = {"id": 500 + len(styles) + 1, "code": f"{pre}-{code}", "name": names[ni], "designer": did, "lead": lead,
                      "sil": sil, "neck": rng.choice(NECKLINES), "fabric": rng.choice(FABRICS), "year": y, "price": float(price),
                      "cost": float(round(price * rng.uniform(0.44, 0.5))), "added": added, "disc_on": disc_on,
                      "pop": rng.lognormvariate(0, 0.6)}
                ni += 1
                st["sample"] = 0 if disc_on and disc_on <= END else (1 if rng.random() < 0.85 else 0)
                styles.append(st)
    acc = []
    for i, (n, cat, sup, price, pop, active) in enumerate(ACCESSORIES, 1):
        acc.append({"id": 900 + i, "name": n, "cat": cat, "sup": sup, "price": price, "pop": pop, "active": active,
                    "stop": None if active else D(2024, 6, 30)})

    # ------------------------------------------------------------ customers and appointments
    customers, appts, appt_styles, orders, items, pays, alts = [], [], [], [], [], [], []
    booked = set()          # (staff id, date, time) to avoid double-booking
    cust_names = set()
    emails = set()

    def email(f, l):
        base = (fold(f) + fold(l)).lower().replace(" ", "").replace("'", "")
        e = f"{base}@{rng.choice(['gmail.com', 'gmail.com', 'hotmail.com', 'icloud.com', 'yahoo.ie', 'outlook.ie', 'eircom.net'])}"
        n = 1
        while e in emails:
            n += 1
            e = e.split("@")[0].rstrip("0123456789") + str(n) + "@" + e.split("@")[1]
        emails.add(e)
        return e

    def mobile():
        p = rng.choice(["083", "085", "086", "087", "089"])
        a, b_ = rng.randint(100, 999), rng.randint(1000, 9999)
        return rng.choice([f"{p} {a} {b_}", f"{p}{a}{b_}", f"+353 {p[1:]} {a} {b_}"])

    def new_customer(b, added, wedding):
        while True:
            n = (rng.choice(IRISH_FIRST), rng.choice(IRISH_LAST))
            if n not in cust_names:
                cust_names.add(n)
                break
        towns = TOWNS[b]
        t = rng.choices(towns, weights=[x[2] for x in towns])[0]
        hh = rng.choices([h[0] for h in HOW_HEARD], weights=[h[1] if h[0] != "TikTok" or added.year >= 2024 else 0 for h in HOW_HEARD])[0]
        ref = None
        if hh == "Referral" and rng.random() < 0.7:
            pool = [c for c in customers if c["ordered"] and c["ordered"] < added - TD(days=7) and c["added"] < added - TD(days=30)]
            if pool:
                ref = rng.choice(pool[-400:])
        c = {"id": 10000 + len(customers) + 1, "first": n[0], "last": n[1], "email": email(*n) if rng.random() < 0.96 else None,
             "mobile": mobile() if rng.random() < 0.93 else None, "town": t[0] if rng.random() < 0.95 else None, "county": t[1],
             "wedding": wedding, "heard": hh if rng.random() < 0.92 else None, "ref": ref, "mkt": 1 if rng.random() < 0.62 else 0,
             "added": added, "notes": None, "ordered": False, "b": b}
        if c["town"] is None:
            c["county"] = None
        customers.append(c)
        return c

    def slot_for(b, d, staff_pool, late=False, prefer=None):
        slots = SLOTS + (["18:00"] if d.weekday() == 3 else [])
        order = slots[:]
        rng.shuffle(order)
        others = [s for s in staff_pool if s is not prefer]
        rng.shuffle(others)
        cands = ([prefer] if prefer in staff_pool else []) + others
        for s in cands:
            for t in order:
                if (s["id"], d, t) not in booked:
                    booked.add((s["id"], d, t))
                    return s, t
        return None, None

    def next_open(b, d, max_days=60):
        for i in range(max_days):
            x = d + TD(days=i)
            if open_day(b, x):
                return x
        return None

    def add_appt(c, b, s, d, t, typ, status, party=None, said=0, notes=None):
        a = {"id": 20000 + len(appts) + 1, "c": c, "b": b, "s": s, "d": d, "t": t, "type": typ, "status": status, "party": party,
             "said": said, "notes": notes}
        appts.append(a)
        return a

    def available_styles(d):
        # samples on the rail that day: added, not yet discontinued, and a sample is (or was, for discontinued styles) held
        return [st for st in styles if st["added"] <= d and (st["disc_on"] is None or d < st["disc_on"]) and (st["sample"] or st["disc_on"])]

    def try_on(a, n, must=()):
        pool = available_styles(a["d"])
        chosen = [m for m in must if m in pool]
        while len(chosen) < n and len(chosen) < len(pool):
            st = rng.choices(pool, weights=[x["pop"] for x in pool])[0]
            if st not in chosen:
                chosen.append(st)
        favs = set()
        if chosen:
            nf = min(len(chosen), rng.choices([0, 1, 2], weights=[25, 55, 20])[0])
            for st in rng.sample(chosen, nf):
                favs.add(st["id"])
        for st in chosen:
            appt_styles.append((a["id"], st["id"], 1 if st["id"] in favs else 0))
        return chosen, [st for st in chosen if st["id"] in favs]

    def pay(o, d, amt, typ, method=None):
        if amt == 0:
            return
        m = method or rng.choices(["Card", "Bank Transfer", "Cash", "Voucher"], weights=[70, 17, 10, 3])[0]
        pays.append({"id": 0, "o": o, "d": d, "amt": r2(amt), "method": m, "type": typ})

    def place_order(c, a, chosen, favs):
        b, d = a["b"], a["d"]
        gown = favs[0] if favs else rng.choice(chosen)
        otp = 1 if gown["sample"] and rng.random() < 0.11 else 0
        weeks_to_wedding = (c["wedding"] - d).days / 7
        rush = 1 if not otp and weeks_to_wedding < gown["lead"] + 8 else 0
        rush_fee = float(rng.choice([150, 200, 250])) if rush else 0.0
        size = rng.choices(["6", "8", "10", "12", "14", "16", "18", "20", "22"], weights=[4, 12, 20, 22, 18, 11, 7, 4, 2])[0]
        if otp:
            size = rng.choice(["10", "12", "12", "14"])
        o = {"id": 0, "c": c, "b": b, "s": a["s"], "a": a, "d": d, "otp": otp, "rush": rush, "fee": rush_fee, "lines": [], "notes": None}
        disc = 0.0
        if otp:
            disc = float(round(gown["price"] * rng.choice([0.3, 0.4, 0.5]) / 10) * 10)
        elif rng.random() < 0.06:
            disc = float(round(gown["price"] * 0.1 / 10) * 10)
            o["notes"] = "Wedding fair voucher 10%"
        o["lines"].append({"style": gown, "acc": None, "size": size, "qty": 1, "price": gown["price"], "disc": disc})
        live_acc = [x for x in acc if x["stop"] is None or d < x["stop"]]
        want = []
        for cat, p in (("Veil", 0.62), ("Headpiece", 0.33), ("Belt", 0.22), ("Jewellery", 0.15), ("Shoes", 0.09), ("Garter", 0.12), ("Cover-Up", 0.1)):
            if rng.random() < p:
                pool = [x for x in live_acc if x["cat"] == cat]
                want.append(rng.choices(pool, weights=[x["pop"] for x in pool])[0])
        for x in want:
            o["lines"].append({"style": None, "acc": x, "size": None, "qty": 1, "price": x["price"],
                               "disc": r2(x["price"] * 0.1) if len(want) >= 3 else 0.0})
        o["total"] = r2(sum(l["qty"] * l["price"] - l["disc"] for l in o["lines"]) + rush_fee)
        # production and arrival
        if otp:
            due = d
            arrived = d
        else:
            lead = gown["lead"] - (4 if rush else 0)
            due = d + TD(weeks=lead)
            if rush:
                due = max(min(due, c["wedding"] - TD(days=35)), d + TD(days=21))
            arrived = due + TD(days=rng.choice([-7, -3, 0, 0, 2, 5, 9, 14, 21]))
            while arrived.weekday() in (0, 6):
                arrived += TD(days=1)
        o["due"], o["arrived"] = due, arrived if arrived <= END else None
        o["collected"] = None
        o["status"] = "On Order" if o["arrived"] is None else "Arrived"
        c["ordered"] = c["ordered"] or d
        orders.append(o)
        deposit = float(round(o["total"] * 0.5 / 10) * 10)
        if otp:
            deposit = o["total"] if rng.random() < 0.5 else deposit
        pay(o, d, deposit, "Deposit")
        paid = deposit
        # cancellations (before the gown arrives)
        if not otp and rng.random() < 0.03:
            cd = d + TD(days=rng.randint(3, 40))
            if cd <= END and (o["arrived"] is None or cd < o["arrived"]):
                o["status"], o["arrived"], o["due"] = "Cancelled", None, None
                o["notes"] = f"Cancelled {cd.strftime('%d/%m/%Y')} - " + rng.choice(["wedding postponed", "changed mind", "found another dress", "wedding called off"])
                if rng.random() < 0.6:
                    pay(o, cd, -float(round(deposit * 0.5 / 10) * 10), "Refund", "Card")
                return o
        if not otp and rng.random() < 0.3:
            sd = d + TD(days=rng.randint(40, 90))
            if sd <= END and (o["arrived"] is None or sd < o["arrived"]):
                stage = float(round((o["total"] - paid) * 0.5 / 10) * 10)
                pay(o, sd, stage, "Instalment")
                paid += stage
        if o["arrived"] is None:
            return o
        # fittings with a seamstress, alterations, collection
        fb = b
        if br[b]["closed"]:
            pass
        wedding = c["wedding"]
        last_fit = wedding - TD(days=14)
        n_fit = rng.choices([0, 1, 2, 3], weights=[10, 35, 40, 15])[0]
        fit_days = []
        cursor = max(o["arrived"] + TD(days=7), wedding - TD(days=rng.randint(70, 110)))
        for i in range(n_fit):
            fd = cursor + TD(days=rng.randint(0, 10))
            fbr = b if not (br[b]["closed"] and fd > br[b]["closed"]) else 1
            fd = next_open(fbr, fd)
            if fd is None or fd > last_fit or fd > END:
                break
            pool = seamstresses(fbr, fd)
            if not pool:
                break
            s, t = slot_for(fbr, fd, pool)
            if s is None:
                break
            fa = add_appt(c, fbr, s, fd, t, "Fitting", "Attended" if rng.random() < 0.97 else "No Show", party=rng.choice([1, 1, 2, 3]))
            if fa["status"] == "Attended":
                fit_days.append(fa)
            cursor = fd + TD(days=rng.randint(14, 28))
        alt_total = 0.0
        if fit_days:
            first = fit_days[0]
            kinds = rng.sample(ALTERATIONS, k=min(len(ALTERATIONS), rng.choices([1, 2, 3, 4], weights=[25, 40, 25, 10])[0]))
            for wd, lo, hi, _w in kinds:
                price = float(round(rng.uniform(lo, hi) / 5) * 5)
                comp = fit_days[-1]["d"] if len(fit_days) > 1 else min(first["d"] + TD(days=rng.randint(7, 21)), wedding - TD(days=7))
                comp_ok = comp <= END and comp <= wedding - TD(days=5)
                alts.append({"o": o, "s": first["s"], "what": wd, "price": price, "booked": first["d"],
                             "done": comp if comp_ok else None, "status": "Completed" if comp_ok else "In Progress"})
                alt_total += price
        # collection appointment about one to three weeks before the wedding (never before the gown and its alterations are ready)
        o_alts = [x for x in alts if x["o"] is o]
        ready = max([o["arrived"]] + [x["done"] for x in o_alts if x["done"]])
        if all(x["done"] for x in o_alts):
            want = max(wedding - TD(days=rng.randint(5, 21)), ready)
            for cd in [want + TD(days=i) for i in range(0, 30)] + [want - TD(days=i) for i in range(1, 30)]:
                if cd > END or cd < ready or cd >= wedding:
                    continue
                cbr = b if not (br[b]["closed"] and cd > br[b]["closed"]) else 1
                if not open_day(cbr, cd):
                    continue
                pool = stylists(cbr, cd)
                s, t = slot_for(cbr, cd, pool) if pool else (None, None)
                if not s:
                    continue
                add_appt(c, cbr, s, cd, t, "Collection", "Attended", party=rng.choice([1, 2, 2, 3, 4]))
                o["collected"], o["status"] = cd, "Collected"
                bal = r2(o["total"] - paid)
                if bal > 0:
                    pay(o, cd if rng.random() < 0.6 or not fit_days else fit_days[0]["d"], bal, "Balance")
                if alt_total:
                    pay(o, cd, alt_total, "Alterations")
                return o
        # not collected yet: some pay the balance at the first fitting
        if fit_days and rng.random() < 0.6:
            bal = r2(o["total"] - paid)
            if bal > 0:
                pay(o, fit_days[0]["d"], bal, "Balance")
        return o

    def journey(b, d):
        # wedding 6-18 months out, mostly Friday / Saturday, summer heavy
        months = rng.choices(range(5, 20), weights=[1, 2, 4, 6, 8, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1])[0]
        w = d + TD(days=30 * months + rng.randint(-12, 12))
        w += TD(days=(5 - w.weekday()) % 7 if rng.random() < 0.7 else (4 - w.weekday()) % 7)
        added = d - TD(days=rng.randint(2, 45))
        c = new_customer(b, added, w if rng.random() < 0.97 else None)
        if c["wedding"] is None:
            c["wedding"] = w
            c["_hidden_wedding"] = True
        pool = stylists(b, d)
        s, t = slot_for(b, d, pool)
        if s is None:
            return
        r = rng.random()
        status = "Cancelled" if r < 0.07 else ("No Show" if r < 0.12 else "Attended")
        note = rng.choice(APPT_NOTES) if rng.random() < 0.18 else None
        a = add_appt(c, b, s, d, t, "Bridal Consultation", status, party=rng.choice([1, 2, 2, 3, 3, 4, 5, 6]) if status == "Attended" else None, notes=note)
        if status != "Attended":
            if rng.random() < 0.5:
                d2 = next_open(b, d + TD(days=rng.randint(7, 21)))
                if d2 and d2 <= END:
                    s2, t2 = slot_for(b, d2, stylists(b, d2), prefer=s)
                    if s2:
                        a = add_appt(c, b, s2, d2, t2, "Bridal Consultation", "Attended", party=rng.choice([1, 2, 3, 4]))
                        status = "Attended"
            if status != "Attended":
                return
        chosen, favs = try_on(a, rng.randint(3, 6))
        if not chosen:
            return
        if rng.random() < 0.28:
            a["said"] = 1
            place_order(c, a, chosen, favs)
            return
        if rng.random() < 0.42:
            d2 = next_open(b, a["d"] + TD(days=rng.randint(7, 45)))
            if d2 is None or d2 > END:
                return
            pool2 = stylists(b, d2)
            if not pool2:
                return
            s2, t2 = slot_for(b, d2, pool2, prefer=a["s"] if rng.random() < 0.8 else None)
            if s2 is None:
                return
            st2 = "Attended" if rng.random() < 0.92 else rng.choice(["Cancelled", "No Show"])
            a2 = add_appt(c, b, s2, d2, t2, "Second Appointment", st2, party=rng.choice([1, 2, 2, 3]) if st2 == "Attended" else None)
            if st2 != "Attended":
                return
            chosen2, favs2 = try_on(a2, rng.randint(2, 3), must=favs)
            if chosen2 and rng.random() < 0.6:
                a2["said"] = 1
                place_order(c, a2, chosen2, favs2 or [x for x in favs if x in chosen2])

    for d in daterange(START, END):
        for b in sorted(br):
            if not open_day(b, d):
                continue
            if b == 4 and d >= D(2024, 6, 1):      # Kilkenny took no new brides in its last three months
                continue
            lam = br[b]["rate"] * MONTH_F[d.month] * {1: 0.9, 2: 0.9, 3: 1.1, 4: 1.0, 5: 1.5}[d.weekday()]
            if b == 5:
                lam *= min(1.0, 0.5 + (d - br[5]["opened"]).days / 300)
            n = 0
            L, p = pow(2.718281828459045, -lam), 1.0
            while True:
                p *= rng.random()
                if p <= L:
                    break
                n += 1
            for _ in range(n):
                journey(b, d)
    # enquiries that never booked
    for _ in range(170):
        d = START + TD(days=rng.randint(0, (END - START).days))
        b = rng.choice([b for b in br if br[b]["opened"] <= d and (br[b]["closed"] is None or d <= br[b]["closed"])])
        c = new_customer(b, d, d + TD(days=rng.randint(200, 500)))
        c["notes"] = rng.choice(["Enquiry by email - no appointment booked", "Asked about sample sale", "Called about plus-size range", None])

    late = [o for o in orders if o["status"] in ("On Order", "Arrived") and o["c"]["wedding"] <= END]
    if late:
        print(f"WARNING: {len(late)} orders not collected although the wedding has passed", [(o['d'], o['arrived'], o['c']['wedding'], o['status']) for o in late[:5]])

    # ------------------------------------------------------------ number and write
    appts.sort(key=lambda a: (a["d"], a["t"], a["b"], a["id"]))
    remap = {}
    for i, a in enumerate(appts, 1):
        remap[a["id"]] = 20000 + i
    for a in appts:
        a["id"] = remap[a["id"]]
    appt_styles = [(remap[a], s, f) for a, s, f in appt_styles]
    orders.sort(key=lambda o: (o["d"], o["a"]["id"]))
    year_seq = {}
    for i, o in enumerate(orders, 1):
        o["id"] = i
        year_seq[o["d"].year] = year_seq.get(o["d"].year, 0) + 1
        o["ref"] = f"WV-{o['d'].year}-{year_seq[o['d'].year]:04d}"
    pays.sort(key=lambda p: (p["d"], p["o"]["id"], p["type"]))
    alts.sort(key=lambda x: (x["booked"], x["o"]["id"], x["what"]))

    con.executemany('INSERT INTO "Staff" VALUES (?,?,?,?,?,?,?,?,?,?,?)', [
        (s["id"], s["first"], s["last"], s["title"], s["b"], s["boss"]["id"] if s["boss"] else None, ds(s["start"]), ds(s["end"]),
         s["rate"], (fold(s["first"] + "." + s["last"]).lower() + "@wrenandveil.ie").replace(" ", "").replace("'", "") if s["title"] not in ("Seamstress",) or rng.random() < 0.5 else None,
         mobile() if rng.random() < 0.85 else None) for s in staff])
    con.executemany('INSERT INTO "Customers" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (c["id"], c["first"], c["last"], c["email"], c["mobile"], c["town"], c["county"], None if c.get("_hidden_wedding") else ds(c["wedding"]),
         c["heard"], c["ref"]["id"] if c["ref"] else None, c["mkt"], ds(c["added"]), c["notes"]) for c in customers])
    con.executemany('INSERT INTO "Gown Styles" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (st["id"], st["code"], st["name"], st["designer"], st["sil"], st["neck"], st["fabric"], st["year"], st["price"],
         st["cost"] if rng.random() < 0.93 else None, st["sample"], 1 if st["disc_on"] and st["disc_on"] <= END else 0, ds(st["added"]))
        for st in styles])
    con.executemany('INSERT INTO "Accessories" VALUES (?,?,?,?,?,?)', [(x["id"], x["name"], x["cat"], x["sup"], x["price"], x["active"]) for x in acc])
    con.executemany('INSERT INTO "Appointments" VALUES (?,?,?,?,?,?,?,?,?,?,?)', [
        (a["id"], a["c"]["id"], a["b"], a["s"]["id"], ds(a["d"]), a["t"], a["type"], a["status"], a["party"], a["said"],
         a["notes"]) for a in appts])
    con.executemany('INSERT INTO "Appointment Styles" VALUES (?,?,?)', sorted(appt_styles))
    con.executemany('INSERT INTO "Orders" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [
        (o["id"], o["ref"], o["c"]["id"], o["b"], o["s"]["id"], o["a"]["id"], ds(o["d"]), ds(o["due"]), ds(o["arrived"]), ds(o["collected"]),
         o["status"], o["otp"], o["rush"], o["fee"], o["total"], o["notes"]) for o in orders])
    rows = []
    for o in orders:
        for l in o["lines"]:
            rows.append((len(rows) + 1, o["id"], l["style"]["id"] if l["style"] else None, l["acc"]["id"] if l["acc"] else None,
                         l["size"], l["qty"], l["price"], l["disc"], r2(l["qty"] * l["price"] - l["disc"])))
    con.executemany('INSERT INTO "Order Items" VALUES (?,?,?,?,?,?,?,?,?)', rows)
    con.executemany('INSERT INTO "Payments" VALUES (?,?,?,?,?,?)', [
        (i, p["o"]["id"], ds(p["d"]), p["amt"], p["method"], p["type"]) for i, p in enumerate(pays, 1)])
    con.executemany('INSERT INTO "Alterations" VALUES (?,?,?,?,?,?,?,?)', [
        (i, x["o"]["id"], x["s"]["id"], x["what"], x["price"], ds(x["booked"]), ds(x["done"]), x["status"]) for i, x in enumerate(alts, 1)])
    con.commit()
    con.execute("PRAGMA foreign_keys = ON")
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.execute("VACUUM")
    con.close()
    print(f"wrote {OUT}: {len(customers)} customers, {len(appts)} appointments, {len(appt_styles)} try-ons, {len(orders)} orders, "
          f"{len(rows)} order items, {len(pays)} payments, {len(alts)} alterations")


if __name__ == "__main__":
    main()
