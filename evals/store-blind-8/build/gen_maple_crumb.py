"""Maple & Crumb: a bakery-café chain across Canada.
Schema style: PascalCase plural tables with PascalCase columns and ...ID keys (CafeID, ManagerID, OrderDate,
UnitPriceCents). Dates and times are TEXT 'YYYY-MM-DD HH:MM:SS' (pure dates carry 00:00:00); months are keys
(Products.LaunchMonth TEXT 'YYYY-MM', WasteReports.MonthKey INTEGER YYYYMM). Money is INTEGER cents (CAD).
Towns live in a Regions lookup table. Status values are Title Case text. People's names are one FullName column."""
import os, random, sqlite3, sys, unicodedata, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import CA_FIRST, CA_LAST

SEED = 9163274
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "databases", "maple_crumb_bakery.sqlite")

SCHEMA = """
CREATE TABLE Regions (
  RegionID INTEGER PRIMARY KEY, RegionName TEXT NOT NULL, Province TEXT NOT NULL, ProvinceCode TEXT NOT NULL,
  UNIQUE (RegionName, Province));
CREATE TABLE Cafes (
  CafeID INTEGER PRIMARY KEY, CafeName TEXT NOT NULL UNIQUE, RegionID INTEGER NOT NULL REFERENCES Regions(RegionID),
  StreetAddress TEXT NOT NULL, OpenDate TEXT NOT NULL, CloseDate TEXT, Status TEXT NOT NULL, SeatCount INTEGER NOT NULL,
  HasDriveThru INTEGER NOT NULL, HasBakeryOven INTEGER NOT NULL);
CREATE TABLE Employees (
  EmployeeID INTEGER PRIMARY KEY, FullName TEXT NOT NULL UNIQUE, JobTitle TEXT NOT NULL,
  CafeID INTEGER REFERENCES Cafes(CafeID), ManagerID INTEGER REFERENCES Employees(EmployeeID),
  HireDate TEXT NOT NULL, EndDate TEXT, HourlyWageCents INTEGER NOT NULL, IsFullTime INTEGER NOT NULL,
  IsActive INTEGER NOT NULL);
CREATE TABLE Products (
  ProductID INTEGER PRIMARY KEY, ProductName TEXT NOT NULL UNIQUE, Category TEXT NOT NULL,
  PriceCents INTEGER NOT NULL, UnitCostCents INTEGER NOT NULL, IsVegan INTEGER NOT NULL, IsGlutenFree INTEGER NOT NULL,
  IsSeasonal INTEGER NOT NULL, IsDiscontinued INTEGER NOT NULL, LaunchMonth TEXT NOT NULL);
CREATE TABLE Customers (
  CustomerID INTEGER PRIMARY KEY, FullName TEXT NOT NULL UNIQUE, Email TEXT NOT NULL UNIQUE,
  RegionID INTEGER NOT NULL REFERENCES Regions(RegionID), HomeCafeID INTEGER NOT NULL REFERENCES Cafes(CafeID),
  SignupDate TEXT NOT NULL, IsLoyaltyMember INTEGER NOT NULL, LoyaltyTier TEXT, LoyaltyPoints INTEGER NOT NULL);
CREATE TABLE Orders (
  OrderID INTEGER PRIMARY KEY, CafeID INTEGER NOT NULL REFERENCES Cafes(CafeID),
  CustomerID INTEGER REFERENCES Customers(CustomerID), EmployeeID INTEGER NOT NULL REFERENCES Employees(EmployeeID),
  OrderDate TEXT NOT NULL, Channel TEXT NOT NULL, PaymentType TEXT NOT NULL, Status TEXT NOT NULL,
  TotalCents INTEGER NOT NULL, TipCents INTEGER NOT NULL);
CREATE TABLE OrderLines (
  OrderID INTEGER NOT NULL REFERENCES Orders(OrderID), ProductID INTEGER NOT NULL REFERENCES Products(ProductID),
  Quantity INTEGER NOT NULL, UnitPriceCents INTEGER NOT NULL, PRIMARY KEY (OrderID, ProductID));
CREATE TABLE CakeOrders (
  CakeOrderID INTEGER PRIMARY KEY, CustomerID INTEGER NOT NULL REFERENCES Customers(CustomerID),
  CafeID INTEGER NOT NULL REFERENCES Cafes(CafeID), TakenByID INTEGER NOT NULL REFERENCES Employees(EmployeeID),
  PlacedDate TEXT NOT NULL, PickupDate TEXT NOT NULL, Occasion TEXT NOT NULL, Flavour TEXT NOT NULL,
  Servings INTEGER NOT NULL, IsCustomDesign INTEGER NOT NULL, PriceCents INTEGER NOT NULL, DepositCents INTEGER NOT NULL,
  Status TEXT NOT NULL);
CREATE TABLE WasteReports (
  CafeID INTEGER NOT NULL REFERENCES Cafes(CafeID), MonthKey INTEGER NOT NULL,
  ReportedByID INTEGER NOT NULL REFERENCES Employees(EmployeeID), ItemsDiscarded INTEGER NOT NULL,
  WasteCents INTEGER NOT NULL, PRIMARY KEY (CafeID, MonthKey));
"""

PROV = {"ON": "Ontario", "QC": "Québec", "NS": "Nova Scotia", "NB": "New Brunswick", "PE": "Prince Edward Island",
        "NL": "Newfoundland and Labrador", "BC": "British Columbia", "AB": "Alberta", "MB": "Manitoba", "SK": "Saskatchewan"}
REGIONS = [
    ("Toronto", "ON"), ("Ottawa", "ON"), ("Mississauga", "ON"), ("Hamilton", "ON"), ("London", "ON"), ("Kitchener", "ON"),
    ("Waterloo", "ON"), ("Guelph", "ON"), ("Kingston", "ON"), ("Windsor", "ON"), ("Barrie", "ON"), ("Oakville", "ON"),
    ("Markham", "ON"), ("Brampton", "ON"), ("Burlington", "ON"), ("Peterborough", "ON"), ("Sudbury", "ON"),
    ("Montréal", "QC"), ("Québec", "QC"), ("Laval", "QC"), ("Gatineau", "QC"), ("Longueuil", "QC"), ("Sherbrooke", "QC"),
    ("Trois-Rivières", "QC"), ("Lévis", "QC"), ("Saint-Jérôme", "QC"), ("Rimouski", "QC"),
    ("Halifax", "NS"), ("Dartmouth", "NS"), ("Windsor", "NS"), ("Wolfville", "NS"), ("Truro", "NS"),
    ("Moncton", "NB"), ("Fredericton", "NB"), ("Saint John", "NB"), ("Dieppe", "NB"),
    ("Charlottetown", "PE"), ("Summerside", "PE"), ("St. John's", "NL"), ("Mount Pearl", "NL"),
    ("Vancouver", "BC"), ("Victoria", "BC"), ("Burnaby", "BC"), ("Richmond", "BC"), ("Surrey", "BC"), ("Kelowna", "BC"),
    ("North Vancouver", "BC"),
    ("Calgary", "AB"), ("Edmonton", "AB"), ("Red Deer", "AB"), ("St. Albert", "AB"),
    ("Winnipeg", "MB"), ("Brandon", "MB"), ("Saskatoon", "SK"), ("Regina", "SK"), ("Moose Jaw", "SK"),
]
AREA_OF = {"ON": 0, "QC": 1, "NS": 2, "NB": 2, "PE": 2, "NL": 2, "AB": 3, "MB": 3, "SK": 3, "BC": 4}
AREAS = ["Ontario", "Québec", "Atlantic", "Prairies", "British Columbia"]
# (cafe name, region name, province code, street address)
CAFES = [
    ("Kensington Market", "Toronto", "ON", "212 Augusta Ave"), ("Queen West", "Toronto", "ON", "788 Queen St W"),
    ("Leslieville", "Toronto", "ON", "1102 Queen St E"), ("The Annex", "Toronto", "ON", "455 Bloor St W"),
    ("Distillery District", "Toronto", "ON", "9 Trinity St"), ("ByWard Market", "Ottawa", "ON", "71 York St"),
    ("The Glebe", "Ottawa", "ON", "813 Bank St"), ("Port Credit", "Mississauga", "ON", "54 Lakeshore Rd E"),
    ("James North", "Hamilton", "ON", "180 James St N"), ("Richmond Row", "London", "ON", "640 Richmond St"),
    ("Uptown Waterloo", "Waterloo", "ON", "22 King St S"), ("Kitchener Market", "Kitchener", "ON", "300 King St E"),
    ("Guelph Downtown", "Guelph", "ON", "41 Wyndham St N"), ("Princess Street", "Kingston", "ON", "270 Princess St"),
    ("Riverside Drive", "Windsor", "ON", "350 Riverside Dr W"), ("Barrie Waterfront", "Barrie", "ON", "95 Dunlop St E"),
    ("Oakville Harbour", "Oakville", "ON", "133 Lakeshore Rd E"), ("Markham Village", "Markham", "ON", "142 Main St N"),
    ("Plateau Mont-Royal", "Montréal", "QC", "4301 boul. Saint-Laurent"), ("Mile End", "Montréal", "QC", "5390 av. du Parc"),
    ("Vieux-Montréal", "Montréal", "QC", "118 rue Saint-Paul O"), ("Verdun", "Montréal", "QC", "4620 rue Wellington"),
    ("Vieux-Québec", "Québec", "QC", "38 rue Saint-Louis"), ("Saint-Roch", "Québec", "QC", "610 rue Saint-Joseph E"),
    ("Laval Centropolis", "Laval", "QC", "2 Promenade du Centropolis"), ("Gatineau Hull", "Gatineau", "QC", "83 rue Laval"),
    ("Sherbrooke Wellington", "Sherbrooke", "QC", "12 rue Wellington N"), ("Trois-Rivières Centre", "Trois-Rivières", "QC", "1450 rue des Forges"),
    ("Lévis Traverse", "Lévis", "QC", "5 rue Saint-Laurent"),
    ("Spring Garden", "Halifax", "NS", "5640 Spring Garden Rd"), ("Hydrostone", "Halifax", "NS", "5521 Young St"),
    ("Dartmouth Crossing", "Dartmouth", "NS", "40 Finance Dr"), ("Water Street", "Windsor", "NS", "76 Water St"),
    ("Wolfville Main", "Wolfville", "NS", "368 Main St"), ("Moncton Main", "Moncton", "NB", "720 Main St"),
    ("Fredericton Queen", "Fredericton", "NB", "527 Queen St"), ("Uptown Saint John", "Saint John", "NB", "47 Germain St"),
    ("Charlottetown Victoria Row", "Charlottetown", "PE", "132 Richmond St"), ("Water Street St. John's", "St. John's", "NL", "233 Water St"),
    ("Gastown", "Vancouver", "BC", "12 Water St"), ("Kitsilano", "Vancouver", "BC", "2150 W 4th Ave"),
    ("Commercial Drive", "Vancouver", "BC", "1680 Commercial Dr"), ("Victoria Inner Harbour", "Victoria", "BC", "901 Wharf St"),
    ("Richmond Steveston", "Richmond", "BC", "3711 Moncton St"), ("Kelowna Waterfront", "Kelowna", "BC", "1310 Water St"),
    ("Kensington", "Calgary", "AB", "1135 Kensington Rd NW"), ("Inglewood", "Calgary", "AB", "1320 9 Ave SE"),
    ("Whyte Avenue", "Edmonton", "AB", "10345 82 Ave NW"), ("124 Street", "Edmonton", "AB", "10810 124 St NW"),
    ("Osborne Village", "Winnipeg", "MB", "107 Osborne St"), ("Broadway Saskatoon", "Saskatoon", "SK", "720 Broadway Ave"),
    ("Cathedral Village", "Regina", "SK", "2900 13th Ave"),
]
CLOSED = {"Barrie Waterfront": "2024-08-31", "Verdun": "2025-02-28", "Moncton Main": "2024-05-31"}
RENOVATING = {"Queen West", "Gastown"}
NEW_CAFES = {"Lévis Traverse": "2023-06-10", "Inglewood": "2024-03-16", "Water Street St. John's": "2025-04-05"}
DRIVE_THRU = {"Dartmouth Crossing", "Laval Centropolis", "Markham Village", "Kelowna Waterfront", "Moncton Main"}

# category: items (name, price cents, vegan, gluten-free, seasonal), basket weight, max qty
MENU = {
    "Breads": ([("Sourdough Loaf", 895, 1, 0, 0), ("Baguette", 425, 1, 0, 0), ("Pain de Campagne", 795, 1, 0, 0),
                ("Multigrain Loaf", 825, 1, 0, 0), ("Rye Loaf", 775, 1, 0, 0), ("Brioche Loaf", 950, 0, 0, 0),
                ("Olive Fougasse", 675, 1, 0, 0), ("Gluten-Free Seed Loaf", 1095, 1, 1, 0), ("Montréal-Style Bagels (6)", 1050, 1, 0, 0),
                ("Cinnamon Raisin Loaf", 875, 0, 0, 0), ("Challah", 925, 0, 0, 0), ("Focaccia Slab", 725, 1, 0, 0)], 8, 2),
    "Viennoiseries": ([("Butter Croissant", 375, 0, 0, 0), ("Pain au Chocolat", 425, 0, 0, 0), ("Almond Croissant", 525, 0, 0, 0),
                       ("Ham & Gruyère Croissant", 650, 0, 0, 0), ("Chausson aux Pommes", 450, 0, 0, 0), ("Pain aux Raisins", 435, 0, 0, 0),
                       ("Kouign-Amann", 495, 0, 0, 0), ("Maple Pecan Danish", 475, 0, 0, 0), ("Cinnamon Bun", 495, 0, 0, 0),
                       ("Vegan Croissant", 445, 1, 0, 0), ("Pistachio Cruffin", 560, 0, 0, 0), ("Pumpkin Spice Danish", 495, 0, 0, 1)], 16, 6),
    "Pastries & Tarts": ([("Butter Tart", 350, 0, 0, 0), ("Nanaimo Bar", 395, 0, 0, 0), ("Tarte au Sucre Slice", 475, 0, 0, 0),
                          ("Éclair au Café", 525, 0, 0, 0), ("Mille-Feuille", 625, 0, 0, 0), ("Lemon Tart", 550, 0, 0, 0),
                          ("Paris-Brest", 675, 0, 0, 0), ("Blueberry Galette", 575, 0, 0, 1), ("Date Square", 375, 1, 0, 0),
                          ("Flourless Chocolate Cake Slice", 650, 0, 1, 0), ("Pouding Chômeur", 595, 0, 0, 1), ("Saskatoon Berry Tart", 595, 0, 0, 1),
                          ("Strawberry Rhubarb Pie Slice", 575, 0, 0, 1), ("Opéra Cake Slice", 695, 0, 0, 0)], 12, 4),
    "Cookies & Squares": ([("Chocolate Chunk Cookie", 295, 0, 0, 0), ("Oatmeal Raisin Cookie", 275, 0, 0, 0),
                           ("Ginger Molasses Cookie", 275, 1, 0, 0), ("Macarons (6)", 1395, 0, 1, 0), ("Shortbread Tin", 1650, 0, 0, 1),
                           ("Gluten-Free Brownie", 425, 0, 1, 0), ("Maple Sugar Cookie", 295, 0, 0, 0), ("Vegan Oat Bar", 375, 1, 0, 0),
                           ("Lemon Square", 350, 0, 0, 0), ("Gingerbread Person", 325, 1, 0, 1)], 10, 6),
    "Savoury": ([("Tourtière Slice", 850, 0, 0, 1), ("Quiche Lorraine Slice", 795, 0, 0, 0), ("Spinach Feta Quiche Slice", 795, 0, 0, 0),
                 ("Croque-Monsieur", 1095, 0, 0, 0), ("Smoked Meat Sandwich", 1295, 0, 0, 0), ("Roasted Veg Baguette", 1050, 1, 0, 0),
                 ("Egg Salad Sandwich", 895, 0, 0, 0), ("Chickpea Curry Wrap", 995, 1, 0, 0), ("Soup of the Day", 725, 1, 1, 0),
                 ("Sausage Roll", 550, 0, 0, 0), ("Cheddar Scone", 395, 0, 0, 0)], 9, 3),
    "Hot Drinks": ([("Drip Coffee", 275, 1, 1, 0), ("Americano", 350, 1, 1, 0), ("Espresso", 300, 1, 1, 0), ("Cappuccino", 475, 0, 1, 0),
                    ("Latte", 495, 0, 1, 0), ("Flat White", 495, 0, 1, 0), ("Café au Lait", 450, 0, 1, 0), ("Maple Latte", 575, 0, 1, 0),
                    ("Oat Milk Latte", 560, 1, 1, 0), ("London Fog", 525, 0, 1, 0), ("Chai Latte", 525, 0, 1, 0),
                    ("Hot Chocolate", 475, 0, 1, 0), ("Pumpkin Spice Latte", 625, 0, 1, 1), ("Peppermint Mocha", 625, 0, 1, 1),
                    ("Loose-Leaf Tea", 375, 1, 1, 0)], 20, 3),
    "Cold Drinks": ([("Iced Latte", 550, 0, 1, 0), ("Cold Brew", 495, 1, 1, 0), ("Iced Maple Latte", 625, 0, 1, 1),
                     ("Fresh Lemonade", 450, 1, 1, 1), ("Sparkling Water", 295, 1, 1, 0), ("Orange Juice", 475, 1, 1, 0),
                     ("Strawberry Smoothie", 695, 1, 1, 0), ("Iced Tea", 425, 1, 1, 0)], 7, 3),
    "Whole Cakes": ([("Chocolate Fudge Cake (8 in)", 4495, 0, 0, 0), ("Carrot Cake (8 in)", 4295, 0, 0, 0),
                     ("Lemon Chiffon Cake (8 in)", 3995, 0, 0, 0), ("Bûche de Noël", 4895, 0, 0, 1), ("Fraisier (8 in)", 5295, 0, 0, 1),
                     ("Vegan Chocolate Cake (8 in)", 4595, 1, 0, 0), ("Maple Walnut Cake (8 in)", 4695, 0, 0, 0),
                     ("Cheesecake (9 in)", 4995, 0, 0, 0)], 2, 1),
    "Retail Goods": ([("House Blend Beans 340 g", 1895, 1, 1, 0), ("Decaf Beans 340 g", 1895, 1, 1, 0), ("Maple Syrup 500 ml", 1695, 1, 1, 0),
                      ("Branded Travel Mug", 2495, 1, 1, 0), ("Granola Jar", 1195, 1, 0, 0), ("Strawberry Jam Jar", 995, 1, 1, 0)], 2, 2),
}
OCCASIONS = ["Birthday", "Wedding", "Anniversary", "Baby Shower", "Graduation", "Corporate Event", "Retirement"]
FLAVOURS = ["Chocolate Fudge", "Vanilla Bean", "Maple Walnut", "Lemon Raspberry", "Carrot", "Red Velvet", "Fraisier", "Opéra"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d(x):
    return dt.date.fromisoformat(x[:10])


def day(rnd, lo, hi):
    lo, hi = d(lo), d(hi)
    return (lo + dt.timedelta(days=rnd.randint(0, (hi - lo).days))).isoformat()


def ts(x, h=0, m=0, s=0):
    return f"{x[:10]} {h:02d}:{m:02d}:{s:02d}"


def main():
    rnd = random.Random(SEED)
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)

    regions = [(i, n, PROV[p], p) for i, (n, p) in enumerate(REGIONS, 1)]
    con.executemany("INSERT INTO Regions VALUES (?,?,?,?)", regions)
    region_id = {(n, p): i for i, n, _, p in regions}

    cafes = []  # [id, name, region, addr, open, close, status, seats, drive, oven, area]
    for cid, (name, reg, prov, addr) in enumerate(CAFES, 1):
        opened = NEW_CAFES.get(name) or day(rnd, "2009-05-01", "2022-09-30")
        closed = CLOSED.get(name)
        status = "Closed" if closed else "Renovating" if name in RENOVATING else "Open"
        oven = 1 if rnd.random() < 0.5 else 0
        cafes.append([cid, name, region_id[(reg, prov)], addr, ts(opened), ts(closed) if closed else None, status,
                      rnd.randint(14, 70), 1 if name in DRIVE_THRU else 0, oven, AREA_OF[prov]])
    con.executemany("INSERT INTO Cafes VALUES (?,?,?,?,?,?,?,?,?,?)", [c[:10] for c in cafes])

    used = set()

    def person():
        while True:
            n = f"{rnd.choice(CA_FIRST)} {rnd.choice(CA_LAST)}"
            if n not in used:
                used.add(n)
                return n

    emps = []

    def add(title, cafe, mgr, hired, wage, ft=1, end=None):
        emps.append([len(emps) + 1, person(), title, cafe, mgr, ts(hired), ts(end) if end else None, int(round(wage)),
                     ft, 0 if end else 1])
        return len(emps)

    director = add("Director of Operations", None, None, "2011-02-14", 6250)
    area_mgr = [add("Regional Manager", None, director, day(rnd, "2013-01-01", "2021-06-30"), rnd.randint(4100, 4800)) for _ in AREAS]
    staff_by_cafe = {}
    for c in cafes:
        cid, opened, closed = c[0], c[4][:10], (c[5] or "")[:10] or None
        pre = (d(opened) - dt.timedelta(days=30)).isoformat()
        lo = max(pre, "2012-01-01")
        hi_old = "2022-08-31" if opened < "2023-01-01" else pre

        def hire(hi):
            return day(rnd, lo, hi) if lo <= hi else lo
        cm = add("Café Manager", cid, area_mgr[c[10]], day(rnd, lo, hi_old) if lo <= hi_old else pre, rnd.randint(2600, 3100), end=closed)
        ids = [cm]
        sups = [add("Shift Supervisor", cid, cm, hire("2023-06-30") if not closed else day(rnd, lo, "2022-12-31"),
                    rnd.randint(2000, 2300), end=closed) for _ in range(rnd.randint(1, 2))]
        ids += sups
        if c[9]:
            for _ in range(rnd.randint(1, 2)):
                ids.append(add("Baker", cid, cm, hire("2024-06-30") if not closed else day(rnd, lo, "2022-12-31"),
                               rnd.randint(1900, 2400), end=closed))
        for _ in range(rnd.randint(2, 4)):
            h = hire("2024-12-31") if not closed else day(rnd, lo, (d(closed) - dt.timedelta(days=120)).isoformat())
            end = closed
            if not closed and rnd.random() < 0.3:
                end = day(rnd, max(h, "2023-03-01"), "2025-10-31")
                if end <= h:
                    end = None
            e = add("Barista", cid, rnd.choice(sups), h, rnd.randint(1655, 1925), ft=1 if rnd.random() < 0.4 else 0, end=end)
            ids.append(e)
            if end and not closed:
                ids.append(add("Barista", cid, rnd.choice(sups), (d(end) + dt.timedelta(days=rnd.randint(7, 40))).isoformat(),
                               rnd.randint(1655, 1925), ft=1 if rnd.random() < 0.4 else 0))
        staff_by_cafe[cid] = ids
    con.executemany("INSERT INTO Employees VALUES (?,?,?,?,?,?,?,?,?,?)", emps)
    emp = {e[0]: e for e in emps}

    prods, basket = [], {}
    for cat, (items, w, mq) in MENU.items():
        for name, price, vegan, gf, seasonal in items:
            pid = len(prods) + 1
            cost = int(round(price * rnd.uniform(0.22, 0.42) if cat not in ("Retail Goods",) else price * rnd.uniform(0.5, 0.62)))
            launch = f"{rnd.randint(2016, 2025)}-{rnd.randint(1, 12):02d}" if rnd.random() < 0.25 else f"{rnd.randint(2012, 2021)}-{rnd.randint(1, 12):02d}"
            if launch > "2025-06":
                launch = "2025-06"
            disc = 1 if rnd.random() < 0.07 and launch < "2023-01" else 0
            prods.append((pid, name, cat, price, cost, vegan, gf, seasonal, disc, launch))
            basket[pid] = (w / len(items), mq)
    con.executemany("INSERT INTO Products VALUES (?,?,?,?,?,?,?,?,?,?)", prods)
    prod = {p[0]: p for p in prods}

    custs, emails = [], set()
    open_cafes_any = cafes
    for cid in range(1, 1051):
        c = rnd.choice(open_cafes_any)
        reg = c[2] if rnd.random() < 0.8 else rnd.choice([r[0] for r in regions if AREA_OF[r[3]] == c[10]])
        name = person()
        signup = day(rnd, "2016-01-01", "2025-11-30") if rnd.random() < 0.55 else day(rnd, "2022-01-01", "2025-11-30")
        if signup < c[4][:10]:
            signup = day(rnd, c[4][:10], "2025-11-30")
        if c[5] and signup >= c[5][:10]:
            signup = day(rnd, max("2016-01-01", c[4][:10]), (d(c[5]) - dt.timedelta(days=20)).isoformat())
        member = 1 if rnd.random() < 0.62 else 0
        pts = rnd.randint(0, 4200) if member else 0
        tier = None if not member else "Gold" if pts >= 2500 else "Silver" if pts >= 1000 else "Bronze"
        base = ascii_fold(name).lower().replace(" ", ".").replace("'", "")
        email = f"{base}@{rnd.choice(['gmail.com', 'hotmail.com', 'videotron.ca', 'shaw.ca', 'outlook.com', 'icloud.com'])}"
        while email in emails:
            email = f"{base}{rnd.randint(2, 99)}@gmail.com"
        emails.add(email)
        hh, mm, ss = rnd.randint(7, 21), rnd.randint(0, 59), rnd.randint(0, 59)
        custs.append((cid, name, email, reg, c[0], ts(signup, hh, mm, ss), member, tier, pts))
    con.executemany("INSERT INTO Customers VALUES (?,?,?,?,?,?,?,?,?)", custs)

    def cafe_open(c, when):
        return c[4][:10] <= when and (c[5] is None or when < c[5][:10])

    def on_staff(ids, when, titles=None):
        return [e for e in ids if (titles is None or emp[e][2] in titles) and emp[e][5][:10] <= when
                and (emp[e][6] is None or when < emp[e][6][:10])]

    start, end = d("2023-01-01"), d("2025-12-31")
    days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
    wts = [{12: 1.6, 7: 1.15, 8: 1.15, 1: 0.8, 2: 0.85}.get(x.month, 1.0) * (1.3 if x.weekday() >= 5 else 1.0) for x in days]
    orders, lines = [], []
    front = ("Café Manager", "Shift Supervisor", "Barista")
    while len(orders) < 1420:
        when = rnd.choices(days, wts)[0]
        ws = when.isoformat()
        chan = rnd.choices(["Counter", "Mobile App", "Delivery Partner"], [70, 20, 10])[0]
        cu = None
        if chan == "Counter" and rnd.random() < 0.45:
            c = rnd.choices(cafes, [x[7] for x in cafes])[0]
        elif chan == "Delivery Partner" and rnd.random() < 0.6:
            c = rnd.choices(cafes, [x[7] for x in cafes])[0]
        else:
            cu = rnd.choice(custs)
            if cu[5][:10] > ws:
                continue
            hc = cafes[cu[4] - 1]
            c = hc if (cafe_open(hc, ws) and rnd.random() < 0.85) else rnd.choice(cafes)
        if not cafe_open(c, ws):
            continue
        staff = on_staff(staff_by_cafe[c[0]], ws, front)
        if not staff:
            continue
        hh = rnd.choices(range(6, 19), [3, 8, 10, 9, 7, 7, 8, 6, 5, 4, 3, 2, 1])[0]
        at = f"{ws} {hh:02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"
        avail = [p for p in prods if p[9] <= ws[:7] and not (p[8] and ws > "2024-03-31")
                 and not (p[7] and when.month not in (10, 11, 12, 1, 6, 7, 8))]
        nl = rnd.choices([1, 2, 3, 4], [36, 36, 20, 8])[0]
        chosen = []
        while len(chosen) < nl:
            p = rnd.choices(avail, [basket[x[0]][0] for x in avail])[0]
            if p[0] not in chosen:
                chosen.append(p[0])
        oid = len(orders) + 1
        tot = 0
        for p in chosen:
            q = rnd.randint(1, basket[p][1]) if rnd.random() < 0.35 else 1
            price = prod[p][3]
            if ws < "2024-05-01":  # menu prices went up in May 2024
                price = int(round(price / 1.06 / 5.0)) * 5
            lines.append((oid, p, q, price))
            tot += q * price
        pay = {"Counter": rnd.choices(["Card", "Cash", "Gift Card"], [74, 20, 6])[0],
               "Mobile App": rnd.choices(["App Wallet", "Card"], [60, 40])[0],
               "Delivery Partner": "Card"}[chan]
        tip = 0
        if pay in ("Card", "App Wallet") and chan != "Delivery Partner" and rnd.random() < 0.45:
            tip = int(round(tot * rnd.choice([0.1, 0.15, 0.18, 0.2]) / 5.0)) * 5
        status = rnd.choices(["Completed", "Refunded", "Voided"], [92, 4, 4])[0]
        orders.append((oid, c[0], cu[0] if cu else None, rnd.choice(staff), at, chan, pay, status, tot, tip))
    orders.sort(key=lambda o: (o[4], o[0]))
    remap = {o[0]: k for k, o in enumerate(orders, 1)}
    orders = [(remap[o[0]],) + o[1:] for o in orders]
    lines = sorted((remap[x[0]],) + x[1:] for x in lines)
    con.executemany("INSERT INTO Orders VALUES (?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO OrderLines VALUES (?,?,?,?)", lines)

    # celebration cake orders
    cakes = []
    while len(cakes) < 240:
        cu = rnd.choice(custs)
        placed = day(rnd, "2023-01-03", "2026-02-15")
        if placed < cu[5][:10]:
            continue
        c = cafes[cu[4] - 1]
        if not c[9]:
            c = rnd.choice([x for x in cafes if x[9] and x[10] == c[10]] or [x for x in cafes if x[9]])
        if not cafe_open(c, placed):
            continue
        staff = on_staff(staff_by_cafe[c[0]], placed, ("Café Manager", "Shift Supervisor", "Baker"))
        if not staff:
            continue
        occ = rnd.choices(OCCASIONS, [45, 12, 10, 9, 10, 9, 5])[0]
        serv = rnd.choice([8, 10, 12, 16, 20, 24, 30]) if occ != "Wedding" else rnd.choice([60, 80, 100, 120, 150])
        if occ == "Corporate Event":
            serv = rnd.choice([30, 40, 50, 60])
        pickup = (d(placed) + dt.timedelta(days=rnd.randint(3, 40 if occ == "Wedding" else 21))).isoformat()
        if c[5] and pickup >= c[5][:10]:
            continue
        custom = 1 if (occ == "Wedding" or rnd.random() < 0.35) else 0
        price = int(round((serv * rnd.choice([450, 500, 550]) + (6000 if custom else 0) + 1500) / 100.0)) * 100
        deposit = price // 2 if occ == "Wedding" else price // 4
        if pickup >= "2026-01-01":
            status = "Confirmed"
        else:
            status = "Cancelled" if rnd.random() < 0.08 else "Picked Up"
        cakes.append([cu[0], c[0], rnd.choice(staff), ts(placed, rnd.randint(8, 18), rnd.randint(0, 59), rnd.randint(0, 59)),
                      ts(pickup, rnd.choice([9, 10, 11, 13, 14, 15, 16]), rnd.choice([0, 30])), occ, rnd.choice(FLAVOURS),
                      serv, custom, price, deposit, status])
    cakes.sort(key=lambda r: (r[3], r[0]))
    con.executemany("INSERT INTO CakeOrders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [[i] + r for i, r in enumerate(cakes, 1)])

    # monthly waste reports, 2024-2025, for cafés open the whole month
    waste = []
    for c in cafes:
        scale = c[7] / 40.0 * (1.3 if c[9] else 1.0)
        for y in (2024, 2025):
            for m in range(1, 13):
                first = f"{y}-{m:02d}-01"
                last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
                if not (cafe_open(c, first) and cafe_open(c, last)):
                    continue
                mgr = on_staff(staff_by_cafe[c[0]], last, ("Café Manager", "Shift Supervisor"))
                items = int(rnd.randint(60, 260) * scale * (1.35 if m == 12 else 1.0))
                cents = int(items * rnd.randint(260, 420))
                waste.append((c[0], y * 100 + m, mgr[0], items, cents))
    con.executemany("INSERT INTO WasteReports VALUES (?,?,?,?,?)", waste)
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
